using NodaTime;

namespace FactCheck.Reporting.Html;

/// <summary>One claim as a timeline draws it: its days, its value interval, and the figure as stated.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="From">The first day, or null when open at the start.</param>
/// <param name="To">The last day, or null when open at the end.</param>
/// <param name="Low">The lowest value, or null when unbounded below (or a change, which has none).</param>
/// <param name="High">The highest value, or null when unbounded above (or a change).</param>
/// <param name="Stated">The figure as stated, or null for a change.</param>
/// <param name="Label">The figure's words: <c>~5,200</c>, <c>target 3,000</c>.</param>
internal sealed record TimelineItem(Claim Claim, LocalDate? From, LocalDate? To, double? Low, double? High, double? Stated, string Label)
{
    /// <summary>Whether the figure is a percentage, so the axis can say so.</summary>
    internal bool Percent { get; init; }

    /// <summary>The item for an observation, target or change; null for other claims, which have no place on a timeline.</summary>
    internal static TimelineItem? Of(Claim claim) => claim switch
    {
        Observation o => Valued(o, o.Time.Start, o.Time.End, o.Value, o.Metric, o.Value.ToString() + Unit(o.Unit)),
        Target t => Valued(t, t.Stated.Start, t.DeadlineDay ?? LocalDate.MaxIsoValue, t.Value, t.Metric,
            "target " + t.Value + (t.Deadline is { } d ? " by " + d : ", open-ended")),
        Change c => new TimelineItem(c, Day(c.Period.Start), Day(c.Period.End), null, null, null, ChangeText.Describe(c.Direction, c.Magnitude)),
        _ => null,
    };

    private static TimelineItem Valued(Claim claim, LocalDate from, LocalDate to, Quantity value, string metric, string label)
    {
        var interval = value.ToInterval(QuantityOptions.Default, Metrics.IsCount(metric));
        return new TimelineItem(claim, Day(from), Day(to),
            double.IsFinite(interval.Min) ? interval.Min : null,
            double.IsFinite(interval.Max) ? interval.Max : null,
            value.Representative, label) { Percent = value.IsPercent };
    }

    private static string Unit(Unit unit) => unit.IsNone ? string.Empty : " " + unit;

    private static LocalDate? Day(LocalDate date) => date == LocalDate.MinIsoValue || date == LocalDate.MaxIsoValue ? null : date;
}
