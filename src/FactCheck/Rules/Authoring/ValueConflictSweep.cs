using FactCheck.Checking;

namespace FactCheck.Rules.Authoring;

/// <summary>
/// Finds, in a time-sorted series, for each entry the nearest earlier entries whose days overlap it and whose
/// value intervals lie above and below it. Figures that agree — the usual case — cost O(log n) each, however many
/// are open at once: the open entries' highest lower bound and lowest upper bound say at once whether a new
/// interval can be disjoint from any of them, and in which direction, and only then are they scanned, latest first. One sweep serves series after series and keeps its buffers: a set of a million
/// claims has tens of thousands of series, most of them short.
/// </summary>
/// <typeparam name="T">The entries swept.</typeparam>
/// <param name="valueOf">The interval an entry's value stands for.</param>
public sealed class ValueConflictSweep<T>(Func<T, ValueInterval> valueOf)
    where T : struct, ITimed
{
    private readonly List<int> open = [];

    // Expiry by last day; the highest lower bound and the lowest upper bound among the open entries. Removal from
    // the two bound heaps is lazy: a closed entry is dropped when it reaches the top. BoundRank says which bound is
    // the more extreme.
    private readonly SweepHeap<NodaTime.LocalDate> byLastDay = new();
    private readonly SweepHeap<HighestFirst> highestMin = new();
    private readonly SweepHeap<LowestFirst> lowestMax = new();
    private bool[] closed = [];

    /// <summary>
    /// Calls <paramref name="report"/> for each entry of <paramref name="sorted"/> (as the later one) with the latest
    /// earlier entry for other days that overlap it, lies entirely above it in value and that <paramref name="accept"/>
    /// takes, and likewise with the latest one entirely below it: at most two reports per entry, so the output stays
    /// proportional to the series however many of its figures conflict. Entries for exactly the same days are the
    /// caller's to compare (they are one time, reported together); they sit just before the current entry and are
    /// stepped over at once, so a clique of one day costs no scan.
    /// </summary>
    public void Run(ReadOnlySpan<T> sorted, Func<T, T, bool> accept, Action<T, T> report, CancellationToken cancellationToken)
    {
        open.Clear();
        byLastDay.Clear();
        highestMin.Clear();
        lowestMax.Clear();
        if (closed.Length < sorted.Length) closed = new bool[Math.Max(sorted.Length, closed.Length * 2)];
        else Array.Clear(closed, 0, sorted.Length);
        var closedSinceCompaction = 0;
        var sameDaysBefore = 0;
        for (var j = 0; j < sorted.Length; j++)
        {
            if ((j & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            var current = sorted[j];
            sameDaysBefore = j > 0 && sorted[j - 1].FirstDay == current.FirstDay && sorted[j - 1].LastDay == current.LastDay ? sameDaysBefore + 1 : 0;
            while (byLastDay.TryPeek(out var first, out var lastDay) && lastDay < current.FirstDay)
            {
                byLastDay.Dequeue();
                closed[first] = true;
                closedSinceCompaction++;
            }
            var interval = valueOf(current);
            while (highestMin.TryPeek(out var top) && closed[top]) highestMin.Dequeue();
            while (lowestMax.TryPeek(out var bottom) && closed[bottom]) lowestMax.Dequeue();
            // Of entries whose bounds tie at a heap's top, any may be there: IsEntirelyAbove reads only the upper one's
            // lower bound and the lower one's upper bound, which the tie makes equal, so the answer is the same.
            var seekAbove = highestMin.TryPeek(out var above) && valueOf(sorted[above]).IsEntirelyAbove(interval);
            var seekBelow = lowestMax.TryPeek(out var below) && interval.IsEntirelyAbove(valueOf(sorted[below]));
            if (seekAbove || seekBelow || closedSinceCompaction > 32 + (open.Count / 2))
            {
                RemoveClosed();
                closedSinceCompaction = 0;
            }
            // The entries of the current one's days are the last ones opened, none of them closed yet.
            for (var k = open.Count - 1 - sameDaysBefore; k >= 0 && (seekAbove || seekBelow); k--)
            {
                var earlier = sorted[open[k]];
                var value = valueOf(earlier);
                if (seekAbove && value.IsEntirelyAbove(interval) && accept(earlier, current))
                {
                    report(earlier, current);
                    seekAbove = false;
                }
                else if (seekBelow && interval.IsEntirelyAbove(value) && accept(earlier, current))
                {
                    report(earlier, current);
                    seekBelow = false;
                }
            }
            open.Add(j);
            byLastDay.Enqueue(j, current.LastDay);
            highestMin.Enqueue(j, HighestFirst.Of(interval));
            lowestMax.Enqueue(j, LowestFirst.Of(interval));
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
