using FactCheck.Utility;

namespace FactCheck;

/// <summary>
/// A sourced statement about the world. Each kind carries only the fields it means; all are immutable
/// and compare by value.
/// </summary>
public abstract record Claim
{
    /// <summary>Initialises the parts every claim has.</summary>
    /// <param name="id">The claim's id, unique within its claim set.</param>
    /// <param name="provenance">Where the claim comes from; null means none.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or padded with white space.</exception>
    protected Claim(string id, Provenance? provenance)
        : this(Prechecked.Identifiers, Preconditions.CheckIdentifier(id), provenance)
    {
    }

    /// <summary>Initialises the parts every claim has, from an id tested already (see <see cref="Prechecked"/>).</summary>
    private protected Claim(Prechecked prechecked, string id, Provenance? provenance)
    {
        System.Diagnostics.Debug.Assert(prechecked == Prechecked.Identifiers && TextChecks.IdentifierProblem(id) is null, "A prechecked id is an identifier.");
        Id = id;
        Provenance = provenance ?? Provenance.None;
    }

    /// <summary>The claim's id.</summary>
    public string Id { get; }

    /// <summary>Where the claim comes from.</summary>
    public Provenance Provenance { get; }

    /// <summary>The kind of claim.</summary>
    public abstract ClaimKind Kind { get; }

    /// <summary>The id of the claim's source, or null.</summary>
    public string? SourceId => Provenance.Source;

    /// <summary>The claim as an editor would summarise it.</summary>
    public abstract override string ToString();

    /// <summary>Checks a subject id the way every claim kind does.</summary>
    protected static string CheckSubject(string subject, string paramName) => Preconditions.CheckIdentifier(subject, paramName);

    /// <summary>
    /// Checks a time of day given with a claim's day: it must fall on that day as written (the local date, whatever the
    /// offset), so that every rule that reads only days reads the date the source wrote.
    /// </summary>
    private protected static NodaTime.OffsetDateTime? CheckInstant(NodaTime.OffsetDateTime? instant, FuzzyTime time)
    {
        if (instant is { } at)
        {
            Preconditions.CheckArgument(time.IsDay && time.Start == at.Date, "Instant",
                $"A time of day falls on the claim's day as written; got {TimesOfDay.Format(at)} for {time}.");
        }
        return instant;
    }

    /// <summary>The metric, defaulting to <c>count</c>.</summary>
    protected static string CheckMetric(string? metric, string paramName) =>
        string.IsNullOrWhiteSpace(metric) ? Metrics.Count : Preconditions.CheckIdentifier(metric, paramName);
}
