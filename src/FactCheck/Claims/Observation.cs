using FactCheck.Utility;

namespace FactCheck;

/// <summary>The value of a measured thing at a time: <c>8,600 US soldiers in Afghanistan on 2020-09-09</c>.</summary>
public sealed record Observation : Claim
{
    /// <summary>Creates an observation.</summary>
    /// <param name="id">The claim's id.</param>
    /// <param name="subject">What is measured (<c>us-troops/afghanistan</c>).</param>
    /// <param name="value">The figure as stated.</param>
    /// <param name="time">When the figure held.</param>
    /// <param name="unit">The unit counted in; <see cref="Unit.None"/> compares with any.</param>
    /// <param name="metric">What about the subject is measured; null means <c>count</c>.</param>
    /// <param name="provenance">Where the claim comes from.</param>
    /// <exception cref="ArgumentException">An id is blank or padded with white space.</exception>
    public Observation(string id, string subject, Quantity value, FuzzyTime time, Unit unit = default, string? metric = null, Provenance? provenance = null)
        : this(Prechecked.Identifiers, Preconditions.CheckIdentifier(id), CheckSubject(subject, nameof(subject)), value, time, unit, CheckMetric(metric, nameof(metric)), provenance,
            instant: null, basis: null, projection: false, revises: null)
    {
    }

    /// <summary>
    /// An observation whose id, subject and metric were tested already (see <see cref="Prechecked"/>), with its rarely
    /// stated parts, checked as their init accessors check them (<see cref="BasisOf"/>, <see cref="RevisesOf"/>): set
    /// one by one, each of the four made its details again, for claims that state none of them. The public
    /// constructor tests the identifiers and comes here.
    /// </summary>
    internal Observation(Prechecked prechecked, string id, string subject, Quantity value, FuzzyTime time, Unit unit, string? metric, Provenance? provenance,
        NodaTime.OffsetDateTime? instant, string? basis, bool projection, string? revises)
        : base(prechecked, id, provenance)
    {
        System.Diagnostics.Debug.Assert(TextChecks.IdentifierProblem(subject) is null && (metric is null || TextChecks.IdentifierProblem(metric) is null), "Prechecked subjects and metrics are identifiers.");
        Subject = subject;
        Value = value;
        Time = time;
        Unit = unit;
        Metric = metric ?? Metrics.Count;
        details = ObservationDetails.Of(CheckInstant(instant, time), BasisOf(basis), projection, RevisesOf(revises));
    }

    /// <inheritdoc />
    public override ClaimKind Kind => ClaimKind.Observation;

    /// <summary>What is measured.</summary>
    public string Subject { get; }

    /// <summary>What about the subject is measured.</summary>
    public string Metric { get; }

    /// <summary>The figure as stated.</summary>
    public Quantity Value { get; }

    /// <summary>The unit counted in.</summary>
    public Unit Unit { get; }

    /// <summary>When the figure held.</summary>
    public FuzzyTime Time { get; }

    /// <summary>
    /// The moment figure held, when the source gives a time of day with its UTC offset (<c>2023-02-07T08:00+03:00</c>); null
    /// when it gives only a date or a vaguer time. Its local date is <see cref="Time"/>'s day, as written.
    /// </summary>
    /// <exception cref="ArgumentException">Its local date is not <see cref="Time"/>, a single day.</exception>
    public NodaTime.OffsetDateTime? Instant
    {
        get => details?.Instant;
        init => details = ObservationDetails.Of(CheckInstant(value, Time), Basis, Projection, Revises);
    }

    /// <summary>
    /// What the figure counts, when sources count differently (<c>including the Speaker</c>, <c>gross</c>,
    /// <c>police estimate at the peak</c>), or null. Figures on different bases do not conflict.
    /// </summary>
    /// <exception cref="ArgumentException">The text holds control characters; blank text means none.</exception>
    public string? Basis
    {
        get => details?.Basis;
        init => details = ObservationDetails.Of(Instant, BasisOf(value), Projection, Revises);
    }

    /// <summary>Whether the figure is a forecast for its time rather than a report of it.</summary>
    public bool Projection
    {
        get => details?.Projection ?? false;
        init => details = ObservationDetails.Of(Instant, Basis, value, Revises);
    }

    /// <summary>The id of the observation this one revises (supersedes), or null.</summary>
    /// <exception cref="ArgumentException">The id is blank or padded with white space.</exception>
    public string? Revises
    {
        get => details?.Revises;
        init => details = ObservationDetails.Of(Instant, Basis, Projection, RevisesOf(value));
    }

    /// <summary>A basis as stated: null when blank; refused with control characters. One check for the accessor and the constructor, so both refuse alike.</summary>
    private static string? BasisOf(string? value) => Preconditions.OptionalText(value);

    /// <summary>A revised id as stated: null, or an identifier. One check for the accessor and the constructor, so both refuse alike.</summary>
    private static string? RevisesOf(string? value) => value is null ? null : Preconditions.CheckIdentifier(value);

    // What few observations state, kept apart: a million figures that state none of it then cost 40 bytes less each,
    // which the collector copies less and a large set holds in less memory. Null when none is stated.
    private readonly ObservationDetails? details;

    /// <summary>An observation's rarely stated parts; records, so that two observations stating the same are equal.</summary>
    private sealed record ObservationDetails(NodaTime.OffsetDateTime? Instant, string? Basis, bool Projection, string? Revises)
    {
        /// <summary>The details, or null when they state nothing, so that an observation stating none holds none, however it was made.</summary>
        internal static ObservationDetails? Of(NodaTime.OffsetDateTime? instant, string? basis, bool projection, string? revises) =>
            instant is null && basis is null && !projection && revises is null ? null : new(instant, basis, projection, revises);
    }

    /// <summary><c>us-troops/afghanistan: 8,600 soldiers on 2020-09-09</c>.</summary>
    public override string ToString() =>
        $"{Subject}: {Value}{(Unit.IsNone ? "" : " " + Unit)} {(Instant is { } at ? "at " + TimesOfDay.Format(at) : TimePhrase.Of(Time))}";
}
