using System.Text;
using FactCheck.Checking;
using FactCheck.Rules.Authoring;
using NodaTime;

namespace FactCheck.Rules;

/// <summary>FC008: two event claims about one subject give times that share no day.</summary>
public sealed class ConflictingDatesRule : IClaimRule
{
    private const string Both = "{subject}: {first} and {second} cannot both be when it happened: they are {daysApart} apart.";
    private const string All = "{subject}: {dates} cannot all be when it happened: they span {daysApart}.";
    private const string Offsets =
        " The UTC offsets could explain it: {earlierDay} is given at {west} and {laterDay} at {east}, east of it, where one moment can already be the next day.";

    /// <summary>Two dates of one event that share no day.</summary>
    public static FindingDescriptor TwoDates { get; } = new("FC008", "twoDates", Severity.Error, "Two dates of one event share no day.", Both);

    /// <summary>Several dates of one event that share no day.</summary>
    public static FindingDescriptor SeveralDates { get; } = new("FC008", "severalDates", Severity.Error, "Several dates of one event cannot all be right.", All);

    /// <summary>Two dates given by different parties.</summary>
    public static FindingDescriptor TwoDatesDisputed { get; } = new(
        "FC008", "twoDatesDisputed", Severity.Info, "Two dates of one event given by different parties are disputed.", Both + Disputes.Advice);

    /// <summary>Several dates, each given by a different party.</summary>
    public static FindingDescriptor SeveralDatesDisputed { get; } = new(
        "FC008", "severalDatesDisputed", Severity.Info, "Several dates of one event given by different parties are disputed.", All + Disputes.Advice);

    /// <summary>Two dates a day apart that the sources' UTC offsets could explain.</summary>
    public static FindingDescriptor TwoDatesOffsets { get; } = new(
        "FC008", "twoDatesOffsets", Severity.Warning, "Two dates a day apart, given where the UTC offsets could explain it.", Both + Offsets);

    /// <summary>Several dates over two days that the sources' UTC offsets could explain.</summary>
    public static FindingDescriptor SeveralDatesOffsets { get; } = new(
        "FC008", "severalDatesOffsets", Severity.Warning, "Dates over two days, given where the UTC offsets could explain it.", All + Offsets);

    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC008",
        "ConflictingDates",
        Severity.Error,
        "Event claims about one subject have times that share no day.",
        """
        Claims about one event (the same subject) must be able to name the same day: their times must overlap.
        Vague times are compatible with the precise ones they contain ('2020-11' and '2020-11-03' agree), so
        only times that share no day conflict. All the dates of one event that conflict are one finding, earliest
        first, each with every source that gives it. When every date is attributed to a named party and no party
        gives two of them, the date is disputed: the finding is an info.

        Times of day with their UTC offsets ("2023-02-05T23:35-04:00") are compared as moments: two of them conflict
        only when they are 24 hours or more apart, since less than that can fall on one day somewhere, so Sunday
        23:35 -04:00 and Monday 08:05 +05:00 agree. A date alone is compared by the day written; a time of day
        against dates alone given at one known offset is read on that place's calendar (Sunday 23:35 -04:00 is a
        Monday at +05:00). Where dates alone one day apart are given in places whose UTC offsets could explain it
        (the later date's offset is larger: it is east of the earlier one's, where a day begins sooner), the
        finding is a warning that says so. A source's offset is its "utcOffset", else the one all its claims'
        times of day give.

        Example (offsets):
          sources: { "id": "wp", "utcOffset": "-04:00" }, { "id": "dawn", "utcOffset": "+05:00" }
          { "id": "a", "kind": "event", "subject": "strike", "time": "2023-02-05", "source": "wp" }
          { "id": "b", "kind": "event", "subject": "strike", "time": "2023-02-06", "source": "dawn" }
        gives
          FC008 warning: strike: on 2023-02-05 (wp) and on 2023-02-06 (dawn) cannot both be when it happened: they
          are 1 day apart. The UTC offsets could explain it: 2023-02-05 is given at -04:00 and 2023-02-06 at +05:00,
          east of it, where one moment can already be the next day.

        Example:
          { "id": "a", "kind": "event", "subject": "us-presidential-election-2020", "time": "2020-11-03" }
          { "id": "b", "kind": "event", "subject": "us-presidential-election-2020", "time": "2020-11-04" }
        gives
          FC008 error: us-presidential-election-2020: on 2020-11-03 (unsourced) and on 2020-11-04 (unsourced) cannot
          both be when it happened: they are 1 day apart.
        """)
    {
        Messages = [TwoDates, SeveralDates, TwoDatesDisputed, SeveralDatesDisputed, TwoDatesOffsets, SeveralDatesOffsets],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <summary>Two times of day this far apart or more cannot be one day anywhere.</summary>
    private static readonly Duration Day = Duration.FromDays(1);

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SourceOffsets? offsets = null;
        foreach (var series in context.Index.EventSeries)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var dates = Dates(series.Items);
            if (dates.Count < 2) continue;
            var conflicting = Conflicting(dates);
            if (conflicting.Count < 2) continue;
            offsets ??= new SourceOffsets(context.Index.ClaimSet);
            conflicting = SeenFrom(conflicting, offsets);
            if (conflicting.Count > 1) Report(context, series.Key.Subject, conflicting, offsets);
        }
    }

    /// <summary>
    /// The dates that conflict with another: a date alone with any whose days it does not share; a time of day with a
    /// date alone whose day is not its own, or with a time of day 24 hours or more away. The two most extreme of each
    /// kind leave a date's own out, so the whole series costs a sort, not a comparison of every pair.
    /// </summary>
    private static List<EventDate> Conflicting(List<EventDate> dates)
    {
        var plain = Enumerable.Range(0, dates.Count).Where(i => dates[i].Instant is null).ToList();
        var timed = Enumerable.Range(0, dates.Count).Where(i => dates[i].Instant is not null).ToList();
        var byStart = plain.Select(i => (dates[i].FirstDay, i)).OrderByDescending(x => x).Take(2).ToArray();
        var byEnd = plain.Select(i => (dates[i].LastDay, i)).OrderBy(x => x).Take(2).ToArray();
        var (timedLatestDay, timedEarliestDay) = timed.Count == 0 ? (LocalDate.MinIsoValue, LocalDate.MaxIsoValue) : (timed.Max(i => dates[i].FirstDay), timed.Min(i => dates[i].LastDay));
        var (earliest, latest) = timed.Count == 0 ? (default, default) : (timed.Min(i => dates[i].Instant!.Value.ToInstant()), timed.Max(i => dates[i].Instant!.Value.ToInstant()));
        var conflicting = new List<EventDate>();
        for (var i = 0; i < dates.Count; i++)
        {
            var date = dates[i];
            var laterStart = Other(byStart, i, LocalDate.MinIsoValue);
            var earlierEnd = Other(byEnd, i, LocalDate.MaxIsoValue);
            if (date.Instant is { } at)
            {
                var moment = at.ToInstant();
                if (latest - moment >= Day || moment - earliest >= Day) conflicting.Add(date);
                else if (laterStart > date.LastDay || earlierEnd < date.FirstDay) conflicting.Add(date);
            }
            else if (LocalDate.Max(laterStart, timedLatestDay) > date.LastDay || LocalDate.Min(earlierEnd, timedEarliestDay) < date.FirstDay)
            {
                conflicting.Add(date);
            }
        }
        return conflicting;

        static LocalDate Other((LocalDate Day, int i)[] extremes, int self, LocalDate none) =>
            extremes.Length == 0 ? none : extremes[0].i != self ? extremes[0].Day : extremes.Length > 1 ? extremes[1].Day : none;
    }

    /// <summary>
    /// The dates that still conflict when each time of day is read on the calendar of the place the dates alone were
    /// given in, when they were all given at one known offset: Sunday 23:35 −04:00 is Monday 08:35 in a +05:00
    /// source's date of Monday, so the two agree. Otherwise <paramref name="conflicting"/> as it is.
    /// </summary>
    private static List<EventDate> SeenFrom(List<EventDate> conflicting, SourceOffsets offsets)
    {
        if (conflicting.All(d => d.Instant is null) || conflicting.All(d => d.Instant is not null)) return conflicting;
        var places = conflicting.Where(d => d.Instant is null).SelectMany(d => d.Claims).Select(offsets.Of).Distinct().ToList();
        if (places is not [{ } place]) return conflicting;
        var seen = conflicting.Select(d => d.Instant is { } at && ClaimDates.InRange(at.WithOffset(place).Date)
            ? d with { Time = FuzzyTime.Day(at.WithOffset(place).Date) }
            : d).ToList();
        var still = Conflicting(seen).ToHashSet(ReferenceEqualityComparer.Instance);
        return [.. conflicting.Where((_, i) => still.Contains(seen[i]))];
    }

    /// <summary>The event claims of one time (one moment, for times of day), in claim-set order.</summary>
    private sealed record EventDate(FuzzyTime Time, OffsetDateTime? Instant, List<Event> Claims)
    {
        internal LocalDate FirstDay => Time.Start;

        internal LocalDate LastDay => Time.End;

        internal string Cited => $"{(Instant is { } at ? "at " + Phrases.Moment(at) : Phrases.Time(Time))} {Phrases.StatedBy(Claims.Select(c => c.Provenance))}";
    }

    // The series is sorted by first day, then last day, so the claims of one time are adjacent; those of one day are
    // split by the time of day they give, if any.
    private static List<EventDate> Dates(System.Collections.Immutable.ImmutableArray<EventEntry> items)
    {
        var dates = new List<EventDate>();
        for (var from = 0; from < items.Length;)
        {
            var to = Restatements.EndOfSameDays(items, from);
            foreach (var moment in items[from..to].Select(e => e.Claim).GroupBy(c => c.Instant))
            {
                dates.Add(new EventDate(items[from].Claim.Time, moment.Key, [.. moment]));
            }
            from = to;
        }
        return dates;
    }

    private static void Report(RuleContext context, string subject, List<EventDate> dates, SourceOffsets offsets)
    {
        var earliestEnd = dates.Min(d => d.LastDay);
        var latestStart = dates.Max(d => d.FirstDay);
        var days = Phrases.DaysBetween(earliestEnd, latestStart);
        // Times of day of one date can still be a day apart: they are measured in hours.
        var apart = new ApartArgument("daysApart", days, days > 0 ? 0 : Hours(dates));
        var disputed = Disputes.AreDisputed(dates.Select(d => d.Claims.Select(c => c.Provenance)));
        var explanation = disputed || days != 1 ? null : OffsetExplanation(dates, earliestEnd, offsets);
        var two = dates.Count == 2;
        var descriptor = disputed ? (two ? TwoDatesDisputed : SeveralDatesDisputed)
            : explanation is not null ? (two ? TwoDatesOffsets : SeveralDatesOffsets)
            : two ? TwoDates : SeveralDates;
        List<FindingArgument> arguments = [FindingArgument.Text("subject", context.Index.NameOf(subject)), apart];
        if (two) arguments.AddRange([FindingArgument.Text("first", dates[0].Cited), FindingArgument.Text("second", dates[1].Cited)]);
        else arguments.Add(FindingArgument.List("dates", dates.Select(d => d.Cited)));
        if (explanation is not null) arguments.AddRange(explanation);
        context.Report(descriptor, dates.SelectMany(d => d.Claims.Select(c => c.Id)), subject, [.. arguments]);
    }

    private static long Hours(List<EventDate> dates)
    {
        var moments = dates.Where(d => d.Instant is not null).Select(d => d.Instant!.Value.ToInstant()).ToList();
        return (long)(moments.Max() - moments.Min()).TotalHours;
    }

    /// <summary>How far apart the dates are: <c>2 days</c>, or for times of day of one date, <c>5 hours</c>; its evidence, the days.</summary>
    private sealed class ApartArgument(string name, int days, long hours) : FindingArgument(name)
    {
        public override void AppendText(StringBuilder text)
        {
            if (days > 0) text.Append(Phrases.Days(days));
            else text.Append(hours == 1 ? "1 hour" : hours.ToString(System.Globalization.CultureInfo.InvariantCulture) + " hours");
        }

        public override void AddEvidence(EvidenceBuilder evidence) => evidence.Add(Name, days);
    }

    /// <summary>
    /// The arguments of the sentence that says the offsets could explain dates one day apart, or null: every date is a date alone (a time
    /// of day is a known moment, already read on the other dates' calendar where it could be) and one of two days in a
    /// row, every claim's offset is known, and the later day's are all larger (east) than the earlier day's.
    /// </summary>
    private static FindingArgument[]? OffsetExplanation(List<EventDate> dates, LocalDate earlierDay, SourceOffsets offsets)
    {
        if (dates.Any(d => !d.Time.IsDay || d.Instant is not null)) return null;
        var earlier = dates.Where(d => d.FirstDay == earlierDay).SelectMany(d => d.Claims).ToList();
        var later = dates.Where(d => d.FirstDay != earlierDay).SelectMany(d => d.Claims).ToList();
        var west = earlier.Select(offsets.Of).ToList();
        var east = later.Select(offsets.Of).ToList();
        if (west.Any(o => o is null) || east.Any(o => o is null) || east.Min(o => o!.Value) <= west.Max(o => o!.Value)) return null;
        return
        [
            FindingArgument.Day("earlierDay", earlierDay),
            FindingArgument.Text("west", Written(west)),
            FindingArgument.Day("laterDay", earlierDay.PlusDays(1)),
            FindingArgument.Text("east", Written(east)),
        ];

        static string Written(List<Offset?> offsets) =>
            string.Join(" and ", offsets.Select(o => o!.Value).Distinct().Order().Select(Phrases.Offset));
    }
}
