using BenchmarkDotNet.Attributes;
using FactCheck.Rules;

namespace FactCheck.Benchmarks;

/// <summary>The whole catalogue over a generated claim set.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks : SizedBenchmark
{
    private readonly FactChecker checker = new();

    [Benchmark(Description = "whole check")]
    public int Check() => checker.Check(Generated.Claims).Findings.Count;
}

/// <summary>Each rule alone (with the index it needs), over a generated claim set.</summary>
[MemoryDiagnoser]
public class RuleBenchmarks : SizedBenchmark
{
    private FactChecker checker = null!;

    [ParamsSource(nameof(RuleIds))]
    public string Rule { get; set; } = "FC001";

    public static IEnumerable<string> RuleIds => BuiltInRules.All.Select(r => r.Descriptor.Id);

    public override void Setup()
    {
        base.Setup();
        var rule = BuiltInRules.All.Single(r => r.Descriptor.Id == Rule);
        checker = new FactChecker(new FactCheckOptions { IncludeBuiltInRules = false }.AddRule(rule));
    }

    [Benchmark(Description = "one rule")]
    public int Check() => checker.Check(Generated.Claims).Findings.Count;
}
