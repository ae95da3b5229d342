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
    public static int Compare(ClaimIndex index, ObservationEntry a, ObservationEntry b)
    {
        // Two figures that give their moments (a toll at 08:00+03:00 and at 14:00+03:00) are ordered by them.
        if (a.Claim.Instant is { } first && b.Claim.Instant is { } second && first.ToInstant() != second.ToInstant())
        {
            return first.ToInstant().CompareTo(second.ToInstant());
        }
        var published = PublishedOf(index, a).CompareTo(PublishedOf(index, b));
        return published != 0 ? published : a.Order.CompareTo(b.Order);
    }

    /// <summary>The entries of one time in the order they were said.</summary>
    public static ObservationEntry[] Of(ClaimIndex index, ReadOnlySpan<ObservationEntry> sameTime)
    {
        var said = sameTime.ToArray();
        Array.Sort(said, (a, b) => Compare(index, a, b));
        return said;
    }

    private static LocalDate PublishedOf(ClaimIndex index, ObservationEntry entry) => index.SourceOf(entry.Claim)?.Published ?? LocalDate.MinIsoValue;
}
