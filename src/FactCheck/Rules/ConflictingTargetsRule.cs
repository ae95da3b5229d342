using System.Collections.Immutable;
using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>FC011: two targets for one subject with overlapping deadlines (or both open-ended) cannot both be met.</summary>
public sealed class ConflictingTargetsRule : IClaimRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC011",
        "ConflictingTargets",
        Severity.Warning,
        "Two targets for one subject with overlapping deadlines (or both open-ended) have values that cannot both be met.",
        """
        Two targets of the same subject and metric whose deadlines share a day, or that are both open-ended, must
        be reachable by one figure: their value intervals must overlap. 'Under 5,000' and '4,000–5,000' can both be
        met; 'under 4,000' and '4,000–5,000' cannot. A dated and an open-ended target are not compared.

        Example:
          { "id": "t1", "kind": "target", "subject": "us-troops/afghanistan", "value": "under 4,000", "deadline": "2020-11-03" }
          { "id": "t2", "kind": "target", "subject": "us-troops/afghanistan", "value": "4,000-5,000", "deadline": "2020-11-03" }
        gives
          FC011 warning: us-troops/afghanistan: the target <4,000 due 2020-11-03 (unsourced) and the target 4,000–5,000 due
          2020-11-03 (unsourced) cannot both be met.
        """);

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var series in context.Index.TargetSeries)
        {
            var dated = series.Items.Where(t => t.Claim.Deadline is not null).ToImmutableArray();
            var open = series.Items.Where(t => t.Claim.Deadline is null).ToImmutableArray();
            void Check(TargetEntry first, TargetEntry second)
            {
                if (!context.Settings.Units.AreCompatible(first.Unit, second.Unit) || first.Claim.Value.IsPercent != second.Claim.Value.IsPercent) return;
                if (first.Interval.Overlaps(second.Interval)) return;
                context.Report(
                    $"{context.Index.NameOf(series.Key.Subject)}: {Phrases.Target(first)} and {Phrases.Target(second)} cannot both be met.",
                    [first.Claim.Id, second.Claim.Id], series.Key.Subject);
            }
            OverlapSweep.ForEachOverlappingPair(dated, Check, context.CancellationToken);
            OverlapSweep.ForEachOverlappingPair(open, Check, context.CancellationToken);
        }
    }
}
