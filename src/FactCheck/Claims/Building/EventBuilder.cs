using FactCheck.Utility;
using NodaTime;

namespace FactCheck;

/// <summary>Builds an <see cref="Event"/>: <c>.Event("announced", "us-iraq-drawdown-announcement").At("2020-09-09").OnA(IsoDayOfWeek.Wednesday)</c>.</summary>
public sealed class EventBuilder : ClaimBuilder<EventBuilder>
{
    internal EventBuilder(string id, string subject) : base(ClaimKind.Event, id) => draft.Subject = Preconditions.CheckIdentifier(subject);

    /// <summary>When it happened: <c>2020-09-09</c>, <c>on Tuesday</c>, <c>2020-02</c>. Without it, the source's publication date.</summary>
    /// <exception cref="ArgumentException">The text is not a time.</exception>
    public EventBuilder At(string when)
    {
        ArgumentNullException.ThrowIfNull(when);
        if (TimesOfDay.IsTimeOfDay(when)) return At(TimesOfDay.Parse(when, nameof(when)));
        draft.Time = TimeInput.From(when, nameof(when));
        draft.Instant = null;
        return this;
    }

    /// <summary>The moment, with the UTC offset of the place it was given in: <c>2023-02-07T08:00+03:00</c>. Its local date is the claim's day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9998.</exception>
    public EventBuilder At(OffsetDateTime when)
    {
        draft.Time = new TimeInput(FuzzyTime.Day(when.Date), null);
        draft.Instant = when;
        return this;
    }

    /// <summary>The day it happened.</summary>
    public EventBuilder At(LocalDate day)
    {
        draft.Time = new TimeInput(FuzzyTime.Day(day), null);
        draft.Instant = null;
        return this;
    }

    /// <summary>The day of the week the source gives for it.</summary>
    /// <exception cref="ArgumentException"><paramref name="day"/> is <see cref="IsoDayOfWeek.None"/>.</exception>
    public EventBuilder OnA(IsoDayOfWeek day)
    {
        Preconditions.Check(ClaimChecks.Weekday(day), nameof(day));
        draft.Weekday = day;
        return this;
    }

    /// <summary>The source speaks of the future ("will be", "by November 3"): a relative time resolves forward from its publication date; see <see cref="ClaimTense"/>.</summary>
    public EventBuilder InFuture() => Tense(ClaimTense.Future);

    /// <summary>Whether the source speaks of the past (the default) or of the future; see <see cref="ClaimTense"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tense"/> is not a defined <see cref="ClaimTense"/>.</exception>
    public EventBuilder Tense(ClaimTense tense)
    {
        draft.Tense = Preconditions.CheckDefined(tense);
        return this;
    }
}
