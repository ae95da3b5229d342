using System.Collections;
using System.Collections.Frozen;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Lexicon;

/// <summary>
/// A list of words the readers ask tokens about ("aims", "plans" for a goal; "budget", "spending" for money), in lower
/// case and compared with a token's lower case, or as written (<see cref="AsWritten"/>: "General", "Gen.").
/// Frozen, since it never changes once made, and asked of a token through the token's <see cref="Spelling"/>, which
/// remembers the answer: extraction asks every token several lists, and most of its words again and again.
/// </summary>
internal sealed class WordList : IEnumerable<string>
{
    private static int made;
    private readonly FrozenSet<string> words;
    private readonly int question;
    private readonly bool asWritten;

    private WordList(FrozenSet<string> words, bool asWritten)
    {
        this.words = words;
        this.asWritten = asWritten;
        // Each list is one question a spelling remembers the answer to; the lists are a fixed few, made once.
        question = Interlocked.Increment(ref made) - 1;
        if (question >= Spelling.MaxQuestions) throw new InvalidOperationException($"A spelling remembers the answers of at most {Spelling.MaxQuestions} word lists.");
    }

    /// <summary>How many lists have been made, each one question a spelling remembers.</summary>
    internal static int Made => Volatile.Read(ref made);

    /// <summary>Lower-case words, compared with a token's lower case.</summary>
    internal static WordList Of(params string[] words) => new(words.ToFrozenSet(StringComparer.Ordinal), asWritten: false);

    /// <summary>Words as written, compared with a token's text as written.</summary>
    internal static WordList AsWritten(params string[] words) => new(words.ToFrozenSet(StringComparer.Ordinal), asWritten: true);

    /// <summary>Whether <paramref name="word"/> is in the list.</summary>
    internal bool Contains(string word) => words.Contains(word);

    /// <summary>Whether the token's lower case (or its text, for a list <see cref="AsWritten"/>) is in the list; asked once for each spelling.</summary>
    internal bool Contains(Token token) => token.Spelling.Answer(question) ?? token.Spelling.Remember(question, words.Contains(asWritten ? token.Text : token.Lower));

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
