using NodaTime;

namespace FactCheck.Checking;

/// <summary>
/// The one place that orders claims of the same day by their times of day. A claim with an instant is later than one
/// with the same day and none (a date alone says nothing of the hour, so it keeps its place before the timed ones),
/// and of two instants the earlier moment comes first whatever the offsets: 23:35 −04:00 is after 08:05 +05:00 of
/// the same date. Ties keep their order in the claim set.
/// </summary>
internal static class SameDayOrder
{
    /// <summary>Compares two times of day of one day; null (a date alone) first.</summary>
    internal static int Compare(OffsetDateTime? x, OffsetDateTime? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        ({ } a, { } b) => a.ToInstant().CompareTo(b.ToInstant()),
    };

    /// <summary>
    /// Reorders each run of entries of <paramref name="sorted"/> (sorted by first day, last day, then position) that
    /// share their days and hold a time of day, by <see cref="Compare"/> then position. Runs without one are left alone.
    /// </summary>
    internal static void Apply(ObservationEntry[] sorted)
    {
        for (var from = 0; from < sorted.Length;)
        {
            var to = from + 1;
            while (to < sorted.Length && sorted[to].FirstDay == sorted[from].FirstDay && sorted[to].LastDay == sorted[from].LastDay) to++;
            // Only a run of several reads its claims: most entries have days of their own, and the claims lie far apart in memory.
            if (to - from > 1 && AnyTimed(sorted, from, to))
            {
                Array.Sort(sorted, from, to - from, Comparer<ObservationEntry>.Create(static (a, b) =>
                {
                    var c = Compare(a.Claim.Instant, b.Claim.Instant);
                    return c != 0 ? c : a.Order.CompareTo(b.Order);
                }));
            }
            from = to;
        }
    }

    private static bool AnyTimed(ObservationEntry[] sorted, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (sorted[i].Claim.Instant is not null) return true;
        }
        return false;
    }
}
