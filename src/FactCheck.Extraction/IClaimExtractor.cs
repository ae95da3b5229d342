namespace FactCheck.Extraction;

/// <summary>Turns articles into a draft claim set: every claim with the words it came from.</summary>
public interface IClaimExtractor
{
    /// <summary>Extracts the claims of <paramref name="articles"/>, against what the desk already knows.</summary>
    /// <param name="articles">The articles; each becomes one source.</param>
    /// <param name="known">The desk's claim set (its groups, people, events and places are matched by name and alias; its claims come along), or null.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The draft claim set, with where each claim's words stand and what was left out.</returns>
    Task<ExtractionResult> ExtractAsync(IReadOnlyList<Article> articles, ClaimSet? known = null, CancellationToken cancellationToken = default);
}
