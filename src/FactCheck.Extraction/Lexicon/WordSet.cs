using System.Collections.Frozen;

namespace FactCheck.Extraction.Lexicon;

/// <summary>
/// The word lists as they are looked up: frozen, since they never change once made, and a frozen set of a few dozen
/// short words answers most lookups (a word in none of them) from its length and a character or two, where a hash set
/// hashed the whole word each time. Extraction asks them about every token, several times.
/// </summary>
internal static class WordSet
{
    /// <summary>The words, compared as written.</summary>
    internal static FrozenSet<string> Of(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The words, compared ignoring case.</summary>
    internal static FrozenSet<string> IgnoringCase(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
