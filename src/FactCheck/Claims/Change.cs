namespace FactCheck;

/// <summary>A direction (and optional size) of change over a period: <c>US troops in Iraq significantly reduced in recent months</c>.</summary>
public sealed record Change : Claim
{
    /// <summary>Creates a change claim.</summary>
    /// <param name="id">The claim's id.</param>
    /// <param name="subject">What changed.</param>
    /// <param name="direction">Which way it moved.</param>
    /// <param name="period">Over which time.</param>
    /// <param name="magnitude">How much, or null when not said.</param>
    /// <param name="unit">The unit of an amount.</param>
    /// <param name="metric">The metric; null means <c>count</c>.</param>
    /// <param name="provenance">Where the claim comes from.</param>
    /// <exception cref="ArgumentException">An id is blank, the direction is undefined, an "unchanged" claim has a magnitude, or a multiple says the other direction ("halved" is a decrease).</exception>
    public Change(string id, string subject, ChangeDirection direction, FuzzyTime period, ChangeMagnitude? magnitude = null, Unit unit = default, string? metric = null, Provenance? provenance = null)
        : base(id, provenance)
    {
        Subject = CheckSubject(subject, nameof(subject));
        Direction = Utility.Preconditions.CheckDefined(direction);
        Utility.Preconditions.Check(ClaimChecks.Magnitude(direction, magnitude), nameof(magnitude));
        Period = period;
        Magnitude = magnitude;
        Unit = unit;
        Metric = CheckMetric(metric, nameof(metric));
    }

    /// <inheritdoc />
    public override ClaimKind Kind => ClaimKind.Change;

    /// <summary>What changed.</summary>
    public string Subject { get; }

    /// <summary>The metric.</summary>
    public string Metric { get; }

    /// <summary>Which way it moved.</summary>
    public ChangeDirection Direction { get; }

    /// <summary>How much, or null.</summary>
    public ChangeMagnitude? Magnitude { get; }

    /// <summary>The unit of an amount.</summary>
    public Unit Unit { get; }

    /// <summary>Over which time.</summary>
    public FuzzyTime Period { get; }

    /// <summary>Whether the claim's text speaks of the past (the default) or of the future; see <see cref="ClaimTense"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="ClaimTense"/>.</exception>
    public ClaimTense Tense { get; init => field = Utility.Preconditions.CheckDefined(value); }

    /// <summary><c>us-troops/iraq: significant decrease over 2020-03/2020-09</c>.</summary>
    public override string ToString() => $"{Subject}: {ChangeText.Describe(Direction, Magnitude)} {TimePhrase.Of(Period)}";
}
