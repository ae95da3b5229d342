using System.Globalization;
using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>FC004: a change claim's direction (and size) is not borne out by the figures at the start and end of its period.</summary>
public sealed class TrendNotSupportedRule : IClaimRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC004",
        "TrendNotSupported",
        Severity.Warning,
        "A change claim's direction or size is not borne out by the figures at the start and end of its period.",
        """
        A change claim ('forces were significantly reduced in recent months') is held against two observations of
        the same subject and metric: the latest one on or before the period's first day (else the earliest one
        inside the period), and the latest one on or before its last day. The claim is not borne out when the
        nominal change between them is zero or goes the other way, or, when a size is given, is not that size
        ('significant' means at least 10 % of the starting value, configurable).

        The finding is a warning; it is an error when even the tolerance intervals show the opposite direction
        (a decrease claimed, while the later figure is certainly higher). For 'unchanged', the claim is
        contradicted (an error) only when the two figures certainly differ.

        Example:
          { "id": "then", "kind": "observation", "subject": "us-troops/iraq", "value": "about 5,200", "time": "late 2018" }
          { "id": "now", "kind": "observation", "subject": "us-troops/iraq", "value": "about 5,200", "time": "2020-09-09" }
          { "id": "cut", "kind": "change", "subject": "us-troops/iraq", "direction": "decrease", "magnitude": "significant",
            "time": "2020-03/2020-09" }
        gives
          FC004 warning: us-troops/iraq: a significant decrease from 2020-03 to 2020-09 (unsourced) is not borne out:
          ~5,200 in late 2018 (unsourced) and ~5,200 on 2020-09-09 (unsourced) show no change.
        """);

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var change in context.Index.Changes)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var series = context.Index.ObservationsOf(change.Subject, change.Metric);
            if (!TryFindEnds(series, change.Period, out var start, out var end)) continue;
            var units = context.Settings.Units;
            var (unit, scale) = context.Settings.ComparedUnitOf(change.Unit);
            if (!units.AreCompatible(start.Unit, end.Unit) || start.Claim.Value.IsPercent != end.Claim.Value.IsPercent) continue;
            if (change.Magnitude?.Amount is { IsPercent: false } && (!units.AreCompatible(unit, start.Unit) || !units.AreCompatible(unit, end.Unit))) continue;
            Evaluate(context, change, scale, start, end);
        }
    }

    private static bool TryFindEnds(Series<ObservationEntry> series, FuzzyTime period, out ObservationEntry start, out ObservationEntry end)
    {
        start = end = default;
        var items = series.Items;
        if (items.Length < 2) return false;
        var atFirst = series.CountStartingOnOrBefore(period.Start);
        var atLast = series.CountStartingOnOrBefore(period.End);
        if (atLast == 0) return false;
        var startIndex = atFirst > 0 ? atFirst - 1 : 0;
        var endIndex = atLast - 1;
        if (endIndex <= startIndex) return false;
        start = items[startIndex];
        end = items[endIndex];
        return true;
    }

    private static void Evaluate(RuleContext context, Change change, double changeScale, ObservationEntry start, ObservationEntry end)
    {
        // In the unit of the starting figure, when the figures' units convert.
        var from = start.Claim.Value.Representative;
        var to = StatedUnit.Convert(end.Claim.Value.Representative, end.Scale, start.Scale);
        var delta = to - from;
        var certainlyUp = end.Interval.IsEntirelyAbove(start.Interval);
        var certainlyDown = start.Interval.IsEntirelyAbove(end.Interval);
        Severity? severity = null;
        string? shortfall = null;
        switch (change.Direction)
        {
            case ChangeDirection.Increase when delta <= 0:
                severity = certainlyDown ? Severity.Error : Severity.Warning;
                break;
            case ChangeDirection.Decrease when delta >= 0:
                severity = certainlyUp ? Severity.Error : Severity.Warning;
                break;
            case ChangeDirection.Unchanged when certainlyUp || certainlyDown:
                severity = Severity.Error;
                break;
            case ChangeDirection.Increase or ChangeDirection.Decrease when change.Magnitude is { } magnitude:
                shortfall = MagnitudeShortfall(context.Settings, magnitude, change.Metric, from, Math.Abs(delta), changeScale, start.Scale);
                if (shortfall is not null) severity = Severity.Warning;
                break;
        }
        if (severity is not { } level) return;

        var shown = delta == 0 ? "no change" : (delta > 0 ? "a rise of " : "a fall of ") + NumberText.Rounded(Math.Abs(delta)) + StatedUnit.Suffix(start.Claim.Unit, start.Scale);
        var percent = from != 0 ? delta / Math.Abs(from) * 100 : double.NaN;
        var message = $"{context.Index.NameOf(change.Subject)}: {ChangeText.Describe(change.Direction, change.Magnitude)} {Phrases.Time(change.Period)} ({change.Provenance}) " +
            $"is not borne out: {Phrases.Figure(start)} and {Phrases.Figure(end)} show {shown}{shortfall}.";
        var evidence = Evidence.Of(("start", from), ("end", to), ("change", delta), ("changePercent", double.IsNaN(percent) ? double.NaN : NumberText.OneDecimal(percent)));
        context.Report(message, [change.Id, start.Claim.Id, end.Claim.Id], change.Subject, evidence, level);
    }

    /// <summary>Null when the change is as large as claimed; else the words saying why not.</summary>
    private static string? MagnitudeShortfall(CheckSettings settings, ChangeMagnitude magnitude, string metric, double from, double size, double amountScale, double sizeScale)
    {
        if (magnitude.IsSignificant)
        {
            var threshold = (double)settings.SignificantChange * Math.Abs(from);
            return size >= threshold ? null : string.Create(CultureInfo.InvariantCulture,
                $", less than the {settings.SignificantChange * 100m:0.#} % that counts as significant");
        }
        var amount = magnitude.Amount!.Value;
        if (amount.IsPercent)
        {
            var percent = from == 0 ? double.PositiveInfinity : size / Math.Abs(from) * 100;
            return settings.IntervalOf(amount, metric).Contains(percent) ? null : string.Create(CultureInfo.InvariantCulture,
                $" ({NumberText.Rounded(percent)} %), not {amount}");
        }
        return StatedUnit.Convert(settings.IntervalOf(amount, metric), amountScale, sizeScale).Contains(size) ? null : $", not {amount}";
    }
}
