using System.Collections.Immutable;
using FactCheck.Checking;
using FactCheck.Rules;
using FactCheck.Rules.Authoring;

namespace FactCheck.Tests.Rules;

public class ValueConflictSweepTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Conflicts_found_by_the_sweep_are_exactly_the_nearest_ones_found_by_comparing_all_pairs(int seed)
    {
        var sorted = RandomSeries(new Random(seed), 400);

        var swept = new List<(int, int)>();
        new ValueConflictSweep<ObservationEntry>(e => e.Interval).Run(sorted.AsSpan(), static (_, _) => true, (a, b) => swept.Add((a.Order, b.Order)), CancellationToken.None);

        var expected = NearestConflicts(sorted);
        expected.Should().NotBeEmpty();
        swept.Order().Should().Equal(expected.Order());
    }

    [Fact]
    public void One_sweep_reused_over_series_of_different_lengths_finds_what_a_fresh_sweep_finds()
    {
        // Long, short, empty, then long again: nothing the sweep keeps between series may leak into the next one.
        var random = new Random(7);
        var sweep = new ValueConflictSweep<ObservationEntry>(e => e.Interval);
        foreach (var length in new[] { 300, 5, 0, 1, 400, 2, 250 })
        {
            var sorted = RandomSeries(random, length);
            var swept = new List<(int, int)>();
            sweep.Run(sorted.AsSpan(), static (_, _) => true, (a, b) => swept.Add((a.Order, b.Order)), CancellationToken.None);
            swept.Order().Should().Equal(NearestConflicts(sorted).Order(), $"a series of {length}");
        }
    }

    /// <summary>For each entry, the latest earlier entry for other, overlapping days that lies above it, and the latest below.</summary>
    private static List<(int, int)> NearestConflicts(ImmutableArray<ObservationEntry> sorted)
    {
        var expected = new List<(int, int)>();
        for (var j = 0; j < sorted.Length; j++)
        {
            bool above = false, below = false;
            for (var i = j - 1; i >= 0; i--)
            {
                if (sorted[i].LastDay < sorted[j].FirstDay) continue;
                if (sorted[i].FirstDay == sorted[j].FirstDay && sorted[i].LastDay == sorted[j].LastDay) continue;
                var isAbove = !above && sorted[i].Interval.IsEntirelyAbove(sorted[j].Interval);
                var isBelow = !below && sorted[j].Interval.IsEntirelyAbove(sorted[i].Interval);
                if (!isAbove && !isBelow) continue;
                above |= isAbove;
                below |= isBelow;
                expected.Add((sorted[i].Order, sorted[j].Order));
            }
        }
        return expected;
    }

    private static ImmutableArray<ObservationEntry> RandomSeries(Random random, int count)
    {
        var entries = new List<ObservationEntry>();
        for (var i = 0; i < count; i++)
        {
            var start = new LocalDate(2020, 1, 1).PlusDays(random.Next(0, 200));
            var time = random.Next(3) switch
            {
                0 => FuzzyTime.Day(start),
                1 => FuzzyTime.Between(start, start.PlusDays(random.Next(1, 60))),
                _ => FuzzyTime.Month(start.Year, start.Month),
            };
            // Small integers on a coarse grid so that touching bounds, open and closed, are common.
            var low = random.Next(0, 20);
            var value = random.Next(4) switch
            {
                0 => Quantity.Range(low, random.Next(2) == 0, low + random.Next(1, 4), random.Next(2) == 0),
                1 => Quantity.LessThan(low + 1),
                2 => Quantity.AtLeast(low),
                _ => Quantity.Exactly(low),
            };
            var observation = new Observation($"o{i}", "x", value, time);
            entries.Add(new ObservationEntry(observation, value.ToInterval(QuantityOptions.Default, isCount: true), Unit.None, i));
        }
        return entries.OrderBy(e => e.FirstDay).ThenBy(e => e.LastDay).ThenBy(e => e.Order).ToImmutableArray();
    }
}
