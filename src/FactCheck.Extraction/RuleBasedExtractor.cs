using FactCheck.Extraction.Drafting;

namespace FactCheck.Extraction;

/// <summary>
/// The default extractor: reads articles with FactCheck's own value and time grammars, an embedded table of countries,
/// demonyms and places, and the desk's declared groups, people and events. No model, no network; the same articles always
/// give the same claims.
/// </summary>
public sealed class RuleBasedExtractor : IClaimExtractor
{
    /// <inheritdoc />
    public Task<ExtractionResult> ExtractAsync(IReadOnlyList<Article> articles, ClaimSet? known = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Extract(articles, known, cancellationToken));

    /// <summary>
    /// How many articles may be read at once; 1 reads them one after another. Defaults to the processor count; no more
    /// threads are used than there are processors or articles, and a few articles (under 64 K characters in all) are
    /// read on the calling thread. The claims are the same whatever the number: each article is read whole by one
    /// thread, and what the threads give is put together in the articles' order.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => maxDegreeOfParallelism;
        init => maxDegreeOfParallelism = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "At least one article must be able to be read.");
    }

    private readonly int maxDegreeOfParallelism = Environment.ProcessorCount;

    /// <summary>Extracts the claims of <paramref name="articles"/>, synchronously.</summary>
    /// <param name="articles">The articles; their ids must be unique and not used by the known set's sources.</param>
    /// <param name="known">The desk's claim set, or null.</param>
    /// <param name="cancellationToken">Stops the work before each article and between sentences.</param>
    /// <exception cref="ArgumentException">Two articles share an id.</exception>
    /// <exception cref="OperationCanceledException">The extraction was cancelled.</exception>
    public ExtractionResult Extract(IReadOnlyList<Article> articles, ClaimSet? known = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var textLength = 0L;
        foreach (var article in articles)
        {
            ArgumentNullException.ThrowIfNull(article, nameof(articles));
            if (!ids.Add(article.Id)) throw new ArgumentException($"Two articles have the source id '{article.Id}'; ids must be unique.", nameof(articles));
            textLength += article.Body.Length;
        }
        var read = ArticleReading.ReadAll(articles, textLength, new Desk(known), maxDegreeOfParallelism, cancellationToken);
        var drafted = new List<(Article Article, List<Draft> Drafts)>(read.Length);
        var skipped = new List<Skipped>();
        var personCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < read.Length; i++)
        {
            drafted.Add((articles[i], read[i].Drafts));
            skipped.AddRange(read[i].Skipped);
            foreach (var (name, count) in read[i].PersonCounts) personCounts[name] = personCounts.GetValueOrDefault(name) + count;
        }
        var spellings = PersonSpellings.Choose(personCounts);
        return new ExtractionResult(ClaimSetAssembler.Assemble(drafted, known, spellings), articles, skipped);
    }
}
