using System.Collections.Immutable;

namespace FactCheck.Serialization;

/// <summary>A claim set read from one or more files, with where each claim stands in them.</summary>
public sealed class ClaimSetDocument
{
    private readonly ClaimPlaces places;

    internal ClaimSetDocument(ClaimSet claims, ClaimPlaces places, ImmutableArray<string> files)
    {
        ClaimSet = claims;
        this.places = places;
        Files = files;
    }

    /// <summary>The claims.</summary>
    public ClaimSet ClaimSet { get; }

    /// <summary>The files read, in order.</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>Where the claim with <paramref name="claimId"/> stands, or null when it is not in the document.</summary>
    public ClaimLocation? LocationOf(string claimId)
    {
        ArgumentNullException.ThrowIfNull(claimId);
        return ClaimSet.IndexOf(claimId) is var index and >= 0 ? places[index] : null;
    }
}
