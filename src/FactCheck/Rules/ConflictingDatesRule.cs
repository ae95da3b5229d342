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
        "Two event claims about one subject have times that share no day.",
        """
        Claims about one event (the same subject) must be able to name the same day: their times must overlap.
        Vague times are compatible with the precise ones they contain ('2020-11' and '2020-11-03' agree), so
        only times that share no day conflict. Each conflicting pair is one finding, earlier time first.

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
            // Sweep in order of first day; entries leave the open set once they end, and every entry that has
            // ended before the current one starts conflicts with it. The cost is the sort plus the conflicts.
            var open = new PriorityQueue<EventEntry, (NodaTime.LocalDate, int)>();
            var ended = new List<EventEntry>();
            foreach (var current in series.Items)
            {
                while (open.TryPeek(out var earliest, out var endKey) && endKey.Item1 < current.FirstDay)
                {
                    ended.Add(open.Dequeue());
                }
                foreach (var earlier in ended)
                {
                    Report(context, series.Key.Subject, earlier, current);
                }
                open.Enqueue(current, (current.LastDay, current.Order));
            }
        }
    }

    private static void Report(RuleContext context, string subject, EventEntry earlier, EventEntry later)
    {
        var apart = Dates.DaysBetween(earlier.LastDay, later.FirstDay);
        context.Report(
            $"{context.Index.NameOf(subject)}: {Phrases.Time(earlier.Claim.Time)} ({earlier.Claim.Provenance}) and {Phrases.Time(later.Claim.Time)} ({later.Claim.Provenance}) " +
            $"cannot both be when it happened: they are {Phrases.Days(apart)} apart.",
            [earlier.Claim.Id, later.Claim.Id], subject, Evidence.Of(("daysApart", apart)));
    }
}
