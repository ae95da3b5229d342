namespace FactCheck.Extraction.Tests;

/// <summary>
/// The judging's matching: an extracted claim is a sample claim when it has the same kind, source and subject, an
/// overlapping value (the intervals under the default options) and an overlapping time (for a target, its deadline, or
/// both open-ended; for a change, its direction too).
/// </summary>
internal static class ClaimMatching
{
    internal static bool IsMeasuredOrDated(Claim claim) => claim.Kind is ClaimKind.Observation or ClaimKind.Target or ClaimKind.Change or ClaimKind.Event;

    internal static bool Matches(Claim extracted, Claim expected, IReadOnlyDictionary<string, string> sourceOf)
    {
        if (extracted.Kind != expected.Kind || extracted.SourceId != sourceOf[expected.SourceId!]) return false;
        return (extracted, expected) switch
        {
            (Observation x, Observation e) => x.Subject == e.Subject && Values(x.Value, e.Value) && x.Time.Overlaps(e.Time),
            (Target x, Target e) => x.Subject == e.Subject && Values(x.Value, e.Value) && (x.Deadline is null ? e.Deadline is null : e.Deadline is { } d && x.Deadline.Value.Overlaps(d)),
            (Change x, Change e) => x.Subject == e.Subject && x.Direction == e.Direction && x.Period.Overlaps(e.Period),
            (Event x, Event e) => x.Subject == e.Subject && x.Time.Overlaps(e.Time),
            _ => false,
        };
    }

    private static bool Values(Quantity a, Quantity b) => a.ToInterval(QuantityOptions.Default, isCount: true).Overlaps(b.ToInterval(QuantityOptions.Default, isCount: true));
}
