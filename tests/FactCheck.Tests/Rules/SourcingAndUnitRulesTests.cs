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
    public void Units_that_come_back_later_in_a_series_are_listed_once_with_their_first_claim()
    {
        // In time order: usd, usd, eur, usd, gbp, eur, and a target in usd and then in yen.
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("a", "budget/defence", "740 billion").Unit("USD").At("2020-01").From("s1");
            b.Observation("b", "budget/defence", "741 billion").Unit("dollars").At("2020-02").From("s1");
            b.Observation("c", "budget/defence", "650 billion").Unit("EUR").At("2020-03").From("s1");
            b.Observation("d", "budget/defence", "742 billion").Unit("USD").At("2020-04").From("s1");
            b.Observation("e", "budget/defence", "560 billion").Unit("GBP").At("2020-05").From("s1");
            b.Observation("f", "budget/defence", "651 billion").Unit("EUR").At("2020-06").From("s1");
            b.Target("t1", "budget/defence", "under 800 billion").Unit("USD").By("2021").Stated("2019-01-01").From("s1");
            b.Target("t2", "budget/defence", "under 90 trillion").Unit("JPY").By("2022").Stated("2019-01-01").From("s1");
        });
        var finding = report.Findings("FC010").Single();
        finding.Claims.Should().Equal("a", "c", "e", "t2");
        finding.Message.Should().StartWith("budget/defence: figures are given in usd (a) and eur (c) and gbp (e) and jpy (t2), ");
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
