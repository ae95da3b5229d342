using FactCheck.Checking;
using FactCheck.Rules.Authoring;
using NodaTime;

namespace FactCheck.Rules;

/// <summary>FC015: a forecast for a time whose actual figure, once reported, lies outside it.</summary>
public sealed class ProjectionMissedRule : IClaimRule
{
    /// <summary>A forecast the figure for its time fell outside.</summary>
    public static FindingDescriptor Missed { get; } = new(
        "FC015", "missed", Severity.Info, "The figure for a forecast's time lies outside the forecast.",
        "{subject}: the forecast of {forecast} for {time} was missed: the figure was {actual}.");

    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC015",
        "ProjectionMissed",
        Severity.Info,
        "A forecast for a time was missed: the actual figure reported for that time lies outside it.",
        """
        An observation marked "projection": true is a forecast for its time, not a report of it. Forecasts never
        conflict with actual figures (FC001 holds forecasts only against each other, with the same tolerances and
        disputes), and they are not the latest figure for FC002, FC003 or FC004. When an actual figure for the same
        time (the same days, the same subject and metric, a unit that compares, and no different basis) is reported,
        the forecast is held against it: when the interval the forecast stands for does not contain the actual
        figure, this finding says so. The actual figure is the one said last for that time (see FC013); when it is in another unit or on
        another basis, the forecast is not held against it.

        Example:
          { "id": "f", "kind": "observation", "subject": "gdp-growth", "value": "2.5%", "time": "2023", "projection": true, "source": "imf" }
          { "id": "a", "kind": "observation", "subject": "gdp-growth", "value": "1.8%", "time": "2023", "source": "stats" }
        gives
          FC015 info: gdp-growth: the forecast of 2.5% (imf) for 2023 was missed: the figure was 1.8% (stats).
        """)
    {
        Messages = [Missed],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        foreach (var forecasts in index.ProjectionSeries)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var actuals = index.ObservationsOf(forecasts.Key.Subject, forecasts.Key.Metric).Items;
            if (actuals.IsEmpty) continue;
            // The figure said last for each time, found in one pass: many forecasts of one time cost no rescans.
            var latest = new Dictionary<(LocalDate, LocalDate), ObservationEntry>();
            foreach (var actual in Revisions.Current(index, actuals, index.IsCumulative(forecasts.Key.Subject)))
            {
                var time = (actual.FirstDay, actual.LastDay);
                if (!latest.TryGetValue(time, out var known) || StatementOrder.Compare(index, actual, known) > 0) latest[time] = actual;
            }
            foreach (var forecast in forecasts.Items)
            {
                if (!latest.TryGetValue((forecast.FirstDay, forecast.LastDay), out var outcome)) continue;
                if (!Figure.Of(outcome).IsComparableWith(Figure.Of(forecast), context.Settings.Units) || Bases.Differ(outcome.Claim.Basis, forecast.Claim.Basis)) continue;
                if (!forecast.Interval.Contains(Level.Of(outcome))) Report(context, forecast, outcome);
            }
        }
    }

    private static void Report(RuleContext context, ObservationEntry forecast, ObservationEntry actual)
    {
        var subject = forecast.Claim.Subject;
        context.Report(Missed, [forecast.Claim.Id, actual.Claim.Id], subject,
            FindingArgument.Text("subject", context.Index.NameOf(subject)),
            FindingArgument.Level("forecast", forecast),
            FindingArgument.Text("time", forecast.Claim.Time.ToString()),
            FindingArgument.Level("actual", actual));
    }
}
