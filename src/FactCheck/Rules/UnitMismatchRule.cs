using System.Text;
using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>FC010: claims that would be compared are in units the alias table cannot reconcile.</summary>
public sealed class UnitMismatchRule : IClaimRule
{
    /// <summary>Figures of one subject and metric in units that cannot be reconciled.</summary>
    public static FindingDescriptor Irreconcilable { get; } = new(
        "FC010", "irreconcilable", Severity.Warning, "Figures of one subject and metric are in units that cannot be compared.",
        "{subject}: figures are given in {units}, which cannot be compared; they were not checked against each other.");

    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC010",
        "UnitMismatch",
        Severity.Warning,
        "Claims that would be compared have units that the alias table cannot reconcile.",
        """
        Figures, targets and change amounts of one subject and metric are compared with one another, which only
        makes sense in one unit. Units are reconciled through the alias table (troops, soldiers, personnel and
        service members are one unit by default; so are km, kilometres and kilometers), and units with a fixed
        factor are converted before comparing: kilometres, miles, metres and feet; tonnes, kilograms and pounds
        (lb); litres, gallons (US), barrels (of oil, 42 gallons) and cubic metres; hectares, acres and square
        kilometres. So '100 km' and '62 miles' are compared (and no finding here), and messages show each figure as
        stated. A claim without a unit compares with any unit except one that converts ('100' beside '100 km' could
        be metres as well). When a subject's claims use units that cannot be reconciled, they are not compared, and
        this finding says so once per subject and metric, naming the first claim in each unit. Add an alias if the
        units are the same (configuration 'units', or UnitAliasTable.WithAliases). Currencies are not converted
        without a rate of the day: figures in euros and in dollars are not compared, and that is no finding.

        Example:
          { "id": "a", "kind": "observation", "subject": "spill/deepwater", "value": "4.9 million", "unit": "barrels", "time": "2010" }
          { "id": "b", "kind": "observation", "subject": "spill/deepwater", "value": "about 12,000", "unit": "tonnes", "time": "2010" }
        gives
          FC010 warning: spill/deepwater: figures are given in bbl (a) and t (b), which cannot be compared; they were not checked against each other.
        """)
    {
        Messages = [Irreconcilable],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        var units = context.Settings.Units;
        // Most series use one unit throughout; a list is made only for a key that meets a second one. Units are
        // told apart as the index compares them (kilometres and miles are one), and named as the claims state them.
        var byKey = new Dictionary<SeriesKey, (UnitUse First, List<UnitUse>? More)>();
        void Add(SeriesKey key, Unit unit, Unit stated, string id)
        {
            if (unit.IsNone) return;
            ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byKey, key, out var exists);
            if (!exists)
            {
                entry = (new UnitUse(unit, units.Canonicalize(stated), id), null);
            }
            else if (entry.First.Unit != unit && !Listed(entry.More, unit))
            {
                (entry.More ??= []).Add(new UnitUse(unit, units.Canonicalize(stated), id));
            }
        }
        // A loop, not List.Exists with a lambda: a lambda that captures the unit makes an object on every call of Add.
        static bool Listed(List<UnitUse>? more, Unit unit)
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
                if (i == 0 || items[i].Unit != items[i - 1].Unit) Add(series.Key, items[i].Unit, items[i].Claim.Unit, items[i].Claim.Id);
            }
        }
        foreach (var series in index.TargetSeries)
        {
            var items = series.Items.AsSpan();
            for (var i = 0; i < items.Length; i++)
            {
                if (i == 0 || items[i].Unit != items[i - 1].Unit) Add(series.Key, items[i].Unit, items[i].Claim.Unit, items[i].Claim.Id);
            }
        }
        foreach (var change in index.Changes)
        {
            if (change.Magnitude?.Amount is { IsPercent: false }) Add(new SeriesKey(change.Subject, change.Metric), context.Settings.ComparedUnitOf(change.Unit).Unit, change.Unit, change.Id);
        }
        foreach (var (key, (first, more)) in byKey.Where(p => p.Value.More is not null).OrderBy(p => p.Key))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            List<UnitUse> used = [first, .. more!];
            // Currencies convert only at a rate of the day: figures in two of them are simply not compared.
            if (used.TrueForAll(u => units.IsCurrency(u.Unit))) continue;
            context.Report(Irreconcilable, used.Select(u => u.ClaimId), key.Subject, FindingArgument.Text("subject", index.NameOf(key.Subject)), new UnitsArgument("units", used));
        }
    }

    /// <summary>The units met, each with its first claim: <c>bbl (a) and t (b)</c>; its evidence, how many there are.</summary>
    private sealed class UnitsArgument(string name, List<UnitUse> used) : FindingArgument(name)
    {
        public override void AppendText(StringBuilder text) => text.AppendJoin(" and ", used.Select(u => $"{u.Shown} ({u.ClaimId})"));

        public override void AddEvidence(EvidenceBuilder evidence) => evidence.Add(Name, used.Count);
    }

    /// <summary>A unit met in a series: as compared, as named (canonical, as stated), and the first claim in it.</summary>
    private readonly record struct UnitUse(Unit Unit, Unit Shown, string ClaimId);
}
