namespace FactCheck.Tests.Rules;

public class TrendNotSupportedRuleTests
{
    private static CheckReport Trend(ChangeDirection direction, string from, string fromTime, string to, string toTime, string period, Action<ChangeBuilder>? size = null) =>
        RuleTestKit.Check(b =>
        {
            // Told after the period, so that the whole period is in the past of the change claim.
            b.Source("s3", "Source three", published: new NodaTime.LocalDate(2021, 1, 15));
            b.Observation("start", "x", from).At(fromTime).From("s1");
            b.Observation("end", "x", to).At(toTime).From("s1");
            var change = b.Change("claim", "x", direction).Over(period).From("s3");
            size?.Invoke(change);
        });

    [Fact]
    public void Decrease_with_no_change_in_the_figures_is_a_warning()
    {
        var finding = Trend(ChangeDirection.Decrease, "about 5,200", "late 2018", "about 5,200", "2020-09-09", "2020-03/2020-09", c => c.Significant()).Findings.Single();
        finding.RuleId.Should().Be("FC004");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Claims.Should().Equal("claim", "start", "end");
        finding.Message.Should().Be("x: a significant decrease from 2020-03 to 2020-09 (s3) is not borne out: ~5,200 in late 2018 (s1) and ~5,200 on 2020-09-09 (s1) show no change.");
    }

    [Fact]
    public void Decrease_borne_out_by_the_figures_gives_nothing() =>
        Trend(ChangeDirection.Decrease, "5,200", "2020-03-01", "3,000", "2020-09-30", "2020-03/2020-09").Findings.Should().BeEmpty();

    [Fact]
    public void Decrease_when_the_figures_certainly_rose_is_an_error() =>
        Trend(ChangeDirection.Decrease, "3,000", "2020-03-01", "5,200", "2020-09-30", "2020-03/2020-09").Findings.Single().Severity.Should().Be(Severity.Error);

    [Fact]
    public void Decrease_when_the_figures_rose_within_tolerance_is_a_warning() =>
        Trend(ChangeDirection.Decrease, "about 5,000", "2020-03-01", "about 5,100", "2020-09-30", "2020-03/2020-09").Findings.Single().Severity.Should().Be(Severity.Warning);

    [Fact]
    public void Increase_with_a_fall_is_reported() =>
        Trend(ChangeDirection.Increase, "5,201", "2020-03-01", "3,001", "2020-09-30", "2020-03/2020-09").Findings.Single().Message.Should().Contain("show a fall of 2,200");

    [Fact]
    public void Significant_means_at_least_ten_percent()
    {
        Trend(ChangeDirection.Decrease, "5,000", "2020-03-01", "4,500", "2020-09-30", "2020", c => c.Significant()).Findings.Should().BeEmpty();
        Trend(ChangeDirection.Decrease, "5,001", "2020-03-01", "4,551", "2020-09-30", "2020", c => c.Significant()).Findings.Single()
            .Message.Should().Contain("less than the 10 % that counts as significant");
    }

    [Fact]
    public void Significance_threshold_is_configurable()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("start", "x", "5,000").At("2020-03-01").From("s1");
            b.Observation("end", "x", "4,500").At("2020-09-01").From("s1");
            b.Change("claim", "x", ChangeDirection.Decrease).Significant().Over("2020").From("s2");
        }, o => o.SignificantChange = 0.20m);
        report.Findings("FC004").Should().ContainSingle();
    }

    [Fact]
    public void Stated_amount_must_match_the_figures()
    {
        Trend(ChangeDirection.Decrease, "5,200", "2020-09-01", "3,000", "2020-09-30", "2020-09", c => c.By("2,200")).Findings.Should().BeEmpty();
        Trend(ChangeDirection.Decrease, "5,201", "2020-09-01", "3,001", "2020-09-30", "2020-09", c => c.By("at least 3,000")).Findings.Single()
            .Message.Should().Contain("not ≥3,000");
    }

    [Fact]
    public void Stated_percentage_must_match_the_figures()
    {
        Trend(ChangeDirection.Increase, "1,000", "2020-01-01", "1,100", "2020-12-31", "2020", c => c.By("10%")).Findings.Should().BeEmpty();
        Trend(ChangeDirection.Increase, "1,001", "2020-01-01", "1,201", "2020-12-31", "2020", c => c.By("10%")).Findings.Should().ContainSingle();
    }

    [Fact]
    public void Start_figure_is_the_latest_on_or_before_the_first_day_else_the_earliest_inside()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("inside-early", "x", "9,001").At("2020-04-01").From("s1");
            b.Observation("inside-late", "x", "5,001").At("2020-08-01").From("s1");
            b.Change("claim", "x", ChangeDirection.Decrease).Over("2020-03/2020-09").From("s2");
        });
        report.Findings.Should().BeEmpty("9,001 on 2020-04-01 is the start and 5,001 the end: a decrease");
    }

    [Fact]
    public void Figures_after_the_period_are_not_used()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("before", "x", "5,001").At("2020-01-01").From("s1");
            b.Observation("after", "x", "9,001").At("2020-10-01").From("s1");
            b.Change("claim", "x", ChangeDirection.Increase).Over("2020-03/2020-09").From("s2");
        });
        report.Findings.Should().BeEmpty("only one figure stands on or before the period's last day");
    }

    [Fact]
    public void Unchanged_is_contradicted_only_by_a_certain_change()
    {
        Trend(ChangeDirection.Unchanged, "about 5,000", "2020-01-01", "about 5,300", "2020-12-31", "2020").Findings.Should().BeEmpty();
        Trend(ChangeDirection.Unchanged, "5,000", "2020-01-01", "8,000", "2020-12-31", "2020").Findings.Single().Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void A_change_whose_period_starts_after_it_was_told_is_a_plan_and_gets_no_finding() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("now", "x", "5,200").At("2020-09-09").From("s1");
            b.Observation("later", "x", "5,200").At("2020-09-30").From("s1");
            b.Change("plan", "x", ChangeDirection.Decrease).Over("2020-09-10/2020-09-30").From("s2");
        }).Findings("FC004").Should().BeEmpty();

    [Fact]
    public void A_change_starting_on_the_day_it_was_told_is_still_held_against_the_figures() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("before", "x", "5,200").At("2020-09-01").From("s1");
            b.Observation("now", "x", "5,200").At("2020-09-09").From("s1");
            b.Change("claim", "x", ChangeDirection.Decrease).Over("2020-09-09/2020-09-09").From("s2");
        }).Findings("FC004").Should().ContainSingle();

    [Fact]
    public void A_change_told_within_its_period_is_held_up_to_the_day_it_was_told()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Observation("then", "x", "about 5,200").At("late 2018").From("s1");
            b.Observation("now", "x", "about 5,200").At("2020-09-09").From("s1");
            b.Observation("planned", "x", "3,000").At("2020-09-30").From("s1");
            b.Change("claim", "x", ChangeDirection.Decrease).Significant().Over("2020-03/2020-09").From("s2");
        }).Findings("FC004").Should().ContainSingle().Which;
        finding.Claims.Should().Equal("claim", "then", "now");
    }

    [Fact]
    public void A_low_trust_figure_is_not_an_end_where_another_exists()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Source("blog", "A blog", published: RuleTestKit.Published, trust: SourceTrust.Low);
            b.Observation("start", "x", "5,200").At("2020-01-01").From("s1");
            b.Observation("end", "x", "5,200").At("2020-06-01").From("s1");
            b.Observation("rumour", "x", "1,000").At("2020-07-01").From("blog");
            b.Change("claim", "x", ChangeDirection.Decrease).Over("2020-01/2020-08").From("s2");
        }).Findings("FC004").Should().ContainSingle().Which;
        finding.Claims.Should().Equal("claim", "start", "end");
    }

    [Fact]
    public void Low_trust_figures_are_the_ends_when_there_are_no_others() =>
        RuleTestKit.Check(b =>
        {
            b.Source("blog", "A blog", published: RuleTestKit.Published, trust: SourceTrust.Low);
            b.Observation("start", "x", "5,200").At("2020-01-01").From("blog");
            b.Observation("rumour", "x", "5,200").At("2020-07-01").From("blog");
            b.Change("claim", "x", ChangeDirection.Decrease).Over("2020-01/2020-08").From("s2");
        }).Findings("FC004").Should().ContainSingle().Which.Claims.Should().Equal("claim", "start", "rumour");

    [Fact]
    public void A_day_precise_figure_is_preferred_to_a_vaguer_one_starting_the_same_day()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Observation("start", "x", "5,200").At("2020-01-01").From("s1");
            b.Observation("day", "x", "5,200").At("2020-08-01").From("s1");
            b.Observation("month", "x", "4,000").At("2020-08").From("s1");
            b.Change("claim", "x", ChangeDirection.Decrease).Over("2020-01/2020-08").From("s2");
        }).Findings("FC004").Should().ContainSingle().Which;
        finding.Claims.Should().Equal("claim", "start", "day");
    }

    [Fact]
    public void Two_reports_of_the_same_days_are_never_read_as_a_change() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("one", "x", "5,200").At("2020-08-01").From("s1");
            b.Observation("other", "x", "6,000").At("2020-08-01").From("s2");
            b.Change("claim", "x", ChangeDirection.Decrease).Over("2020-08-01/2020-08-31").From("s2");
        }).Findings("FC004").Should().BeEmpty();

    [Fact]
    public void A_change_restated_by_several_sources_is_one_finding_naming_them_all()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Observation("then", "x", "about 5,200").At("late 2018").From("s1");
            b.Observation("now", "x", "about 5,200").At("2020-09-09").From("s1");
            b.Change("a", "x", ChangeDirection.Decrease).Significant().Over("2020-03/2020-09").From("s1");
            b.Change("b", "x", ChangeDirection.Decrease).Significant().Over("2020-03/2020-09").From("s2");
        }).Findings("FC004").Should().ContainSingle().Which;
        finding.Claims.Should().Equal("a", "b", "then", "now");
        finding.Message.Should().StartWith("x: a significant decrease from 2020-03 to 2020-09 (stated by 2 sources: s1; s2) is not borne out");
    }
}
