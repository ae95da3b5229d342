using FactCheck.Utility;

namespace FactCheck;

/// <summary>Builds a <see cref="Change"/>: <c>.Change("iraq-cut", "us-troops/iraq", ChangeDirection.Decrease).Significant().Over("2020-03/2020-09")</c>.</summary>
public sealed class ChangeBuilder : MeasuredClaimBuilder<ChangeBuilder>
{
    private readonly ChangeDirection direction;
    private ChangeMagnitude? magnitude;
    private TimeInput period;

    internal ChangeBuilder(string id, string subject, ChangeDirection direction) : base(id, subject)
    {
        this.direction = Preconditions.CheckDefined(direction);
    }

    /// <summary>The change was significant: at least the configured share of the starting value (10 % by default).</summary>
    public ChangeBuilder Significant()
    {
        magnitude = ChangeMagnitude.Significant;
        return this;
    }

    /// <summary>The size of the change: an amount (<c>2,200</c>, <c>at least 1,000</c>) or a percentage (<c>10%</c>).</summary>
    /// <exception cref="ArgumentException">The text is not a quantity.</exception>
    public ChangeBuilder By(string amount)
    {
        magnitude = ChangeMagnitude.Of(Parsing.Quantity(amount, nameof(amount)));
        return this;
    }

    /// <summary>The size of the change: an amount, or a percentage of the starting value.</summary>
    public ChangeBuilder By(Quantity amount)
    {
        magnitude = ChangeMagnitude.Of(amount);
        return this;
    }

    /// <summary>The period of the change: <c>2020-03/2020-09</c>, <c>2020</c>, <c>last month</c>.</summary>
    /// <exception cref="ArgumentException">The text is not a time.</exception>
    public ChangeBuilder Over(string when)
    {
        period = TimeInput.From(when, nameof(when));
        return this;
    }

    internal ChangeBuilder Over(TimeInput when)
    {
        period = when;
        return this;
    }

    private protected override Claim? Build(ClaimBuildContext context)
    {
        if (direction == ChangeDirection.Unchanged && magnitude is not null)
        {
            context.Report("magnitude", $"An unchanged claim has no magnitude; got '{magnitude}'.");
            return null;
        }
        return context.Resolve(period, SourceId, "time", required: true) is { } when
            ? new Change(Id, ClaimSubject, direction, when, magnitude, ClaimUnit, ClaimMetric, Provenance)
            : null;
    }
}
