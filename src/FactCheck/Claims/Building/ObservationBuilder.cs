using FactCheck.Utility;
using NodaTime;

namespace FactCheck;

/// <summary>Builds an <see cref="Observation"/>: <c>.Observation("afg-now", "us-troops/afghanistan", "8,600").Unit("soldiers").At("2020-09-09").From("s1")</c>.</summary>
public sealed class ObservationBuilder : MeasuredClaimBuilder<ObservationBuilder>
{
    private readonly Quantity value;
    private TimeInput time;
    private OffsetDateTime? instant;
    private string? basis;
    private bool projection;
    private string? revises;

    internal ObservationBuilder(string id, string subject, Quantity value) : base(id, subject)
    {
        this.value = value;
    }

    /// <summary>When the figure held: <c>2020-09-09</c>, <c>late 2018</c>, <c>last month</c> (relative to the source's publication date). Without it, the source's publication date.</summary>
    /// <exception cref="ArgumentException">The text is not a time.</exception>
    public ObservationBuilder At(string when)
    {
        ArgumentNullException.ThrowIfNull(when);
        if (TimesOfDay.IsTimeOfDay(when)) return At(TimesOfDay.Parse(when, nameof(when)));
        time = TimeInput.From(when, nameof(when));
        instant = null;
        return this;
    }

    /// <summary>The moment, with the UTC offset of the place it was given in: <c>2023-02-07T08:00+03:00</c>. Its local date is the claim's day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9998.</exception>
    public ObservationBuilder At(OffsetDateTime when)
    {
        time = new TimeInput(FuzzyTime.Day(when.Date), null);
        instant = when;
        return this;
    }

    /// <summary>When the figure held.</summary>
    public ObservationBuilder At(FuzzyTime when)
    {
        time = new TimeInput(when, null);
        instant = null;
        return this;
    }

    /// <summary>The day the figure held.</summary>
    public ObservationBuilder At(LocalDate day) => At(FuzzyTime.Day(day));

    /// <summary>What the figure counts, when sources count differently: <c>including the Speaker</c>, <c>gross</c>.</summary>
    /// <exception cref="ArgumentException">The text holds control characters.</exception>
    public ObservationBuilder Basis(string text)
    {
        basis = Preconditions.OptionalText(text);
        return this;
    }

    /// <summary>Says that the figure is a forecast for its time, not a report of it.</summary>
    public ObservationBuilder Projection()
    {
        projection = true;
        return this;
    }

    /// <summary>Says that the figure revises (supersedes) the observation with id <paramref name="claimId"/>.</summary>
    /// <exception cref="ArgumentException">The id is blank or padded with white space.</exception>
    public ObservationBuilder Revises(string claimId)
    {
        revises = Preconditions.CheckIdentifier(claimId);
        return this;
    }

    internal ObservationBuilder At(TimeInput when)
    {
        time = when;
        instant = null;
        return this;
    }

    private protected override Claim? Build(ClaimBuildContext context) =>
        context.Resolve(time, SourceId, "time", required: true) is { } when
            ? new Observation(Id, ClaimSubject, value, when, ClaimUnit, ClaimMetric, Provenance) { Instant = instant, Basis = basis, Projection = projection, Revises = revises }
            : null;
}
