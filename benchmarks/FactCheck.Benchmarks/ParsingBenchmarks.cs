using BenchmarkDotNet.Attributes;

namespace FactCheck.Benchmarks;

/// <summary>Reading values and times as files and builders give them.</summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private static readonly string[] Values =
        ["8,600", "about 5,200", "between 4,000 and 5,000", "less than five thousand", "5.2 million", "dozens", "69%", "at least 3", "4,000–5,000", "nearly 5,000"];

    private static readonly string[] Times =
        ["2020-09-09", "2020-09", "2020", "late 2018", "2020-Q3", "2020-03/2020-09", "../2020-11-03", "early 2020-09"];

    [Benchmark(Description = "Quantity.Parse ×10 forms")]
    public int ParseQuantities()
    {
        var sum = 0;
        foreach (var text in Values) sum += (int)Quantity.Parse(text).Form;
        return sum;
    }

    [Benchmark(Description = "FuzzyTime.Parse ×8 forms")]
    public int ParseTimes()
    {
        var sum = 0;
        foreach (var text in Times) sum += (int)FuzzyTime.Parse(text).Precision;
        return sum;
    }

    [Benchmark(Description = "FuzzyTime.Parse relative ×4")]
    public int ParseRelativeTimes()
    {
        var anchor = new NodaTime.LocalDate(2020, 9, 9);
        return FuzzyTime.Parse("last month", anchor).Start.Day + FuzzyTime.Parse("on Tuesday", anchor).Start.Day
            + FuzzyTime.Parse("by the end of the month", anchor).Start.Day + FuzzyTime.Parse("last Wednesday", anchor).Start.Day;
    }
}
