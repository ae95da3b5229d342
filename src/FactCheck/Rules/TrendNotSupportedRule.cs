using System.Collections.Immutable;
using System.Globalization;
using FactCheck.Checking;
using FactCheck.Rules.Authoring;
using NodaTime;

namespace FactCheck.Rules;

/// <summary>FC004: a change claim's direction (and size) is not borne out by the figures at the start and end of its period.</summary>
public sealed class TrendNotSupportedRule : IClaimRule
{
    private const string Head = "{subject}: {claim} {period} {statedBy} is not borne out: {start} and {end} show {change}";

    /// <summary>The figures do not move as the change claim says.</summary>
    public static FindingDescriptor NotBorneOut { get; } = new(
        "FC004", "notBorneOut", Severity.Warning, "The figures at the start and end of a change's period do not move as it says.", Head + ".");

    /// <summary>Even the figures' tolerance intervals move the other way (or, for 'unchanged', certainly move).</summary>
    public static FindingDescriptor Contradicted { get; } = new(
        "FC004", "contradicted", Severity.Error, "The figures certainly move the other way than the change claim says.", Head + ".");

    /// <summary>A 'significant' change smaller than the significance threshold.</summary>
    public static FindingDescriptor NotSignificant { get; } = new(
        "FC004", "notSignificant", Severity.Warning, "A change said to be significant is smaller than the threshold.",
        Head + ", less than the {threshold} % that counts as significant.");

    /// <summary>A change by a stated percentage that the figures do not show.</summary>
    public static FindingDescriptor NotStatedPercent { get; } = new(
        "FC004", "notStatedPercent", Severity.Warning, "A change by a stated percentage is another size.", Head + " ({percent} %), not {stated}.");

    /// <summary>A change by a multiple ('doubled') that the figures do not show.</summary>
    public static FindingDescriptor NotStatedMultiple { get; } = new(
        "FC004", "notStatedMultiple", Severity.Warning, "A change by a stated multiple is another size.", Head + " ({times} times the first), not {stated}.");

    /// <summary>A change by a stated amount that the figures do not show.</summary>
    public static FindingDescriptor NotStatedAmount { get; } = new(
        "FC004", "notStatedAmount", Severity.Warning, "A change by a stated amount is another size.", Head + ", not {stated}.");

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
        ('significant' means at least 10 % of the starting value, configurable). A percentage is a share of the
        starting figure ('fell by 8%': 40 % to 36.8 %); percentage points are the figures' own difference ('fell by 8
        percentage points': 40 % to 32 %); a multiple ('doubled', 'halved', '3 times') is the ratio of the later figure
        to the first, within the approximate tolerance (±10 %), and says its direction.

        Only claims about the past are held against figures. A change in the future tense ("tense": "future") is a
        plan and gets no finding, whatever its period. A change whose period starts after its source was
        published (else after the set's asOf) is a plan ('will drop from 5,200 to 3,000 during September'): the
        target carries it, and it gets no finding. A change told within its period ('has significantly reduced …
        in recent months') is held up to the day it was told. Neither end is a low-trust figure where another
        exists, a day-precise figure is preferred to a vaguer one starting the same day, and two reports of the
        same days are never read as a change.

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
        """)
    {
        Messages = [NotBorneOut, Contradicted, NotSignificant, NotStatedPercent, NotStatedMultiple, NotStatedAmount],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        foreach (var restated in Restatements(index))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var (change, told) = (restated[0], ToldOn(index, restated[0]));
            // A change whose period starts after it was told is a plan ('will drop from 5,200 to 3,000 during
            // September'); the target carries it, and figures cannot bear it out yet.
            if (told is { } day && change.Period.Start > day) continue;
            // A change told within its period ('has fallen in recent months') speaks of the figures up to that day.
            var last = told is { } until && until < change.Period.End ? until : change.Period.End;
            var series = index.ObservationsOf(change.Subject, change.Metric);
            if (!TryFindEnds(index, series, change.Period.Start, last, out var start, out var end)) continue;
            var units = context.Settings.Units;
            var (unit, scale) = context.Settings.ComparedUnitOf(change.Unit);
            if (!units.AreCompatible(start.Unit, end.Unit) || start.Claim.Value.IsPercent != end.Claim.Value.IsPercent) continue;
            if (change.Magnitude?.Amount is { IsPercent: false } && (!units.AreCompatible(unit, start.Unit) || !units.AreCompatible(unit, end.Unit))) continue;
            Evaluate(context, restated, scale, start, end);
        }
    }

    private static LocalDate? ToldOn(ClaimIndex index, Change change) => index.SourceOf(change)?.Published ?? index.ClaimSet.AsOf;

    /// <summary>The change claims, those that say the same thing on the same day (from several outlets) together, in claim-set order.</summary>
    private static List<List<Change>> Restatements(ClaimIndex index)
    {
        var groups = new Dictionary<(string, string, ChangeDirection, ChangeMagnitude?, Unit, FuzzyTime, LocalDate?), List<Change>>();
        var order = new List<List<Change>>();
        foreach (var change in index.Changes)
        {
            // A change in the future tense is a plan ('will drop from 5,200 to 3,000 during September'), whatever its dates.
            if (change.Tense == ClaimTense.Future) continue;
            var key = (change.Subject, change.Metric, change.Direction, change.Magnitude, index.Settings.Units.Canonicalize(change.Unit), change.Period, ToldOn(index, change));
            if (!groups.TryGetValue(key, out var group))
            {
                group = [];
                groups.Add(key, group);
                order.Add(group);
            }
            group.Add(change);
        }
        return order;
    }

    /// <summary>
    /// The figures a change is held against: at the end, the latest one starting on or before <paramref name="last"/>;
    /// at the start, the latest one on or before <paramref name="first"/>, else the earliest inside the period.
    /// Neither is a low-trust figure where another candidate exists, a day-precise figure is preferred to a vaguer
    /// one starting the same day, and two reports of the same days are never read as a change.
    /// </summary>
    private static bool TryFindEnds(ClaimIndex index, Series<ObservationEntry> series, LocalDate first, LocalDate last, out ObservationEntry start, out ObservationEntry end)
    {
        start = end = default;
        var items = series.Items;
        var atLast = series.CountStartingOnOrBefore(last);
        var endIndex = Latest(index, items, atLast, except: null);
        if (endIndex < 0) return false;
        end = items[endIndex];
        var atFirst = series.CountStartingOnOrBefore(first);
        var startIndex = atFirst > 0 ? Latest(index, items, Math.Min(atFirst, endIndex + 1), end.Claim.Time) : Earliest(index, items, endIndex, end.Claim.Time);
        if (startIndex < 0 || startIndex == endIndex) return false;
        start = items[startIndex];
        return true;
    }

    private static int Latest(ClaimIndex index, ImmutableArray<ObservationEntry> items, int count, FuzzyTime? except)
    {
        int chosen = -1, lowTrust = -1;
        for (var i = count - 1; i >= 0 && chosen < 0; i--)
        {
            if (except is { } time && items[i].Claim.Time.CoversSameDaysAs(time)) continue;
            if (!IsLowTrust(index, items[i])) chosen = i;
            else if (lowTrust < 0) lowTrust = i;
        }
        if (chosen < 0) return lowTrust;
        for (var i = chosen - 1; i >= 0 && items[i].FirstDay == items[chosen].FirstDay; i--)
        {
            if (items[chosen].Claim.Time.Precision == TimePrecision.Day) break;
            if (items[i].Claim.Time.Precision == TimePrecision.Day && !IsLowTrust(index, items[i]) && !(except is { } time && items[i].Claim.Time.CoversSameDaysAs(time))) return i;
        }
        return chosen;
    }

    private static int Earliest(ClaimIndex index, ImmutableArray<ObservationEntry> items, int before, FuzzyTime except)
    {
        var lowTrust = -1;
        for (var i = 0; i < before; i++)
        {
            if (items[i].Claim.Time.CoversSameDaysAs(except)) continue;
            if (!IsLowTrust(index, items[i])) return i;
            if (lowTrust < 0) lowTrust = i;
        }
        return lowTrust;
    }

    private static bool IsLowTrust(ClaimIndex index, ObservationEntry entry) => index.SourceOf(entry.Claim)?.Trust == SourceTrust.Low;

    private static void Evaluate(RuleContext context, List<Change> restated, double changeScale, ObservationEntry start, ObservationEntry end)
    {
        var change = restated[0];
        // In the unit of the starting figure, when the figures' units convert.
        var from = start.Claim.Value.Representative;
        var to = StatedUnit.Convert(end.Claim.Value.Representative, end.Scale, start.Scale);
        var delta = Numbers.Difference(to, from);
        var certainlyUp = end.Interval.IsEntirelyAbove(start.Interval);
        var certainlyDown = start.Interval.IsEntirelyAbove(end.Interval);
        FindingDescriptor? descriptor = null;
        FindingArgument[] more = [];
        switch (change.Direction)
        {
            case ChangeDirection.Increase when delta <= 0:
                descriptor = certainlyDown ? Contradicted : NotBorneOut;
                break;
            case ChangeDirection.Decrease when delta >= 0:
                descriptor = certainlyUp ? Contradicted : NotBorneOut;
                break;
            case ChangeDirection.Unchanged when certainlyUp || certainlyDown:
                descriptor = Contradicted;
                break;
            case ChangeDirection.Increase or ChangeDirection.Decrease when change.Magnitude is { } magnitude:
                (descriptor, more) = MagnitudeShortfall(context.Settings, magnitude, change.Metric, from, Math.Abs(delta), changeScale, start.Scale);
                break;
        }
        if (descriptor is null) return;

        // A multiple ("doubled") is held as the ratio of the figures: the message gives it, so the evidence does too.
        FindingArgument[] ratio = change.Magnitude?.Factor is not null && from > 0 ? [FindingArgument.Number("ratio", to / from)] : [];
        context.Report(descriptor, [.. restated.Select(c => c.Id), start.Claim.Id, end.Claim.Id], change.Subject,
        [
            FindingArgument.Text("subject", context.Index.NameOf(change.Subject)),
            FindingArgument.Text("claim", Phrases.Change(change.Direction, change.Magnitude)),
            FindingArgument.Time("period", change.Period),
            FindingArgument.StatedBy("statedBy", restated.Select(c => c.Provenance)),
            FindingArgument.Figure("start", start, from),
            FindingArgument.Figure("end", end, to),
            // Two percentages differ by percentage points, not by a per cent of the first.
            FindingArgument.Shift("change", from, to, start.Claim.Value.IsPercent ? " percentage points" : StatedUnit.Suffix(start.Claim.Unit, start.Scale)),
            .. ratio,
            .. more,
        ]);
    }

    /// <summary>Nothing when the change is as large as claimed; else the finding that says why not, with its arguments.</summary>
    private static (FindingDescriptor? Descriptor, FindingArgument[] More) MagnitudeShortfall(
        CheckSettings settings, ChangeMagnitude magnitude, string metric, double from, double size, double amountScale, double sizeScale)
    {
        if (magnitude.IsSignificant)
        {
            var threshold = (double)settings.SignificantChange * Math.Abs(from);
            return size >= threshold ? (null, []) : (NotSignificant, [FindingArgument.Text("threshold", (settings.SignificantChange * 100m).ToString("0.#", CultureInfo.InvariantCulture))]);
        }
        if (magnitude.Factor is { } factor)
        {
            // "Doubled": the later figure is about twice the first, within the approximate tolerance (±10 % by default).
            if (from <= 0) return (null, []);
            var ratio = (from + (magnitude.ImpliedDirection == ChangeDirection.Increase ? size : -size)) / from;
            return settings.IntervalOf(Quantity.Approximately(factor), "ratio").Contains(ratio) ? (null, []) :
                (NotStatedMultiple, [FindingArgument.Number("times", ratio, isEvidence: false), FindingArgument.Text("stated", magnitude.ToString())]);
        }
        var amount = magnitude.Amount!.Value;
        if (amount.IsPercent)
        {
            var percent = from == 0 ? double.PositiveInfinity : size / Math.Abs(from) * 100;
            return settings.IntervalOf(amount, metric).Contains(percent) ? (null, []) :
                (NotStatedPercent, [FindingArgument.Number("percent", percent, isEvidence: false), FindingArgument.Text("stated", amount.ToString())]);
        }
        return StatedUnit.Convert(settings.IntervalOf(amount, metric), amountScale, sizeScale).Contains(size) ? (null, []) : (NotStatedAmount, [FindingArgument.Text("stated", magnitude.ToString())]);
    }
}
