using BenchmarkDotNet.Attributes;
using FactCheck.Rules;

namespace FactCheck.Benchmarks;

/// <summary>
/// FC007 over one role held by thousands of distinct names that all share a first name and are near one another:
/// the shape that made the rule compare every pair (3,000 names took 4.4 s and 4.5 GB). The findings are bounded
/// before timing: one per group of variants, each mention in one group at most.
/// </summary>
[MemoryDiagnoser]
public class NameVariantBenchmarks
{
    private static readonly string[] Syllables = ["ka", "ke", "ki", "ko", "ku", "ma", "me", "mi", "mo", "mu", "na", "ne", "ni", "no", "nu", "ra", "re", "ri", "ro", "ru"];

    private readonly FactChecker checker = new(new FactCheckOptions { IncludeBuiltInRules = false }.AddRule(new NameVariantRule()));
    private ClaimSet claims = null!;

    [Params(8_000)]
    public int Names { get; set; }

    /// <summary>Whether the role is one person's at a time: then every name is also a different holder of it.</summary>
    [Params(false, true)]
    public bool Singular { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = ClaimSet.CreateBuilder("names").AsOf(new NodaTime.LocalDate(2020, 9, 9));
        builder.Source("s1", "Source one");
        if (Singular) builder.Add(new Entity("spokesperson", "Spokesperson", "role") { Singular = true });
        for (var i = 0; i < Names; i++) builder.Mention($"m{i}", "Kenneth " + Surname(i)).As("Spokesperson").From("s1");
        claims = builder.Build();
        // The singular role's one finding names every mention; the variants' findings are bounded as before.
        var findings = checker.Check(claims).Findings.Where(f => !f.Message.StartsWith("Only one person", StringComparison.Ordinal)).ToList();
        if (findings.Sum(f => f.Claims.Count) > Names) throw new InvalidOperationException($"{findings.Count} FC007 findings name a mention more than once.");
    }

    [Benchmark(Description = "FC007, distinct names in one role")]
    public int Check() => checker.Check(claims).Findings.Count;

    /// <summary>A distinct surname per number, its digits in base 20 as syllables: neighbours differ by one syllable.</summary>
    private static string Surname(int i)
    {
        var name = new System.Text.StringBuilder("Z");
        for (var rest = i; name.Length == 1 || rest > 0; rest /= Syllables.Length) name.Append(Syllables[rest % Syllables.Length]);
        return name.ToString();
    }
}
