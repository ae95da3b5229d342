using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>FC008: two event claims about one subject give times that share no day.</summary>
public sealed class ConflictingDatesRule : IClaimRule
{
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

        Example:
          { "id": "a", "kind": "event", "subject": "us-presidential-election-2020", "time": "2020-11-03" }
          { "id": "b", "kind": "event", "subject": "us-presidential-election-2020", "time": "2020-11-04" }
        gives
          FC008 error: us-presidential-election-2020: on 2020-11-03 (unsourced) and on 2020-11-04 (unsourced) cannot
          both be when it happened: they are 1 day apart.
        """);

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var series in context.Index.EventSeries)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var dates = Dates(series.Items);
            if (dates.Count < 2) continue;
            // A date conflicts when the latest-starting other date begins after it ends, or the earliest-ending
            // other date ends before it begins; the two most extreme of each leave a date's own out.
            var byStart = dates.Select((d, i) => (d.FirstDay, i)).OrderByDescending(x => x).Take(2).ToArray();
            var byEnd = dates.Select((d, i) => (d.LastDay, i)).OrderBy(x => x).Take(2).ToArray();
            var conflicting = new List<EventDate>();
            for (var i = 0; i < dates.Count; i++)
            {
                var laterStart = byStart[byStart[0].i == i ? 1 : 0].FirstDay;
                var earlierEnd = byEnd[byEnd[0].i == i ? 1 : 0].LastDay;
                if (laterStart > dates[i].LastDay || earlierEnd < dates[i].FirstDay) conflicting.Add(dates[i]);
            }
            if (conflicting.Count > 1) Report(context, series.Key.Subject, conflicting);
        }
    }

    /// <summary>The event claims of one time, in claim-set order.</summary>
    private sealed record EventDate(FuzzyTime Time, List<Event> Claims)
    {
        internal NodaTime.LocalDate FirstDay => Time.Start;

        internal NodaTime.LocalDate LastDay => Time.End;

        internal string Cited => $"{Phrases.Time(Time)} {Phrases.StatedBy(Claims.Select(c => c.Provenance))}";
    }

    // The series is sorted by first day, then last day, so the claims of one time are adjacent.
    private static List<EventDate> Dates(System.Collections.Immutable.ImmutableArray<EventEntry> items)
    {
        var dates = new List<EventDate>();
        for (var from = 0; from < items.Length;)
        {
            var to = Restatements.EndOfSameDays(items, from);
            dates.Add(new EventDate(items[from].Claim.Time, [.. items[from..to].Select(e => e.Claim)]));
            from = to;
        }
        return dates;
    }

    private static void Report(RuleContext context, string subject, List<EventDate> dates)
    {
        var earliestEnd = dates.Min(d => d.LastDay);
        var latestStart = dates.Max(d => d.FirstDay);
        var apart = FactCheck.Dates.DaysBetween(earliestEnd, latestStart);
        var name = context.Index.NameOf(subject);
        var message = dates.Count == 2
            ? $"{name}: {dates[0].Cited} and {dates[1].Cited} cannot both be when it happened: they are {Phrases.Days(apart)} apart."
            : $"{name}: {Phrases.List(dates.Select(d => d.Cited).ToList())} cannot all be when it happened: they span {Phrases.Days(apart)}.";
        var disputed = Disputes.AreDisputed(dates.Select(d => d.Claims.Select(c => c.Provenance)));
        if (disputed) message += Disputes.Advice;
        context.Report(message, dates.SelectMany(d => d.Claims.Select(c => c.Id)), subject, Evidence.Of(("daysApart", apart)), disputed ? Severity.Info : null);
    }
}
