using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>
/// Finds, in a time-sorted series, every two entries whose days overlap and whose value intervals are disjoint.
/// Figures that agree — the usual case — cost O(log n) each, however many are open at once: the open entries'
/// highest lower bound and lowest upper bound say at once whether a new interval can be disjoint from any of them,
/// and only then are they scanned. One sweep serves series after series and keeps its buffers: a set of a million
/// claims has tens of thousands of series, most of them short.
/// </summary>
/// <typeparam name="T">The entries swept.</typeparam>
internal sealed class ValueConflictSweep<T>(Func<T, ValueInterval> valueOf)
    where T : struct, ITimed
{
    private static readonly Comparer<(double Bound, bool Excluded)> HighestFirst = Comparer<(double Bound, bool Excluded)>.Create(
        (a, b) => a.Bound != b.Bound ? b.Bound.CompareTo(a.Bound) : b.Excluded.CompareTo(a.Excluded));

    private static readonly Comparer<(double Bound, bool Excluded)> LowestFirst = Comparer<(double Bound, bool Excluded)>.Create(
        (a, b) => a.Bound != b.Bound ? a.Bound.CompareTo(b.Bound) : b.Excluded.CompareTo(a.Excluded));

    private readonly List<int> open = [];

    // Expiry by last day; the highest lower bound and the lowest upper bound among the open entries. Removal from
    // the two bound heaps is lazy: a closed entry is dropped when it reaches the top. On equal bounds an excluded
    // one ranks as the more extreme, since it is the one that can be disjoint from a touching interval.
    private readonly PriorityQueue<int, NodaTime.LocalDate> byLastDay = new();
    private readonly PriorityQueue<int, (double Bound, bool Excluded)> highestMin = new(HighestFirst);
    private readonly PriorityQueue<int, (double Bound, bool Excluded)> lowestMax = new(LowestFirst);
    private bool[] closed = [];

    /// <summary>
    /// Calls <paramref name="conflict"/> for the entries of <paramref name="sorted"/> that conflict, earlier one first;
    /// each entry meets the open entries that conflict with it latest first, until <paramref name="conflict"/>
    /// returns false.
    /// </summary>
    internal void Run(ReadOnlySpan<T> sorted, Func<T, T, bool> conflict, CancellationToken cancellationToken)
    {
        open.Clear();
        byLastDay.Clear();
        highestMin.Clear();
        lowestMax.Clear();
        if (closed.Length < sorted.Length) closed = new bool[Math.Max(sorted.Length, closed.Length * 2)];
        else Array.Clear(closed, 0, sorted.Length);
        var closedSinceCompaction = 0;
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
                RemoveClosed();
                closedSinceCompaction = 0;
            }
            if (mayConflict)
            {
                for (var k = open.Count - 1; k >= 0; k--)
                {
                    var earlier = sorted[open[k]];
                    if (!valueOf(earlier).Overlaps(interval) && !conflict(earlier, current)) break;
                }
            }
            open.Add(j);
            byLastDay.Enqueue(j, current.LastDay);
            highestMin.Enqueue(j, (interval.Min, !interval.MinInclusive));
            lowestMax.Enqueue(j, (interval.Max, !interval.MaxInclusive));
        }
    }

    // A loop rather than RemoveAll with a lambda, which would make a closure and a delegate on every call.
    private void RemoveClosed()
    {
        var kept = 0;
        for (var k = 0; k < open.Count; k++)
        {
            if (!closed[open[k]]) open[kept++] = open[k];
        }
        open.RemoveRange(kept, open.Count - kept);
    }
}
