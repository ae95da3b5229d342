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
            b.Observation("a", "budget/defence", "740 billion").Unit("USD").At("2020").From("s1");
            b.Observation("b", "budget/defence", "650 billion").Unit("EUR").At("2020").From("s1");
            b.Observation("c", "budget/defence", "700 billion").Unit("dollars").At("2020").From("s1");
        });
        var finding = report.Findings("FC010").Single();
        finding.Claims.Should().Equal("a", "b");
        finding.Message.Should().Be("budget/defence: figures are given in usd (a) and eur (b), which cannot be compared; they were not checked against each other.");
        report.Findings("FC001").Should().BeEmpty();
    }

    [Fact]
    public void Unit_aliases_can_be_added()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("a", "x", "5,200").Unit("marines").At("2020-09-09").From("s1");
            b.Observation("b", "x", "3,000").Unit("troops").At("2020-09-09").From("s1");
        }, o => o.Units = UnitAliasTable.Default.WithGroup("troops", "troop", "soldiers", "personnel", "marines"));
        report.Findings.Select(f => f.RuleId).Should().Equal("FC001");
    }
}
