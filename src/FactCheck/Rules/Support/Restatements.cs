using System.Collections.Immutable;
using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>
/// The claims of a time-sorted series grouped by what they say: claims for the same days with the same value as
/// stated, in the same unit, restate one another. Groups come in the order of their first claims, and so do the
/// claims within a group.
/// </summary>
internal static class Restatements
{
    internal static List<List<T>> Of<T>(ImmutableArray<T> sorted, Func<T, Figure> figureOf)
        where T : struct, ITimed
    {
        var groups = new List<List<T>>(sorted.Length);
        Dictionary<(Quantity, Unit, double), List<T>>? byValue = null;
        for (var from = 0; from < sorted.Length;)
        {
            var to = from + 1;
            while (to < sorted.Length && sorted[to].FirstDay == sorted[from].FirstDay && sorted[to].LastDay == sorted[from].LastDay) to++;
            if (to - from == 1)
            {
                groups.Add([sorted[from]]);
                from = to;
                continue;
            }
            (byValue ??= []).Clear();
            for (var i = from; i < to; i++)
            {
                var figure = figureOf(sorted[i]);
                if (!byValue.TryGetValue((figure.Value, figure.Unit, figure.Scale), out var group))
                {
                    group = [];
                    byValue.Add((figure.Value, figure.Unit, figure.Scale), group);
                    groups.Add(group);
                }
                group.Add(sorted[i]);
            }
            from = to;
        }
        groups.Sort((a, b) => a[0].Order.CompareTo(b[0].Order));
        return groups;
    }
}
