namespace FactCheck.Tests.Rules;

/// <summary>Implied precision decides whether two reports of one figure agree; it never hides a gap to a target.</summary>
public class TargetGapUnderRoundingTests
{
    private static CheckReport Check(Action<ClaimSetBuilder> build) => RuleTestKit.Check(build);

    private static CheckReport TargetAndFigures(string target, string deadline, params (string Value, string Time)[] figures) => Check(b =>
    {
        b.Target("goal", "x", target).By(deadline).From("s1");
        for (var i = 0; i < figures.Length; i++) b.Observation("fig" + i, "x", figures[i].Value).At(figures[i].Time).From("s2");
    });

    [Fact]
    public void Round_figure_that_touches_the_target_under_rounding_is_still_a_gap()
    {
        // 3,000 stands for [2,500, 3,500] under implied precision and so touches the target of 2,500; the gap is 500 all the same.
        var finding = TargetAndFigures("2,500", "2020-09-30", ("3,000", "2020-09-09")).Findings.Should().ContainSingle().Which;
        finding.RuleId.Should().Be("FC002");
        finding.Message.Should().EndWith("a cut of 500 is needed in 21 days, 24 a day.");
        finding.Evidence["changeMin"].Should().Be(-500);
    }

    [Fact]
    public void Figure_equal_to_the_target_is_no_gap() =>
        TargetAndFigures("2,500", "2020-09-30", ("2,500", "2020-09-09")).Findings.Should().BeEmpty();

    [Fact]
    public void Vagueness_the_words_state_still_counts()
    {
        // about 2,700 is [2,430, 2,970]: it can already be 2,500.
        TargetAndFigures("2,500", "2020-09-30", ("about 2,700", "2020-09-09")).Findings.Should().BeEmpty();
        // about 3,000 is [2,700, 3,300]: it cannot.
        TargetAndFigures("2,500", "2020-09-30", ("about 3,000", "2020-09-09")).Findings.Should().ContainSingle().Which.RuleId.Should().Be("FC002");
    }

    [Fact]
    public void Bound_target_is_taken_as_stated()
    {
        // "under 5,000" as a goal is [0, 5,000): 5,000 itself has not reached it.
        TargetAndFigures("under 5,000", "2020-09-30", ("5,000", "2020-09-09")).Findings.Should().ContainSingle().Which.RuleId.Should().Be("FC002");
        TargetAndFigures("at most 5,000", "2020-09-30", ("5,000", "2020-09-09")).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Percentage_a_tenth_of_a_point_off_target_is_a_gap()
    {
        var finding = TargetAndFigures("70%", "2021-07-04", ("69.9%", "2021-06-01")).Findings.Single();
        finding.RuleId.Should().Be("FC002");
        finding.Message.Should().Contain("a rise of 0.1 percentage points");
    }

    [Fact]
    public void Round_figure_after_the_deadline_misses_the_target_by_what_it_states()
    {
        var finding = TargetAndFigures("2,500", "2020-09-30", ("3,000", "2020-10-01")).Findings.Single();
        finding.RuleId.Should().Be("FC003");
        finding.Message.Should().EndWith("by 500, 1 day after the deadline.");
    }

    [Fact]
    public void Two_reports_of_one_figure_still_agree_under_rounding() => Check(b =>
    {
        b.Observation("a", "x", "3,000").At("2020-09-09").From("s1");
        b.Observation("b", "x", "2,600").At("2020-09-09").From("s2");
    }).Findings.Should().BeEmpty();

    [Fact]
    public void Figure_on_the_deadline_day_settles_the_target_and_leaves_no_gap()
    {
        var report = TargetAndFigures("2,500", "2020-09-30", ("3,000", "2020-09-09"), ("2,500", "2020-09-30"));
        report.Findings.Should().BeEmpty("the target was met on the deadline day, so the earlier gap was closed");
    }

    [Fact]
    public void Figure_after_the_deadline_that_misses_the_target_is_reported_once_as_a_miss()
    {
        var report = TargetAndFigures("2,500", "2020-09-30", ("3,000", "2020-09-09"), ("2,900", "2020-10-02"));
        report.Findings.Should().ContainSingle().Which.RuleId.Should().Be("FC003");
    }

    [Fact]
    public void Figure_the_day_before_the_deadline_does_not_settle_the_target()
    {
        var report = TargetAndFigures("2,500", "2020-09-30", ("3,000", "2020-09-09"), ("2,800", "2020-09-29"));
        report.Findings.Should().ContainSingle().Which.Claims.Should().Equal("fig1", "goal");
    }

    [Fact]
    public void Figure_in_another_unit_does_not_settle_the_target()
    {
        var report = Check(b =>
        {
            b.Target("goal", "x", "2,500").Unit("soldiers").By("2020-09-30").From("s1");
            b.Observation("now", "x", "3,000").Unit("soldiers").At("2020-09-09").From("s2");
            b.Observation("later", "x", "2,000").Unit("tonnes").At("2020-10-01").From("s2");
        });
        report.Findings.Where(f => f.RuleId == "FC002").Should().ContainSingle();
    }
}
