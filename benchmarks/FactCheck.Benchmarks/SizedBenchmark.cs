using BenchmarkDotNet.Attributes;

namespace FactCheck.Benchmarks;

/// <summary>A benchmark over a generated claim set at 1k, 100k and 1M claims; the findings are verified before timing.</summary>
public abstract class SizedBenchmark
{
    [Params(1_000, 100_000, 1_000_000)]
    public int Claims { get; set; }

    protected GeneratedClaims Generated { get; private set; } = null!;

    [GlobalSetup]
    public virtual void Setup()
    {
        Generated = ClaimSetGenerator.Generate(Claims);
        var differences = Generated.Differences(new FactChecker().Check(Generated.Claims));
        if (differences.Count > 0) throw new InvalidOperationException("The check does not give the injected findings: " + string.Join("; ", differences.Take(5)));
    }
}
