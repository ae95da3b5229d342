using FactCheck.Checking;
using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Checking;

/// <summary>The index sorts series on packed day keys; the order must be exactly first day, last day, claim order.</summary>
public class TimeSortTests
{
    private readonly record struct Timed(LocalDate FirstDay, LocalDate LastDay, int Order) : ITimed;

    [Theory]
    [InlineData(1, 2000)]
    [InlineData(2, 30)]
    [InlineData(3, 5)]
    public void Packed_sort_gives_day_then_last_day_then_claim_order(int seed, int distinctDays)
    {
        var random = new Random(seed);
        var start = new LocalDate(2020, 1, 1);
        LocalDate Day() => random.Next(20) switch
        {
            0 => LocalDate.MinIsoValue,
            1 => LocalDate.MaxIsoValue,
            2 => new LocalDate(1, 1, 1),
            3 => new LocalDate(9999, 12, 30),
            _ => start.PlusDays(random.Next(distinctDays)),
        };
        var items = Enumerable.Range(0, 3000).Select(i =>
        {
            var (a, b) = (Day(), Day());
            return a <= b ? new Timed(a, b, i) : new Timed(b, a, i);
        }).ToArray();
        var expected = items.ToArray();
        Array.Sort(expected, TimeSort.Compare);

        TimeSort.Sort(items);

        items.Should().Equal(expected);
    }

    [Fact]
    public void Days_the_key_cannot_hold_fall_back_to_comparing_in_full()
    {
        var early = new LocalDate(-5, 6, 1);
        var items = new[]
        {
            new Timed(new LocalDate(2020, 1, 1), new LocalDate(2020, 1, 1), 0),
            new Timed(early, early, 1),
            new Timed(LocalDate.MinIsoValue, early, 2),
        };

        TimeSort.Sort(items);

        items.Select(i => i.Order).Should().Equal(2, 1, 0);
    }
}
