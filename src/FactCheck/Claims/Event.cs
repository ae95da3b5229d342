using NodaTime;

namespace FactCheck;

/// <summary>Something that happened or will happen at a time, optionally with the weekday the source gives.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "The file format's kind is 'event'; Visual Basic callers can write [Event].")]
public sealed record Event : Claim
{
    /// <summary>Creates an event claim.</summary>
    /// <param name="id">The claim's id.</param>
    /// <param name="subject">What happened (<c>us-presidential-election-2020</c>).</param>
    /// <param name="time">When.</param>
    /// <param name="weekday">The day of the week the source states, or null.</param>
    /// <param name="provenance">Where the claim comes from.</param>
    /// <exception cref="ArgumentException">An id is blank, or <paramref name="weekday"/> is <see cref="IsoDayOfWeek.None"/> or undefined.</exception>
    public Event(string id, string subject, FuzzyTime time, IsoDayOfWeek? weekday = null, Provenance? provenance = null)
        : base(id, provenance)
    {
        Subject = CheckSubject(subject, nameof(subject));
        Utility.Preconditions.Check(ClaimChecks.Weekday(weekday), nameof(weekday));
        Time = time;
        Weekday = weekday;
    }

    /// <inheritdoc />
    public override ClaimKind Kind => ClaimKind.Event;

    /// <summary>What happened.</summary>
    public string Subject { get; }

    /// <summary>When.</summary>
    public FuzzyTime Time { get; }

    /// <summary>
    /// The moment it happened, when the source gives a time of day with its UTC offset (<c>2023-02-07T08:00+03:00</c>); null
    /// when it gives only a date or a vaguer time. Its local date is <see cref="Time"/>'s day, as written.
    /// </summary>
    /// <exception cref="ArgumentException">Its local date is not <see cref="Time"/>, a single day.</exception>
    public NodaTime.OffsetDateTime? Instant
    {
        get => instant;
        init => instant = CheckInstant(value, Time);
    }

    private readonly NodaTime.OffsetDateTime? instant;

    /// <summary>The stated day of the week, or null.</summary>
    public IsoDayOfWeek? Weekday { get; }

    /// <summary>Whether the claim's text speaks of the past (the default) or of the future; see <see cref="ClaimTense"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="ClaimTense"/>.</exception>
    public ClaimTense Tense { get; init => field = Utility.Preconditions.CheckDefined(value); }

    /// <summary><c>us-presidential-election-2020 on Tuesday 2020-11-03</c>.</summary>
    public override string ToString() =>
        Instant is { } at ? $"{Subject} at {TimesOfDay.Format(at)}" + (Weekday is { } day ? $" ({day})" : "")
        : Weekday is { } w ? $"{Subject} on {w} {Time}" : $"{Subject} {TimePhrase.Of(Time)}";
}
