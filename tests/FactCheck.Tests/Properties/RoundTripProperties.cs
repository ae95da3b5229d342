using CsCheck;
using FactCheck.Serialization;

namespace FactCheck.Tests.Properties;

/// <summary>Laws that hold for every value: formatting then parsing, saving then loading, checking twice.</summary>
public class RoundTripProperties
{
    [Fact]
    public void Formatting_a_quantity_then_parsing_it_gives_the_same_quantity() =>
        // An editor's text keeps ten decimal places; files keep them all (see the claim-set law below).
        Generators.Quantity(10).Sample(q => Quantity.Parse(q.ToString()) == q, iter: 2000);

    [Fact]
    public void Formatting_a_time_then_parsing_it_gives_the_same_time() =>
        Generators.Time.Sample(t => FuzzyTime.Parse(t.ToString()) == t, iter: 2000);

    [Fact]
    public void Saving_a_claim_set_then_loading_it_gives_the_same_claim_set() =>
        Generators.ClaimSet.Sample(set =>
        {
            var text = ClaimSetWriter.WriteToString(set);
            var loaded = new ClaimSetReader().ReadString(text).ClaimSet;
            loaded.Should().Be(set);
            ClaimSetWriter.WriteToString(loaded).Should().Be(text);
        }, iter: 300);

    [Fact]
    public void Checking_a_claim_set_twice_gives_the_same_findings() =>
        Generators.ClaimSet.Sample(set =>
        {
            var first = new FactChecker().Check(set).Findings.Select(f => f.ToString()).ToList();
            var second = new FactChecker(new FactCheckOptions { MaxDegreeOfParallelism = 1 }).Check(set).Findings.Select(f => f.ToString()).ToList();
            second.Should().Equal(first);
            first.Should().NotContain(f => f.Contains("FC900", StringComparison.Ordinal));
        }, iter: 300);
}
