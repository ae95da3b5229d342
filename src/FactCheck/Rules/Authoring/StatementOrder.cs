using FactCheck.Checking;
using FactCheck.Utility;
using NodaTime;

namespace FactCheck.Rules.Authoring;

/// <summary>
/// Which of two figures for the same time was said later: the one at the later moment when both give a time of day
/// with its offset, else the one whose source was published later (a figure whose
/// source has no publication date counts as said first), and within one publication date the one that comes later
/// in the claim set. The one place that decides it, for running totals updated several times a day and for revisions.
/// </summary>
public static class StatementOrder
{
    /// <summary>Negative when <paramref name="a"/> was said before <paramref name="b"/>, positive when after.</summary>
    public static int Compare(ClaimIndex index, ObservationEntry a, ObservationEntry b) => Compare(a, PublishedOf(index, a), b, PublishedOf(index, b));

    /// <summary>The entries of one time in the order they were said.</summary>
    public static ObservationEntry[] Of(ClaimIndex index, ReadOnlySpan<ObservationEntry> sameTime)
    {
        LocalDate[] published = [];
        return Reordered(index, sameTime, ref published) ?? sameTime.ToArray();
    }

    /// <summary>
    /// The entries of one time in the order they were said: <paramref name="sameTime"/> itself when that is the order
    /// (nearly always), else a sorted copy. <paramref name="published"/> is a buffer for their publication dates,
    /// grown when too short, so that a caller going through time after time allocates nothing for most of them.
    /// </summary>
    internal static ReadOnlySpan<ObservationEntry> Said(ClaimIndex index, ReadOnlySpan<ObservationEntry> sameTime, ref LocalDate[] published) =>
        Reordered(index, sameTime, ref published) ?? sameTime;

    /// <summary>The entries in the order they were said, as a new array; null when they come in that order already.</summary>
    private static ObservationEntry[]? Reordered(ClaimIndex index, ReadOnlySpan<ObservationEntry> sameTime, ref LocalDate[] published)
    {
        if (sameTime.Length < 2) return null;
        ScratchArrays.AtLeast(ref published, sameTime.Length);
        // Each entry's publication date is looked up once, not at every comparison.
        for (var i = 0; i < sameTime.Length; i++) published[i] = PublishedOf(index, sameTime[i]);
        // Most figures of one time give no moment and come in the order they were said (in claim-set order, with one
        // publication date): then that is the order, since publication dates and places order them as numbers do.
        // Moments, which only some figures give, can make the comparisons a cycle; then the sort's own order stands.
        for (var i = 0; i < sameTime.Length; i++)
        {
            if (sameTime[i].Claim.Instant is not null || (i > 0 && Compare(sameTime[i - 1], published[i - 1], sameTime[i], published[i]) > 0)) return Sorted(sameTime.ToArray(), published);
        }
        return null;
    }

    /// <summary>
    /// <paramref name="entries"/> in the order they were said. Their places are sorted with the very comparisons
    /// Compare makes, by the same algorithm, so the order is the one sorting the entries gives. A method of its own, so
    /// that the closure of the comparison is made only for entries out of order.
    /// </summary>
    private static ObservationEntry[] Sorted(ObservationEntry[] entries, LocalDate[] published)
    {
        var places = new int[entries.Length];
        for (var i = 0; i < places.Length; i++) places[i] = i;
        Array.Sort(places, (x, y) => Compare(entries[x], published[x], entries[y], published[y]));
        var said = new ObservationEntry[entries.Length];
        for (var i = 0; i < said.Length; i++) said[i] = entries[places[i]];
        return said;
    }

    private static int Compare(ObservationEntry a, LocalDate aPublished, ObservationEntry b, LocalDate bPublished)
    {
        // Two figures that give their moments (a toll at 08:00+03:00 and at 14:00+03:00) are ordered by them.
        if (a.Claim.Instant is { } first && b.Claim.Instant is { } second && first.ToInstant() != second.ToInstant())
        {
            return first.ToInstant().CompareTo(second.ToInstant());
        }
        var published = aPublished.CompareTo(bPublished);
        return published != 0 ? published : a.Order.CompareTo(b.Order);
    }

    private static LocalDate PublishedOf(ClaimIndex index, ObservationEntry entry) => index.SourceOf(entry.Claim)?.Published ?? LocalDate.MinIsoValue;
}
