namespace FactCheck;

/// <summary>How names are compared: case and spacing do not make a different spelling.</summary>
internal static class Names
{
    internal static string Normalize(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    internal static bool SameSpelling(string left, string right) =>
        string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);
}
