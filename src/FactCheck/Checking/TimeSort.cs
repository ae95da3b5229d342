using System.Buffers;
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
        var rented = items.Length > StackKeys ? ArrayPool<ulong>.Shared.Rent(items.Length) : null;
        try
        {
            var keys = rented is null ? stackalloc ulong[items.Length] : rented.AsSpan(0, items.Length);
            // Filled in claim-set order, a series' positions order its entries as their Order does.
            var packed = items.Length < 1 << PositionBits;
            var sorted = true;
            for (var i = 0; packed && i < items.Length; i++)
            {
                packed = TryDay(items[i].FirstDay, out var first) & TryDay(items[i].LastDay, out var last);
                keys[i] = (first << (DayBits + PositionBits)) | (last << PositionBits) | (uint)i;
                sorted &= i == 0 || keys[i - 1] < keys[i];
            }
            if (!packed)
            {
                Array.Sort(items, (a, b) => Compare(a, b));
            }
            else if (!sorted)
            {
                SortKeys(keys);
                Permute(items, keys);
            }
            // Figures of one day given with times of day follow those times (updates through the day); only entries that
            // share both days can need it, which whole keys tell without reading a claim.
            if (items is ObservationEntry[] observations && (!packed || AnySharedDays(keys))) SameDayOrder.Apply(observations);
        }
        finally
        {
            if (rented is not null) ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    /// <summary>Series up to this long keep their keys on the stack (8 KiB): nearly all do.</summary>
    private const int StackKeys = 1024;

    /// <summary>
    /// Series up to this long are sorted by insertion, in line: in the native tool the runtime's sort of a span of numbers
    /// called a comparer for each comparison (perf showed <c>GenericComparer&lt;ulong&gt;.Compare</c> under it).
    /// </summary>
    private const int InsertionSortLength = 48;

    private static void SortKeys(Span<ulong> keys)
    {
        if (keys.Length > InsertionSortLength)
        {
            keys.Sort();
            return;
        }
        for (var i = 1; i < keys.Length; i++)
        {
            var key = keys[i];
            var j = i - 1;
            for (; j >= 0 && keys[j] > key; j--) keys[j + 1] = keys[j];
            keys[j + 1] = key;
        }
    }

    /// <summary>Whether two of the sorted <paramref name="keys"/> have the same first and last day.</summary>
    private static bool AnySharedDays(ReadOnlySpan<ulong> keys)
    {
        for (var k = 1; k < keys.Length; k++)
        {
            if (keys[k] >> PositionBits == keys[k - 1] >> PositionBits) return true;
        }
        return false;
    }

    /// <summary>
    /// Puts each entry where its key went, in place: the key's low bits are the entry's place, so the sort moved numbers,
    /// not entries of several dozen bytes, and each entry is moved once along the cycles of the permutation (the first of
    /// each cycle twice, as it is held aside). The keys' place bits are overwritten with their own index as each place is
    /// filled, which marks it done.
    /// </summary>
    private static void Permute<T>(T[] items, Span<ulong> keys)
    {
        for (var k = 0; k < keys.Length; k++)
        {
            var from = (int)(keys[k] & PositionMask);
            if (from == k) continue;
            // A cycle not yet moved: k takes from `from`, `from` from its own source, and so on back to k.
            var held = items[k];
            var to = k;
            while (from != k)
            {
                items[to] = items[from];
                keys[to] = (keys[to] & ~PositionMask) | (uint)to;
                to = from;
                from = (int)(keys[to] & PositionMask);
            }
            items[to] = held;
            keys[to] = (keys[to] & ~PositionMask) | (uint)to;
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

    /// <summary>
    /// A day as a number that orders as the dates do, whatever their calendars: 0 for an open start, the top value for an
    /// open end. A date of another calendar is numbered as its ISO day, as the runtime's <see cref="DateOnly"/> would take it.
    /// </summary>
    private static bool TryDay(LocalDate date, out ulong day)
    {
        if (date == LocalDate.MinIsoValue) day = 0;
        else if (date == LocalDate.MaxIsoValue) day = OpenEnd;
        else
        {
            if (date.Calendar != CalendarSystem.Iso) date = date.WithCalendar(CalendarSystem.Iso);
            day = date.Year is >= 1 and <= 9999 ? (ulong)DayNumber(date.Year, date.Month, date.Day) + 1 : OpenEnd + 1;
        }
        return day < OpenEnd || date == LocalDate.MaxIsoValue;
    }

    /// <summary>
    /// Days from 1 January of year 1 to an ISO date of years 1 to 9999, as <see cref="DateOnly.DayNumber"/> counts them,
    /// by the civil-calendar formula (years taken from 1 March, so that the leap day ends each), without a calendar's tables.
    /// </summary>
    internal static int DayNumber(int year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = y / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        // Counted from 1 March of year 0, which is 306 days before 1 January of year 1.
        return (era * 146097) + dayOfEra - 306;
    }
}
