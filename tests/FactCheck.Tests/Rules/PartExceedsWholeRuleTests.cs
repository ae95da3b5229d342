namespace FactCheck.Tests.Rules;

public class PartExceedsWholeRuleTests
{
    [Fact]
    public void Part_larger_than_its_whole_at_the_same_time_is_an_error()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.PartOf("us-troops/iraq", "coalition-troops/iraq");
            b.Observation("part", "us-troops/iraq", "8,200").At("late 2018").From("s1");
            b.Observation("whole", "coalition-troops/iraq", "7,500").At("2018-12").From("s1");
        });
        var finding = report.Findings("FC005").Single();
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Be("us-troops/iraq: 8,200 in late 2018 (s1) exceeds coalition-troops/iraq: 7,500 in 2018-12 (s1), of which it is a part.");
        finding.Evidence["excess"].Should().Be(700);
    }

    [Fact]
    public void Part_within_tolerance_of_its_whole_is_not_reported()
    {
        RuleTestKit.Check(b =>
        {
            b.PartOf("p", "w");
            b.Observation("part", "p", "about 7,600").At("2018").From("s1");
            b.Observation("whole", "w", "7,500").At("2018").From("s1");
        }).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Part_and_whole_at_different_times_are_not_compared()
    {
        RuleTestKit.Check(b =>
        {
            b.PartOf("p", "w");
            b.Observation("part", "p", "9,000").At("2019").From("s1");
            b.Observation("whole", "w", "7,500").At("2018").From("s1");
        }).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Without_a_relation_nothing_is_compared()
    {
        RuleTestKit.Check(b =>
        {
            b.Observation("part", "p", "9,000").At("2018").From("s1");
            b.Observation("whole", "w", "7,500").At("2018").From("s1");
        }).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Share_claim_borne_out_by_the_figures_gives_nothing()
    {
        RuleTestKit.Check(b =>
        {
            b.Observation("part", "p", "about 5,200").At("late 2018").From("s1");
            b.Observation("whole", "w", "7,500").At("late 2018").From("s1");
            b.Share("share", "p", "w", "the bulk").At("late 2018").From("s1");
        }).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Share_claim_that_the_figures_contradict_is_a_warning()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Observation("part", "p", "5,200").At("late 2018").From("s1");
            b.Observation("whole", "w", "7,500").At("late 2018").From("s1");
            b.Share("share", "p", "w", "a third").At("late 2018").From("s1");
        }).Findings("FC005").Single();
        finding.Severity.Should().Be(Severity.Warning);
        finding.Claims.Should().Equal("share", "part", "whole");
        finding.Message.Should().Be("p is a third of w in late 2018 (s1), but 5,200 in late 2018 (s1) of 7,500 in late 2018 (s1) is 69%.");
    }

    [Fact]
    public void Majority_is_contradicted_by_a_minority()
    {
        RuleTestKit.Check(b =>
        {
            b.Observation("part", "p", "2,001").At("2018").From("s1");
            b.Observation("whole", "w", "7,001").At("2018").From("s1");
            b.Share("share", "p", "w", "majority").At("2018").From("s1");
        }).Findings("FC005").Should().ContainSingle();
    }

    [Fact]
    public void Exactly_half_is_not_a_majority()
    {
        RuleTestKit.Check(b =>
        {
            b.Observation("part", "p", "3,001").At("2018").From("s1");
            b.Observation("whole", "w", "6,002").At("2018").From("s1");
            b.Share("share", "p", "w", "majority").At("2018").From("s1");
        }).Findings("FC005").Should().ContainSingle();
    }

    [Fact]
    public void Share_with_no_whole_figure_in_its_time_uses_the_latest_whole_figure_before_it()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Observation("older", "w", "20,000").At("2017").From("s1");
            b.Observation("whole", "w", "7,500").At("2018-06").From("s1");
            b.Observation("part", "p", "5,200").At("late 2018").From("s1");
            b.Share("share", "p", "w", "a third").At("late 2018").From("s1");
        }).Findings("FC005").Should().ContainSingle().Which;
        finding.Claims.Should().Equal("share", "part", "whole");
    }

    [Fact]
    public void Share_never_uses_a_whole_figure_from_after_its_time() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("part", "p", "5,200").At("late 2018").From("s1");
            b.Observation("later", "w", "7,500").At("2019-06").From("s1");
            b.Share("share", "p", "w", "a third").At("late 2018").From("s1");
        }).Findings("FC005").Should().BeEmpty();

    [Fact]
    public void A_part_figure_restated_by_several_sources_is_one_finding_against_the_latest_whole_it_exceeds()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.PartOf("p", "w");
            b.Observation("w1", "w", "7,000").At("2018").From("s1");
            b.Observation("w2", "w", "7,500").At("late 2018").From("s1");
            b.Observation("p1", "p", "8,200").At("2018-11").From("s1");
            b.Observation("p2", "p", "8,200").At("2018-11").From("s2");
        }).Findings("FC005").Should().ContainSingle().Which;
        finding.Claims.Should().Equal("p1", "p2", "w2");
        finding.Message.Should().Be("p: 8,200 in 2018-11 (stated by 2 sources: s1; s2) exceeds w: 7,500 in late 2018 (s1), of which it is a part.");
    }

    [Fact]
    public void A_share_restated_by_several_sources_is_one_finding() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("part", "p", "5,200").At("late 2018").From("s1");
            b.Observation("whole", "w", "7,500").At("late 2018").From("s1");
            b.Share("a", "p", "w", "a third").At("late 2018").From("s1");
            b.Share("b", "p", "w", "a third").At("late 2018").From("s2");
        }).Findings("FC005").Should().ContainSingle().Which.Claims.Should().Equal("a", "b", "part", "whole");

    [Fact]
    public void Parts_far_below_every_whole_give_nothing_and_one_part_above_a_whole_is_found()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.PartOf("p", "w");
            for (var i = 0; i < 500; i++)
            {
                b.Observation($"p{i}", "p", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).At("2020-09-09").From("s1");
                b.Observation($"w{i}", "w", (1_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).At("2020-09-09").From("s1");
            }
            b.Observation("big", "p", "2,000,001").At("2020-09-09").From("s2");
        });
        report.Findings("FC005").Should().ContainSingle().Which.Claims[0].Should().Be("big");
    }
}
