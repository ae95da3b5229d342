using FactCheck.Checking;
using FactCheck.Rules;
using FactCheck.Rules.Authoring;

namespace FactCheck.Tests.Rules.Authoring;

/// <summary>
/// A newsroom's own rule, written as a user writes one: FC002's check under another id, with the public
/// authoring kit only. <see cref="PublicApiRuleTests"/> compiles this file against the library without access to its
/// internals, and checks that it gives FC002's messages and evidence.
/// </summary>
public sealed class NewsTargetGapRule : IClaimRule
{
    /// <summary>A target with a deadline that the latest figure before it does not meet.</summary>
    public static FindingDescriptor Gap { get; } = new(
        "NEWS102", "gap", Severity.Warning, "The latest figure before a target's deadline is outside the target.",
        "{subject}: {figure} is outside {target}: {change} is needed in {daysLeft}, {perDay}.");

    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "NEWS102",
        "NewsTargetGap",
        Severity.Warning,
        "The latest figure before a target's deadline lies outside it.",
        "As FC002, for dated targets only.")
    {
        Messages = [Gap],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var targets in context.Index.TargetSeries)
        {
            var observations = context.Index.ObservationsOf(targets.Key.Subject, targets.Key.Metric);
            foreach (var restated in Restatements.Of(targets.Items, Figure.Of))
            {
                var target = restated[0];
                if (target.Claim.DeadlineDay is not { } deadline) continue;
                var before = observations.CountStartingBefore(deadline);
                if (before == 0) continue;
                var latest = observations.Items[before - 1];
                if (!TargetComparison.IsOutside(context.Settings, latest, target)) continue;
                // Settled targets (a figure on or after the deadline) are FC003's; this rule, like FC002, leaves them.
                var settled = false;
                for (var i = before; i < observations.Items.Length && !settled; i++) settled = TargetComparison.Comparable(context.Settings, observations.Items[i], target);
                if (settled) continue;
                var change = TargetComparison.NeededChange(latest, target);
                var days = Phrases.DaysBetween(latest.FirstDay, deadline);
                context.Report(Gap, [latest.Claim.Id, .. restated.Select(t => t.Claim.Id)], target.Claim.Subject,
                    FindingArgument.Text("subject", context.Index.NameOf(target.Claim.Subject)),
                    FindingArgument.Figure("figure", latest),
                    FindingArgument.Target("target", restated),
                    FindingArgument.Change("change", change),
                    FindingArgument.Days("daysLeft", days),
                    FindingArgument.Rate("perDay", change, days));
            }
        }
    }
}
