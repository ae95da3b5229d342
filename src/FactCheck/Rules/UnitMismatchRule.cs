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
        // Units are told apart as the index compares them (kilometres and miles are one), and named as the claims state
        // them. A key's units are listed in the order met: its observations' (in time), its targets', its changes'.
        // Targets and changes, few in most sets, go by key first; then each observation series lists its own units and
        // takes those of its key's targets and changes. A series whose figures share one unit, with no target or change
        // in another (nearly every series of a large set), needs neither a lookup nor a claim read: its claims are read
        // only for a finding. On a million figures, looking each series up by its key and reading its first claim were
        // most of this rule's time, both waiting for memory (benchmarks/README.md, twenty-sixth pass).
        var others = new Dictionary<SeriesKey, List<UnitUse>>();
        foreach (var series in index.TargetSeries)
        {
            var items = series.Items.AsSpan();
            for (var i = 0; i < items.Length; i++)
            {
                if (i == 0 || items[i].Unit != items[i - 1].Unit) Add(others, series.Key, new UnitUse(items[i].Unit, items[i].Claim));
            }
        }
        foreach (var change in index.Changes)
        {
            if (change.Magnitude?.Amount is { IsPercent: false }) Add(others, new SeriesKey(change.Subject, change.Metric), new UnitUse(context.Settings.ComparedUnitOf(change.Unit).Unit, change));
        }
        var mixed = new List<(SeriesKey Key, List<UnitUse> Used)>();
        var met = new List<UnitUse>();
        foreach (var series in index.ObservationSeries)
        {
            // Only a change of unit from one figure to the next is listed: a series' figures mostly share one.
            met.Clear();
            var items = series.Items.AsSpan();
            for (var i = 0; i < items.Length; i++)
            {
                if ((i == 0 || items[i].Unit != items[i - 1].Unit) && !items[i].Unit.IsNone && !Listed(met, items[i].Unit)) met.Add(new UnitUse(items[i].Unit, items[i].Claim));
            }
            var more = others.Count > 0 && others.Remove(series.Key, out var rest) ? rest : null;
            if (met.Count + (more?.Count ?? 0) < 2) continue;
            List<UnitUse> used = [.. met];
            foreach (var use in more ?? []) Add(used, use);
            if (used.Count > 1) mixed.Add((series.Key, used));
        }
        foreach (var (key, used) in others)
        {
            if (used.Count > 1) mixed.Add((key, used));
        }
        mixed.Sort((a, b) => a.Key.CompareTo(b.Key));
        foreach (var (key, used) in mixed)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            // Currencies convert only at a rate of the day: figures in two of them are simply not compared.
            if (used.TrueForAll(u => units.IsCurrency(u.Unit))) continue;
            var named = used.ConvertAll(u => (Shown: units.Canonicalize(StatedUnit(u.Claim)), u.Claim.Id));
            context.Report(Irreconcilable, named.Select(u => u.Id), key.Subject, FindingArgument.Text("subject", index.NameOf(key.Subject)), new UnitsArgument("units", named));
        }
    }

    /// <summary>Lists <paramref name="use"/> under <paramref name="key"/> unless its unit is none or listed there already.</summary>
    private static void Add(Dictionary<SeriesKey, List<UnitUse>> byKey, SeriesKey key, UnitUse use)
    {
        if (use.Unit.IsNone) return;
        ref var used = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byKey, key, out _);
        Add(used ??= [], use);
    }

    /// <summary>Adds <paramref name="use"/> to <paramref name="used"/> unless its unit is listed there already.</summary>
    private static void Add(List<UnitUse> used, UnitUse use)
    {
        if (!Listed(used, use.Unit)) used.Add(use);
    }

    // A loop, not List.Exists with a lambda: a lambda that captures the unit makes an object on every call.
    private static bool Listed(List<UnitUse> used, Unit unit)
    {
        foreach (var listed in used)
        {
            if (listed.Unit == unit) return true;
        }
        return false;
    }

    /// <summary>The unit a claim of the kinds this rule lists states.</summary>
    private static Unit StatedUnit(Claim claim) => claim switch
    {
        Observation o => o.Unit,
        Target t => t.Unit,
        Change c => c.Unit,
        _ => default,
    };

    /// <summary>The units met, each with its first claim: <c>bbl (a) and t (b)</c>; its evidence, how many there are.</summary>
    private sealed class UnitsArgument(string name, List<(Unit Shown, string Id)> used) : FindingArgument(name)
    {
        public override void AppendText(StringBuilder text) => text.AppendJoin(" and ", used.Select(u => $"{u.Shown} ({u.Id})"));

        public override void AddEvidence(EvidenceBuilder evidence) => evidence.Add(Name, used.Count);
    }

    /// <summary>A unit met under a key, as compared, and the first claim in it, read only if the key's units differ.</summary>
    private readonly record struct UnitUse(Unit Unit, Claim Claim);
}
