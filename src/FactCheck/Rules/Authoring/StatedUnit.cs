namespace FactCheck.Rules.Authoring;

/// <summary>
/// How messages speak of figures in units that convert (kilometres and miles): each figure in the unit it was stated
/// in, and a difference in the unit of the first figure named. The index compares them in a base unit; a message
/// never shows that unit.
/// </summary>
public static class StatedUnit
{
    /// <summary>
    /// <paramref name="value"/>, stated in a unit <paramref name="from"/> times the base unit, in a unit
    /// <paramref name="to"/> times it; unchanged when either unit does not convert or both are the same.
    /// </summary>
    public static double Convert(double value, double from, double to) => from > 0 && to > 0 && from != to ? value * from / to : value;

    /// <summary>The interval <paramref name="value"/> converted as <see cref="Convert(double, double, double)"/> does.</summary>
    public static ValueInterval Convert(ValueInterval value, double from, double to) => from > 0 && to > 0 && from != to ? value.Times(from / to) : value;

    /// <summary>" km" after a figure whose unit converts (so that "100 km" and "62 miles" read as stated); nothing otherwise, as before units converted.</summary>
    public static string Suffix(Unit unit, double scale) => HasSuffix(unit, scale) ? " " + unit.Name : string.Empty;

    /// <summary>Appends <see cref="Suffix"/> to <paramref name="text"/>.</summary>
    internal static void AppendSuffix(System.Text.StringBuilder text, Unit unit, double scale)
    {
        if (HasSuffix(unit, scale)) text.Append(' ').Append(unit.Name);
    }

    private static bool HasSuffix(Unit unit, double scale) => scale > 0 && !unit.IsNone;
}
