namespace FactCheck.Extraction.Drafting;

/// <summary>
/// What one worker reads articles with: the spellings of the tokens it has met (<see cref="Text.TokenTexts"/>) and the
/// token list of the sentence in hand. The <see cref="Desk"/> is what every reader shares and only reads; this is what
/// a reader writes as it goes, so each worker has its own, and no two threads use one at once.
/// </summary>
internal sealed class ReaderScratch
{
    /// <summary>The token strings of the articles this worker reads, shared among them (see <see cref="Text.TokenTexts"/>).</summary>
    internal Text.TokenTexts TokenTexts { get; } = new();

    /// <summary>
    /// The tokens of the sentence being read: one list for every sentence of every article, as what is read from a
    /// sentence keeps token numbers and strings, never the list, and a list a sentence grew by doubling was a large part
    /// of what extraction allocated.
    /// </summary>
    internal List<Text.Token> SentenceTokens { get; } = [];
}
