namespace FactCheck.Extraction.Text;

/// <summary>
/// The strings of the tokens one extraction has read, each with its lower case: news repeats its words ("the", "troops",
/// "said", "8,600"), and a string and a lower-case copy made for every token were most of what extraction allocated,
/// and the collections that followed a large part of its time. A token spelled as one before shares its strings.
/// </summary>
/// <remarks>
/// Holds at most <see cref="MaxHeld"/> spellings, so that an archive of any size keeps it bounded; past that, a new
/// spelling gets strings of its own, as without the table. Not for use by two threads at once: one extraction owns it.
/// </remarks>
internal sealed class TokenTexts
{
    /// <summary>The most spellings held: far more than the words of a language's news, far less than a large archive's distinct figures.</summary>
    internal const int MaxHeld = 1 << 16;

    private static readonly string[] AsciiCharacters = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];
    private static readonly string[] AsciiLowerCase = [.. AsciiCharacters.Select(c => c.ToLowerInvariant())];

    private readonly Dictionary<string, string> lowerOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    internal TokenTexts() => bySpan = lowerOf.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many spellings are held.</summary>
    internal int Count => lowerOf.Count;

    /// <summary>The text spelled by <paramref name="spelling"/> and its lower case (<see cref="string.ToLowerInvariant()"/>), shared when held.</summary>
    internal (string Text, string Lower) Of(ReadOnlySpan<char> spelling)
    {
        // Punctuation, a sixth of the tokens, and other single ASCII characters come from a table made once, not hashed.
        if (spelling.Length == 1 && char.IsAscii(spelling[0])) return (AsciiCharacters[spelling[0]], AsciiLowerCase[spelling[0]]);
        if (bySpan.TryGetValue(spelling, out var text, out var lower)) return (text, lower);
        text = spelling.ToString();
        lower = text.ToLowerInvariant();
        if (lowerOf.Count < MaxHeld) lowerOf.Add(text, lower);
        return (text, lower);
    }
}
