using FactCheck.Utility;

namespace FactCheck;

/// <summary>Builds a <see cref="Change"/>: <c>.Change("iraq-cut", "us-troops/iraq", ChangeDirection.Decrease).Significant().Over("2020-03/2020-09")</c>.</summary>
public sealed class ChangeBuilder : MeasuredClaimBuilder<ChangeBuilder>
{
    internal ChangeBuilder(string id, string subject, ChangeDirection direction) : base(ClaimKind.Change, id, subject) =>
        draft.Direction = Preconditions.CheckDefined(direction);

    /// <summary>The change was significant: at least the configured share of the starting value (10 % by default).</summary>
    public ChangeBuilder Significant()
    {
        draft.Magnitude = ChangeMagnitude.Significant;
        return this;
    }

    /// <summary>
    /// The size of the change: an amount (<c>2,200</c>, <c>at least 1,000</c>), a percentage (<c>10%</c>), percentage
    /// points (<c>8 percentage points</c>, <c>8 points</c>, <c>8 pp</c>) or a multiple (<c>doubled</c>, <c>halved</c>, <c>3 times</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The text is none of these.</exception>
    public ChangeBuilder By(string amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        draft.Magnitude = ChangeMagnitude.TryParse(amount, out var size, out var error) ? size : throw new ArgumentException(error, nameof(amount));
        return this;
    }

    /// <summary>The size of the change: an amount, or a percentage of the starting value.</summary>
    public ChangeBuilder By(Quantity amount)
    {
        draft.Magnitude = ChangeMagnitude.Of(amount);
        return this;
    }

    /// <summary>The size of the change: an amount, a percentage, percentage points or a multiple (<see cref="ChangeMagnitude.PercentagePoints"/>, <see cref="ChangeMagnitude.Times"/>).</summary>
    public ChangeBuilder By(ChangeMagnitude size)
    {
        ArgumentNullException.ThrowIfNull(size);
        draft.Magnitude = size;
        return this;
    }

    /// <summary>The period of the change: <c>2020-03/2020-09</c>, <c>2020</c>, <c>last month</c>.</summary>
    /// <exception cref="ArgumentException">The text is not a time.</exception>
    public ChangeBuilder Over(string when)
    {
        draft.Time = TimeInput.From(when, nameof(when));
        return this;
    }

    /// <summary>The source speaks of the future ("will be", "by November 3"): a relative time resolves forward from its publication date; see <see cref="ClaimTense"/>.</summary>
    public ChangeBuilder InFuture() => Tense(ClaimTense.Future);

    /// <summary>Whether the source speaks of the past (the default) or of the future; see <see cref="ClaimTense"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tense"/> is not a defined <see cref="ClaimTense"/>.</exception>
    public ChangeBuilder Tense(ClaimTense tense)
    {
        draft.Tense = Preconditions.CheckDefined(tense);
        return this;
    }
}
