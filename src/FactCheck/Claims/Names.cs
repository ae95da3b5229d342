namespace FactCheck;

/// <summary>How names are compared: case and spacing do not make a different spelling.</summary>
internal static class Names
{
    internal static string Normalize(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    internal static bool SameSpelling(string left, string right) =>
        // Most names compared are written identically; only the rest pay for normalising.
        string.Equals(left, right, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);
}
