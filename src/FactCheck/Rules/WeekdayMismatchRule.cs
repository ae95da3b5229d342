using FactCheck.Rules.Authoring;
using NodaTime;

namespace FactCheck.Rules;

/// <summary>FC006: an event's stated weekday is not the weekday of its date.</summary>
public sealed class WeekdayMismatchRule : IClaimRule
{
    /// <summary>A date given with another day's weekday.</summary>
    public static FindingDescriptor Mismatch { get; } = new(
        "FC006", "mismatch", Severity.Error, "An event's stated weekday is not the weekday of its date.",
        "{subject}: {date} {statedBy} is given as a {stated}, but {date} is a {actual}; the nearest {stated} is {nearest}.");

    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC006",
        "WeekdayMismatch",
        Severity.Error,
        "An event's stated weekday is not the weekday of its date.",
        """
        When a source gives both a date and a day of the week ('Wednesday, September 9'), they must agree. The rule
        checks events whose time is one day; the message gives the fix: the date's real weekday, and the nearest
        date that has the stated weekday.

        Example:
          { "id": "e", "kind": "event", "subject": "announcement", "time": "2020-09-10", "weekday": "Wednesday" }
        gives
          FC006 error: announcement: 2020-09-10 (unsourced) is given as a Wednesday, but 2020-09-10 is a Thursday;
          the nearest Wednesday is 2020-09-09.
        """)
    {
        Messages = [Mismatch],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var series in context.Index.EventSeries)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            // The series is sorted by day, so claims of one day are adjacent; those that state the same wrong weekday
            // are one finding naming them all, with a fix for each.
            var items = series.Items;
            for (var from = 0; from < items.Length;)
            {
                var to = Restatements.EndOfSameDays(items, from);
                // Most days state no weekday or the right one: only a day with a mismatch is grouped.
                var mismatched = false;
                for (var i = from; i < to && !mismatched; i++) mismatched = IsMismatched(items[i].Claim);
                if (mismatched)
                {
                    foreach (var restated in items[from..to].Select(e => e.Claim).Where(IsMismatched).GroupBy(c => c.Weekday))
                    {
                        Report(context, [.. restated]);
                    }
                }
                from = to;
            }
        }
    }

    private static bool IsMismatched(Event claim) => claim.Weekday is { } stated && claim.Time.IsDay && claim.Time.Start.DayOfWeek != stated;

    private static void Report(RuleContext context, List<Event> restated)
    {
        var claim = restated[0];
        var stated = claim.Weekday!.Value;
        var date = claim.Time.Start;
        var before = date.With(DateAdjusters.Previous(stated));
        var after = date.With(DateAdjusters.Next(stated));
        var nearest = Phrases.DaysBetween(before, date) <= Phrases.DaysBetween(date, after) ? before : after;
        var offset = Phrases.DaysBetween(date, nearest);
        // The fix keeps the date, which the file states outright or resolves from the source's day, and corrects the
        // weekday; the message offers the other way round.
        var finding = Finding.Create(Mismatch, restated.Select(c => c.Id), claim.Subject,
            FindingArgument.Text("subject", context.Index.NameOf(claim.Subject)),
            FindingArgument.Day("date", date),
            FindingArgument.StatedBy("statedBy", restated.Select(c => c.Provenance)),
            FindingArgument.Text("stated", stated.ToString()),
            FindingArgument.Text("actual", date.DayOfWeek.ToString()),
            FindingArgument.Count("daysToNearest", offset),
            FindingArgument.Day("nearest", nearest, isEvidence: true));
        context.Report(finding with
        {
            Fixes = new([.. restated.Select(c => new FindingFix(c.Id, "weekday", stated.ToString(), date.DayOfWeek.ToString()))]),
        });
    }
}
