namespace FactCheck.Extraction.Drafting;

/// <summary>
/// What one worker reads articles with: the spellings of the tokens it has met (<see cref="Text.TokenTexts"/>), and the
/// token list and working sets of the sentence in hand. The <see cref="Desk"/> is what every reader shares and only
/// reads; this is what a reader writes as it goes, so each worker has its own, and no two threads use one at once.
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

    // The sentence's working sets, as its token list is: cleared for each sentence, never kept by what is read from it.

    /// <summary>The numbers of the sentence's tokens that belong to a time, which no figure starts in.</summary>
    internal HashSet<int> TimeTokens { get; } = [];

    /// <summary>The first and last tokens of the sentence's figures that the value grammar does not read whole.</summary>
    internal List<(int First, int Last)> UnreadFigures { get; } = [];

    /// <summary>The numbers of the sentence's tokens that belong to a name read in full.</summary>
    internal HashSet<int> NameTokens { get; } = [];

    /// <summary>The times the other figures of the sentence own, for the figure in hand (see <c>ArticleReader.TimesOwnedByOthers</c>).</summary>
    internal List<Reading.TimeMention> TimesOwned { get; } = [];

    /// <summary>The people met in the article so far and in the sentence, whom a bare surname or first name may be.</summary>
    internal List<Reading.PersonHit> PeopleMet { get; } = [];
}
