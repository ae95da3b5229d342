using FactCheck.Utility;

namespace FactCheck;

/// <summary>A part's share of a whole at a time: <c>US troops were the bulk of coalition forces in late 2018</c>.</summary>
public sealed record Share : Claim
{
    /// <summary>Creates a share claim.</summary>
    /// <param name="id">The claim's id.</param>
    /// <param name="part">The subject that is the part.</param>
    /// <param name="whole">The subject that is the whole.</param>
    /// <param name="value">The share: a percentage (<c>69%</c>), a fraction (<c>a third</c>) or <c>majority</c>.</param>
    /// <param name="time">When.</param>
    /// <param name="metric">The metric of both subjects; null means <c>count</c>.</param>
    /// <param name="provenance">Where the claim comes from.</param>
    /// <exception cref="ArgumentException">An id is blank, part and whole are the same, or the value is not a percentage.</exception>
    public Share(string id, string part, string whole, Quantity value, FuzzyTime time, string? metric = null, Provenance? provenance = null)
        : base(id, provenance)
    {
        Part = CheckSubject(part, nameof(part));
        Whole = CheckSubject(whole, nameof(whole));
        Utility.Preconditions.Check(ClaimChecks.ShareSubjects(part, whole), nameof(whole));
        Utility.Preconditions.Check(ClaimChecks.ShareValue(value), nameof(value));
        Value = value;
        Time = time;
        Metric = CheckMetric(metric, nameof(metric));
    }

    /// <inheritdoc />
    public override ClaimKind Kind => ClaimKind.Share;

    /// <summary>The part.</summary>
    public string Part { get; }

    /// <summary>The whole.</summary>
    public string Whole { get; }

    /// <summary>The metric of both.</summary>
    public string Metric { get; }

    /// <summary>The share, a percentage.</summary>
    public Quantity Value { get; }

    /// <summary>When.</summary>
    public FuzzyTime Time { get; }

    /// <summary>What the figure counts, when sources count differently (<c>gross</c>, <c>adults only</c>), or null; see <see cref="Observation.Basis"/>.</summary>
    /// <exception cref="ArgumentException">The text holds control characters; blank text means none.</exception>
    public string? Basis { get => basis; init => basis = Preconditions.OptionalText(value); }

    private readonly string? basis;

    /// <summary><c>us-troops/iraq is majority of coalition-troops/iraq in late 2018</c>.</summary>
    public override string ToString() => $"{Part} is {Value} of {Whole} {TimePhrase.Of(Time)}";
}
