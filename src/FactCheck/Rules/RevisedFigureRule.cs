using System.Text;
using FactCheck.Checking;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules;

/// <summary>FC013: a figure superseded by a later one for the same time from the same party or outlet, or by one that says it revises it.</summary>
public sealed class RevisedFigureRule : IClaimRule
{
    /// <summary>A figure for one time revised by a later one.</summary>
    public static FindingDescriptor Revised { get; } = new(
        "FC013", "revised", Severity.Info, "A figure was revised by a later report.", "{subject} {time} was revised from {from} to {to}.");

    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC013",
        "RevisedFigure",
        Severity.Info,
        "A figure was revised: a later figure for the same time from the same party or outlet supersedes it.",
        """
        A later figure for the same time (the same days) from the same attribution (compared ignoring case) supersedes
        the earlier one: a government that raises its estimate. So does, for figures no one is named for, a later
        report of the same outlet (the sources' publisher): an outlet that updates its report. Two parties quoted by
        one source are a dispute, and one source giving two figures of its own for one time contradicts itself: both
        stay FC001's. The two are not a
        conflict (FC001 compares only the current figure of each party and source); this finding notes the revision
        so that the earlier figure is not quoted as current.

        'Later' is the source published later, or, within one publication date, the claim that comes later in the
        claim set. An observation may say what it revises with "revises": "<claim id>"; that always wins over the
        order, and a claim that names what it revises, or is named so, is ordered by those words alone. For a
        running total (an entity marked "cumulative") a later figure is an update, not a revision, unless it says it
        revises the other; a fall is FC012. A later figure that agrees with the earlier one within the tolerances (see
        FC001) needs no word and gives no finding unless it names what it revises; restating the same figure never does.

        Example:
          { "id": "a", "kind": "observation", "subject": "flood-damage", "value": "2 billion", "unit": "USD", "time": "2022-08", "source": "s1", "attribution": "ministry" }
          { "id": "b", "kind": "observation", "subject": "flood-damage", "value": "5 billion", "unit": "USD", "time": "2022-08", "source": "s2", "attribution": "ministry" }
        gives
          FC013 info: flood-damage in 2022-08 was revised from 2 billion (ministry, s1) to 5 billion (ministry, s2).
        """)
    {
        Messages = [Revised],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        foreach (var series in index.ObservationSeries.Concat(index.ProjectionSeries))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (index.IsCumulative(series.Key.Subject)) continue;
            foreach (var (earlier, later, changed) in Revisions.Implicit(index, series.Items))
            {
                if (!changed) continue;
                // Figures that agree within the tolerances need no word: only a revision that would have been a conflict is noted.
                if (Figure.Of(earlier).IsComparableWith(Figure.Of(later), context.Settings.Units) && !earlier.Interval.Overlaps(later.Interval))
                {
                    Report(context, earlier.Claim, later.Claim);
                }
            }
        }
        if (!index.HasExplicitRevisions) return;
        foreach (var claim in index.ClaimSet.Claims)
        {
            if (claim is Observation { Revises: { } id } later && index.ClaimSet.FindClaim(id) is Observation earlier) Report(context, earlier, later);
        }
    }

    private static void Report(RuleContext context, Observation earlier, Observation later)
    {
        if (earlier.Value == later.Value && earlier.Unit == later.Unit) return;
        context.Report(Revised, [later.Id, earlier.Id], later.Subject,
            FindingArgument.Text("subject", context.Index.NameOf(later.Subject)),
            FindingArgument.Time("time", later.Time),
            new StatedArgument("from", context.Settings, earlier),
            new StatedArgument("to", context.Settings, later));
    }

    /// <summary>
    /// A figure as FC001 cites it, a unit only when it converts (km, miles), where the number alone would mislead:
    /// <c>5,200 (s1)</c>; its evidence, the figure as stated.
    /// </summary>
    private sealed class StatedArgument(string name, CheckSettings settings, Observation figure) : FindingArgument(name)
    {
        public override void AppendText(StringBuilder text)
        {
            var scale = figure.Value.IsPercent ? 0 : settings.ComparedUnitOf(figure.Unit).Scale;
            text.Append(figure.Value.ToString()).Append(StatedUnit.Suffix(figure.Unit, scale)).Append(' ').Append(Phrases.StatedBy([figure.Provenance]));
        }

        public override void AddEvidence(EvidenceBuilder evidence) => evidence.Add(Name, figure.Value.Representative);
    }
}
