using System.Collections.Immutable;
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

    /// <summary><c>us-troops/iraq: 3 claims</c>.</summary>
    public override string ToString() => $"{Key}: {Items.Length} claims";
}
