using System.Diagnostics.CodeAnalysis;
using FactCheck.Utility;

namespace FactCheck;

/// <summary>The parts every claim builder shares: where the claim comes from.</summary>
/// <typeparam name="TSelf">The concrete builder, returned for chaining.</typeparam>
[SuppressMessage("Design", "CA1005", Justification = "The self type lets every builder chain its own methods.")]
public abstract class ClaimBuilder<TSelf> : IClaimBuilder
    where TSelf : ClaimBuilder<TSelf>
{
    private string? source;
    private string? attribution;
    private string? quote;
    private TextSpan? span;

    private protected ClaimBuilder(string id) => Id = Preconditions.CheckIdentifier(id);

    /// <summary>The claim's id.</summary>
    public string Id { get; }

    /// <summary>The claim comes from source <paramref name="sourceId"/>.</summary>
    public TSelf From(string sourceId)
    {
        source = Preconditions.CheckIdentifier(sourceId);
        return (TSelf)this;
    }

    /// <summary>The claim was made by <paramref name="who"/> (<c>Donald Trump</c>, <c>US officials</c>).</summary>
    public TSelf SaidBy(string who)
    {
        attribution = Preconditions.CheckText(who);
        return (TSelf)this;
    }

    /// <summary>The source's own words, and optionally where they stand in its text.</summary>
    public TSelf Quoting(string words, TextSpan? at = null)
    {
        quote = Preconditions.CheckText(words);
        span = at ?? span;
        return (TSelf)this;
    }

    /// <summary>Where the words stand in the source text.</summary>
    public TSelf Spanning(TextSpan at)
    {
        span = at;
        return (TSelf)this;
    }

    /// <summary>Sets everything about where the claim comes from at once (the file reader's path).</summary>
    internal TSelf WithProvenance(Provenance provenance)
    {
        source = provenance.Source;
        attribution = provenance.Attribution;
        quote = provenance.Quote;
        span = provenance.Span;
        return (TSelf)this;
    }

    /// <summary>"Today" for this claim when its source has no publication date; a file's as-of date, for one of several files.</summary>
    internal NodaTime.LocalDate? AsOf { get; set; }

    private protected string? SourceId => source;

    string? IClaimBuilder.SourceId => source;

    private protected Provenance Provenance => new(source, attribution, quote, span);

    Claim? IClaimBuilder.Build(ClaimBuildContext context)
    {
        context.ClaimAsOf = AsOf;
        return Build(context);
    }

    private protected abstract Claim? Build(ClaimBuildContext context);
}

/// <summary>What the claim-set builder needs of each claim builder.</summary>
internal interface IClaimBuilder
{
    string Id { get; }

    /// <summary>The source the claim names, if any.</summary>
    string? SourceId { get; }

    Claim? Build(ClaimBuildContext context);
}
