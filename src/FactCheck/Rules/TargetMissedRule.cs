using FactCheck.Checking;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules;

/// <summary>FC003: a figure on or after a target's deadline day lies outside the target.</summary>
public sealed class TargetMissedRule : IClaimRule
{
    /// <summary>A figure on the deadline day misses the target.</summary>
    public static FindingDescriptor OnDeadline { get; } = new(
        "FC003", "onDeadline", Severity.Error, "A figure of the deadline day lies outside the target.",
        "{subject}: {figure} misses {target} by {change}, on the deadline day.");

    /// <summary>A figure after the deadline misses the target.</summary>
    public static FindingDescriptor AfterDeadline { get; } = new(
        "FC003", "afterDeadline", Severity.Error, "A figure after the deadline lies outside the target.",
        "{subject}: {figure} misses {target} by {change}, {daysAfterDeadline} after the deadline.");

    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC003",
        "TargetMissed",
        Severity.Error,
        "An observation that starts on or after a target's deadline day lies outside the target.",
        """
        A target is missed when a figure for the same subject and metric that starts on or after the deadline day
        lies outside it. The deadline day itself counts: 'by Nov 3' must be met on Nov 3, so a figure of Nov 3
        outside the target is a miss, and one of Nov 2 is only a gap (FC002). A target is reported once, against
        the first figure that misses it; a target restated by several sources is one finding naming them all.
        As for FC002, the figure and the target are taken as their words state them, without implied precision:
        3,100 on the deadline day misses a target of 3,000 by 100, while 'about 3,100' meets it.

        Example:
          { "id": "goal", "kind": "target", "subject": "us-troops/iraq", "value": "3,000", "deadline": "2020-09-30" }
          { "id": "oct", "kind": "observation", "subject": "us-troops/iraq", "value": "4,200", "time": "2020-10-15" }
        gives
          FC003 error: us-troops/iraq: 4,200 on 2020-10-15 (unsourced) misses the target 3,000 due 2020-09-30 (unsourced)
          by 1,200, 15 days after the deadline.
        """)
    {
        Messages = [OnDeadline, AfterDeadline],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var targets in context.Index.TargetSeries)
        {
            var observations = context.Index.ObservationsOf(targets.Key.Subject, targets.Key.Metric);
            if (observations.Items.IsEmpty) continue;
            var settings = context.Settings;
            var (highestMin, lowestMax) = observations.SuffixBounds(o => TargetComparison.StatedInterval(settings, o));
            // A target restated by several sources is one finding that names them all, held against the first figure
            // on or after its deadline that misses it: what comes later is the same miss, or a recovery.
            foreach (var restated in Restatements.Of(targets.Items, Figure.Of))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var target = restated[0];
                if (target.Claim.DeadlineDay is not { } deadline) continue;
                var first = observations.CountStartingBefore(deadline);
                if (first == observations.Items.Length) continue;
                // Only when some later figure lies wholly above or below the target are they looked at one by one.
                if (!TargetComparison.StatedInterval(settings, observations.Items[highestMin[first]]).IsEntirelyAbove(target.Interval) &&
                    !target.Interval.IsEntirelyAbove(TargetComparison.StatedInterval(settings, observations.Items[lowestMax[first]])))
                {
                    continue;
                }
                for (var i = first; i < observations.Items.Length; i++)
                {
                    var observation = observations.Items[i];
                    if (!TargetComparison.IsOutside(context.Settings, observation, target)) continue;
                    Report(context, observation, restated, deadline);
                    break;
                }
            }
        }
    }

    private static void Report(RuleContext context, ObservationEntry observation, List<TargetEntry> restated, NodaTime.LocalDate deadline)
    {
        var target = restated[0];
        var shortfall = TargetComparison.NeededChange(observation, target);
        var late = Phrases.DaysBetween(deadline, observation.FirstDay);
        context.Report(late == 0 ? OnDeadline : AfterDeadline, [observation.Claim.Id, .. restated.Select(t => t.Claim.Id)], target.Claim.Subject,
            FindingArgument.Text("subject", context.Index.NameOf(target.Claim.Subject)),
            FindingArgument.Figure("figure", observation),
            FindingArgument.Target("target", restated),
            FindingArgument.ChangeSize("change", shortfall),
            FindingArgument.Days("daysAfterDeadline", late));
    }
}
