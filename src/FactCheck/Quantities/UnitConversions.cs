namespace FactCheck;

/// <summary>
/// Units with a fixed factor to a base unit of their kind (length in metres, mass in kilograms, volume in litres,
/// area in square metres, power in watts, energy in watt-hours), keyed by the names of <see cref="UnitAliasTable.Default"/>'s groups; and the currencies,
/// which convert only at a dated rate and so are never compared with one another.
/// </summary>
/// <remarks>
/// Factors are the exact legal definitions (the international mile and foot, the US gallon, the 42-gallon oil
/// barrel). A group of the alias table converts when any of its names is here, so a team that adds an alias to one
/// of these groups gets the conversion with it; a unit that is not here is compared only with itself and its aliases.
/// </remarks>
internal static class UnitConversions
{
    private static readonly Dictionary<Unit, (Unit Base, double Factor)> Factors = Table(
        ("m", "m", 1), ("km", "m", 1_000), ("cm", "m", 0.01), ("mi", "m", 1_609.344), ("nmi", "m", 1_852), ("ft", "m", 0.3048), ("yd", "m", 0.9144),
        ("kg", "kg", 1), ("g", "kg", 0.001), ("t", "kg", 1_000), ("lb", "kg", 0.45359237),
        ("l", "l", 1), ("m3", "l", 1_000), ("gal", "l", 3.785411784), ("bbl", "l", 158.987294928),
        ("m2", "m2", 1), ("km2", "m2", 1_000_000), ("ha", "m2", 10_000), ("acre", "m2", 4_046.8564224), ("sq mi", "m2", 2_589_988.110336),
        ("w", "w", 1), ("kw", "w", 1e3), ("mw", "w", 1e6), ("gw", "w", 1e9),
        ("wh", "wh", 1), ("kwh", "wh", 1e3), ("mwh", "wh", 1e6), ("gwh", "wh", 1e9), ("twh", "wh", 1e12));

    /// <summary>ISO 4217 codes of the currencies the default table knows, and any other three-letter code named here.</summary>
    private static readonly HashSet<Unit> Currencies = Set(
        "usd", "eur", "gbp", "jpy", "cny", "chf", "cad", "aud", "nzd", "inr", "rub", "brl", "krw", "mxn", "sek", "nok", "dkk", "pln", "try", "zar", "hkd", "sgd", "uah", "ils");

    /// <summary>
    /// The base unit and factor of <paramref name="unit"/> (a name as the default table spells it): kilometres are metres times
    /// 1,000. False for a unit without a fixed factor.
    /// </summary>
    internal static bool TryGetFactor(Unit unit, out Unit baseUnit, out double factor)
    {
        var found = Factors.TryGetValue(unit, out var entry);
        (baseUnit, factor) = entry;
        return found;
    }

    /// <summary>Whether <paramref name="unit"/> is a currency's code: figures in two currencies are not compared, and that is no mismatch.</summary>
    internal static bool IsCurrency(Unit unit) => Currencies.Contains(unit);

    // Both built with loops: every command that compares figures builds them as it starts, and on the native tool the
    // first use of each LINQ path cost more than the few dozen names.
    private static Dictionary<Unit, (Unit, double)> Table(params (string Unit, string Base, double Factor)[] rows)
    {
        var table = new Dictionary<Unit, (Unit, double)>(rows.Length);
        foreach (var (unit, baseUnit, factor) in rows) table.Add(Unit.Of(unit), (Unit.Of(baseUnit), factor));
        return table;
    }

    private static HashSet<Unit> Set(params string[] codes)
    {
        var set = new HashSet<Unit>(codes.Length);
        foreach (var code in codes) set.Add(Unit.Of(code));
        return set;
    }
}
