using System.Globalization;

namespace FactCheck.Serialization;

/// <summary>Where a claim stands in a claim-set file: the file, and the line and column of its object.</summary>
/// <param name="File">The file as it was named when loaded, or null for a stream.</param>
/// <param name="Line">The 1-based line of the claim's opening brace.</param>
/// <param name="Column">The 1-based column (in bytes) of the claim's opening brace.</param>
public readonly record struct ClaimLocation(string? File, int Line, int Column)
{
    /// <summary><c>samples/us.claims.json(12,5)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File ?? "<stream>"}({Line},{Column})");
}
