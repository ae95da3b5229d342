using FactCheck.Utility;
using NodaTime;

namespace FactCheck;

/// <summary>Builds a <see cref="Target"/>: <c>.Target("afg-trump", "us-troops/afghanistan", "between 4,000 and 5,000").By("2020-11-03").SaidBy("Donald Trump")</c>.</summary>
public sealed class TargetBuilder : MeasuredClaimBuilder<TargetBuilder>
{
    internal TargetBuilder(string id, string subject, Quantity value) : base(ClaimKind.Target, id, subject) => draft.Value = value;

    /// <summary>When the target is due: <c>2020-11-03</c>, <c>2021-12</c>, <c>by the end of the month</c>. Without it the target is open-ended.</summary>
    /// <exception cref="ArgumentException">The text is not a time.</exception>
    public TargetBuilder By(string deadlineText)
    {
        draft.Deadline = TimeInput.From(deadlineText, nameof(deadlineText));
        return this;
    }

    /// <summary>The day the target is due.</summary>
    public TargetBuilder By(LocalDate day)
    {
        draft.Deadline = new TimeInput(FuzzyTime.Day(day), null);
        return this;
    }

    /// <summary>When the target was set; without it, the source's publication date.</summary>
    /// <exception cref="ArgumentException">The text is not a time.</exception>
    public TargetBuilder Stated(string when)
    {
        draft.Stated = TimeInput.From(when, nameof(when));
        return this;
    }

    /// <summary>The source speaks of the future ("will be", "by November 3"): a relative time resolves forward from its publication date; see <see cref="ClaimTense"/>.</summary>
    public TargetBuilder InFuture() => Tense(ClaimTense.Future);

    /// <summary>Whether the source speaks of the past (the default) or of the future; see <see cref="ClaimTense"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tense"/> is not a defined <see cref="ClaimTense"/>.</exception>
    public TargetBuilder Tense(ClaimTense tense)
    {
        draft.Tense = Preconditions.CheckDefined(tense);
        return this;
    }

    /// <summary>What the target counts, when sources count differently: <c>gross</c>, <c>adults only</c>.</summary>
    /// <exception cref="ArgumentException">The text holds control characters.</exception>
    public TargetBuilder Basis(string text)
    {
        draft.Basis = Preconditions.OptionalText(text);
        return this;
    }
}
