using System.Collections.Immutable;

namespace FactCheck;

/// <summary>
/// Which unit names mean the same unit. Each group has a canonical name (its first) and aliases;
/// figures are compared only within one unit, after converting units with a fixed factor (kilometres and miles).
/// Immutable: <see cref="WithGroup"/> and <see cref="WithAliases"/> return a new table.
/// </summary>
public sealed class UnitAliasTable
{
    private readonly Dictionary<Unit, Unit> canonical;
    private readonly Dictionary<Unit, (Unit Unit, double Scale)> compared;
    private readonly HashSet<Unit> currencies = [];
    private readonly IReadOnlyList<ValueArray<Unit>> groups;

    private UnitAliasTable(IReadOnlyList<ValueArray<Unit>> groups)
    {
        this.groups = groups;
        canonical = [];
        compared = [];
        foreach (var group in groups)
        {
            // A group converts when any of its names does: "klicks" added to the kilometres still counts in km.
            var asCompared = (group[0], 0d);
            foreach (var unit in group)
            {
                if (!UnitConversions.TryGetFactor(unit, out var baseUnit, out var factor)) continue;
                asCompared = (baseUnit, factor);
                break;
            }
            if (AnyCurrency(group))
            {
                foreach (var unit in group) currencies.Add(unit);
            }
            foreach (var unit in group)
            {
                canonical[unit] = group[0];
                compared[unit] = asCompared;
            }
        }
    }

    private static bool AnyCurrency(ValueArray<Unit> group)
    {
        foreach (var unit in group)
        {
            if (UnitConversions.IsCurrency(unit)) return true;
        }
        return false;
    }

    /// <summary>A table with no aliases: every unit is only itself.</summary>
    public static UnitAliasTable Empty { get; } = new([]);

    /// <summary>
    /// The default table: troops, soldiers, personnel and service members (singular and plural) are one unit;
    /// so are the common spellings of percent, people, the main currencies, and the units of length, mass,
    /// volume, area, power and energy that convert by a fixed factor (km, kilometres, kilometers; mi, miles; t, tonnes, metric
    /// tons; kg; bbl, barrels; gal, gallons; ha, hectares; acres; MW, megawatts; GWh, gigawatt-hours…). "Ton" and "pound" are left out: each names
    /// two different units (short and metric tons; the pound weight and the pound sterling).
    /// </summary>
    public static UnitAliasTable Default { get; } = new([
        Group("troops", "troop", "soldiers", "soldier", "personnel", "service members", "service member", "servicemembers", "forces"),
        Group("people", "persons", "person", "individuals"),
        Group("usd", "us dollars", "us dollar", "dollars", "dollar", "$", "us$"),
        Group("eur", "euros", "euro", "€"),
        Group("gbp", "pounds sterling", "pound sterling", "£", "sterling"),
        Group("jpy", "yen", "¥"),
        Group("percent", "%", "per cent"),
        Group("m", "metre", "metres", "meter", "meters"),
        Group("km", "kilometre", "kilometres", "kilometer", "kilometers", "kms"),
        Group("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
        Group("mi", "mile", "miles"),
        Group("nmi", "nautical mile", "nautical miles"),
        Group("ft", "foot", "feet"),
        Group("yd", "yard", "yards"),
        Group("kg", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "kgs"),
        Group("g", "gram", "grams", "gramme", "grammes"),
        Group("t", "tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes"),
        Group("lb", "lbs"),
        Group("l", "litre", "litres", "liter", "liters"),
        Group("m3", "m³", "cubic metre", "cubic metres", "cubic meter", "cubic meters"),
        Group("gal", "gallon", "gallons", "us gallon", "us gallons"),
        Group("bbl", "barrel", "barrels", "bbls", "barrels of oil"),
        Group("m2", "m²", "square metre", "square metres", "square meter", "square meters"),
        Group("km2", "km²", "sq km", "square kilometre", "square kilometres", "square kilometer", "square kilometers"),
        Group("ha", "hectare", "hectares"),
        Group("acre", "acres"),
        Group("sq mi", "mi²", "square mile", "square miles"),
        Group("w", "watt", "watts"),
        Group("kw", "kilowatt", "kilowatts"),
        Group("mw", "megawatt", "megawatts"),
        Group("gw", "gigawatt", "gigawatts"),
        Group("wh", "watt-hour", "watt-hours", "watt hour", "watt hours"),
        Group("kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours"),
        Group("mwh", "megawatt-hour", "megawatt-hours", "megawatt hour", "megawatt hours"),
        Group("gwh", "gigawatt-hour", "gigawatt-hours", "gigawatt hour", "gigawatt hours"),
        Group("twh", "terawatt-hour", "terawatt-hours", "terawatt hour", "terawatt hours"),
    ]);

    // The default groups are made as one table: added one by one with WithGroup, every step copied the groups before it,
    // and the start of every command paid for 27 tables (135 of the 742 page faults of a check of the seed sample). The
    // groups are disjoint and none mixes factors, as WithGroup would require; a test adds them that way and compares.
    // Built with a loop into an array the group then owns: through LINQ and ImmutableArray.CreateRange, the first use of
    // each generic path cost the native tool's start more than the 170 names themselves.
    private static ValueArray<Unit> Group(params string[] names)
    {
        var builder = ImmutableArray.CreateBuilder<Unit>(names.Length);
        foreach (var name in names) builder.Add(Unit.Of(name));
        return new(builder.MoveToImmutable());
    }

    /// <summary>The groups of the table, each canonical name first.</summary>
    public IReadOnlyList<ValueArray<Unit>> Groups => groups;

    /// <summary>
    /// A table in which <paramref name="canonicalName"/> and <paramref name="aliases"/> are one unit, known by
    /// <paramref name="canonicalName"/>. A name the table already knows brings its whole group along: the groups
    /// merge, and no name ever leaves its group, so
    /// <c>Default.WithGroup("troops", "soldiers", "marines")</c> keeps personnel and service members with troops.
    /// To add names and keep the group's canonical name, use <see cref="WithAliases"/>.
    /// </summary>
    /// <param name="canonicalName">The name the group is known by.</param>
    /// <param name="aliases">Other names of the same unit.</param>
    /// <exception cref="ArgumentException">A name is blank, or the group would hold two units that convert by different factors (km and miles).</exception>
    public UnitAliasTable WithGroup(string canonicalName, params string[] aliases)
    {
        var members = Members(canonicalName, nameof(canonicalName), aliases);
        var merged = members.Where(canonical.ContainsKey).Select(u => canonical[u]).Distinct().ToList();
        var group = new List<Unit>(members);
        foreach (var old in groups.Where(g => merged.Contains(g[0])))
        {
            group.AddRange(old.Where(u => !group.Contains(u)));
        }
        if (ConflictOfFactors(group) is { } conflict) throw new ArgumentException(conflict, nameof(aliases));
        return new UnitAliasTable([.. groups.Where(g => !merged.Contains(g[0])), new ValueArray<Unit>(group)]);
    }

    /// <summary>
    /// A table in which <paramref name="name"/> and <paramref name="aliases"/> are names of one unit: they join the
    /// group that already holds any of them (its canonical name unchanged), or form a new group, known by
    /// <paramref name="name"/>, when the table knows none of them. Names already in the group are no change.
    /// </summary>
    /// <example><c>UnitAliasTable.Default.WithAliases("troops", "marines")</c>: marines compare with troops, soldiers and personnel.</example>
    /// <param name="name">A name of the unit: its canonical name, any alias, or a new name.</param>
    /// <param name="aliases">Names to add.</param>
    /// <exception cref="ArgumentException">A name is blank, the names are already in two different groups, or the group would hold two units that convert by different factors.</exception>
    public UnitAliasTable WithAliases(string name, params string[] aliases)
    {
        var members = Members(name, nameof(name), aliases);
        if (ConflictOf(members) is { } conflict) throw new ArgumentException(conflict, nameof(aliases));
        var target = members.Select(u => canonical.TryGetValue(u, out var known) ? known : Unit.None).FirstOrDefault(u => !u.IsNone);
        if (target.IsNone) return new UnitAliasTable([.. groups, new ValueArray<Unit>(members)]);
        var grown = groups.Select(g => g[0] == target ? new ValueArray<Unit>(g.Concat(members.Where(u => !g.Contains(u)))) : g).ToList();
        return new UnitAliasTable(grown);
    }

    /// <summary>Why <see cref="WithAliases"/> would refuse these names, or null when it would not.</summary>
    internal string? ConflictOf(string name, IEnumerable<string> aliases) => ConflictOf(Members(name, nameof(name), [.. aliases]));

    private string? ConflictOf(List<Unit> members)
    {
        var known = members.Where(canonical.ContainsKey).Select(u => (Name: u, Group: canonical[u])).ToList();
        var other = known.FirstOrDefault(k => k.Group != known[0].Group);
        if (!other.Name.IsNone)
        {
            return $"'{known[0].Name}' and '{other.Name}' are names of two different units ('{known[0].Group}' and '{other.Group}'); a name belongs to one unit.";
        }
        return ConflictOfFactors(known.Count > 0 ? [.. groups.First(g => g[0] == known[0].Group), .. members] : members);
    }

    /// <summary>Why <paramref name="group"/> cannot be one unit (it holds units that convert by different factors), or null.</summary>
    private static string? ConflictOfFactors(List<Unit> group)
    {
        var factors = group.Select(u => UnitConversions.TryGetFactor(u, out var baseUnit, out var factor) ? (Unit: u, Base: baseUnit, Factor: factor) : default)
            .Where(f => !f.Unit.IsNone).DistinctBy(f => (f.Base, f.Factor)).ToList();
        return factors.Count < 2 ? null
            : $"'{factors[0].Unit}' and '{factors[1].Unit}' are different units that convert into each other; they cannot be one group.";
    }

    private static List<Unit> Members(string name, string nameParameter, string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        var first = Unit.Of(name);
        if (first.IsNone) throw new ArgumentException($"A unit needs a name; got '{name}'.", nameParameter);
        var members = new List<Unit> { first };
        foreach (var alias in aliases)
        {
            var unit = Unit.Of(alias);
            if (unit.IsNone) throw new ArgumentException($"A unit alias must not be blank; got '{alias}'.", nameof(aliases));
            if (!members.Contains(unit)) members.Add(unit);
        }
        return members;
    }

    /// <summary>
    /// The unit figures in <paramref name="unit"/> are compared in, and the factor to it: the base unit of its kind
    /// for a unit that converts (metres and 1,000 for kilometres), else its canonical unit and 0. One lookup, as
    /// the index makes it for every figure.
    /// </summary>
    public (Unit Unit, double Scale) ComparedUnitOf(Unit unit) =>
        compared.TryGetValue(unit, out var found) ? found
        : UnitConversions.TryGetFactor(unit, out var baseUnit, out var factor) ? (baseUnit, factor) : (unit, 0);

    /// <summary>Whether <paramref name="unit"/> is a currency: its code, or a name in the group of one (dollars, €).</summary>
    public bool IsCurrency(Unit unit) => currencies.Contains(unit) || UnitConversions.IsCurrency(unit);

    /// <summary>The canonical unit of <paramref name="unit"/>: its group's first name, or itself.</summary>
    public Unit Canonicalize(Unit unit) => canonical.TryGetValue(unit, out var name) ? name : unit;

    /// <summary>
    /// Whether figures in the two units can be compared: both have one canonical name, or either is
    /// <see cref="Unit.None"/> and the other is not a unit that converts by a fixed factor (a bare "100" beside
    /// "100 km" could be metres or miles as well).
    /// </summary>
    public bool AreCompatible(Unit left, Unit right)
    {
        if (left.IsNone || right.IsNone) return !(ComparedUnitOf(left.IsNone ? right : left).Scale > 0);
        return Canonicalize(left) == Canonicalize(right);
    }
}
