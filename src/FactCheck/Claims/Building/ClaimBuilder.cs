using System.Diagnostics.CodeAnalysis;
using FactCheck.Utility;

namespace FactCheck;

/// <summary>The parts every claim builder shares: where the claim comes from.</summary>
/// <typeparam name="TSelf">The concrete builder, returned for chaining.</typeparam>
/// <remarks>A builder fills a <see cref="ClaimDraft"/>, which the claim-set builder checks and builds with the rest.</remarks>
[SuppressMessage("Design", "CA1005", Justification = "The self type lets every builder chain its own methods.")]
public abstract class ClaimBuilder<TSelf> : IClaimBuilder
    where TSelf : ClaimBuilder<TSelf>
{
    /// <summary>The claim as given so far.</summary>
    [SuppressMessage("Style", "IDE1006", Justification = "A struct field, so that the builders fill it in place.")]
    private protected ClaimDraft draft;

    private protected ClaimBuilder(ClaimKind kind, string id) => draft = ClaimDraft.Of(kind, Preconditions.CheckIdentifier(id));

    /// <summary>The claim's id.</summary>
    public string Id => draft.Id;

    /// <summary>The claim comes from source <paramref name="sourceId"/>.</summary>
    public TSelf From(string sourceId)
    {
        draft.Source = Preconditions.CheckIdentifier(sourceId);
        return (TSelf)this;
    }

    /// <summary>The claim was made by <paramref name="who"/> (<c>Donald Trump</c>, <c>US officials</c>).</summary>
    public TSelf SaidBy(string who)
    {
        draft.Attribution = Preconditions.CheckText(who);
        return (TSelf)this;
    }

    /// <summary>The source's own words, and optionally where they stand in its text.</summary>
    public TSelf Quoting(string words, TextSpan? at = null)
    {
        draft.Quote = Preconditions.CheckText(words);
        draft.Span = at ?? draft.Span;
        return (TSelf)this;
    }

    /// <summary>Where the words stand in the source text.</summary>
    public TSelf Spanning(TextSpan at)
    {
        draft.Span = at;
        return (TSelf)this;
    }

    ref readonly ClaimDraft IClaimBuilder.Draft => ref draft;
}

/// <summary>What the claim-set builder needs of each claim builder: its draft.</summary>
internal interface IClaimBuilder
{
    ref readonly ClaimDraft Draft { get; }
}
