using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>FC001: two observations of one subject and metric at overlapping times whose values cannot both be true.</summary>
public sealed class ConflictingFiguresRule : IClaimRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC001",
        "ConflictingFigures",
        Severity.Error,
        "Two observations of one subject and metric whose times overlap have values that cannot both be true.",
        """
        Two figures for the same subject and metric conflict when their times share at least one day and their
        value intervals are disjoint. Vague figures are widened first: 'about 5,200' stands for ±10 %, and a round
        figure such as '3,000' for everything that rounds to it ([2,500, 3,500]). So 'about 5,200' and '5,000'
        agree, while '5,200' and '3,000' on one day do not.

        The finding is an error when both times are the same interval (the same day, or the same month stated
        at month precision), and a warning when the times merely overlap ('2020-09' against '2020-09-09').
        When one claim comes from a reference source, the other is named as the likely error.

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
        var units = context.Settings.Units;
        // One sweep and one callback for all series, not one of each per series: the key is set before each sweep.
        var sweep = new ValueConflictSweep<ObservationEntry>(static e => e.Interval);
        var key = default(SeriesKey);
        void Conflict(ObservationEntry earlier, ObservationEntry later)
        {
            if (!units.AreCompatible(earlier.Unit, later.Unit) || earlier.Claim.Value.IsPercent != later.Claim.Value.IsPercent) return;
            Report(context, key, earlier, later);
        }
        Action<ObservationEntry, ObservationEntry> conflict = Conflict;
        foreach (var series in context.Index.ObservationSeries)
        {
            key = series.Key;
            sweep.Run(series.Items, conflict, context.CancellationToken);
        }
    }

    private static void Report(RuleContext context, SeriesKey key, ObservationEntry first, ObservationEntry second)
    {
        var index = context.Index;
        var sameTime = first.Claim.Time.CoversSameDaysAs(second.Claim.Time);
        var firstIsReference = index.SourceOf(first.Claim)?.Trust == SourceTrust.Reference;
        var secondIsReference = index.SourceOf(second.Claim)?.Trust == SourceTrust.Reference;
        var (suspect, reference) = firstIsReference && !secondIsReference ? (second, first) : (first, second);
        var difference = StatedUnit.Convert(second.Claim.Value.Representative, second.Scale, first.Scale) - first.Claim.Value.Representative;
        var message = $"{index.NameOf(key.Subject)}: {Phrases.Figure(first)} and {Phrases.Figure(second)} cannot both be true: they differ by {NumberText.Rounded(Math.Abs(difference))}{(first.Claim.Value.IsPercent ? " percentage points" : StatedUnit.Suffix(first.Claim.Unit, first.Scale))}.";
        var (firstId, secondId) = (first.Claim.Id, second.Claim.Id);
        if (firstIsReference != secondIsReference)
        {
            message += $" {reference.Claim.SourceId} is a reference source, so {suspect.Claim.Id} is the likely error.";
            (firstId, secondId) = (suspect.Claim.Id, reference.Claim.Id);
        }
        var gap = first.Interval.IsEntirelyAbove(second.Interval) ? first.Interval.Min - second.Interval.Max : second.Interval.Min - first.Interval.Max;
        context.Report(message, [firstId, secondId], key.Subject, Evidence.Of(("difference", difference), ("gap", gap)), sameTime ? Severity.Error : Severity.Warning);
    }
}
