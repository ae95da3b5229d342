using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace FactCheck.Benchmarks;

/// <summary>
/// The shapes that once made rules report every pair: 8,000 mutually conflicting reports of one day (FC001), of
/// overlapping but different days (FC001's pairs across times), 8,000 dates of one event (FC008) and 8,000 targets
/// for one deadline (FC011); and for running totals, revisions, bases and forecasts: 8,000 falling reports of a
/// running total (FC012), 8,000 revisions by one party (FC013), 8,000 bases (FC014) and 4,000 forecasts against
/// 4,000 figures of one day (FC015). Each must check in well under a second with a bounded number of findings; the setup
/// refuses to time a shape whose findings are not bounded.
/// </summary>
[MemoryDiagnoser]
public class AdversarialBenchmarks
{
    private const int Size = 8_000;
    private static readonly LocalDate Day = new(2020, 9, 9);
    private readonly FactChecker checker = new();
    private ClaimSet claims = null!;

    [Params("same-day clique", "same-day clique and its month", "overlapping clique", "dates clique", "targets clique",
        "falling running total", "revisions by one party", "bases clique", "forecasts against figures")]
    public string Shape { get; set; } = "same-day clique";

    [GlobalSetup]
    public void Setup()
    {
        claims = Build(Shape);
        var findings = checker.Check(claims).Findings.Count;
        if (findings > 2 * Size) throw new InvalidOperationException($"{Shape}: {findings} findings for {Size} claims.");
    }

    [Benchmark(Description = "check")]
    public int Check() => checker.Check(claims).Findings.Count;

    internal static ClaimSet Build(string shape)
    {
        var b = ClaimSet.CreateBuilder(shape).AsOf(Day);
        b.Source("s1", "Wire", published: Day);
        b.CumulativeEntity("toll", "deaths");
        for (var i = 0; i < Size; i++)
        {
            var id = "c" + i.ToString(CultureInfo.InvariantCulture);
            // Reports of one day come from outlets of their own: one outlet's later figure would revise its earlier one.
            var outlet = "o" + i.ToString(CultureInfo.InvariantCulture);
            b.Source(outlet, published: Day);
            var value = ((i + 1) * 1000).ToString(CultureInfo.InvariantCulture);
            var day = LocalDatePattern(Day.PlusDays(-i));
            switch (shape)
            {
                case "same-day clique": b.Observation(id, "x", value).At("2020-09-09").From(outlet); break;
                // One figure for the month around the clique: the sweep must step over the day's own figures.
                case "same-day clique and its month":
                    if (i == 0) b.Observation("month", "x", "between 0 and 1000000000").At("2020-09").From("s1");
                    b.Observation(id, "x", value).At("2020-09-09").From(outlet);
                    break;
                // Each figure spans from its own day to the last one, so every two overlap on different days.
                case "overlapping clique": b.Observation(id, "x", value).At($"{day}/2020-09-09").From(outlet); break;
                case "falling running total": b.Observation(id, "toll", ((Size - i) * 1000).ToString(CultureInfo.InvariantCulture)).At("2020-09-09").From(outlet); break;
                case "revisions by one party": b.Observation(id, "x", value).At("2020-09-09").From(outlet).SaidBy("ministry"); break;
                case "bases clique": b.Observation(id, "x", value).At("2020-09-09").From(outlet).Basis("basis " + id); break;
                case "forecasts against figures":
                    var forecast = b.Observation(id, "x", value).At("2020-09-09").From(outlet);
                    if (i % 2 == 0) forecast.Projection();
                    break;
                case "dates clique": b.Event(id, "x").At(day).From("s1"); break;
                case "targets clique": b.Target(id, "x", value).By("2020-11-03").From("s1"); break;
                default: throw new ArgumentException($"Unknown shape '{shape}'.", nameof(shape));
            }
        }
        return b.Build();
    }

    private static string LocalDatePattern(LocalDate day) => NodaTime.Text.LocalDatePattern.Iso.Format(day);
}
