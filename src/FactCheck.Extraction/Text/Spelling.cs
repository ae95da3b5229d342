namespace FactCheck.Extraction.Text;

/// <summary>
/// A word as one reading worker has met it: its text, its lower case, and the answers to the questions asked of it, each
/// asked once (the word lists of <see cref="Lexicon.WordList"/>). News repeats its words, and the readers ask every
/// token several lists: a word's answers are its own, whichever token spells it.
/// </summary>
/// <remarks>Not for use by two threads at once: a worker's spellings are its own (see <see cref="TokenTexts"/>).</remarks>
internal sealed class Spelling(string text, string lower)
{
    /// <summary>How many questions a spelling remembers the answers to.</summary>
    internal const int MaxQuestions = 64;

    private ulong asked;
    private ulong answers;

    /// <summary>The text as written.</summary>
    public string Text { get; } = text;

    /// <summary>The text in lower case (<see cref="string.ToLowerInvariant()"/>).</summary>
    public string Lower { get; } = lower;

    /// <summary>The answer to question <paramref name="question"/> (0 to <see cref="MaxQuestions"/> - 1), or null when not asked yet.</summary>
    internal bool? Answer(int question)
    {
        var bit = 1UL << question;
        return (asked & bit) == 0 ? null : (answers & bit) != 0;
    }

    /// <summary>Remembers <paramref name="answer"/> to question <paramref name="question"/>, and gives it back.</summary>
    internal bool Remember(int question, bool answer)
    {
        var bit = 1UL << question;
        asked |= bit;
        if (answer) answers |= bit;
        return answer;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
