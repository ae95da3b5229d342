using System.Collections.Immutable;
using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>
/// Finds the pairs of a time-sorted series whose times share a day, by a sweep that keeps only the entries still
/// open: the cost is the sort plus the number of overlapping pairs, never all pairs.
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
}
