using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;

namespace FactCheck.Checking;

/// <summary>The claims of one subject and metric, sorted by first day, then last day, then position in the claim set.</summary>
/// <typeparam name="T">The entry type.</typeparam>
public sealed class Series<T>
    where T : struct, ITimed
{
    internal Series(SeriesKey key, ImmutableArray<T> items)
    {
        Key = key;
        Items = items;
    }

    /// <summary>The subject and metric.</summary>
    public SeriesKey Key { get; }

    /// <summary>The entries, in time order.</summary>
    public ImmutableArray<T> Items { get; }

    /// <summary>How many entries start strictly before <paramref name="day"/>; the index of the first that does not.</summary>
    public int CountStartingBefore(LocalDate day)
    {
        int low = 0, high = Items.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (Items[mid].FirstDay < day) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    /// <summary>How many entries start on or before <paramref name="day"/>.</summary>
    public int CountStartingOnOrBefore(LocalDate day) => day == LocalDate.MaxIsoValue ? Items.Length : CountStartingBefore(day.PlusDays(1));

    /// <summary>
    /// For each position, the entry with the highest lower bound and the one with the lowest upper bound among
    /// it and all later entries: whether any figure from a point on can lie above or below an interval is then
    /// one comparison. Built on first use and kept for the same <paramref name="valueOf"/> (a static lambda is one
    /// delegate; a capturing one is a new delegate each time, and its bounds are built anew).
    /// </summary>
    /// <param name="valueOf">The interval an entry stands for.</param>
    public (ImmutableArray<int> HighestMin, ImmutableArray<int> LowestMax) SuffixBounds(Func<T, ValueInterval> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        // A reference is written whole, so two rules racing here both see a complete answer; bounds built for
        // another measure of the entries (stated intervals, not tolerance intervals) are not this one's.
        if (Volatile.Read(ref suffixBounds) is { } known && ReferenceEquals(known.ValueOf, valueOf)) return (known.HighestMin, known.LowestMax);
        var highest = new int[Items.Length];
        var lowest = new int[Items.Length];
        for (var i = Items.Length - 1; i >= 0; i--)
        {
            var interval = valueOf(Items[i]);
            highest[i] = i == Items.Length - 1 || AboveOrExcluded(interval, valueOf(Items[highest[i + 1]])) ? i : highest[i + 1];
            lowest[i] = i == Items.Length - 1 || BelowOrExcluded(interval, valueOf(Items[lowest[i + 1]])) ? i : lowest[i + 1];
        }
        var bounds = new SuffixBoundsOf(valueOf, ImmutableCollectionsMarshal.AsImmutableArray(highest), ImmutableCollectionsMarshal.AsImmutableArray(lowest));
        Volatile.Write(ref suffixBounds, bounds);
        return (bounds.HighestMin, bounds.LowestMax);
    }

    private sealed record SuffixBoundsOf(Func<T, ValueInterval> ValueOf, ImmutableArray<int> HighestMin, ImmutableArray<int> LowestMax);

    /// <summary>
    /// The entry that starts last on or before <paramref name="last"/> among those whose days reach
    /// <paramref name="first"/>: the latest figure within [first, last]. Found by binary search, then a look back
    /// no further than the longest span in the series.
    /// </summary>
    /// <param name="first">The first day of the span.</param>
    /// <param name="last">The last day of the span.</param>
    /// <returns>The entry's index, or −1 when none overlaps the span.</returns>
    public int LatestOverlapping(LocalDate first, LocalDate last)
    {
        var longest = LongestSpan();
        for (var i = CountStartingOnOrBefore(last) - 1; i >= 0; i--)
        {
            var item = Items[i];
            if (item.LastDay >= first) return i;
            // Counted back from first, not on from the entry: an entry late in 9998 plus a span of millennia is past the calendar's end.
            if (longest is { } days && item.FirstDay < first.PlusDays(-days)) break;
        }
        return -1;
    }

    /// <summary>The most days any entry spans, or null when one is open-ended. Computed once.</summary>
    private int? LongestSpan()
    {
        if (Volatile.Read(ref longestSpan) is { } known) return known.Value;
        int? longest = 0;
        foreach (var item in Items)
        {
            if (item.FirstDay == LocalDate.MinIsoValue || item.LastDay == LocalDate.MaxIsoValue)
            {
                longest = null;
                break;
            }
            longest = Math.Max(longest.Value, Dates.DaysBetween(item.FirstDay, item.LastDay));
        }
        Volatile.Write(ref longestSpan, new StrongBox<int?>(longest));
        return longest;
    }

    private SuffixBoundsOf? suffixBounds;
    private StrongBox<int?>? longestSpan;

    // On equal bounds the excluded one is the more extreme: it is the one that can miss a touching interval.
    private static bool AboveOrExcluded(ValueInterval a, ValueInterval b) => a.Min > b.Min || (a.Min == b.Min && !a.MinInclusive && b.MinInclusive);

    private static bool BelowOrExcluded(ValueInterval a, ValueInterval b) => a.Max < b.Max || (a.Max == b.Max && !a.MaxInclusive && b.MaxInclusive);

    /// <summary><c>us-troops/iraq: 3 claims</c>.</summary>
    public override string ToString() => $"{Key}: {Items.Length} claims";
}
