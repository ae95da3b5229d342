using System.Collections.Immutable;
using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>
/// Sweeps over a time-sorted series, keeping only the entries still open (whose last day is not yet past).
/// Each entry meets the open entries whose days it shares; the cost is the sort plus the work per meeting.
/// Pairs whose values must also conflict have a faster sweep of their own: <see cref="ValueConflictSweep{T}"/>.
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
