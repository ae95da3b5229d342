namespace FactCheck.Extraction;

/// <summary>A figure the extractor read but did not turn into a claim, and why: the draft says what it left out.</summary>
/// <param name="Source">The article's source id.</param>
/// <param name="Span">Where the words stand in the article body.</param>
/// <param name="Quote">The words.</param>
/// <param name="Reason">Why it is not a claim ("no subject can be named", "a casualty count of another group"…).</param>
public sealed record Skipped(string Source, TextSpan Span, string Quote, string Reason)
{
    /// <summary><c>s1 [120, 128) "thousands": a movement, not a level</c>.</summary>
    public override string ToString() => $"{Source} {Span} \"{Quote}\": {Reason}";
}
