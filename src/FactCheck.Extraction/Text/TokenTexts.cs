namespace FactCheck.Extraction.Text;

/// <summary>
/// The spellings of the tokens one worker of an extraction has read (<see cref="Spelling"/>): news repeats its words
/// ("the", "troops", "said", "8,600"), and a string and a lower-case copy made for every token were most of what
/// extraction allocated, and the collections that followed a large part of its time. A token spelled as one before
/// shares its spelling, with the answers its words have given.
/// </summary>
/// <remarks>
/// A dictionary looked up by the characters as they stand in the text, so that a spelling held costs no string. Holds
/// at most <see cref="MaxHeld"/> spellings, so that an archive of any size keeps it bounded; a spelling it does not
/// hold gets strings of its own, as without the table. Not for use by two threads at once: each worker that reads
/// articles has its own (<see cref="Drafting.ReaderScratch"/>).
/// </remarks>
internal sealed class TokenTexts
{
    /// <summary>The most spellings held: far more than the words of a language's news, far less than a large archive's distinct figures.</summary>
    internal const int MaxHeld = 1 << 16;

    // Spellings of single ASCII characters by character, made at their first use: a spelling remembers answers, and
    // one worker's answers are its own.
    private readonly Spelling?[] ascii = new Spelling?[128];
    private readonly Dictionary<string, Spelling> held = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Spelling>.AlternateLookup<ReadOnlySpan<char>> bySpelling;

    internal TokenTexts() => bySpelling = held.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many spellings are held.</summary>
    internal int Count => held.Count;

    /// <summary>The spelling of <paramref name="spelling"/>, shared when held.</summary>
    internal Spelling Of(ReadOnlySpan<char> spelling)
    {
        // Punctuation, a sixth of the tokens, and other single ASCII characters come from a table of their own, not hashed.
        if (spelling.Length == 1 && char.IsAscii(spelling[0])) return ascii[spelling[0]] ??= Made(spelling);
        if (bySpelling.TryGetValue(spelling, out var known)) return known;
        var made = Made(spelling);
        if (held.Count < MaxHeld) held.Add(made.Text, made);
        return made;
    }

    private static Spelling Made(ReadOnlySpan<char> spelling)
    {
        var text = spelling.ToString();
        return new Spelling(text, text.ToLowerInvariant());
    }
}
