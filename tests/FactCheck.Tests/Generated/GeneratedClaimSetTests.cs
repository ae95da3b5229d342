using FactCheck.Benchmarks;

namespace FactCheck.Tests.Generated;

/// <summary>
/// The benchmark generator's claim sets, checked for correctness only (no timing): the injected findings are
/// found, exactly, and the clean claims give nothing.
/// </summary>
public class GeneratedClaimSetTests
{
    [Theory]
    [InlineData(3_000, 1)]
    [InlineData(20_000, 20200909)]
    public void Check_finds_exactly_the_injected_inconsistencies(int count, int seed)
    {
        var generated = ClaimSetGenerator.Generate(count, seed, injectionRate: 0.01);
        var report = new FactChecker().Check(generated.Claims);
        generated.Differences(report).Should().BeEmpty();
        generated.Expected.Select(e => e.RuleId).Distinct().Should().HaveCount(11, "every rule of FC001–FC011 is injected");
    }

    [Fact]
    public void Clean_claims_give_no_finding()
    {
        var generated = ClaimSetGenerator.Generate(20_000, seed: 7, injectionRate: 0);
        generated.Expected.Should().BeEmpty();
        new FactChecker().Check(generated.Claims).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Generation_is_the_same_for_the_same_seed()
    {
        var first = ClaimSetGenerator.Generate(2_000, seed: 3, injectionRate: 0.01);
        var second = ClaimSetGenerator.Generate(2_000, seed: 3, injectionRate: 0.01);
        second.Claims.Should().Be(first.Claims);
        second.Expected.Should().Equal(first.Expected);
    }

    [Fact]
    public void Generated_claims_survive_a_file_round_trip()
    {
        var claims = ClaimSetGenerator.Generate(2_000, seed: 5, injectionRate: 0.01).Claims;
        var text = FactCheck.Serialization.ClaimSetWriter.WriteToString(claims);
        new FactCheck.Serialization.ClaimSetReader().ReadString(text).ClaimSet.Should().Be(claims);
    }
}
