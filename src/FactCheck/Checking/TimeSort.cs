using System.Buffers;
using System.Runtime.CompilerServices;
using NodaTime;

namespace FactCheck.Checking;

/// <summary>
/// Sorts a series in time: by first day, then last day, then position in the claim set. Each entry gets a 64-bit
/// key (22 bits for each day, 20 for its place in the series), so the sort compares numbers instead of calling a
/// comparer for every comparison; the index sorts a million entries per check this way. Observations of one day
/// are then put in the order of their times of day (<see cref="SameDayOrder"/>).
/// </summary>
internal static class TimeSort
{
    private const int DayBits = 22;
    private const int PositionBits = 20;
    private const ulong OpenEnd = (1UL << DayBits) - 1;
    private const ulong PositionMask = (1UL << PositionBits) - 1;

    /// <summary>Sorts <paramref name="items"/>, which must be in claim-set order, as <see cref="Compare"/> orders them.</summary>
    internal static void Sort<T>(T[] items)
        where T : struct, ITimed
    {
        if (items.Length < 2) return;
        var keys = ArrayPool<ulong>.Shared.Rent(items.Length);
        try
        {
            // Filled in claim-set order, a series' positions order its entries as their Order does.
            var packed = items.Length < 1 << PositionBits;
            var sorted = true;
            for (var i = 0; packed && i < items.Length; i++)
            {
                packed = TryDay(items[i].FirstDay, out var first) & TryDay(items[i].LastDay, out var last);
                keys[i] = (first << (DayBits + PositionBits)) | (last << PositionBits) | (uint)i;
                sorted &= i == 0 || keys[i - 1] < keys[i];
            }
            if (!packed) Array.Sort(items, (a, b) => Compare(a, b));
            else if (!sorted) Permute(items, keys.AsSpan(0, items.Length));
            // Figures of one day given with times of day follow those times (updates through the day).
            if (items is ObservationEntry[] observations) SameDayOrder.Apply(observations);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
        }
    }

    /// <summary>
    /// Sorts the keys alone, then puts each entry where its key went: the key's low bits are the entry's place, so
    /// the sort moves numbers, not entries of sixty-odd bytes, and each entry is moved once.
    /// </summary>
    private static void Permute<T>(T[] items, Span<ulong> keys)
    {
        keys.Sort();
        var before = ArrayPool<T>.Shared.Rent(items.Length);
        try
        {
            items.AsSpan().CopyTo(before);
            for (var k = 0; k < keys.Length; k++) items[k] = before[(int)(keys[k] & PositionMask)];
        }
        finally
        {
            ArrayPool<T>.Shared.Return(before, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    /// <summary>First day, then last day, then position in the claim set.</summary>
    internal static int Compare<T>(T x, T y)
        where T : struct, ITimed
    {
        var c = x.FirstDay.CompareTo(y.FirstDay);
        if (c == 0) c = x.LastDay.CompareTo(y.LastDay);
        return c != 0 ? c : x.Order.CompareTo(y.Order);
    }

    /// <summary>A day as a number that orders as the dates do: 0 for an open start, the top value for an open end.</summary>
    private static bool TryDay(LocalDate date, out ulong day)
    {
        if (date == LocalDate.MinIsoValue) day = 0;
        else if (date == LocalDate.MaxIsoValue) day = OpenEnd;
        else if (date.Year is >= 1 and <= 9999) day = (ulong)date.ToDateOnly().DayNumber + 1;
        else day = OpenEnd + 1;
        return day < OpenEnd || date == LocalDate.MaxIsoValue;
    }
}
