using FactCheck.Utility;

namespace FactCheck;

/// <summary>Where a claim comes from: its source, who said it, and the words used.</summary>
public sealed record Provenance
{
    /// <summary>Creates a provenance; every part is optional, and blank text means "not given".</summary>
    /// <param name="source">The id of the source that carries the claim.</param>
    /// <param name="attribution">Who made the claim (<c>Donald Trump</c>, <c>US officials</c>).</param>
    /// <param name="quote">The source's words.</param>
    /// <param name="span">Where the words stand in the source text.</param>
    public Provenance(string? source = null, string? attribution = null, string? quote = null, TextSpan? span = null)
    {
        if (source is not null && !string.IsNullOrWhiteSpace(source)) Preconditions.CheckIdentifier(source);
        Source = Preconditions.OptionalText(source);
        Attribution = Preconditions.OptionalText(attribution);
        Quote = Preconditions.OptionalText(quote);
        Span = span;
    }

    /// <summary>No source, no attribution.</summary>
    public static Provenance None { get; } = new();

    /// <summary>The id of the source, or null.</summary>
    public string? Source { get; }

    /// <summary>Who made the claim, or null.</summary>
    public string? Attribution { get; }

    /// <summary>The source's words, or null.</summary>
    public string? Quote { get; }

    /// <summary>Where the words stand in the source text, or null.</summary>
    public TextSpan? Span { get; }

    /// <summary>Whether neither a source nor an attribution is given.</summary>
    public bool IsUnsourced => Source is null && Attribution is null;

    /// <summary>Whether <paramref name="other"/> names the same party and source, so that both are cited alike.</summary>
    internal bool CitesAs(Provenance other) =>
        ReferenceEquals(this, other) || (string.Equals(Attribution, other.Attribution, StringComparison.Ordinal) && string.Equals(Source, other.Source, StringComparison.Ordinal));

    /// <summary>As messages cite it: <c>Donald Trump, s1</c>, <c>s1</c>, or <c>unsourced</c>.</summary>
    public override string ToString() => (Attribution, Source) switch
    {
        (null, null) => "unsourced",
        (null, { } s) => s,
        ({ } a, null) => a,
        ({ } a, { } s) => a + ", " + s,
    };
}
