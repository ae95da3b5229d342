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

        SortsAsCompareOrders(items);
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

    [Theory]
    [InlineData(2)]
    [InlineData(47)]
    [InlineData(48)]
    [InlineData(49)]
    [InlineData(1024)]
    [InlineData(1025)]
    public void Series_on_either_side_of_the_insertion_and_stack_limits_sort_alike(int length)
    {
        var random = new Random(length);
        var start = new LocalDate(2020, 1, 1);
        var items = Enumerable.Range(0, length).Select(i =>
        {
            var first = start.PlusDays(random.Next(length / 2 + 1));
            return new Timed(first, first.PlusDays(random.Next(3)), i);
        }).ToArray();

        SortsAsCompareOrders(items);
    }

    [Fact]
    public void Days_of_other_calendars_sort_by_the_day_they_are()
    {
        // 1 January 2020 in the Julian calendar is 14 January in the ISO one: after the 5th, before the 20th.
        var julian = new LocalDate(2020, 1, 1, CalendarSystem.Julian);
        var items = new[]
        {
            new Timed(new LocalDate(2020, 1, 20), new LocalDate(2020, 1, 20), 0),
            new Timed(julian, julian, 1),
            new Timed(new LocalDate(2020, 1, 5), new LocalDate(2020, 1, 5), 2),
        };

        TimeSort.Sort(items);

        items.Select(i => i.Order).Should().Equal(2, 1, 0);
    }

    [Fact]
    public void Figures_of_one_day_follow_their_times_of_day_after_the_sort()
    {
        // Shuffled in the set: the days are sorted first, then the figures that share a day by their instants.
        var day = new LocalDate(2023, 2, 7);
        Observation Figure(string id, LocalDate on, int? hour) =>
            new Observation(id, "quake", Quantity.Exactly(5), FuzzyTime.Day(on)) { Instant = hour is { } h ? on.At(new LocalTime(h, 0)).WithOffset(Offset.Zero) : null };
        var builder = ClaimSet.CreateBuilder("t");
        foreach (var claim in new[] { Figure("late", day, 20), Figure("next", day.PlusDays(1), null), Figure("plain", day, null), Figure("early", day, 6), Figure("before", day.PlusDays(-1), 23) })
        {
            builder.Add(claim);
        }

        var series = ClaimIndex.Build(builder.Build(), CheckSettings.Default).ObservationSeries.Should().ContainSingle().Subject;

        series.Items.Select(e => e.Claim.Id).Should().Equal("before", "plain", "early", "late", "next");
    }

    [Fact]
    public void A_cancelled_sort_of_many_series_throws_as_cancelled()
    {
        var grouping = new SeriesGrouping();
        for (var s = 0; s < 100; s++) grouping.Count("s" + s.ToString(System.Globalization.CultureInfo.InvariantCulture), "count", 0);
        var arrays = grouping.Allocate<Timed>(parallel: true);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        grouping.Invoking(g => g.Sort(arrays, parallel: true, cancellation.Token)).Should().Throw<OperationCanceledException>();
    }

    private static void SortsAsCompareOrders(Timed[] items)
    {
        var expected = items.ToArray();
        Array.Sort(expected, TimeSort.Compare);

        TimeSort.Sort(items);

        items.Should().Equal(expected);
    }

    [Fact]
    public void A_series_in_reverse_order_is_moved_along_every_cycle()
    {
        var start = new LocalDate(2020, 1, 1);
        var items = Enumerable.Range(0, 9).Select(i => new Timed(start.PlusDays(8 - i), start.PlusDays(8 - i), i)).ToArray();

        TimeSort.Sort(items);

        items.Select(i => i.Order).Should().Equal(8, 7, 6, 5, 4, 3, 2, 1, 0);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1, 2, 28)]
    [InlineData(1, 3, 1)]
    [InlineData(4, 2, 29)]
    [InlineData(100, 3, 1)]
    [InlineData(1900, 2, 28)]
    [InlineData(1900, 3, 1)]
    [InlineData(2000, 2, 29)]
    [InlineData(2000, 3, 1)]
    [InlineData(2024, 12, 31)]
    [InlineData(9999, 12, 31)]
    public void Day_numbers_are_those_of_DateOnly(int year, int month, int day)
    {
        TimeSort.DayNumber(year, month, day).Should().Be(new DateOnly(year, month, day).DayNumber);
    }

    [Fact]
    public void Day_numbers_are_those_of_DateOnly_on_every_day_of_four_centuries()
    {
        var mismatches = new List<DateOnly>();
        for (var date = new DateOnly(1800, 1, 1); date.Year < 2200; date = date.AddDays(1))
        {
            if (TimeSort.DayNumber(date.Year, date.Month, date.Day) != date.DayNumber) mismatches.Add(date);
        }

        mismatches.Should().BeEmpty();
    }
}
