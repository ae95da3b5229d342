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

    /// <summary>Extracts the claims of <paramref name="articles"/>, synchronously.</summary>
    /// <param name="articles">The articles; their ids must be unique and not used by the known set's sources.</param>
    /// <param name="known">The desk's claim set, or null.</param>
    /// <param name="cancellationToken">Stops the work between sentences.</param>
    /// <exception cref="ArgumentException">Two articles share an id.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Callers hold an extractor, as they would any IClaimExtractor.")]
    public ExtractionResult Extract(IReadOnlyList<Article> articles, ClaimSet? known = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            ArgumentNullException.ThrowIfNull(article, nameof(articles));
            if (!ids.Add(article.Id)) throw new ArgumentException($"Two articles have the source id '{article.Id}'; ids must be unique.", nameof(articles));
        }
        var desk = new Desk(known);
        var readers = new List<(Article Article, List<Draft> Drafts)>();
        var skipped = new List<Skipped>();
        var personCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var reader = new ArticleReader(article, desk);
            reader.Read(cancellationToken);
            readers.Add((article, DraftMerger.Merge(reader.Drafts)));
            skipped.AddRange(reader.Skipped);
            foreach (var (name, count) in reader.PersonCounts) personCounts[name] = personCounts.GetValueOrDefault(name) + count;
        }
        var spellings = PersonSpellings.Choose(personCounts);
        return new ExtractionResult(ClaimSetAssembler.Assemble(readers, known, spellings), articles, skipped);
    }
}
