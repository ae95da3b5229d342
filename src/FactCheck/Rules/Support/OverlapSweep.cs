using System.Collections.Immutable;
using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>
/// Sweeps over a time-sorted series, keeping only the entries still open (whose last day is not yet past).
/// Each entry meets the open entries whose days it shares; the cost is the sort plus the work per meeting.
/// </summary>
internal static class OverlapSweep
{
    /// <summary>Calls <paramref name="pair"/> for every two entries whose days overlap, earlier one first.</summary>
    internal static void ForEachOverlappingPair<T>(ImmutableArray<T> sorted, Action<T, T> pair, CancellationToken cancellationToken)
        where T : struct, ITimed
    {
        var active = new List<int>();
        for (var j = 0; j < sorted.Length; j++)
        {
            if ((j & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            var current = sorted[j];
            var kept = 0;
            for (var k = 0; k < active.Count; k++)
            {
                var earlier = sorted[active[k]];
                if (earlier.LastDay < current.FirstDay) continue;
                active[kept++] = active[k];
                pair(earlier, current);
            }
            active.RemoveRange(kept, active.Count - kept);
            active.Add(j);
        }
    }

    /// <summary>
    /// Calls <paramref name="conflict"/> for every two entries whose days overlap and whose value intervals are
    /// disjoint, earlier one first. Figures that agree — the usual case — cost O(log n) each, however many are
    /// open at once: the open entries' highest lower bound and lowest upper bound say at once whether a new
    /// interval can be disjoint from any of them, and only then are they scanned.
    /// </summary>
    internal static void ForEachValueConflict<T>(ImmutableArray<T> sorted, Func<T, ValueInterval> valueOf, Action<T, T> conflict, CancellationToken cancellationToken)
        where T : struct, ITimed
    {
        var open = new List<int>();
        var closed = new bool[sorted.Length];
        var closedSinceCompaction = 0;
        // Expiry by last day; the highest lower bound and the lowest upper bound among the open entries. Removal
        // from the two bound heaps is lazy: a closed entry is dropped when it reaches the top. On equal bounds an
        // excluded one ranks as the more extreme, since it is the one that can be disjoint from a touching interval.
        var byLastDay = new PriorityQueue<int, NodaTime.LocalDate>();
        var highestMin = new PriorityQueue<int, (double Bound, bool Excluded)>(HighestFirst);
        var lowestMax = new PriorityQueue<int, (double Bound, bool Excluded)>(LowestFirst);
        for (var j = 0; j < sorted.Length; j++)
        {
            if ((j & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            var current = sorted[j];
            while (byLastDay.TryPeek(out var first, out var lastDay) && lastDay < current.FirstDay)
            {
                byLastDay.Dequeue();
                closed[first] = true;
                closedSinceCompaction++;
            }
            var interval = valueOf(current);
            while (highestMin.TryPeek(out var top, out _) && closed[top]) highestMin.Dequeue();
            while (lowestMax.TryPeek(out var bottom, out _) && closed[bottom]) lowestMax.Dequeue();
            var mayConflict =
                (highestMin.TryPeek(out var above, out _) && valueOf(sorted[above]).IsEntirelyAbove(interval)) ||
                (lowestMax.TryPeek(out var below, out _) && interval.IsEntirelyAbove(valueOf(sorted[below])));
            if (mayConflict || closedSinceCompaction > 32 + (open.Count / 2))
            {
                open.RemoveAll(k => closed[k]);
                closedSinceCompaction = 0;
            }
            if (mayConflict)
            {
                foreach (var k in open)
                {
                    var earlier = sorted[k];
                    if (!valueOf(earlier).Overlaps(interval)) conflict(earlier, current);
                }
            }
            open.Add(j);
            byLastDay.Enqueue(j, current.LastDay);
            highestMin.Enqueue(j, (interval.Min, !interval.MinInclusive));
            lowestMax.Enqueue(j, (interval.Max, !interval.MaxInclusive));
        }
    }

    private static readonly Comparer<(double Bound, bool Excluded)> HighestFirst = Comparer<(double Bound, bool Excluded)>.Create(
        (a, b) => a.Bound != b.Bound ? b.Bound.CompareTo(a.Bound) : b.Excluded.CompareTo(a.Excluded));

    private static readonly Comparer<(double Bound, bool Excluded)> LowestFirst = Comparer<(double Bound, bool Excluded)>.Create(
        (a, b) => a.Bound != b.Bound ? a.Bound.CompareTo(b.Bound) : b.Excluded.CompareTo(a.Excluded));
}
