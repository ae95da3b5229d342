using FactCheck.Checking;
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
        var entries = sameTime.ToArray();
        if (entries.Length < 2) return entries;
        // Each entry's publication date is looked up once, not at every comparison. The places are sorted with the
        // very comparisons Compare makes, by the same algorithm, so the order is the one sorting the entries gives.
        var published = new LocalDate[entries.Length];
        var places = new int[entries.Length];
        for (var i = 0; i < entries.Length; i++) (published[i], places[i]) = (PublishedOf(index, entries[i]), i);
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
