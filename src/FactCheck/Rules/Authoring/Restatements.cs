using System.Collections.Immutable;
using FactCheck.Checking;

namespace FactCheck.Rules.Authoring;

/// <summary>
/// The claims of a time-sorted series grouped by what they say: claims for the same days with the same value as
/// stated, in the same unit, restate one another. Groups come in the order of their first claims, and so do the
/// claims within a group. The one place that decides what a restatement is, for every rule that groups.
/// </summary>
public static class Restatements
{
    /// <summary>The restatements of <paramref name="sorted"/>, as lists of its entries.</summary>
    public static List<List<T>> Of<T>(ImmutableArray<T> sorted, Func<T, Figure> figureOf)
        where T : struct, ITimed
    {
        var groups = new List<List<T>>(sorted.Length);
        Span<int> few = stackalloc int[32];
        for (var from = 0; from < sorted.Length;)
        {
            var to = EndOfSameDays(sorted, from);
            var groupOf = to - from <= few.Length ? few : new int[to - from];
            var first = groups.Count;
            var count = Number(sorted, from, to, figureOf, groupOf);
            for (var g = 0; g < count; g++) groups.Add([]);
            for (var i = from; i < to; i++) groups[first + groupOf[i - from]].Add(sorted[i]);
            from = to;
        }
        groups.Sort((a, b) => a[0].Order.CompareTo(b[0].Order));
        return groups;
    }

    /// <summary>Where the run of entries for the same days as <c>sorted[from]</c> ends: the series is sorted by first, then last day.</summary>
    public static int EndOfSameDays<T>(ImmutableArray<T> sorted, int from)
        where T : struct, ITimed
    {
        var to = from + 1;
        while (to < sorted.Length && sorted[to].FirstDay == sorted[from].FirstDay && sorted[to].LastDay == sorted[from].LastDay) to++;
        return to;
    }

    /// <summary>
    /// Numbers the claims of one time, <c>sorted[from..to]</c>, by what they say: <paramref name="groupOf"/>[i − from]
    /// is claim i's group, groups numbered in the order of their first claims. Returns how many there are.
    /// </summary>
    internal static int Number<T>(ImmutableArray<T> sorted, int from, int to, Func<T, Figure> figureOf, Span<int> groupOf)
        where T : struct, ITimed
    {
        // A few claims for one time (the usual case) are compared with the first claim of each group, without a table.
        const int Few = 32;
        if (to - from <= Few)
        {
            Span<int> leads = stackalloc int[Few];
            var groups = 0;
            for (var i = from; i < to; i++)
            {
                var key = figureOf(sorted[i]).RestatementKey;
                var g = 0;
                while (g < groups && !figureOf(sorted[leads[g]]).RestatementKey.Equals(key)) g++;
                if (g == groups) leads[groups++] = i;
                groupOf[i - from] = g;
            }
            return groups;
        }
        var numbers = new Dictionary<(Quantity, Unit, double), int>();
        for (var i = from; i < to; i++)
        {
            var key = figureOf(sorted[i]).RestatementKey;
            if (!numbers.TryGetValue(key, out var g)) numbers.Add(key, g = numbers.Count);
            groupOf[i - from] = g;
        }
        return numbers.Count;
    }
}
