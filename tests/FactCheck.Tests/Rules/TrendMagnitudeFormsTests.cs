namespace FactCheck.Tests.Rules;

/// <summary>FC004 with the sizes news gives: percentage points, per cent, multiples; and a change in the future tense.</summary>
public class TrendMagnitudeFormsTests
{
    private static CheckReport Trend(ChangeDirection direction, string from, string to, string size) =>
        RuleTestKit.Check(b =>
        {
            b.Source("s3", "Source three", published: new LocalDate(2021, 1, 15));
            b.Observation("start", "x", from).At("2020-01-01").From("s1");
            b.Observation("end", "x", to).At("2020-12-31").From("s1");
            b.Change("claim", "x", direction).By(size).Over("2020").From("s3");
        });

    [Fact]
    public void A_rate_from_40_to_48_per_cent_rose_by_8_percentage_points() =>
        Trend(ChangeDirection.Increase, "40%", "48%", "8 percentage points").Findings.Should().BeEmpty();

    [Fact]
    public void A_rate_from_40_to_48_per_cent_did_not_rise_by_8_per_cent()
    {
        var finding = Trend(ChangeDirection.Increase, "40%", "48%", "8%").Findings.Single();
        finding.RuleId.Should().Be("FC004");
        finding.Message.Should().EndWith("show a rise of 8 percentage points (20 %), not 8%.");
    }

    [Fact]
    public void A_rate_from_40_to_43_2_per_cent_rose_by_8_per_cent_and_not_by_8_points()
    {
        Trend(ChangeDirection.Increase, "40%", "43.2%", "8%").Findings.Should().BeEmpty();
        Trend(ChangeDirection.Increase, "40%", "43.2%", "8 points").Findings.Single().Message.Should()
            .Be("x: an increase of 8 percentage points in 2020 (s3) is not borne out: 40% on 2020-01-01 (s1) and 43.2% on 2020-12-31 (s1) show a rise of 3.2 percentage points, not 8 percentage points.");
    }

    [Fact]
    public void About_8_points_holds_down_to_the_tolerance_and_not_below_it()
    {
        Trend(ChangeDirection.Increase, "40%", "47.2%", "about 8 points").Findings.Should().BeEmpty();
        Trend(ChangeDirection.Increase, "40%", "47.1%", "about 8 points").Findings.Should().ContainSingle();
    }

    [Fact]
    public void Points_the_other_way_are_not_borne_out() =>
        Trend(ChangeDirection.Decrease, "40%", "48%", "8 pp").Findings.Single().Severity.Should().Be(Severity.Error);

    [Fact]
    public void A_figure_that_doubled_is_borne_out_by_twice_the_first() =>
        Trend(ChangeDirection.Increase, "1,000", "2,000", "doubled").Findings.Should().BeEmpty();

    [Fact]
    public void Doubled_holds_to_the_approximate_tolerance_and_not_beyond()
    {
        Trend(ChangeDirection.Increase, "1,000", "1,800", "doubled").Findings.Should().BeEmpty();
        Trend(ChangeDirection.Increase, "1,000", "2,200", "doubled").Findings.Should().BeEmpty();
        Trend(ChangeDirection.Increase, "1,000", "1,790", "doubled").Findings.Single().Message.Should()
            .Be("x: a doubling in 2020 (s3) is not borne out: 1,000 on 2020-01-01 (s1) and 1,790 on 2020-12-31 (s1) show a rise of 790 (1.8 times the first), not doubled.");
        Trend(ChangeDirection.Increase, "1,000", "2,210", "doubled").Findings.Should().ContainSingle();
    }

    [Fact]
    public void A_multiple_not_borne_out_gives_the_ratio_as_evidence() =>
        Trend(ChangeDirection.Increase, "1,000", "1,500", "doubled").Findings.Single().Evidence["ratio"].Should().Be(1.5);

    [Fact]
    public void Halved_is_borne_out_by_half_and_contradicted_by_a_rise()
    {
        Trend(ChangeDirection.Decrease, "5,200", "2,600", "halved").Findings.Should().BeEmpty();
        Trend(ChangeDirection.Decrease, "5,200", "4,000", "halved").Findings.Single().Message.Should().Contain("(0.77 times the first), not halved");
        Trend(ChangeDirection.Decrease, "2,600", "5,200", "halved").Findings.Single().Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void Three_times_and_tripled_are_the_same_multiple()
    {
        Trend(ChangeDirection.Increase, "100", "300", "three times").Findings.Should().BeEmpty();
        Trend(ChangeDirection.Increase, "100", "300", "tripled").Findings.Should().BeEmpty();
        Trend(ChangeDirection.Increase, "100", "200", "3 times").Findings.Single().Message.Should().Contain("an increase to 3 times the figure");
    }

    [Fact]
    public void A_multiple_of_a_starting_zero_is_not_held() =>
        Trend(ChangeDirection.Increase, "0", "100", "doubled").Findings.Should().BeEmpty();

    /// <summary>The Iraq plan of the seed: "from approximately 5,200 to 3,000 during September", told on 2020-09-09.</summary>
    private static CheckReport IraqPlan(Action<ChangeBuilder> tense) =>
        RuleTestKit.Check(b =>
        {
            b.Observation("iraq-2018", "us-troops/iraq", "about 5,200").At("late 2018").From("s1");
            b.Observation("iraq-now", "us-troops/iraq", "about 5,200").At("2020-09-09").From("s2");
            tense(b.Change("iraq-plan", "us-troops/iraq", ChangeDirection.Decrease).By("2,200").Over("2020-09").From("s2"));
        });

    [Fact]
    public void The_Iraq_plan_in_the_future_tense_is_not_held_against_figures_that_did_not_move_yet() =>
        IraqPlan(c => c.InFuture()).Findings("FC004").Should().BeEmpty();

    [Fact]
    public void The_same_change_in_the_past_tense_is_held_against_them() =>
        IraqPlan(c => c.Tense(ClaimTense.Past)).Findings("FC004").Should().ContainSingle().Which.Claims.Should().Equal("iraq-plan", "iraq-2018", "iraq-now");

    [Fact]
    public void A_future_change_is_not_held_even_when_its_period_is_past() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("start", "x", "5,000").At("2020-01-01").From("s1");
            b.Observation("end", "x", "5,000").At("2020-06-30").From("s1");
            b.Change("plan", "x", ChangeDirection.Decrease).Significant().Over("2020-01/2020-06").From("s1").InFuture();
        }).Findings("FC004").Should().BeEmpty();
}
