using NodaTime;

namespace FactCheck.Rules.Authoring;

/// <summary>
/// The UTC offset each source dates its claims in: the one it states (<c>"utcOffset"</c>), or else the one all of its
/// claims' times of day give; a source whose times give several offsets, or none, has none.
/// </summary>
public sealed class SourceOffsets
{
    private readonly Dictionary<string, Offset?> inferred = new(StringComparer.Ordinal);
    private readonly ClaimSet claims;

    /// <summary>The offsets of the sources of <paramref name="claims"/>.</summary>
    public SourceOffsets(ClaimSet claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        this.claims = claims;
        foreach (var claim in claims.Claims)
        {
            var instant = claim switch { Observation o => o.Instant, Event e => e.Instant, _ => null };
            if (instant is not { } at || claim.SourceId is not { } source) continue;
            // Null once two offsets disagree: the source spans places, so no one offset is its own.
            inferred[source] = inferred.TryGetValue(source, out var seen) && seen != at.Offset ? null : at.Offset;
        }
    }

    /// <summary>The offset of <paramref name="source"/>, or null.</summary>
    public Offset? Of(string? source) =>
        source is null ? null : claims.FindSource(source)?.UtcOffset ?? inferred.GetValueOrDefault(source);

    /// <summary>The offset a claim was dated in: its own time of day's, else its source's.</summary>
    public Offset? Of(Event claim) => claim.Instant?.Offset ?? Of(claim.SourceId);
}
