using System.Collections.Immutable;
using FactCheck.Checking;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules;

/// <summary>FC011: two targets for one subject with overlapping deadlines (or both open-ended) cannot both be met.</summary>
public sealed class ConflictingTargetsRule : IClaimRule
{
    /// <summary>Two targets that cannot both be met.</summary>
    public static FindingDescriptor Two { get; } = new(
        "FC011", "two", Severity.Warning, "Two targets for overlapping deadlines cannot both be met.", "{subject}: {first} and {second} cannot both be met: {difference}.");

    /// <summary>Several targets for one deadline that cannot all be met.</summary>
    public static FindingDescriptor Several { get; } = new(
        "FC011", "several", Severity.Warning, "Several targets for one deadline cannot all be met.", "{subject}: {targets} cannot all be met.");

    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC011",
        "ConflictingTargets",
        Severity.Warning,
        "Targets for one subject with overlapping deadlines (or all open-ended) have values that cannot all be met.",
        """
        Two targets of the same subject and metric whose deadlines share a day, or that are both open-ended, must
        be reachable by one figure: their value intervals must overlap. 'Under 5,000' and '4,000–5,000' can both be
        met; 'under 4,000' and '4,000–5,000' cannot. A dated and an open-ended target are not compared. A target
        restated by several sources is one statement, named once with all its sources; the targets for one deadline
        that cannot all be met are one finding. Targets
        are goals and are taken as their words state them, without the rounding room of implied precision. The
        message says how two targets differ, and says so when they are a factor of about a thousand or a million
        apart ('billion or trillion?').

        Example:
          { "id": "t1", "kind": "target", "subject": "us-troops/afghanistan", "value": "under 4,000", "deadline": "2020-11-03" }
          { "id": "t2", "kind": "target", "subject": "us-troops/afghanistan", "value": "4,000-5,000", "deadline": "2020-11-03" }
        gives
          FC011 warning: us-troops/afghanistan: the target <4,000 due 2020-11-03 (unsourced) and the target 4,000–5,000 due
          2020-11-03 (unsourced) cannot both be met: they meet at 4,000, one under it and the other at or over.
        """)
    {
        Messages = [Two, Several],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var conflicts = new FigureConflicts(context.Settings.Units);
        List<ImmutableArray<TargetEntry>> parts = [];
        foreach (var series in context.Index.TargetSeries)
        {
            var subject = series.Key.Subject;
            void Report(IReadOnlyList<Statement> statements)
            {
                var name = FindingArgument.Text("subject", context.Index.NameOf(subject));
                if (statements.Count == 2)
                {
                    var difference = FigureDifference.Between(statements[0].Lead, statements[1].Lead);
                    context.Report(Two, statements.SelectMany(s => s.Ids), subject,
                        name, FindingArgument.Statement("first", statements[0]), FindingArgument.Statement("second", statements[1]), FindingArgument.Difference("difference", difference));
                    return;
                }
                context.Report(Several, statements.SelectMany(s => s.Ids), subject, name, FindingArgument.List("targets", statements.Select(Phrases.Statement)));
            }
            // A dated and an open-ended target are not compared: the one may be a step on the way to the other.
            // Nor are targets that count on different bases (see FC014).
            Bases.Partition(context.Index, series.Items, parts);
            foreach (var part in parts)
            {
                var dated = part.Where(t => t.Claim.Deadline is not null).ToImmutableArray();
                var open = part.Where(t => t.Claim.Deadline is null).ToImmutableArray();
                conflicts.Run(dated, Figure.Of, static e => e.Interval, Report, (earlier, later) => Report([earlier, later]), context.CancellationToken);
                conflicts.Run(open, Figure.Of, static e => e.Interval, Report, (earlier, later) => Report([earlier, later]), context.CancellationToken);
            }
        }
    }
}
