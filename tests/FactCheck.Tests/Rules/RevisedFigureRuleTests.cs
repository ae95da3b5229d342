namespace FactCheck.Tests.Rules;

public class RevisedFigureRuleTests
{
    [Fact]
    public void A_party_raising_its_estimate_for_the_same_time_is_a_revision_not_a_conflict()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("a", "flood/damage", "2 billion").Unit("USD").At("2020-08").From("s1").SaidBy("ministry");
            b.Observation("b", "flood/damage", "5 billion").Unit("USD").At("2020-08").From("s2").SaidBy("Ministry");
        });
        report.Findings("FC001").Should().BeEmpty();
        var finding = report.Findings("FC013").Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Info);
        finding.Claims.Should().Equal("b", "a");
        finding.Message.Should().Be("flood/damage in 2020-08 was revised from 2 billion (ministry, s1) to 5 billion (Ministry, s2).");
    }

    [Fact]
    public void A_later_figure_that_agrees_within_the_tolerances_needs_no_word() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("a", "x", "about 5,200").At("2020-09-09").From("s1").SaidBy("police");
            b.Observation("b", "x", "5,000").At("2020-09-09").From("s2").SaidBy("police");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void An_outlet_speaking_for_itself_revises_the_figure_of_its_earlier_report()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Source("wire-1", publisher: "Wire", published: new LocalDate(2020, 9, 9));
            b.Source("wire-2", publisher: "wire", published: new LocalDate(2020, 9, 10));
            b.Observation("a", "x", "1,001").At("2020-09-09").From("wire-1");
            b.Observation("b", "x", "2,001").At("2020-09-09").From("wire-2");
        });
        report.Findings("FC001").Should().BeEmpty();
        report.Findings("FC013").Should().ContainSingle().Which.Claims.Should().Equal("b", "a");
    }

    [Fact]
    public void One_report_giving_two_figures_of_its_own_for_one_time_contradicts_itself()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Source("wire-1", publisher: "Wire", published: new LocalDate(2020, 9, 9));
            b.Observation("a", "x", "1,001").At("2020-09-09").From("wire-1");
            b.Observation("b", "x", "2,001").At("2020-09-09").From("wire-1");
        });
        report.Findings("FC013").Should().BeEmpty();
        report.Findings("FC001").Should().ContainSingle();
    }

    [Fact]
    public void Reports_of_different_outlets_are_not_revisions_of_each_other() =>
        RuleTestKit.Check(b =>
        {
            b.Source("wire-1", publisher: "Wire", published: new LocalDate(2020, 9, 9));
            b.Source("post-2", publisher: "Post", published: new LocalDate(2020, 9, 10));
            b.Observation("a", "x", "1,001").At("2020-09-09").From("wire-1");
            b.Observation("b", "x", "2,001").At("2020-09-09").From("post-2");
        }).Findings.Select(f => f.RuleId).Should().Equal("FC001");

    [Fact]
    public void Two_parties_quoted_by_one_source_are_a_dispute_not_a_revision()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("a", "march/crowd", "5,000").At("2020-09-09").From("s1").SaidBy("police");
            b.Observation("b", "march/crowd", "20,000").At("2020-09-09").From("s1").SaidBy("organisers");
        });
        report.Findings("FC013").Should().BeEmpty();
        report.Findings("FC001").Should().ContainSingle().Which.Severity.Should().Be(Severity.Info);
    }

    [Fact]
    public void Figures_for_different_times_are_not_revisions() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("a", "x", "1,000").At("2020-09-08").From("s1").SaidBy("police");
            b.Observation("b", "x", "2,000").At("2020-09-09").From("s2").SaidBy("police");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void The_source_published_later_gives_the_current_figure_whatever_the_file_order()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Source("late", "Late", published: new LocalDate(2020, 9, 12));
            b.Observation("new", "x", "2,001").At("2020-09-09").From("late").SaidBy("police");
            b.Observation("old", "x", "1,001").At("2020-09-09").From("s1").SaidBy("police");
        }).Findings("FC013").Should().ContainSingle().Which;
        finding.Claims.Should().Equal("new", "old");
    }

    [Fact]
    public void Revises_names_the_superseded_figure_and_wins_over_the_order()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("fix", "x", "2,000").At("2020-09-09").From("s1").Revises("old");
            b.Observation("old", "x", "1,000").At("2020-09-09").From("s2").SaidBy("police");
        });
        report.Findings("FC001").Should().BeEmpty();
        report.Findings("FC013").Should().ContainSingle().Which.Claims.Should().Equal("fix", "old");
    }

    [Fact]
    public void Revising_to_the_same_figure_gives_no_finding() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("old", "x", "1,000").At("2020-09-09").From("s2");
            b.Observation("fix", "x", "1,000").At("2020-09-09").From("s1").Revises("old");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void A_repeat_of_a_figure_that_the_party_then_changes_falls_with_it()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("a", "x", "1,000").At("2020-09-09").From("s1").SaidBy("police");
            b.Observation("b", "x", "1,000").At("2020-09-09").From("s2").SaidBy("police");
            b.Observation("c", "x", "3,000").At("2020-09-09").From("s2").SaidBy("police");
        });
        report.Findings("FC001").Should().BeEmpty();
        report.Findings("FC013").Should().ContainSingle().Which.Claims.Should().Equal("c", "b");
    }

    [Fact]
    public void A_running_total_updated_by_one_outlet_is_no_revision_unless_it_says_so()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.CumulativeEntity("toll", "deaths");
            b.Observation("a", "toll", "1,000").At("2020-09-09").From("s1");
            b.Observation("b", "toll", "2,000").At("2020-09-09").From("s1");
            b.Observation("c", "toll", "1,500").At("2020-09-09").From("s2").Revises("b");
        });
        report.Findings("FC013").Should().ContainSingle().Which.Claims.Should().Equal("c", "b");
        report.Findings("FC012").Should().BeEmpty();
    }

    [Fact]
    public void Each_caller_of_the_implicit_revisions_gets_a_list_of_its_own()
    {
        var builder = ClaimSet.CreateBuilder("test").AsOf(RuleTestKit.Published);
        builder.Source("s1", "Source one", published: RuleTestKit.Published);
        builder.Source("s2", "Source two", published: RuleTestKit.Published);
        builder.Observation("a", "flood/damage", "2 billion").Unit("USD").At("2020-08").From("s1").SaidBy("ministry");
        builder.Observation("b", "flood/damage", "5 billion").Unit("USD").At("2020-08").From("s2").SaidBy("Ministry");
        var index = FactCheck.Checking.ClaimIndex.Build(builder.Build(), FactCheck.Checking.CheckSettings.Default);
        var series = index.ObservationsOf("flood/damage", "count").Items;
        var first = FactCheck.Rules.Authoring.Revisions.Implicit(index, series);
        first.Should().ContainSingle().Which.Earlier.Claim.Id.Should().Be("a");
        first.Clear();
        FactCheck.Rules.Authoring.Revisions.Implicit(index, series).Should().ContainSingle();
        FactCheck.Rules.Authoring.Revisions.Current(index, series, cumulative: false).Select(e => e.Claim.Id).Should().Equal("b");
    }
}
