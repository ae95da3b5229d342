using FactCheck.Checking;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules;

/// <summary>FC016: the figures of a whole's listed parts add up to more than the whole's, or, when the parts are all of it, to less.</summary>
public sealed class PartsExceedWholeRule : IClaimRule
{
    private const string AddUp = "{whole}: its parts add up to {sum} ({figures}), ";
    private const string Tolerances = " The figures' tolerances still meet: check them.";

    /// <summary>The parts add up to more than the whole, beyond the figures' tolerances.</summary>
    public static FindingDescriptor Above { get; } = new(
        "FC016", "above", Severity.Error, "A whole's parts add up to more than it.", AddUp + "more than {cited}.");

    /// <summary>The parts add up to more than the whole as stated, within the tolerances.</summary>
    public static FindingDescriptor NominallyAbove { get; } = new(
        "FC016", "nominallyAbove", Severity.Warning, "A whole's parts add up to more than it as stated, within the tolerances.", AddUp + "more than {cited}." + Tolerances);

    /// <summary>The parts that are all of the whole add up to less than it, beyond the figures' tolerances.</summary>
    public static FindingDescriptor Below { get; } = new(
        "FC016", "below", Severity.Error, "The parts that are all of a whole add up to less than it.", AddUp + "less than {cited}, though they are all of it.");

    /// <summary>The parts that are all of the whole add up to less than it as stated, within the tolerances.</summary>
    public static FindingDescriptor NominallyBelow { get; } = new(
        "FC016", "nominallyBelow", Severity.Warning, "The parts that are all of a whole add up to less than it as stated, within the tolerances.",
        AddUp + "less than {cited}, though they are all of it." + Tolerances);

    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC016",
        "PartsExceedWhole",
        Severity.Error,
        "The figures of a whole's listed parts add up to more than the whole's, or, when they are all of it, to less.",
        """
        With a relation { "whole": W, "parts": [P1, P2, …] }, the parts are counted within W and none twice, so
        their figures at one time cannot add up to more than W's. For each figure of W, the rule takes from each part
        the latest of its figures whose time overlaps W's (same metric, a unit that compares; units that convert are
        converted), and adds them up with their tolerances. When the sum is certainly larger than W's figure, the
        finding is an error; when only the nominal sum is larger and the tolerances still meet, a warning. The parts
        that have a figure at the time suffice to exceed the whole.

        With "complete": true the parts are all of W, so they must also add up to it: where every part has a
        figure, a sum certainly smaller than W's figure is an error too ("add up to less than"), and a nominal sum
        smaller while the tolerances still meet is a warning.

        Example:
          { "whole": "dead/quake", "parts": ["dead/turkey", "dead/syria"] }
          { "id": "tr", "kind": "observation", "subject": "dead/turkey", "value": "3,419", "time": "2023-02-07" }
          { "id": "sy", "kind": "observation", "subject": "dead/syria", "value": "1,602", "time": "2023-02-07" }
          { "id": "all", "kind": "observation", "subject": "dead/quake", "value": "4,365", "time": "2023-02-07" }
        gives
          FC016 error: dead/quake: its parts add up to 5,021 (dead/turkey 3,419 on 2023-02-07 (unsourced); dead/syria
          1,602 on 2023-02-07 (unsourced)), more than 4,365 on 2023-02-07 (unsourced).
        """)
    {
        Messages = [Above, NominallyAbove, Below, NominallyBelow],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        foreach (var relation in index.ClaimSet.Relations.Where(r => r.ListsParts).Distinct())
        {
            foreach (var wholes in index.ObservationsOf(relation.Whole))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var parts = relation.Parts.Select(p => index.ObservationsOf(p, wholes.Key.Metric)).ToList();
                // A whole figure restated by several outlets, with the same parts' figures, is one finding naming them all.
                var reported = new Dictionary<string, int>(StringComparer.Ordinal);
                var findings = new List<(Sum Sum, List<ObservationEntry> Wholes)>();
                foreach (var whole in wholes.Items)
                {
                    if (SumAt(context.Settings, whole, parts) is not { } sum || Verdict(sum, whole, relation.Complete) is null) continue;
                    var key = $"{whole.Claim.Value}\u0001{whole.Claim.Time}\u0001{string.Join('\u0001', sum.Figures.Select(f => f.Claim.Id))}";
                    if (reported.TryGetValue(key, out var at)) findings[at].Wholes.Add(whole);
                    else
                    {
                        reported.Add(key, findings.Count);
                        findings.Add((sum, [whole]));
                    }
                }
                foreach (var (sum, restated) in findings) Report(context, relation, sum, restated);
            }
        }
    }

    /// <summary>The parts' figures taken at one figure of the whole, their sums, and whether every part had one.</summary>
    private sealed record Sum(List<ObservationEntry> Figures, ValueInterval Interval, double Nominal, bool EveryPart);

    /// <summary>How the sum stands against the whole: above or below it, certainly (beyond the tolerances) or only nominally.</summary>
    private enum Outcome
    {
        Above,
        NominallyAbove,
        Below,
        NominallyBelow,
    }

    private static Sum? SumAt(CheckSettings settings, ObservationEntry whole, List<Series<ObservationEntry>> parts)
    {
        // Percentages of different bases do not add up.
        if (whole.Claim.Value.IsPercent) return null;
        var figures = new List<ObservationEntry>(parts.Count);
        foreach (var series in parts)
        {
            var at = series.LatestOverlapping(whole.FirstDay, whole.LastDay);
            if (at >= 0 && WholeComparison.Comparable(settings, series.Items[at], whole)) figures.Add(series.Items[at]);
        }
        if (figures.Count == 0) return null;
        double min = 0, max = 0;
        bool minInclusive = true, maxInclusive = true;
        foreach (var figure in figures)
        {
            // Intervals are held in the base unit of their kind, so figures in kilometres and miles add up as they are.
            min += figure.Interval.Min;
            max += figure.Interval.Max;
            minInclusive &= figure.Interval.MinInclusive;
            maxInclusive &= figure.Interval.MaxInclusive;
        }
        // Sums beyond double's range (no claim's figures come near) make no interval: a lower bound of positive infinity is none.
        if (!(min < double.PositiveInfinity && max > double.NegativeInfinity)) return null;
        var nominal = Total(figures.Select(f => StatedUnit.Convert(f.Claim.Value.Representative, f.Scale, whole.Scale)));
        return new Sum(figures, ValueInterval.Create(min, minInclusive, max, maxInclusive), nominal, figures.Count == parts.Count);
    }

    /// <summary>
    /// Adds figures in decimal where that is exact (0.1 + 0.2 is 0.3, so a nominal sum equal to the whole is not above it),
    /// and in double past decimal's range, where a sum near its limit would otherwise throw.
    /// </summary>
    private static double Total(IEnumerable<double> figures)
    {
        const double Exact = 1e27;
        decimal exact = 0;
        var inexact = 0.0;
        var isExact = true;
        foreach (var figure in figures)
        {
            if (isExact && double.IsFinite(figure) && Math.Abs(figure) < Exact && Math.Abs((double)exact) < Exact) exact += (decimal)figure;
            else
            {
                inexact = (isExact ? (double)exact : inexact) + figure;
                isExact = false;
            }
        }
        return isExact ? (double)exact : inexact;
    }

    private static Outcome? Verdict(Sum sum, ObservationEntry whole, bool complete)
    {
        if (sum.Interval.IsEntirelyAbove(whole.Interval)) return Outcome.Above;
        var nominalWhole = whole.Claim.Value.Representative;
        if (sum.Nominal > nominalWhole) return Outcome.NominallyAbove;
        // Only the parts together are the whole: a shortfall needs a figure of every part.
        if (!complete || !sum.EveryPart) return null;
        if (whole.Interval.IsEntirelyAbove(sum.Interval)) return Outcome.Below;
        return sum.Nominal < nominalWhole ? Outcome.NominallyBelow : null;
    }

    private static void Report(RuleContext context, Relation relation, Sum sum, List<ObservationEntry> restated)
    {
        var index = context.Index;
        var whole = restated[0];
        var outcome = Verdict(sum, whole, relation.Complete)!.Value;
        var above = outcome is Outcome.Above or Outcome.NominallyAbove;
        var difference = Numbers.Difference(sum.Nominal, whole.Claim.Value.Representative);
        var descriptor = outcome switch { Outcome.Above => Above, Outcome.NominallyAbove => NominallyAbove, Outcome.Below => Below, _ => NominallyBelow };
        context.Report(descriptor, [.. sum.Figures.Select(f => f.Claim.Id), .. restated.Select(w => w.Claim.Id)], relation.Whole,
            FindingArgument.Text("whole", index.NameOf(relation.Whole)),
            FindingArgument.Sum("sum", sum.Nominal, StatedUnit.Suffix(whole.Claim.Unit, whole.Scale)),
            FindingArgument.Text("figures", string.Join("; ", sum.Figures.Select(f => $"{index.NameOf(f.Claim.Subject)} {Phrases.Figure(f)}"))),
            FindingArgument.Statement("cited", new Statement([.. restated.Select(Figure.Of)])),
            FindingArgument.Number(above ? "excess" : "shortfall", Math.Abs(difference)));
    }
}
