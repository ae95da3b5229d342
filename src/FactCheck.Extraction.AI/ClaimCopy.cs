namespace FactCheck.Extraction.AI;

/// <summary>A claim read from a model's answer, given its final id and where its words stand; an entity the desk did not declare is dropped.</summary>
internal static class ClaimCopy
{
    internal static Claim With(Claim claim, string id, Provenance provenance, IReadOnlySet<string> entityIds) => claim switch
    {
        Observation o => new Observation(id, o.Subject, o.Value, o.Time, o.Unit, o.Metric, provenance),
        Target t => new Target(id, t.Subject, t.Value, t.Deadline, t.Stated, t.Unit, t.Metric, provenance),
        Change c => new Change(id, c.Subject, c.Direction, c.Period, c.Magnitude, c.Unit, c.Metric, provenance),
        Event e => new Event(id, e.Subject, e.Time, e.Weekday, provenance),
        Mention m => new Mention(id, m.Name, m.Entity is { } entity && entityIds.Contains(entity) ? entity : null, m.Role, provenance),
        Share s => new Share(id, s.Part, s.Whole, s.Value, s.Time, s.Metric, provenance),
        _ => throw new NotSupportedException($"The claim kind {claim.Kind} is not known to this version."),
    };
}
