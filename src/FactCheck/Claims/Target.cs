using FactCheck.Utility;

namespace FactCheck;

/// <summary>A value someone intends to reach, by a deadline or open-ended: <c>4,000–5,000 troops in Afghanistan by 2020-11-03</c>.</summary>
public sealed record Target : Claim
{
    /// <summary>Creates a target.</summary>
    /// <param name="id">The claim's id.</param>
    /// <param name="subject">What the target is about.</param>
    /// <param name="value">The value to reach.</param>
    /// <param name="deadline">When it is due (the deadline day is the last day of this time), or null for an open-ended target.</param>
    /// <param name="stated">When the target was set.</param>
    /// <param name="unit">The unit counted in.</param>
    /// <param name="metric">The metric; null means <c>count</c>.</param>
    /// <param name="provenance">Where the claim comes from.</param>
    /// <exception cref="ArgumentException">An id is blank, or the deadline has no last day (<c>2020/..</c>).</exception>
    public Target(string id, string subject, Quantity value, FuzzyTime? deadline, FuzzyTime stated, Unit unit = default, string? metric = null, Provenance? provenance = null)
        : base(id, provenance)
    {
        Subject = CheckSubject(subject, nameof(subject));
        Utility.Preconditions.Check(ClaimChecks.Deadline(deadline), nameof(deadline));
        Value = value;
        Deadline = deadline;
        Stated = stated;
        Unit = unit;
        Metric = CheckMetric(metric, nameof(metric));
    }

    /// <inheritdoc />
    public override ClaimKind Kind => ClaimKind.Target;

    /// <summary>What the target is about.</summary>
    public string Subject { get; }

    /// <summary>The metric.</summary>
    public string Metric { get; }

    /// <summary>The value to reach.</summary>
    public Quantity Value { get; }

    /// <summary>The unit counted in.</summary>
    public Unit Unit { get; }

    /// <summary>When the target is due, or null when it is open-ended.</summary>
    public FuzzyTime? Deadline { get; }

    /// <summary>The day by which the target must be met: the last day of <see cref="Deadline"/> (<c>2021-12</c> → 2021-12-31), or null.</summary>
    public NodaTime.LocalDate? DeadlineDay => Deadline?.End;

    /// <summary>When the target was set.</summary>
    public FuzzyTime Stated { get; }

    /// <summary>Whether the claim's text speaks of the past (the default) or of the future; see <see cref="ClaimTense"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="ClaimTense"/>.</exception>
    public ClaimTense Tense { get; init => field = Utility.Preconditions.CheckDefined(value); }

    /// <summary>What the figure counts, when sources count differently (<c>gross</c>, <c>adults only</c>), or null; see <see cref="Observation.Basis"/>.</summary>
    /// <exception cref="ArgumentException">The text holds control characters; blank text means none.</exception>
    public string? Basis { get => basis; init => basis = Preconditions.OptionalText(value); }

    private readonly string? basis;

    /// <summary><c>us-troops/afghanistan: target 4,000–5,000 by 2020-11-03</c>.</summary>
    public override string ToString() =>
        $"{Subject}: target {Value}{(Unit.IsNone ? "" : " " + Unit)}{(Deadline is { } d ? " by " + d : ", open-ended")}";
}
