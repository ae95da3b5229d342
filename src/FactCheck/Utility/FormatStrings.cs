namespace FactCheck.Utility;

/// <summary>The one format string the model's values know: the general one, as empty, null or "G".</summary>
internal static class FormatStrings
{
    /// <summary>True for the general format; otherwise throws, as numbers do for a format they do not know.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor "G".</exception>
    internal static bool CheckGeneral(ReadOnlySpan<char> format) =>
        format.IsEmpty || format is "G" or "g" ? true : throw new FormatException($"The format '{format}' is not known; these values are written one way, the general format \"G\".");
}
