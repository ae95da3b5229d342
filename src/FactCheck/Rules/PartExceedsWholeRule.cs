using FactCheck.Checking;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules;

/// <summary>FC005: a part's figure exceeds its whole's at overlapping times, or a share claim disagrees with the figures.</summary>
public sealed class PartExceedsWholeRule : IClaimRule
{
    /// <summary>A part's figure exceeds its whole's.</summary>
    public static FindingDescriptor Exceeds { get; } = new(
        "FC005", "exceeds", Severity.Error, "A part's figure exceeds its whole's at an overlapping time.",
        "{part}: {figure} exceeds {whole}: {wholeFigure}, of which it is a part.");

    /// <summary>A share claim the figures cannot bear out.</summary>
    public static FindingDescriptor ShareDisagrees { get; } = new(
        "FC005", "shareDisagrees", Severity.Warning, "A share claim disagrees with the figures of its part and whole.",
        "{part} is {share} of {whole} {time} {statedBy}, but {partFigure} of {wholeFigure} is {sharePercent}%.");

    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC005",
        "PartExceedsWhole",
        Severity.Error,
        "A part's figure exceeds its whole's at overlapping times, or a share claim disagrees with the figures.",
        """
        With a relation { "part": P, "whole": W }, every unit counted in P is counted in W, so P's figure can never
        exceed W's at the same time. The rule compares figures of P and W (same metric) whose times overlap and
        reports an error when the part is certainly larger, after widening both by their tolerance. Each part of a
        relation that lists several ({ "whole": W, "parts": [...] }) is such a part too; their sum is FC016's.

        A share claim ('US troops were the bulk of the coalition', 'a third of the budget') is checked against
        the latest figure of its part and the latest of its whole within its time (for the whole, the latest one
        on or before its time when none falls inside it): the ratio of the two, with
        their tolerances, must be able to fall within the stated share. When it cannot, the finding is a warning.
        A stated percentage stands for what rounds to it ('19%' is [18.5, 19.5]); the ratio in the message has the
        decimals it needs to differ from the share stated (18.4%, never a rounded 18%).

        Example:
          { "part": "us-troops/iraq", "whole": "coalition-troops/iraq" }
          { "id": "us", "kind": "observation", "subject": "us-troops/iraq", "value": "5,200", "time": "late 2018" }
          { "id": "all", "kind": "observation", "subject": "coalition-troops/iraq", "value": "7,500", "time": "late 2018" }
          { "id": "bulk", "kind": "share", "part": "us-troops/iraq", "whole": "coalition-troops/iraq", "value": "a third", "time": "late 2018" }
        gives
          FC005 warning: us-troops/iraq is a third of coalition-troops/iraq in late 2018 (unsourced), but 5,200 in late 2018
          (unsourced) of 7,500 in late 2018 (unsourced) is 69%.
        """)
    {
        Messages = [Exceeds, ShareDisagrees],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        // Every part of every relation, once: a part listed with others is still a part on its own.
        foreach (var relation in index.ClaimSet.Relations.SelectMany(r => r.Parts.Select(p => (Part: p, r.Whole))).Distinct())
        {
            foreach (var parts in index.ObservationsOf(relation.Part))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var wholes = index.ObservationsOf(relation.Whole, parts.Key.Metric);
                // Each part figure is reported against one whole figure it exceeds, the latest; a part figure restated
                // by several outlets is one finding naming them all.
                var excesses = new Dictionary<(Quantity, FuzzyTime, int), List<ObservationEntry>>();
                var order = new List<(List<ObservationEntry> Parts, ObservationEntry Whole)>();
                ForEachOverlap(parts, wholes, (part, whole) =>
                {
                    if (!WholeComparison.Comparable(context.Settings, part, whole) || !part.Interval.IsEntirelyAbove(whole.Interval)) return false;
                    if (!excesses.TryGetValue((part.Claim.Value, part.Claim.Time, whole.Order), out var restated))
                    {
                        restated = [];
                        excesses.Add((part.Claim.Value, part.Claim.Time, whole.Order), restated);
                        order.Add((restated, whole));
                    }
                    restated.Add(part);
                    return true;
                });
                foreach (var (restated, whole) in order)
                {
                    var part = restated[0];
                    var excess = Numbers.Difference(StatedUnit.Convert(part.Claim.Value.Representative, part.Scale, whole.Scale), whole.Claim.Value.Representative);
                    context.Report(Exceeds, [.. restated.Select(p => p.Claim.Id), whole.Claim.Id], relation.Part,
                        FindingArgument.Text("part", index.NameOf(relation.Part)),
                        FindingArgument.Statement("figure", new Statement([.. restated.Select(Figure.Of)])),
                        FindingArgument.Text("whole", index.NameOf(relation.Whole)),
                        FindingArgument.Figure("wholeFigure", whole),
                        FindingArgument.Number("excess", excess));
                }
            }
        }
        // A share restated by several outlets is checked once and named with all of them.
        foreach (var restated in index.Shares.GroupBy(s => (s.Part, s.Whole, s.Metric, s.Value, s.Time)))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            CheckShare(context, [.. restated]);
        }
    }

    private static void CheckShare(RuleContext context, List<Share> restated)
    {
        var share = restated[0];
        var index = context.Index;
        var parts = index.ObservationsOf(share.Part, share.Metric);
        var wholes = index.ObservationsOf(share.Whole, share.Metric);
        var p = parts.LatestOverlapping(share.Time.Start, share.Time.End);
        var w = wholes.LatestOverlapping(share.Time.Start, share.Time.End);
        // A whole is counted less often than its parts ('a third of the 7,500-strong coalition'): with no figure
        // of the whole inside the share's time, the latest one before it stands.
        if (w < 0) w = wholes.CountStartingBefore(share.Time.Start) - 1;
        if (p < 0 || w < 0) return;
        var (part, whole) = (parts.Items[p], wholes.Items[w]);
        if (part.Claim.Value.IsPercent || whole.Claim.Value.IsPercent || !WholeComparison.Comparable(context.Settings, part, whole) || !(whole.Interval.Min > 0)) return;
        if (Bases.Differ(share.Basis, part.Claim.Basis) || Bases.Differ(share.Basis, whole.Claim.Basis)) return;
        var ratio = ValueInterval.Create(
            Math.Max(0, part.Interval.Min) / whole.Interval.Max * 100, part.Interval.MinInclusive && whole.Interval.MaxInclusive,
            // A part figure below zero (a net change, a typo) makes no share; clamping keeps the interval the right way round.
            Math.Max(0, part.Interval.Max) / whole.Interval.Min * 100, part.Interval.MaxInclusive && whole.Interval.MinInclusive);
        var stated = context.Settings.IntervalOf(share.Value, "percent");
        if (ratio.Overlaps(stated)) return;
        // Written with the decimals it takes to differ from the share stated: 121 of 650 against 19% is 18.6%, not 19%.
        var nominal = StatedUnit.Convert(part.Claim.Value.Representative, part.Scale, whole.Scale) / whole.Claim.Value.Representative * 100;
        context.Report(ShareDisagrees, [.. restated.Select(s => s.Id), part.Claim.Id, whole.Claim.Id], share.Part,
            FindingArgument.Text("part", index.NameOf(share.Part)),
            FindingArgument.Text("share", share.Value.ToString()),
            FindingArgument.Text("whole", index.NameOf(share.Whole)),
            FindingArgument.Time("time", share.Time),
            FindingArgument.StatedBy("statedBy", restated.Select(s => s.Provenance)),
            FindingArgument.Figure("partFigure", part),
            FindingArgument.Figure("wholeFigure", whole),
            FindingArgument.Percent("sharePercent", nominal, stated),
            FindingArgument.Range("ratio", ratio));
    }


    /// <summary>
    /// For each part, the wholes whose times overlap it, latest first, until <paramref name="pair"/> returns true: a
    /// merge of two time-sorted series.
    /// </summary>
    private static void ForEachOverlap(Series<ObservationEntry> parts, Series<ObservationEntry> wholes, Func<ObservationEntry, ObservationEntry, bool> pair)
    {
        if (wholes.Items.IsEmpty) return;
        // The lowest upper bound among the wholes from a point on: when even it is not below a part, no whole there
        // can be exceeded, and the part costs one comparison instead of a scan.
        var lowestMax = wholes.SuffixBounds(static w => w.Interval).LowestMax;
        var first = 0;
        foreach (var part in parts.Items)
        {
            // Parts come in order of first day, so a whole that ended before this part began can meet no later part.
            while (first < wholes.Items.Length && wholes.Items[first].LastDay < part.FirstDay) first++;
            if (first == wholes.Items.Length) break;
            if (!part.Interval.IsEntirelyAbove(wholes.Items[lowestMax[first]].Interval)) continue;
            var end = first;
            while (end < wholes.Items.Length && wholes.Items[end].FirstDay <= part.LastDay) end++;
            for (var i = end - 1; i >= first; i--)
            {
                if (wholes.Items[i].LastDay >= part.FirstDay && pair(part, wholes.Items[i])) break;
            }
        }
    }
}
