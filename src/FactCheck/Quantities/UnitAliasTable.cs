namespace FactCheck;

/// <summary>
/// Which unit names mean the same unit. Each group has a canonical name (its first) and aliases;
/// figures are compared only within one unit. Immutable: <see cref="WithGroup"/> returns a new table.
/// </summary>
public sealed class UnitAliasTable
{
    private readonly Dictionary<Unit, Unit> canonical;
    private readonly IReadOnlyList<ValueArray<Unit>> groups;

    private UnitAliasTable(IReadOnlyList<ValueArray<Unit>> groups)
    {
        this.groups = groups;
        canonical = [];
        foreach (var group in groups)
        {
            foreach (var unit in group)
            {
                canonical[unit] = group[0];
            }
        }
    }

    /// <summary>A table with no aliases: every unit is only itself.</summary>
    public static UnitAliasTable Empty { get; } = new([]);

    /// <summary>
    /// The default table: troops, soldiers, personnel and service members (singular and plural) are one unit;
    /// so are the common spellings of percent, US dollars, euros and people.
    /// </summary>
    public static UnitAliasTable Default { get; } = Empty
        .WithGroup("troops", "troop", "soldiers", "soldier", "personnel", "service members", "service member", "servicemembers", "forces")
        .WithGroup("people", "persons", "person", "individuals")
        .WithGroup("usd", "us dollars", "dollars", "$")
        .WithGroup("eur", "euros", "euro", "€")
        .WithGroup("percent", "%", "per cent");

    /// <summary>The groups of the table, each canonical name first.</summary>
    public IReadOnlyList<ValueArray<Unit>> Groups => groups;

    /// <summary>A table with one more group; names already in a group move to the new one.</summary>
    /// <param name="canonicalName">The name the group is known by.</param>
    /// <param name="aliases">Other names of the same unit.</param>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    public UnitAliasTable WithGroup(string canonicalName, params string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        var first = Unit.Of(canonicalName);
        if (first.IsNone) throw new ArgumentException($"A unit group needs a canonical name; got '{canonicalName}'.", nameof(canonicalName));
        var members = new List<Unit> { first };
        foreach (var alias in aliases)
        {
            var unit = Unit.Of(alias);
            if (unit.IsNone) throw new ArgumentException($"A unit alias must not be blank; got '{alias}'.", nameof(aliases));
            if (!members.Contains(unit)) members.Add(unit);
        }
        var kept = groups
            .Select(g => new ValueArray<Unit>(g.Where(u => !members.Contains(u))))
            .Where(g => g.Count > 0)
            .Append(new ValueArray<Unit>(members))
            .ToList();
        return new UnitAliasTable(kept);
    }

    /// <summary>The canonical unit of <paramref name="unit"/>: its group's first name, or itself.</summary>
    public Unit Canonicalize(Unit unit) => canonical.TryGetValue(unit, out var name) ? name : unit;

    /// <summary>Whether figures in the two units can be compared: either is <see cref="Unit.None"/>, or both have one canonical name.</summary>
    public bool AreCompatible(Unit left, Unit right) =>
        left.IsNone || right.IsNone || Canonicalize(left) == Canonicalize(right);
}
