using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>FC005: a part's figure exceeds its whole's at overlapping times, or a share claim disagrees with the figures.</summary>
public sealed class PartExceedsWholeRule : IClaimRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC005",
        "PartExceedsWhole",
        Severity.Error,
        "A part's figure exceeds its whole's at overlapping times, or a share claim disagrees with the figures.",
        """
        With a relation { "part": P, "whole": W }, every unit counted in P is counted in W, so P's figure can never
        exceed W's at the same time. The rule compares figures of P and W (same metric) whose times overlap and
        reports an error when the part is certainly larger, after widening both by their tolerance.

        A share claim ('US troops were the bulk of the coalition', 'a third of the budget') is checked against
        the latest figure of its part and the latest of its whole within its time: the ratio of the two, with
        their tolerances, must be able to fall within the stated share. When it cannot, the finding is a warning.

        Example:
          { "part": "us-troops/iraq", "whole": "coalition-troops/iraq" }
          { "id": "us", "kind": "observation", "subject": "us-troops/iraq", "value": "5,200", "time": "late 2018" }
          { "id": "all", "kind": "observation", "subject": "coalition-troops/iraq", "value": "7,500", "time": "late 2018" }
          { "id": "bulk", "kind": "share", "part": "us-troops/iraq", "whole": "coalition-troops/iraq", "value": "a third", "time": "late 2018" }
        gives
          FC005 warning: us-troops/iraq is a third of coalition-troops/iraq in late 2018 (unsourced), but 5,200 in late 2018
          (unsourced) of 7,500 in late 2018 (unsourced) is 69%.
        """);

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        foreach (var relation in index.ClaimSet.Relations.Distinct())
        {
            foreach (var parts in index.ObservationsOf(relation.Part))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var wholes = index.ObservationsOf(relation.Whole, parts.Key.Metric);
                ForEachOverlap(parts, wholes, (part, whole) =>
                {
                    if (!Comparable(context.Settings, part, whole) || !part.Interval.IsEntirelyAbove(whole.Interval)) return;
                    var excess = StatedUnit.Convert(part.Claim.Value.Representative, part.Scale, whole.Scale) - whole.Claim.Value.Representative;
                    context.Report(
                        $"{index.NameOf(relation.Part)}: {Phrases.Figure(part)} exceeds {index.NameOf(relation.Whole)}: {Phrases.Figure(whole)}, of which it is a part.",
                        [part.Claim.Id, whole.Claim.Id], relation.Part, Evidence.Of(("excess", excess)));
                });
            }
        }
        foreach (var share in index.Shares)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            CheckShare(context, share);
        }
    }

    private static void CheckShare(RuleContext context, Share share)
    {
        var index = context.Index;
        var parts = index.ObservationsOf(share.Part, share.Metric);
        var wholes = index.ObservationsOf(share.Whole, share.Metric);
        var p = parts.LatestOverlapping(share.Time.Start, share.Time.End);
        var w = wholes.LatestOverlapping(share.Time.Start, share.Time.End);
        if (p < 0 || w < 0) return;
        var (part, whole) = (parts.Items[p], wholes.Items[w]);
        if (part.Claim.Value.IsPercent || whole.Claim.Value.IsPercent || !Comparable(context.Settings, part, whole) || !(whole.Interval.Min > 0)) return;
        var ratio = ValueInterval.Create(
            Math.Max(0, part.Interval.Min) / whole.Interval.Max * 100, part.Interval.MinInclusive && whole.Interval.MaxInclusive,
            part.Interval.Max / whole.Interval.Min * 100, part.Interval.MaxInclusive && whole.Interval.MinInclusive);
        if (ratio.Overlaps(context.Settings.IntervalOf(share.Value, "percent"))) return;
        var nominal = StatedUnit.Convert(part.Claim.Value.Representative, part.Scale, whole.Scale) / whole.Claim.Value.Representative * 100;
        context.Report(
            $"{index.NameOf(share.Part)} is {share.Value} of {index.NameOf(share.Whole)} {Phrases.Time(share.Time)} ({share.Provenance}), " +
            $"but {Phrases.Figure(part)} of {Phrases.Figure(whole)} is {NumberText.Rounded(nominal)}%.",
            [share.Id, part.Claim.Id, whole.Claim.Id], share.Part,
            Evidence.Of(("sharePercent", NumberText.OneDecimal(nominal)), ("ratioMin", NumberText.OneDecimal(ratio.Min)), ("ratioMax", NumberText.OneDecimal(ratio.Max))),
            Severity.Warning);
    }

    private static bool Comparable(CheckSettings settings, ObservationEntry part, ObservationEntry whole) =>
        settings.Units.AreCompatible(part.Unit, whole.Unit) && part.Claim.Value.IsPercent == whole.Claim.Value.IsPercent;

    /// <summary>Every (part, whole) pair whose times overlap: a merge of two time-sorted series.</summary>
    private static void ForEachOverlap(Series<ObservationEntry> parts, Series<ObservationEntry> wholes, Action<ObservationEntry, ObservationEntry> pair)
    {
        var first = 0;
        foreach (var part in parts.Items)
        {
            // Parts come in order of first day, so a whole that ended before this part began can meet no later part.
            while (first < wholes.Items.Length && wholes.Items[first].LastDay < part.FirstDay) first++;
            for (var i = first; i < wholes.Items.Length && wholes.Items[i].FirstDay <= part.LastDay; i++)
            {
                if (wholes.Items[i].LastDay >= part.FirstDay) pair(part, wholes.Items[i]);
            }
        }
    }
}
