using FactCheck.Utility;
using NodaTime;

namespace FactCheck;

/// <summary>Builds an <see cref="Observation"/>: <c>.Observation("afg-now", "us-troops/afghanistan", "8,600").Unit("soldiers").At("2020-09-09").From("s1")</c>.</summary>
public sealed class ObservationBuilder : MeasuredClaimBuilder<ObservationBuilder>
{
    internal ObservationBuilder(string id, string subject, Quantity value) : base(ClaimKind.Observation, id, subject) => draft.Value = value;

    /// <summary>When the figure held: <c>2020-09-09</c>, <c>late 2018</c>, <c>last month</c> (relative to the source's publication date). Without it, the source's publication date.</summary>
    /// <exception cref="ArgumentException">The text is not a time.</exception>
    public ObservationBuilder At(string when)
    {
        ArgumentNullException.ThrowIfNull(when);
        if (TimesOfDay.IsTimeOfDay(when)) return At(TimesOfDay.Parse(when, nameof(when)));
        draft.Time = TimeInput.From(when, nameof(when));
        draft.Instant = null;
        return this;
    }

    /// <summary>The moment, with the UTC offset of the place it was given in: <c>2023-02-07T08:00+03:00</c>. Its local date is the claim's day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9998.</exception>
    public ObservationBuilder At(OffsetDateTime when)
    {
        draft.Time = new TimeInput(FuzzyTime.Day(when.Date), null);
        draft.Instant = when;
        return this;
    }

    /// <summary>When the figure held.</summary>
    public ObservationBuilder At(FuzzyTime when)
    {
        draft.Time = new TimeInput(when, null);
        draft.Instant = null;
        return this;
    }

    /// <summary>The day the figure held.</summary>
    public ObservationBuilder At(LocalDate day) => At(FuzzyTime.Day(day));

    /// <summary>What the figure counts, when sources count differently: <c>including the Speaker</c>, <c>gross</c>.</summary>
    /// <exception cref="ArgumentException">The text holds control characters.</exception>
    public ObservationBuilder Basis(string text)
    {
        draft.Basis = Preconditions.OptionalText(text);
        return this;
    }

    /// <summary>Says that the figure is a forecast for its time, not a report of it.</summary>
    public ObservationBuilder Projection()
    {
        draft.Projection = true;
        return this;
    }

    /// <summary>Says that the figure revises (supersedes) the observation with id <paramref name="claimId"/>.</summary>
    /// <exception cref="ArgumentException">The id is blank or padded with white space.</exception>
    public ObservationBuilder Revises(string claimId)
    {
        draft.Revises = Preconditions.CheckIdentifier(claimId);
        return this;
    }
}
