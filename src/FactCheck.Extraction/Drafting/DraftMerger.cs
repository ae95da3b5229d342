namespace FactCheck.Extraction.Drafting;

/// <summary>
/// One claim per thing an article says: a figure stated twice is one claim (the hedged statement kept, since it is the
/// one the source stands by), a target stated with and without its deadline is one target with the deadline, an event
/// named twice is one event.
/// </summary>
internal static class DraftMerger
{
    internal static List<Draft> Merge(List<Draft> drafts)
    {
        var kept = new List<Draft>();
        foreach (var draft in drafts.OrderBy(d => d.Start).ThenBy(d => d.Kind))
        {
            var index = IndexOfSame(kept, draft);
            if (index < 0)
            {
                kept.Add(draft);
                continue;
            }
            if (Better(draft, kept[index])) kept[index] = draft;
        }
        return kept;
    }

    /// <summary>Where in <paramref name="kept"/> a draft saying the same stands, or -1; a loop, as a lambda over the draft made a closure for each.</summary>
    private static int IndexOfSame(List<Draft> kept, Draft draft)
    {
        for (var i = 0; i < kept.Count; i++)
        {
            if (Same(kept[i], draft)) return i;
        }
        return -1;
    }

    private static bool Same(Draft a, Draft b)
    {
        if (a.Kind != b.Kind) return false;
        return a.Kind switch
        {
            ClaimKind.Observation => a.Subject == b.Subject && a.Time.CoversSameDaysAs(b.Time) && a.Value.Nominal == b.Value.Nominal,
            ClaimKind.Target => a.Subject == b.Subject && a.Value.Nominal == b.Value.Nominal && (a.Deadline is null || b.Deadline is null || a.Deadline.Value.End == b.Deadline.Value.End),
            ClaimKind.Change => a.Subject == b.Subject && a.Direction == b.Direction && a.Tense == b.Tense && a.Time.Overlaps(b.Time),
            ClaimKind.Event => a.Subject == b.Subject && a.Time.Overlaps(b.Time),
            ClaimKind.Share => a.Subject == b.Subject && a.Whole == b.Whole,
            _ => string.Equals(a.Name, b.Name, StringComparison.Ordinal),
        };
    }

    /// <summary>Whether <paramref name="later"/> says the same thing better than <paramref name="kept"/>.</summary>
    private static bool Better(Draft later, Draft kept) => later.Kind switch
    {
        ClaimKind.Observation => later.Value.IsApproximate && !kept.Value.IsApproximate,
        ClaimKind.Target => later.Deadline is not null && (kept.Deadline is null || (later.Deadline.Value.IsDay && !kept.Deadline.Value.IsDay)),
        ClaimKind.Event => (later.Weekday is not null && kept.Weekday is null) || (later.Time.IsDay && !kept.Time.IsDay),
        // "rose 21% to 148,900, up from 123,000": the change with its size says more than the one the two figures give.
        ClaimKind.Change => later.Magnitude is not null && kept.Magnitude is null,
        _ => false,
    };
}
