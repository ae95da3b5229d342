using NodaTime;

namespace FactCheck;

/// <summary>Builds a <see cref="Share"/>: <c>.Share("bulk", "us-troops/iraq", "coalition-troops/iraq", "majority").At("late 2018")</c>.</summary>
public sealed class ShareBuilder : ClaimBuilder<ShareBuilder>
{
    private readonly string part;
    private readonly string whole;
    private readonly Quantity value;
    private string? metric;
    private TimeInput time;

    internal ShareBuilder(string id, string part, string whole, Quantity value) : base(id)
    {
        this.part = Utility.Preconditions.CheckIdentifier(part);
        this.whole = Utility.Preconditions.CheckIdentifier(whole);
        Utility.Preconditions.CheckArgument(!string.Equals(part, whole, StringComparison.Ordinal), nameof(whole), $"A share needs two subjects; got '{part}' as both part and whole.");
        Utility.Preconditions.CheckArgument(value.IsPercent, nameof(value), $"A share is a percentage, a fraction or 'majority'; got '{value}'.");
        this.value = value;
    }

    /// <summary>When the share held. Without it, the source's publication date.</summary>
    /// <exception cref="ArgumentException">The text is not a time.</exception>
    public ShareBuilder At(string when)
    {
        time = TimeInput.From(when, nameof(when));
        return this;
    }

    /// <summary>The day the share held.</summary>
    public ShareBuilder At(LocalDate day)
    {
        time = new TimeInput(FuzzyTime.Day(day), null);
        return this;
    }

    /// <summary>The metric of both subjects, when it is not <c>count</c>.</summary>
    public ShareBuilder Metric(string name)
    {
        metric = Utility.Preconditions.CheckIdentifier(name);
        return this;
    }

    /// <summary>What the share counts, when sources count differently: <c>adults only</c>.</summary>
    /// <exception cref="ArgumentException">The text holds control characters.</exception>
    public ShareBuilder Basis(string text)
    {
        basis = Utility.Preconditions.OptionalText(text);
        return this;
    }

    private string? basis;

    internal ShareBuilder At(TimeInput when)
    {
        time = when;
        return this;
    }

    private protected override Claim? Build(ClaimBuildContext context) =>
        context.Resolve(time, SourceId, "time", required: true) is { } when
            ? new Share(Id, part, whole, value, when, metric, Provenance) { Basis = basis }
            : null;
}
