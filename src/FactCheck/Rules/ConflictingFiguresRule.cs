using System.Globalization;
using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>FC001: figures of one subject and metric at overlapping times that cannot all be true.</summary>
public sealed class ConflictingFiguresRule : IClaimRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC001",
        "ConflictingFigures",
        Severity.Error,
        "Observations of one subject and metric whose times overlap have values that cannot all be true.",
        """
        Two figures for the same subject and metric conflict when their times share at least one day and their
        value intervals are disjoint. Vague figures are widened first: 'about 5,200' stands for ±10 %, and a round
        figure such as '3,000' for everything that rounds to it ([2,500, 3,500]), a percentage for what rounds to
        its last digit ('34%' is [33.5, 34.5]), and a bound gets the rounding room of its figure ('more than 3,000'
        is (2,500, ∞)). So 'about 5,200' and '5,000' agree, while '5,200' and '3,000' on one day do not.

        The message says how the two differ, exactly and in the scale they were stated in; figures that meet at a
        bound ('nearly 3 million' and 'more than 3 million') are one under and one over, and figures a factor of
        about a thousand or a million apart ask whether a scale word slipped ('billion or trillion?').

        Claims that restate one figure for the same time (the same value as stated, the same unit) count as one
        statement, however many sources make it, and the finding names them all. The figures for one time that
        cannot all be true are one finding, however many there are. A figure for a different but overlapping time
        ('2020-09' against '2020-09-09') is compared with the nearest earlier figure above it and the nearest below.

        The finding is an error when both times are the same interval (the same day, or the same month stated
        at month precision), and a warning when the times merely overlap. When one claim comes from a reference
        source, the other is named as the likely error. When every figure is attributed to a named party and no
        party gives two of them (police and organisers; a company and a regulator), the figure is disputed: the
        finding is an info, and both figures should be kept, each attributed.

        Example:
          { "id": "a", "kind": "observation", "subject": "us-troops/iraq", "value": "5,200", "time": "2020-09-09" }
          { "id": "b", "kind": "observation", "subject": "us-troops/iraq", "value": "3,000", "time": "2020-09-09" }
        gives
          FC001 error: us-troops/iraq: 5,200 on 2020-09-09 (unsourced) and 3,000 on 2020-09-09 (unsourced) cannot both be true: they differ by 2,200.
        """);

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var conflicts = new FigureConflicts(context.Settings.Units);
        // Forecasts are held against each other, never against the figures they forecast (that is FC015's).
        foreach (var series in context.Index.ObservationSeries.Concat(context.Index.ProjectionSeries))
        {
            var subject = series.Key.Subject;
            // Running totals may rise from report to report; a fall is FC012's.
            if (context.Index.IsCumulative(subject)) continue;
            // Superseded figures are FC013's, and figures on different bases FC014's.
            foreach (var part in Bases.Partition(Revisions.Current(context.Index, series.Items, cumulative: false)))
            {
                conflicts.Run(
                    part,
                    Figure.Of,
                    statements => Report(context, subject, statements, Severity.Error),
                    (earlier, later) => Report(context, subject, [earlier, later], Severity.Warning),
                    context.CancellationToken);
            }
        }
    }

    private static void Report(RuleContext context, string subject, IReadOnlyList<Statement> statements, Severity severity)
    {
        var disputed = Disputes.AreDisputed(statements);
        if (disputed) severity = Severity.Info;
        if (statements.Count == 2)
        {
            ReportPair(context, subject, statements[0], statements[1], severity, disputed);
            return;
        }
        // Compared in the first figure's unit, when the figures' units convert.
        var first = statements[0].Lead;
        var lowest = statements.MinBy(s => s.Lead.RepresentativeIn(first))!;
        var highest = statements.MaxBy(s => s.Lead.RepresentativeIn(first))!;
        var figures = statements.Select(s => $"{s.Lead.Value}{s.Lead.UnitSuffix} {Phrases.StatedBy(s)}").ToList();
        var time = Phrases.Time(((Observation)statements[0].Lead.Claim).Time);
        var message = string.Create(CultureInfo.InvariantCulture,
            $"{context.Index.NameOf(subject)}: {statements.Count} figures {time} cannot all be true: {Phrases.List(figures)}; they range from {lowest.Lead.Value}{lowest.Lead.UnitSuffix} to {highest.Lead.Value}{highest.Lead.UnitSuffix}.");
        if (disputed) message += Disputes.Advice;
        context.Report(message, statements.SelectMany(s => s.Ids), subject,
            Evidence.Of(("figures", statements.Count), ("lowest", lowest.Lead.RepresentativeIn(first)), ("highest", highest.Lead.RepresentativeIn(first))), severity);
    }

    private static void ReportPair(RuleContext context, string subject, Statement first, Statement second, Severity severity, bool disputed)
    {
        var index = context.Index;
        var firstIsReference = IsReference(index, first);
        var secondIsReference = IsReference(index, second);
        var (a, b) = (first.Lead, second.Lead);
        var difference = FigureDifference.Between(a, b);
        var message = $"{index.NameOf(subject)}: {Phrases.Statement(first)} and {Phrases.Statement(second)} cannot both be true: {difference.Phrase}.";
        var ids = first.Ids.Concat(second.Ids);
        if (firstIsReference != secondIsReference)
        {
            var (suspect, reference) = firstIsReference ? (second, first) : (first, second);
            message += $" {reference.Lead.Claim.SourceId} is a reference source, so {suspect.Lead.Claim.Id} is the likely error.";
            ids = suspect.Ids.Concat(reference.Ids);
        }
        if (disputed) message += Disputes.Advice;
        var gap = a.Interval.IsEntirelyAbove(b.Interval) ? NumberText.Difference(a.Interval.Min, b.Interval.Max) : NumberText.Difference(b.Interval.Min, a.Interval.Max);
        // Intervals of convertible units are in the base unit (metres); the evidence is in the first figure's unit.
        if (a.Scale > 0) gap = StatedUnit.Convert(gap, 1, a.Scale);
        context.Report(message, ids, subject, difference.Evidence(("gap", gap)), severity);
    }

    private static bool IsReference(ClaimIndex index, Statement statement) =>
        statement.Claims.Any(c => index.SourceOf(c.Claim)?.Trust == SourceTrust.Reference);
}
