namespace FactCheck.Tests.Rules;

public class ProjectionMissedRuleTests
{
    [Fact]
    public void A_forecast_the_actual_figure_lies_outside_is_missed_and_no_conflict()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("f", "gdp/growth", "2.5%").At("2020").From("s1").Projection();
            b.Observation("a", "gdp/growth", "1.8%").At("2020").From("s2");
        });
        report.Findings("FC001").Should().BeEmpty();
        var finding = report.Findings("FC015").Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Info);
        finding.Claims.Should().Equal("f", "a");
        finding.Message.Should().Be("gdp/growth: the forecast of 2.5% (s1) for 2020 was missed: the figure was 1.8% (s2).");
    }

    [Fact]
    public void A_forecast_whose_interval_holds_the_actual_figure_is_met() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("f", "x", "about 5,000").At("2020-09-09").From("s1").Projection();
            b.Observation("a", "x", "5,400").At("2020-09-09").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void A_forecast_just_outside_its_tolerance_is_missed() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("f", "x", "about 5,000").At("2020-09-09").From("s1").Projection();
            b.Observation("a", "x", "5,600").At("2020-09-09").From("s2");
        }).Findings("FC015").Should().ContainSingle();

    [Fact]
    public void A_forecast_with_no_actual_figure_for_its_time_stands() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("f", "x", "9,000").At("2020-09-10").From("s1").Projection();
            b.Observation("a", "x", "5,000").At("2020-09-09").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void Forecasts_that_disagree_with_each_other_conflict_as_figures_do() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("f", "x", "9,000").At("2020-09-10").From("s1").Projection();
            b.Observation("g", "x", "5,000").At("2020-09-10").From("s2").Projection();
        }).Findings.Select(f => f.RuleId).Should().Equal("FC001");

    [Fact]
    public void A_forecast_is_not_the_latest_figure_a_target_is_held_against() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("f", "x", "8,600").At("2020-09-09").From("s1").Projection();
            b.Target("goal", "x", "4,500").By("2020-11-03").From("s1");
        }).Findings.Should().BeEmpty();
}
