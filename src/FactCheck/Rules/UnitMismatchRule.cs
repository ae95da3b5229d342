using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>FC010: claims that would be compared are in units the alias table cannot reconcile.</summary>
public sealed class UnitMismatchRule : IClaimRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC010",
        "UnitMismatch",
        Severity.Warning,
        "Claims that would be compared have units that the alias table cannot reconcile.",
        """
        Figures, targets and change amounts of one subject and metric are compared with one another, which only
        makes sense in one unit. Units are reconciled through the alias table (troops, soldiers, personnel and
        service members are one unit by default); a claim without a unit compares with any. When a subject's
        claims use units that cannot be reconciled, they are not compared, and this finding says so once per
        subject and metric, naming the first claim in each unit. Add an alias if the units are the same.

        Example:
          { "id": "a", "kind": "observation", "subject": "budget/defence", "value": "740 billion", "unit": "USD", "time": "2020" }
          { "id": "b", "kind": "observation", "subject": "budget/defence", "value": "650 billion", "unit": "EUR", "time": "2020" }
        gives
          FC010 warning: budget/defence: figures are given in usd (a) and eur (b), which cannot be compared; they were not checked against each other.
        """);

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        // Most series use one unit throughout; a list is made only for a key that meets a second one.
        var byKey = new Dictionary<SeriesKey, (Unit Unit, string ClaimId, List<(Unit Unit, string ClaimId)>? More)>();
        void Add(SeriesKey key, Unit unit, string id)
        {
            if (unit.IsNone) return;
            ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byKey, key, out var exists);
            if (!exists)
            {
                entry = (unit, id, null);
            }
            else if (entry.Unit != unit && !Listed(entry.More, unit))
            {
                (entry.More ??= []).Add((unit, id));
            }
        }
        // A loop, not List.Exists with a lambda: a lambda that captures the unit makes an object on every call of Add.
        static bool Listed(List<(Unit Unit, string ClaimId)>? more, Unit unit)
        {
            if (more is null) return false;
            foreach (var listed in more)
            {
                if (listed.Unit == unit) return true;
            }
            return false;
        }
        // A series' figures mostly share one unit: only a change of unit from one figure to the next is looked up,
        // which keeps each unit's first figure (what is reported) and spares a lookup per figure.
        foreach (var series in index.ObservationSeries)
        {
            var items = series.Items.AsSpan();
            for (var i = 0; i < items.Length; i++)
            {
                if (i == 0 || items[i].Unit != items[i - 1].Unit) Add(series.Key, items[i].Unit, items[i].Claim.Id);
            }
        }
        foreach (var series in index.TargetSeries)
        {
            var items = series.Items.AsSpan();
            for (var i = 0; i < items.Length; i++)
            {
                if (i == 0 || items[i].Unit != items[i - 1].Unit) Add(series.Key, items[i].Unit, items[i].Claim.Id);
            }
        }
        foreach (var change in index.Changes)
        {
            if (change.Magnitude?.Amount is { IsPercent: false }) Add(new SeriesKey(change.Subject, change.Metric), context.Settings.Units.Canonicalize(change.Unit), change.Id);
        }
        foreach (var (key, first) in byKey.Where(p => p.Value.More is not null).OrderBy(p => p.Key))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            List<(Unit Unit, string ClaimId)> units = [(first.Unit, first.ClaimId), .. first.More!];
            var listed = string.Join(" and ", units.Select(u => $"{u.Unit} ({u.ClaimId})"));
            context.Report($"{index.NameOf(key.Subject)}: figures are given in {listed}, which cannot be compared; they were not checked against each other.",
                units.Select(u => u.ClaimId), key.Subject, Evidence.Of(("units", units.Count)));
        }
    }
}
