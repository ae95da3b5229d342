using System.Text.Json;

namespace FactCheck.Serialization;

/// <summary>What <see cref="ClaimLayout.ScanFlat"/> made of a claim's bytes.</summary>
internal enum FlatScan
{
    /// <summary>The claim is a flat object, read to its closing brace and its fields noted.</summary>
    Scanned,

    /// <summary>The claim holds something the flat scan leaves to <see cref="Utf8JsonReader"/>: an escape, a nested value, a comment, a trailing comma, or JSON that is not valid.</summary>
    NotFlat,

    /// <summary>The bytes end before the claim does.</summary>
    Incomplete,
}
