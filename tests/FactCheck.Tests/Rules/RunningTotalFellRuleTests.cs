namespace FactCheck.Tests.Rules;

public class RunningTotalFellRuleTests
{
    private static CheckReport Toll(Action<ClaimSetBuilder> write, bool cumulative = true) => RuleTestKit.Check(b =>
    {
        if (cumulative) b.CumulativeEntity("toll", "quake deaths");
        else b.Entity("toll", "quake deaths");
        b.Source("s3", "Source three", published: RuleTestKit.Published);
        write(b);
    });

    [Fact]
    public void A_later_higher_figure_for_the_same_day_is_an_update_not_a_conflict()
    {
        var report = Toll(b =>
        {
            b.Observation("a", "toll", "1,200").At("2020-09-09").From("s1");
            b.Observation("b", "toll", "2,300").At("2020-09-09").From("s2");
        });
        report.Findings.Should().BeEmpty();
    }

    [Fact]
    public void The_same_two_figures_conflict_when_the_subject_is_not_a_running_total() =>
        Toll(b =>
        {
            b.Observation("a", "toll", "1,200").At("2020-09-09").From("s1");
            b.Observation("b", "toll", "2,300").At("2020-09-09").From("s2");
        }, cumulative: false).Findings("FC001").Should().ContainSingle();

    [Fact]
    public void A_later_lower_figure_for_the_same_day_is_an_error_and_not_an_FC001_conflict()
    {
        var report = Toll(b =>
        {
            b.Observation("a", "toll", "2,300").At("2020-09-09").From("s1");
            b.Observation("b", "toll", "1,200").At("2020-09-09").From("s2");
        });
        report.Findings("FC001").Should().BeEmpty();
        var finding = report.Findings("FC012").Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Claims.Should().Equal("b", "a");
        finding.Message.Should().Be("quake deaths is a running total, but it fell from 2,300 (s1) on 2020-09-09 to 1,200 (s2) on 2020-09-09.");
        finding.Evidence["earlier"].Should().Be(2300);
        finding.Evidence["later"].Should().Be(1200);
    }

    [Fact]
    public void A_lower_figure_on_a_later_day_is_an_error() =>
        Toll(b =>
        {
            b.Observation("a", "toll", "5,100").At("2020-09-07").From("s1");
            b.Observation("b", "toll", "4,300").At("2020-09-08").From("s2");
        }).Findings("FC012").Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);

    [Fact]
    public void A_lower_figure_on_an_earlier_day_later_in_the_file_is_no_fall() =>
        Toll(b =>
        {
            b.Observation("b", "toll", "5,100").At("2020-09-08").From("s1");
            b.Observation("a", "toll", "4,300").At("2020-09-07").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void For_one_day_the_source_published_later_is_the_later_figure_whatever_the_file_order()
    {
        var report = Toll(b =>
        {
            b.Source("late", "Late edition", published: new LocalDate(2020, 9, 10));
            b.Observation("a", "toll", "1,200").At("2020-09-09").From("late");
            b.Observation("b", "toll", "2,300").At("2020-09-09").From("s1");
        });
        report.Findings("FC012").Should().ContainSingle().Which.Claims.Should().Equal("a", "b");
    }

    [Fact]
    public void A_fall_that_rounding_could_explain_is_a_warning()
    {
        var finding = Toll(b =>
        {
            b.Observation("a", "toll", "5,100").At("2020-09-07").From("s1");
            b.Observation("b", "toll", "about 5,000").At("2020-09-08").From("s2");
        }).Findings("FC012").Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().EndWith("The two figures' ranges overlap, so rounding may explain it.");
    }

    [Fact]
    public void An_equal_later_figure_is_no_fall() =>
        Toll(b =>
        {
            b.Observation("a", "toll", "5,100").At("2020-09-07").From("s1");
            b.Observation("b", "toll", "5,100").At("2020-09-08").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void Figures_for_overlapping_but_different_times_are_not_ordered() =>
        Toll(b =>
        {
            b.Observation("a", "toll", "5,100").At("2020-09").From("s1");
            b.Observation("b", "toll", "1,000").At("2020-09-09").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void A_figure_that_a_later_one_revises_no_longer_counts() =>
        Toll(b =>
        {
            b.Observation("a", "toll", "5,100").At("2020-09-07").From("s1");
            b.Observation("fix", "toll", "4,100").At("2020-09-07").From("s3").Revises("a");
            b.Observation("b", "toll", "4,300").At("2020-09-08").From("s2");
        }).Findings("FC012").Should().BeEmpty();

    [Fact]
    public void Each_falling_figure_is_reported_once_against_the_highest_earlier_figure()
    {
        var findings = Toll(b =>
        {
            b.Observation("a", "toll", "3,000").At("2020-09-06").From("s1");
            b.Observation("b", "toll", "9,000").At("2020-09-07").From("s1");
            b.Observation("c", "toll", "4,000").At("2020-09-08").From("s2");
            b.Observation("d", "toll", "5,000").At("2020-09-09").From("s3");
        }).Findings("FC012");
        findings.Select(f => string.Join(",", f.Claims)).Should().Equal("c,b", "d,b");
    }

    [Fact]
    public void Eight_thousand_falling_reports_give_one_finding_each_and_no_more()
    {
        var findings = Toll(b =>
        {
            for (var i = 0; i < 8000; i++)
            {
                b.Source($"r{i}", published: RuleTestKit.Published);
                b.Observation($"c{i}", "toll", ((8000 - i) * 1000).ToString(System.Globalization.CultureInfo.InvariantCulture)).At("2020-09-09").From($"r{i}");
            }
        }).Findings("FC012");
        findings.Should().HaveCount(7999);
        findings.Select(f => f.Claims[0]).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Figures_on_different_bases_are_separate_running_totals() =>
        Toll(b =>
        {
            b.Observation("a", "toll", "5,100").At("2020-09-07").From("s1").Basis("including missing");
            b.Observation("b", "toll", "4,300").At("2020-09-08").From("s2").Basis("confirmed only");
        }).Findings("FC012").Should().BeEmpty();

    [Fact]
    public void Figures_of_one_day_that_give_their_moments_are_ordered_by_them_whatever_the_file_order()
    {
        var report = Toll(b =>
        {
            b.Observation("evening", "toll", "2,300").At("2020-09-09T18:00+03:00").From("s1");
            b.Observation("morning", "toll", "1,200").At("2020-09-09T08:00+03:00").From("s2");
        });
        report.Findings.Should().BeEmpty();
    }

    [Fact]
    public void A_lower_figure_at_a_later_moment_of_the_day_fell() =>
        Toll(b =>
        {
            b.Observation("morning", "toll", "2,300").At("2020-09-09T08:00+03:00").From("s2");
            b.Observation("evening", "toll", "1,200").At("2020-09-09T18:00+03:00").From("s1");
        }).Findings("FC012").Should().ContainSingle().Which.Claims.Should().Equal("evening", "morning");
}
