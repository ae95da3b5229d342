namespace FactCheck.Tests.Rules;

public class ConflictingFiguresRuleTests
{
    private static CheckReport Two(string first, string firstTime, string second, string secondTime, string? unit2 = null, string? unit1 = null) => RuleTestKit.Check(b =>
    {
        var a = b.Observation("a", "us-troops/iraq", first).At(firstTime).From("s1");
        if (unit1 is not null) a.Unit(unit1);
        var o = b.Observation("b", "us-troops/iraq", second).At(secondTime).From("s2");
        if (unit2 is not null) o.Unit(unit2);
    });

    [Fact]
    public void Different_figures_on_the_same_day_are_a_certain_conflict()
    {
        var finding = Two("5,200", "2020-09-09", "3,000", "2020-09-09").Findings.Should().ContainSingle().Which;
        finding.RuleId.Should().Be("FC001");
        finding.Severity.Should().Be(Severity.Error);
        finding.Claims.Should().Equal("a", "b");
        finding.Message.Should().Be("us-troops/iraq: 5,200 on 2020-09-09 (s1) and 3,000 on 2020-09-09 (s2) cannot both be true: they differ by 2,200.");
        finding.Evidence["difference"].Should().Be(-2200);
    }

    [Fact]
    public void Same_month_at_month_precision_is_a_certain_conflict() =>
        Two("5,200", "2020-09", "3,000", "2020-09").Findings.Single().Severity.Should().Be(Severity.Error);

    [Fact]
    public void Month_against_a_day_inside_it_is_a_possible_conflict() =>
        Two("5,200", "2020-09", "3,000", "2020-09-09").Findings.Single().Severity.Should().Be(Severity.Warning);

    [Fact]
    public void Figures_at_times_that_do_not_overlap_never_conflict() =>
        Two("5,200", "2020-08", "3,000", "2020-09").Findings.Should().BeEmpty();

    [Fact]
    public void Approximate_figure_and_a_nearby_exact_one_agree() =>
        Two("approximately 5,200", "2020-09-09", "5,000", "2020-09-09").Findings.Should().BeEmpty();

    [Fact]
    public void Round_figures_agree_within_their_implied_precision() =>
        // 3,000 stands for [2,500, 3,500]; 3,400 lies inside.
        Two("3,000", "2020-09-09", "3,400", "2020-09-09").Findings.Should().BeEmpty();

    [Fact]
    public void Round_figures_disagree_just_outside_their_implied_precision() =>
        Two("3,000", "2020-09-09", "3,600", "2020-09-09").Findings.Should().ContainSingle();

    [Fact]
    public void Open_and_closed_bounds_decide_at_the_edge()
    {
        Two("less than 4,000", "2020-09-09", "between 4,000 and 5,000", "2020-09-09").Findings.Should().ContainSingle();
        Two("at most 4,000", "2020-09-09", "between 4,000 and 5,000", "2020-09-09").Findings.Should().BeEmpty();
        Two("less than five thousand", "2020-09-09", "between 4,000 and 5,000", "2020-09-09").Findings.Should().BeEmpty();
    }

    [Fact]
    public void Tolerance_edge_is_inclusive()
    {
        // about 5,000 is [4,500, 5,500]; exactly 5,501 lies outside, exactly 5,499 inside (implied precision of an unround figure is nil).
        Two("about 5,000", "2020-09-09", "5,499", "2020-09-09").Findings.Should().BeEmpty();
        Two("about 5,000", "2020-09-09", "5,501", "2020-09-09").Findings.Should().ContainSingle();
    }

    [Fact]
    public void Figures_in_units_that_cannot_be_reconciled_are_not_compared_but_reported_as_unit_mismatch()
    {
        var report = Two("5,200", "2020-09-09", "3,000", "2020-09-09", unit2: "dollars", unit1: "troops");
        report.Findings("FC001").Should().BeEmpty();
        report.Findings("FC010").Should().ContainSingle();
    }

    [Fact]
    public void Figure_without_a_unit_compares_with_any_unit()
    {
        var report = Two("5,200", "2020-09-09", "3,000", "2020-09-09", unit2: "dollars");
        report.Findings("FC001").Should().ContainSingle();
        report.Findings("FC010").Should().BeEmpty();
    }

    [Fact]
    public void Aliased_units_are_compared()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("a", "x", "5,200").Unit("troops").At("2020-09-09").From("s1");
            b.Observation("b", "x", "3,000").Unit("service members").At("2020-09-09").From("s2");
        });
        report.Findings("FC001").Should().ContainSingle();
    }

    [Fact]
    public void Reference_source_makes_the_other_claim_the_likely_error()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Source("dataset", "Official figures", trust: SourceTrust.Reference);
            b.Observation("official", "x", "5,200").At("2020-09-09").From("dataset");
            b.Observation("article", "x", "3,000").At("2020-09-09").From("s1");
        });
        var finding = report.Findings("FC001").Single();
        finding.Claims.Should().Equal("article", "official");
        finding.Message.Should().EndWith("dataset is a reference source, so article is the likely error.");
    }

    [Fact]
    public void Three_disagreeing_figures_give_one_finding_per_conflicting_pair()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("a", "x", "1,001").At("2020-09-09").From("s1");
            b.Observation("b", "x", "2,001").At("2020-09-09").From("s1");
            b.Observation("c", "x", "3,001").At("2020-09-09").From("s1");
        });
        report.Findings("FC001").Select(f => string.Join(",", f.Claims)).Should().BeEquivalentTo("a,b", "a,c", "b,c");
    }

    [Fact]
    public void Different_metrics_are_never_compared()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("a", "x", "5,200").At("2020-09-09").From("s1");
            b.Observation("b", "x", "3,000").Metric("budget").At("2020-09-09").From("s1");
        });
        report.Findings.Should().BeEmpty();
    }
}
