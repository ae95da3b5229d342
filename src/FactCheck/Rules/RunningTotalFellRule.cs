using FactCheck.Checking;
using FactCheck.Rules.Authoring;
using NodaTime;

namespace FactCheck.Rules;

/// <summary>FC012: a running total whose later figure is lower than an earlier one.</summary>
public sealed class RunningTotalFellRule : IClaimRule
{
    private const string Fell = "{subject} is a running total, but it fell from {earlier} {earlierTime} to {later} {laterTime}.";

    /// <summary>A running total fell, beyond the figures' tolerances.</summary>
    public static FindingDescriptor Fall { get; } = new("FC012", "fell", Severity.Error, "A running total fell from one report to a later one.", Fell);

    /// <summary>A running total fell as stated, though the figures' ranges overlap.</summary>
    public static FindingDescriptor FallWithinRounding { get; } = new(
        "FC012", "fellWithinRounding", Severity.Warning, "A running total fell as stated, within the figures' rounding.",
        Fell + " The two figures' ranges overlap, so rounding may explain it.");

    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC012",
        "RunningTotalFell",
        Severity.Error,
        "A running total (a cumulative subject's figures) is lower in a later report than in an earlier one.",
        """
        An entity marked "cumulative": true counts a running total (a death toll, votes counted so far), and the
        subject with its id can only rise: a later figure higher than an earlier one is an update, not a conflict
        (FC001 is silent for cumulative subjects), and a later figure lower than an earlier one is this finding.

        'Later' is a later time (the earlier figure's days end before the later one's begin), or, for figures of the
        same time, said later: the source published later, or the claim comes later in the claim set. Figures for
        overlapping but different times ('2023-02' and '2023-02-07') are not ordered and not compared. A figure
        that another observation revises (see FC013) no longer counts. Each falling figure is reported once, against
        the highest earlier figure. Figures are compared per unit and per basis, as in FC001.

        The finding is an error when the two figures' intervals are disjoint, and a warning when they overlap: the
        tolerance for rounded or approximate figures could explain the fall ('about 5,000' after '5,100').

        Example:
          "entities": [ { "id": "quake-deaths", "name": "earthquake deaths", "cumulative": true } ]
          { "id": "a", "kind": "observation", "subject": "quake-deaths", "value": "5,100", "time": "2023-02-07", "source": "s1" }
          { "id": "b", "kind": "observation", "subject": "quake-deaths", "value": "4,300", "time": "2023-02-08", "source": "s2" }
        gives
          FC012 error: earthquake deaths is a running total, but it fell from 5,100 (s1) on 2023-02-07 to 4,300 (s2) on 2023-02-08.
        """)
    {
        Messages = [Fall, FallWithinRounding],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        foreach (var series in index.ObservationSeries)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!index.IsCumulative(series.Key.Subject)) continue;
            var current = Revisions.Current(index, series.Items, cumulative: true);
            foreach (var bucket in current.GroupBy(Level.BucketOf))
            {
                Sweep(context, series.Key.Subject, [.. bucket]);
            }
        }
    }

    /// <summary>
    /// Goes through one comparable run of figures in time order, holding the highest earlier figures (by lower bound,
    /// for errors, and by stated value, for warnings): figures whose days have ended join them, and within one time the
    /// figures said so far. Each figure is then compared with at most two: n log n, one finding per falling figure.
    /// </summary>
    private static void Sweep(RuleContext context, string subject, ObservationEntry[] sorted)
    {
        var index = context.Index;
        var pending = new PriorityQueue<ObservationEntry, LocalDate>();
        ObservationEntry? highestMin = null, highestLevel = null;
        for (var from = 0; from < sorted.Length;)
        {
            var to = from + 1;
            while (to < sorted.Length && sorted[to].FirstDay == sorted[from].FirstDay && sorted[to].LastDay == sorted[from].LastDay) to++;
            while (pending.TryPeek(out var ended, out var lastDay) && lastDay < sorted[from].FirstDay)
            {
                pending.Dequeue();
                Hold(ref highestMin, ref highestLevel, ended);
            }
            ObservationEntry? timeMin = null, timeLevel = null;
            foreach (var entry in StatementOrder.Of(index, sorted.AsSpan(from, to - from)))
            {
                var above = Higher(highestMin, timeMin, e => e.Interval.Min);
                if (above is { } earlier && earlier.Interval.IsEntirelyAbove(entry.Interval))
                {
                    Report(context, subject, earlier, entry, Severity.Error);
                }
                else if (Higher(highestLevel, timeLevel, Level.Of) is { } higher && Level.Of(higher) > Level.Of(entry))
                {
                    Report(context, subject, higher, entry, Severity.Warning);
                }
                Hold(ref timeMin, ref timeLevel, entry);
                pending.Enqueue(entry, entry.LastDay);
            }
            from = to;
        }
    }

    private static void Hold(ref ObservationEntry? highestMin, ref ObservationEntry? highestLevel, ObservationEntry entry)
    {
        if (highestMin is not { } min || entry.Interval.Min > min.Interval.Min) highestMin = entry;
        if (highestLevel is not { } level || Level.Of(entry) > Level.Of(level)) highestLevel = entry;
    }

    private static ObservationEntry? Higher(ObservationEntry? a, ObservationEntry? b, Func<ObservationEntry, double> by) =>
        a is not { } x ? b : b is not { } y ? a : by(y) > by(x) ? y : x;

    private static void Report(RuleContext context, string subject, ObservationEntry earlier, ObservationEntry later, Severity severity)
    {
        context.Report(severity == Severity.Warning ? FallWithinRounding : Fall, [later.Claim.Id, earlier.Claim.Id], subject,
            FindingArgument.Text("subject", context.Index.NameOf(subject)),
            FindingArgument.Level("earlier", earlier),
            FindingArgument.Time("earlierTime", earlier.Claim.Time),
            FindingArgument.Level("later", later),
            FindingArgument.Time("laterTime", later.Claim.Time));
    }
}
