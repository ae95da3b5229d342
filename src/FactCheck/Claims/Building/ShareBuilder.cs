using FactCheck.Utility;
using NodaTime;

namespace FactCheck;

/// <summary>Builds a <see cref="Share"/>: <c>.Share("bulk", "us-troops/iraq", "coalition-troops/iraq", "majority").At("late 2018")</c>.</summary>
public sealed class ShareBuilder : ClaimBuilder<ShareBuilder>
{
    internal ShareBuilder(string id, string part, string whole, Quantity value) : base(ClaimKind.Share, id)
    {
        draft.Part = Preconditions.CheckIdentifier(part);
        draft.Whole = Preconditions.CheckIdentifier(whole);
        Preconditions.Check(ClaimChecks.ShareSubjects(part, whole), nameof(whole));
        Preconditions.Check(ClaimChecks.ShareValue(value), nameof(value));
        draft.Value = value;
    }

    /// <summary>When the share held. Without it, the source's publication date.</summary>
    /// <exception cref="ArgumentException">The text is not a time.</exception>
    public ShareBuilder At(string when)
    {
        draft.Time = TimeInput.From(when, nameof(when));
        return this;
    }

    /// <summary>The day the share held.</summary>
    public ShareBuilder At(LocalDate day)
    {
        draft.Time = new TimeInput(FuzzyTime.Day(day), null);
        return this;
    }

    /// <summary>The metric of both subjects, when it is not <c>count</c>.</summary>
    public ShareBuilder Metric(string name)
    {
        draft.Metric = Preconditions.CheckIdentifier(name);
        return this;
    }

    /// <summary>What the share counts, when sources count differently: <c>adults only</c>.</summary>
    /// <exception cref="ArgumentException">The text holds control characters.</exception>
    public ShareBuilder Basis(string text)
    {
        draft.Basis = Preconditions.OptionalText(text);
        return this;
    }
}
