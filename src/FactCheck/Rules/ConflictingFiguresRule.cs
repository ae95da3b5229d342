using System.Collections.Immutable;
using FactCheck.Checking;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules;

/// <summary>FC001: figures of one subject and metric at overlapping times that cannot all be true.</summary>
public sealed class ConflictingFiguresRule : IClaimRule
{
    private const string Pair = "{subject}: {first} and {second} cannot both be true: {difference}.";
    private const string All = "{subject}: {figures} figures {time} cannot all be true: {list}; they range from {lowest} to {highest}.";
    private const string AgainstReference = " {reference} is a reference source, so {suspect} is the likely error.";

    /// <summary>Two figures for the same time.</summary>
    public static FindingDescriptor SameTime { get; } = new("FC001", "sameTime", Severity.Error, "Two figures for the same time cannot both be true.", Pair);

    /// <summary>Three or more figures for the same time.</summary>
    public static FindingDescriptor SameTimeAll { get; } = new("FC001", "sameTimeAll", Severity.Error, "Several figures for the same time cannot all be true.", All);

    /// <summary>Two figures for the same time, one from a reference source.</summary>
    public static FindingDescriptor SameTimeAgainstReference { get; } = new(
        "FC001", "sameTimeAgainstReference", Severity.Error, "A figure for the same time as a reference source's cannot be true.", Pair + AgainstReference);

    /// <summary>Two figures for different but overlapping times.</summary>
    public static FindingDescriptor Overlapping { get; } = new(
        "FC001", "overlapping", Severity.Warning, "Two figures for overlapping times cannot both be true.", Pair);

    /// <summary>Two figures for overlapping times, one from a reference source.</summary>
    public static FindingDescriptor OverlappingAgainstReference { get; } = new(
        "FC001", "overlappingAgainstReference", Severity.Warning, "A figure for a time overlapping a reference source's cannot be true.", Pair + AgainstReference);

    /// <summary>Two figures given by different parties.</summary>
    public static FindingDescriptor Disputed { get; } = new(
        "FC001", "disputed", Severity.Info, "Two figures given by different parties are disputed.", Pair + Disputes.Advice);

    /// <summary>Two figures given by different parties, one of them a reference source.</summary>
    public static FindingDescriptor DisputedAgainstReference { get; } = new(
        "FC001", "disputedAgainstReference", Severity.Info, "A figure disputed with a reference source.", Pair + AgainstReference + Disputes.Advice);

    /// <summary>Several figures for the same time, each given by a different party.</summary>
    public static FindingDescriptor DisputedAll { get; } = new(
        "FC001", "disputedAll", Severity.Info, "Several figures given by different parties are disputed.", All + Disputes.Advice);

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
        """)
    {
        Messages = [SameTime, SameTimeAll, SameTimeAgainstReference, Overlapping, OverlappingAgainstReference, Disputed, DisputedAgainstReference, DisputedAll],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Forecasts are held against each other, never against the figures they forecast (that is FC015's).
        // Series are independent of each other: on a large set they are analysed on every core the check may use.
        // An array, which InParallel takes as it is (a collection expression made for IReadOnlyList would be copied again).
        Series<ObservationEntry>[] allSeries = [.. context.Index.ObservationSeries, .. context.Index.ProjectionSeries];
        context.InParallel(allSeries, static (run, seriesRun) =>
        {
            var conflicts = new FigureConflicts(run.Settings.Units);
            var reporter = new SeriesReporter(run);
            List<ImmutableArray<ObservationEntry>> parts = [];
            foreach (var series in seriesRun.Span)
            {
                // Running totals may rise from report to report; a fall is FC012's.
                if (run.Index.IsCumulative(series.Key.Subject)) continue;
                reporter.Subject = series.Key.Subject;
                // Superseded figures are FC013's, and figures on different bases FC014's.
                Bases.Partition(run.Index, Revisions.Current(run.Index, series.Items, cumulative: false), parts);
                foreach (var part in parts) reporter.Run(conflicts, part);
            }
        });
    }

    /// <summary>
    /// Reports the conflicts of one series after another, for the subject set last. Its callbacks are made once for a
    /// run of series: made for each series, with the subject they report, they and a list of the series' parts were some
    /// 40 % of what the rule allocated beyond the index on a million figures in 40,000 series (benchmarks/README.md,
    /// thirtieth pass).
    /// </summary>
    private sealed class SeriesReporter
    {
        private readonly RuleContext context;
        private readonly Action<IReadOnlyList<Statement>> sameDays;
        private readonly Action<Statement, Statement> overlapping;

        // The two statements of an overlapping pair, handed on as a list without one being made for every pair.
        private readonly Statement[] pair = new Statement[2];

        internal SeriesReporter(RuleContext context)
        {
            this.context = context;
            sameDays = ReportSameDays;
            overlapping = ReportOverlapping;
        }

        /// <summary>The subject of the series run next.</summary>
        internal string Subject { get; set; } = string.Empty;

        internal void Run(FigureConflicts conflicts, ImmutableArray<ObservationEntry> part) =>
            conflicts.Run(part, Figure.Of, static e => e.Interval, sameDays, overlapping, context.CancellationToken);

        private void ReportSameDays(IReadOnlyList<Statement> statements) => Report(context, Subject, statements, sameTime: true);

        private void ReportOverlapping(Statement earlier, Statement later)
        {
            (pair[0], pair[1]) = (earlier, later);
            Report(context, Subject, pair, sameTime: false);
        }
    }

    private static void Report(RuleContext context, string subject, IReadOnlyList<Statement> statements, bool sameTime)
    {
        var disputed = Disputes.AreDisputed(statements);
        var name = FindingArgument.Text("subject", context.Index.NameOf(subject));
        if (statements.Count == 2) ReportPair(context, subject, name, statements[0], statements[1], sameTime, disputed);
        else ReportAll(context, subject, name, statements, disputed);
    }

    // A method of its own: the lambdas below capture the first figure, and a closure is made on entry to the method
    // that declares what it captures, so in Report it would be made for every pair as well.
    private static void ReportAll(RuleContext context, string subject, FindingArgument name, IReadOnlyList<Statement> statements, bool disputed)
    {
        // Compared in the first figure's unit, when the figures' units convert.
        var first = statements[0].Lead;
        var lowest = statements.MinBy(s => s.Lead.RepresentativeIn(first))!;
        var highest = statements.MaxBy(s => s.Lead.RepresentativeIn(first))!;
        context.Report(disputed ? DisputedAll : SameTimeAll, statements.SelectMany(s => s.Ids), subject,
            name,
            FindingArgument.Count("figures", statements.Count),
            FindingArgument.Time("time", ((Observation)first.Claim).Time),
            FindingArgument.List("list", statements.Select(s => $"{s.Lead.Value}{s.Lead.UnitSuffix} {Phrases.StatedBy(s)}")),
            FindingArgument.Value("lowest", lowest.Lead, first),
            FindingArgument.Value("highest", highest.Lead, first));
    }

    private static void ReportPair(RuleContext context, string subject, FindingArgument name, Statement first, Statement second, bool sameTime, bool disputed)
    {
        var index = context.Index;
        var firstIsReference = IsReference(index, first);
        var secondIsReference = IsReference(index, second);
        var difference = FindingArgument.Difference("difference", FigureDifference.Between(first.Lead, second.Lead), withGap: true);
        var (statedFirst, statedSecond) = (FindingArgument.Statement("first", first), FindingArgument.Statement("second", second));
        // The claims in the finding: against a reference source, the suspect's first. Most pairs are one claim each,
        // listed on the stack.
        var (lead, other) = firstIsReference && !secondIsReference ? (second, first) : (first, second);
        Span<string> pair = [lead.Lead.Claim.Id, other.Lead.Claim.Id];
        ReadOnlySpan<string> ids = lead.Claims.Length == 1 && other.Claims.Length == 1 ? pair : [.. lead.Ids, .. other.Ids];
        if (firstIsReference == secondIsReference)
        {
            context.Report(disputed ? Disputed : sameTime ? SameTime : Overlapping, ids, subject, name, statedFirst, statedSecond, difference);
            return;
        }
        var withReference = disputed ? DisputedAgainstReference : sameTime ? SameTimeAgainstReference : OverlappingAgainstReference;
        context.Report(withReference, ids, subject, name, statedFirst, statedSecond, difference,
            FindingArgument.Text("reference", other.Lead.Claim.SourceId ?? string.Empty), FindingArgument.Text("suspect", lead.Lead.Claim.Id));
    }

    private static bool IsReference(ClaimIndex index, Statement statement)
    {
        foreach (var figure in statement.Claims)
        {
            if (index.SourceOf(figure.Claim)?.Trust == SourceTrust.Reference) return true;
        }
        return false;
    }
}
