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
    private readonly IReadOnlyList<ValueArray<Unit>> groups;

    private UnitAliasTable(IReadOnlyList<ValueArray<Unit>> groups)
    {
        this.groups = groups;
        canonical = [];
        compared = [];
        foreach (var group in groups)
        {
            var asCompared = UnitConversions.TryGetFactor(group[0], out var baseUnit, out var factor) ? (baseUnit, factor) : (group[0], 0);
            foreach (var unit in group)
            {
                canonical[unit] = group[0];
                compared[unit] = asCompared;
            }
        }
    }

    /// <summary>A table with no aliases: every unit is only itself.</summary>
    public static UnitAliasTable Empty { get; } = new([]);

    /// <summary>
    /// The default table: troops, soldiers, personnel and service members (singular and plural) are one unit;
    /// so are the common spellings of percent, people, the main currencies, and the units of length, mass,
    /// volume and area that convert by a fixed factor (km, kilometres, kilometers; mi, miles; t, tonnes, metric
    /// tons; kg; bbl, barrels; gal, gallons; ha, hectares; acres…). "Ton" and "pound" are left out: each names
    /// two different units (short and metric tons; the pound weight and the pound sterling).
    /// </summary>
    public static UnitAliasTable Default { get; } = Empty
        .WithGroup("troops", "troop", "soldiers", "soldier", "personnel", "service members", "service member", "servicemembers", "forces")
        .WithGroup("people", "persons", "person", "individuals")
        .WithGroup("usd", "us dollars", "us dollar", "dollars", "dollar", "$", "us$")
        .WithGroup("eur", "euros", "euro", "€")
        .WithGroup("gbp", "pounds sterling", "pound sterling", "£", "sterling")
        .WithGroup("jpy", "yen", "¥")
        .WithGroup("percent", "%", "per cent")
        .WithGroup("m", "metre", "metres", "meter", "meters")
        .WithGroup("km", "kilometre", "kilometres", "kilometer", "kilometers", "kms")
        .WithGroup("cm", "centimetre", "centimetres", "centimeter", "centimeters")
        .WithGroup("mi", "mile", "miles")
        .WithGroup("nmi", "nautical mile", "nautical miles")
        .WithGroup("ft", "foot", "feet")
        .WithGroup("yd", "yard", "yards")
        .WithGroup("kg", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "kgs")
        .WithGroup("g", "gram", "grams", "gramme", "grammes")
        .WithGroup("t", "tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes")
        .WithGroup("lb", "lbs")
        .WithGroup("l", "litre", "litres", "liter", "liters")
        .WithGroup("m3", "m³", "cubic metre", "cubic metres", "cubic meter", "cubic meters")
        .WithGroup("gal", "gallon", "gallons", "us gallon", "us gallons")
        .WithGroup("bbl", "barrel", "barrels", "bbls", "barrels of oil")
        .WithGroup("m2", "m²", "square metre", "square metres", "square meter", "square meters")
        .WithGroup("km2", "km²", "sq km", "square kilometre", "square kilometres", "square kilometer", "square kilometers")
        .WithGroup("ha", "hectare", "hectares")
        .WithGroup("acre", "acres")
        .WithGroup("sq mi", "mi²", "square mile", "square miles");

    /// <summary>The groups of the table, each canonical name first.</summary>
    public IReadOnlyList<ValueArray<Unit>> Groups => groups;

    /// <summary>A table with one more group, whose names are all new to the table.</summary>
    /// <remarks>
    /// To add names to a group the table already has (say "marines" to the troops), use <see cref="WithAliases"/>:
    /// a name belongs to one group only, so a name the table already knows is refused here rather than taken out
    /// of its group.
    /// </remarks>
    /// <param name="canonicalName">The name the group is known by.</param>
    /// <param name="aliases">Other names of the same unit.</param>
    /// <exception cref="ArgumentException">A name is blank, or already in a group of the table.</exception>
    public UnitAliasTable WithGroup(string canonicalName, params string[] aliases)
    {
        var members = Members(canonicalName, nameof(canonicalName), aliases);
        foreach (var unit in members)
        {
            if (canonical.TryGetValue(unit, out var known))
            {
                throw new ArgumentException(
                    $"'{unit}' is already a name of the unit '{known}'; add names to a known unit with WithAliases.", unit == members[0] ? nameof(canonicalName) : nameof(aliases));
            }
        }
        return new UnitAliasTable([.. groups, new ValueArray<Unit>(members)]);
    }

    /// <summary>
    /// A table in which <paramref name="name"/> and <paramref name="aliases"/> are names of one unit: they join the
    /// group that already holds any of them (its canonical name unchanged), or form a new group, known by
    /// <paramref name="name"/>, when the table knows none of them. Names already in the group are no change.
    /// </summary>
    /// <example><c>UnitAliasTable.Default.WithAliases("troops", "marines")</c>: marines compare with troops, soldiers and personnel.</example>
    /// <param name="name">A name of the unit: its canonical name, any alias, or a new name.</param>
    /// <param name="aliases">Names to add.</param>
    /// <exception cref="ArgumentException">A name is blank, or the names are already in two different groups.</exception>
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
        return other.Name.IsNone ? null
            : $"'{known[0].Name}' and '{other.Name}' are names of two different units ('{known[0].Group}' and '{other.Group}'); a name belongs to one unit.";
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
    internal (Unit Unit, double Scale) ComparedUnitOf(Unit unit) =>
        compared.TryGetValue(unit, out var found) ? found
        : UnitConversions.TryGetFactor(unit, out var baseUnit, out var factor) ? (baseUnit, factor) : (unit, 0);

    /// <summary>The canonical unit of <paramref name="unit"/>: its group's first name, or itself.</summary>
    public Unit Canonicalize(Unit unit) => canonical.TryGetValue(unit, out var name) ? name : unit;

    /// <summary>
    /// Whether figures in the two units can be compared: both have one canonical name, or either is
    /// <see cref="Unit.None"/> and the other is not a unit that converts by a fixed factor (a bare "100" beside
    /// "100 km" could be metres or miles as well).
    /// </summary>
    public bool AreCompatible(Unit left, Unit right)
    {
        if (left.IsNone || right.IsNone) return !UnitConversions.IsConvertible(Canonicalize(left.IsNone ? right : left));
        return Canonicalize(left) == Canonicalize(right);
    }
}
