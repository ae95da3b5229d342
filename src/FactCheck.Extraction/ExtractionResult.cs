namespace FactCheck.Extraction;

/// <summary>What extraction gives: the draft claim set, where each extracted claim's words stand, and what was left out.</summary>
public sealed class ExtractionResult
{
    /// <summary>Creates the result of an extraction.</summary>
    /// <param name="claims">The draft claim set: the known set's contents and the extracted claims.</param>
    /// <param name="articles">The articles read, by source id.</param>
    /// <param name="skipped">The figures read but not made claims, with the reason.</param>
    public ExtractionResult(ClaimSet claims, IReadOnlyList<Article> articles, IReadOnlyList<Skipped> skipped)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(skipped);
        Claims = claims;
        Articles = articles;
        Skipped = skipped;
    }

    /// <summary>The draft claim set.</summary>
    public ClaimSet Claims { get; }

    /// <summary>The articles read.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The figures left out, and why, in article order.</summary>
    public IReadOnlyList<Skipped> Skipped { get; }

    /// <summary>The article a claim was extracted from, or null for a claim that came with the known set.</summary>
    public Article? ArticleOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Provenance.Span is null ? null : Articles.FirstOrDefault(a => string.Equals(a.Id, claim.SourceId, StringComparison.Ordinal));
    }

    /// <summary>The 1-based line of the article file on which a claim's quoted words start, or null.</summary>
    public int? LineOf(Claim claim) => ArticleOf(claim) is { } article && claim.Provenance.Span is { } span ? article.LineOf(span.Start) : null;
}
