using BenchmarkDotNet.Attributes;
using FactCheck.Rules;

namespace FactCheck.Benchmarks;

/// <summary>
/// FC016 over a whole with many listed parts and a figure of each on every day: each whole figure looks each part up
/// once (a binary search), so the cost is wholes × parts × log n, never every part figure against every whole.
/// </summary>
[MemoryDiagnoser]
public class ListedPartsBenchmarks
{
    private readonly FactChecker checker = new(new FactCheckOptions { IncludeBuiltInRules = false }.AddRule(new PartsExceedWholeRule()));
    private ClaimSet claims = null!;

    [Params(1_000)]
    public int Days { get; set; }

    [Params(50)]
    public int Parts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = ClaimSet.CreateBuilder("parts").AsOf(new NodaTime.LocalDate(2020, 9, 9));
        builder.Source("s1", "Source one");
        var parts = Enumerable.Range(0, Parts).Select(p => $"part/{p}").ToArray();
        builder.PartsOf("whole", true, parts);
        var day = new NodaTime.LocalDate(2000, 1, 1);
        for (var d = 0; d < Days; d++, day = day.PlusDays(1))
        {
            foreach (var part in parts) builder.Observation($"{part}@{d}", part, "101").At(day).From("s1");
            builder.Observation($"whole@{d}", "whole", (100 * Parts).ToString(System.Globalization.CultureInfo.InvariantCulture)).At(day).From("s1");
        }
        claims = builder.Build();
        if (checker.Check(claims).Findings.Count != Days) throw new InvalidOperationException("Every day's parts should exceed its whole once.");
    }

    [Benchmark(Description = "FC016, listed parts on every day")]
    public int Check() => checker.Check(claims).Findings.Count;
}
