namespace FactCheck.Tests.Rules;

public class SourcingAndUnitRulesTests
{
    [Fact]
    public void Claim_without_source_or_attribution_is_an_info()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("bare", "us-troops/syria", "about 500").At("2020-09");
            b.Observation("said", "us-troops/syria", "about 500").At("2020-09").SaidBy("officials");
            b.Observation("sourced", "us-troops/syria", "about 500").At("2020-09").From("s1");
        }, o => o.Severities.Remove("FC009"));
        var finding = report.Findings("FC009").Single();
        finding.Severity.Should().Be(Severity.Info);
        finding.Claims.Should().Equal("bare");
        finding.Message.Should().Be("bare (us-troops/syria: ~500 in 2020-09) has neither a source nor an attribution.");
    }

    [Fact]
    public void Units_that_cannot_be_reconciled_are_reported_once_per_subject()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("a", "spill", "4.9 million").Unit("barrels").At("2010").From("s1");
            b.Observation("b", "spill", "650,000").Unit("tonnes").At("2010").From("s1");
            b.Observation("c", "spill", "4.9 million").Unit("bbl").At("2010").From("s1");
        });
        var finding = report.Findings("FC010").Single();
        finding.Claims.Should().Equal("a", "b");
        finding.Message.Should().Be("spill: figures are given in bbl (a) and t (b), which cannot be compared; they were not checked against each other.");
        report.Findings("FC001").Should().BeEmpty();
    }

    [Fact]
    public void Units_that_come_back_later_in_a_series_are_listed_once_with_their_first_claim()
    {
        // In time order: troops, soldiers, people, troops, tonnes, people, and a target in troops and then in barrels.
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("a", "x", "740").Unit("troops").At("2020-01").From("s1");
            b.Observation("b", "x", "741").Unit("soldiers").At("2020-02").From("s1");
            b.Observation("c", "x", "650").Unit("people").At("2020-03").From("s1");
            b.Observation("d", "x", "742").Unit("troops").At("2020-04").From("s1");
            b.Observation("e", "x", "560").Unit("tonnes").At("2020-05").From("s1");
            b.Observation("f", "x", "651").Unit("persons").At("2020-06").From("s1");
            b.Target("t1", "x", "under 800").Unit("troops").By("2021").Stated("2019-01-01").From("s1");
            b.Target("t2", "x", "under 90").Unit("barrels").By("2022").Stated("2019-01-01").From("s1");
        });
        var finding = report.Findings("FC010").Single();
        finding.Claims.Should().Equal("a", "c", "e", "t2");
        finding.Message.Should().StartWith("x: figures are given in troops (a) and people (c) and t (e) and bbl (t2), ");
    }

    [Fact]
    public void A_keys_units_are_listed_figures_first_then_targets_then_changes_and_keys_in_order()
    {
        // "b" has one unit in its figures and another only in a change; "a" has units only in targets; "c" shares one
        // unit among a figure, a target and a change; "d" has a figure without a unit beside one with: no finding.
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("b1", "b", "740").Unit("troops").At("2020-01").From("s1");
            b.Observation("b2", "b", "741").Unit("soldiers").At("2020-02").From("s1");
            b.Change("b3", "b", ChangeDirection.Increase).By("300").Unit("tonnes").Over("2020-01/2020-02").From("s1");
            b.Target("a1", "a", "under 800").Unit("troops").By("2021").Stated("2019-01-01").From("s1");
            b.Target("a2", "a", "under 90").Unit("barrels").By("2022").Stated("2019-01-01").From("s1");
            b.Observation("c1", "c", "5").Unit("km").At("2020-01").From("s1");
            b.Target("c2", "c", "under 9").Unit("kilometres").By("2021").Stated("2019-01-01").From("s1");
            b.Change("c3", "c", ChangeDirection.Increase).By("2").Unit("km").Over("2020-01/2020-02").From("s1");
            b.Observation("d1", "d", "5").At("2020-01").From("s1");
            b.Observation("d2", "d", "6").Unit("km").At("2020-02").From("s1");
        });
        var findings = report.Findings("FC010");
        findings.Select(f => f.Claims).Should().BeEquivalentTo(new[] { new[] { "a1", "a2" }, new[] { "b1", "b3" } }, o => o.WithStrictOrdering());
        findings[1].Message.Should().StartWith("b: figures are given in troops (b1) and t (b3), ");
    }

    [Fact]
    public void Unit_aliases_can_be_added()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("a", "x", "5,200").Unit("marines").At("2020-09-09").From("s1");
            b.Observation("b", "x", "3,000").Unit("troops").At("2020-09-09").From("s1");
        }, o => o.Units = UnitAliasTable.Default.WithAliases("troops", "marines"));
        report.Findings.Select(f => f.RuleId).Should().Equal("FC001");
    }
}
