namespace FactCheck.Tests.Rules;

public class TargetRulesTests
{
    private static CheckReport TargetAndFigure(string target, string? deadline, string figure, string figureTime) => RuleTestKit.Check(b =>
    {
        var t = b.Target("goal", "us-troops/iraq", target).From("s1").SaidBy("Kenneth McKenzie");
        if (deadline is not null) t.By(deadline);
        b.Observation("fig", "us-troops/iraq", figure).At(figureTime).From("s2");
    });

    [Fact]
    public void Figure_before_the_deadline_outside_the_target_is_a_gap()
    {
        var finding = TargetAndFigure("3,000", "2020-09-30", "approximately 5,200", "2020-09-09").Findings.Should().ContainSingle().Which;
        finding.RuleId.Should().Be("FC002");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Be("us-troops/iraq: ~5,200 on 2020-09-09 (s2) is outside the target 3,000 due 2020-09-30 (Kenneth McKenzie, s1): a cut of about 2,200 is needed in 21 days, about 105 a day.");
        finding.Evidence["daysLeft"].Should().Be(21);
        finding.Evidence["changeMin"].Should().Be(-2200);
    }

    [Fact]
    public void Figure_within_the_target_gives_no_finding() =>
        TargetAndFigure("between 4,000 and 5,000", "2020-11-03", "4,500", "2020-09-09").Findings.Should().BeEmpty();

    [Fact]
    public void Rise_needed_is_worded_as_a_rise()
    {
        var finding = TargetAndFigure("at least 10,000", "2020-12-31", "8,000", "2020-12-01").Findings.Single();
        finding.Message.Should().Contain("a rise of at least 2,000 is needed in 30 days, at least 67 a day");
    }

    [Fact]
    public void Figure_the_day_before_the_deadline_is_only_a_gap()
    {
        var finding = TargetAndFigure("3,000", "2020-09-30", "5,201", "2020-09-29").Findings.Single();
        finding.RuleId.Should().Be("FC002");
        finding.Evidence["daysLeft"].Should().Be(1);
    }

    [Fact]
    public void Figure_on_the_deadline_day_itself_is_a_miss()
    {
        var finding = TargetAndFigure("3,000", "2020-09-30", "5,201", "2020-09-30").Findings.Single();
        finding.RuleId.Should().Be("FC003");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Contain("misses the target 3,000 due 2020-09-30").And.Contain("on the deadline day");
    }

    [Fact]
    public void Figure_on_the_deadline_day_inside_the_target_is_met() =>
        TargetAndFigure("about 3,000", "2020-09-30", "3,100", "2020-09-30").Findings.Should().BeEmpty();

    [Fact]
    public void Rounding_room_does_not_meet_a_target_on_the_deadline_day()
    {
        // "3,100" could be a rounded 3,050, but a goal of 3,000 is not met by a report of 3,100: missed by 100.
        var finding = TargetAndFigure("3,000", "2020-09-30", "3,100", "2020-09-30").Findings.Single();
        finding.RuleId.Should().Be("FC003");
        finding.Message.Should().EndWith("by 100, on the deadline day.");
    }

    [Fact]
    public void Month_deadline_is_due_on_its_last_day()
    {
        TargetAndFigure("3,000", "2021-12", "5,201", "2021-12-31").Findings.Single().RuleId.Should().Be("FC003");
        TargetAndFigure("3,000", "2021-12", "5,201", "2021-12-30").Findings.Single().RuleId.Should().Be("FC002");
    }

    [Fact]
    public void Figure_after_the_deadline_says_how_late()
    {
        var finding = TargetAndFigure("3,000", "2020-09-30", "4,201", "2020-10-15").Findings.Single();
        finding.RuleId.Should().Be("FC003");
        finding.Message.Should().EndWith("by 1,201, 15 days after the deadline.");
        finding.Evidence["daysAfterDeadline"].Should().Be(15);
    }

    [Fact]
    public void Open_ended_target_is_held_against_the_latest_figure_as_info()
    {
        var finding = TargetAndFigure("less than five thousand", null, "8,600", "2020-09-09").Findings.Single();
        finding.RuleId.Should().Be("FC002");
        finding.Severity.Should().Be(Severity.Info);
        finding.Message.Should().Be("us-troops/iraq: 8,600 on 2020-09-09 (s2) is outside the open-ended target <5,000 (Kenneth McKenzie, s1): a cut of more than 3,600 is needed.");
    }

    [Fact]
    public void Only_the_latest_figure_before_the_deadline_counts()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Target("goal", "x", "3,000").By("2020-09-30").From("s1");
            b.Observation("old", "x", "9,000").At("2020-01-01").From("s1");
            b.Observation("new", "x", "3,000").At("2020-09-20").From("s1");
        });
        report.Findings("FC002").Should().BeEmpty();
    }

    [Fact]
    public void Targets_that_cannot_both_be_met_conflict()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Target("t1", "x", "under 4,000").By("2020-11-03").From("s1");
            b.Target("t2", "x", "4,000-5,000").By("2020-11").From("s1");
        });
        var finding = report.Findings("FC011").Single();
        finding.Severity.Should().Be(Severity.Warning);
        // Earlier deadline start first: 2020-11 starts on 2020-11-01.
        finding.Claims.Should().Equal("t2", "t1");
        finding.Message.Should().Be("x: the target 4,000–5,000 due 2020-11-30 (s1) and the target <4,000 due 2020-11-03 (s1) cannot both be met: they meet at 4,000, one under it and the other at or over.");
    }

    [Fact]
    public void Compatible_targets_do_not_conflict()
    {
        RuleTestKit.Check(b =>
        {
            b.Target("t1", "x", "less than five thousand").From("s1");
            b.Target("t2", "x", "between 4,000 and 5,000").From("s1");
        }).Findings("FC011").Should().BeEmpty();
    }

    [Fact]
    public void Disjoint_targets_with_deadlines_that_do_not_overlap_do_not_conflict()
    {
        RuleTestKit.Check(b =>
        {
            b.Target("t1", "x", "under 4,000").By("2020-11-03").From("s1");
            b.Target("t2", "x", "4,000-5,000").By("2020-12-31").From("s1");
        }).Findings("FC011").Should().BeEmpty();
    }

    [Fact]
    public void Two_open_ended_targets_are_compared_but_not_with_a_dated_one()
    {
        RuleTestKit.Check(b =>
        {
            b.Target("t1", "x", "under 4,000").From("s1");
            b.Target("t2", "x", "4,000-5,000").From("s1");
            b.Target("t3", "x", "at least 6,000").By("2021").From("s1");
        }).Findings("FC011").Select(f => string.Join(",", f.Claims)).Should().Equal("t1,t2");
    }

    [Fact]
    public void A_target_restated_by_several_sources_is_one_gap_naming_them_all()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Observation("now", "x", "8,600").At("2020-09-09").From("s1");
            b.Target("t1", "x", "between 4,000 and 5,000").By("2020-11-03").From("s1");
            b.Target("t2", "x", "between 4,000 and 5,000").By("2020-11-03").From("s2");
        }).Findings("FC002").Should().ContainSingle().Which;
        finding.Claims.Should().Equal("now", "t1", "t2");
        finding.Message.Should().StartWith("x: 8,600 on 2020-09-09 (s1) is outside the target 4,000–5,000 due 2020-11-03 (stated by 2 sources: s1; s2): a cut of 3,600–4,600 is needed");
    }

    [Fact]
    public void A_missed_target_is_reported_once_against_the_first_figure_that_misses_it()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Target("goal", "x", "3,000").By("2020-09-30").From("s1");
            b.Target("again", "x", "3,000").By("2020-09-30").From("s2");
            b.Observation("oct", "x", "4,200").At("2020-10-15").From("s1");
            b.Observation("nov", "x", "4,400").At("2020-11-15").From("s1");
        }).Findings("FC003").Should().ContainSingle().Which;
        finding.Claims.Should().Equal("oct", "goal", "again");
    }
}
