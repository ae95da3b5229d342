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
    /// <paramref name="to"/> times it; unchanged when either unit does not convert (its factor is not positive, as an
    /// entry's <c>Scale</c> of 0) or both are the same.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> or <paramref name="to"/> is positive infinity.</exception>
    public static double Convert(double value, double from, double to) => Converts(from, to) ? value * from / to : value;

    /// <summary>The interval <paramref name="value"/> converted as <see cref="Convert(double, double, double)"/> does.</summary>
    /// <remarks>A bound beyond the range of double is the largest finite number on its side, as in <see cref="ValueInterval"/>'s arithmetic.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> or <paramref name="to"/> is positive infinity.</exception>
    public static ValueInterval Convert(ValueInterval value, double from, double to)
    {
        if (!Converts(from, to)) return value;
        // Factors far apart have a ratio beyond double's range (0 or infinity, which would leave an infinite bound NaN):
        // then the interval is multiplied and divided in turn. A unit table's factors never are.
        var ratio = from / to;
        return ratio > 0 && double.IsFinite(ratio) ? value.Times(ratio) : value.Times(from).DivideBy(to);
    }

    /// <summary>Whether a figure in a unit <paramref name="from"/> times the base unit changes in one <paramref name="to"/> times it.</summary>
    private static bool Converts(double from, double to)
    {
        if (double.IsPositiveInfinity(from)) throw new ArgumentOutOfRangeException(nameof(from), from, "A unit's factor to the base unit must be finite.");
        if (double.IsPositiveInfinity(to)) throw new ArgumentOutOfRangeException(nameof(to), to, "A unit's factor to the base unit must be finite.");
        return from > 0 && to > 0 && from != to;
    }

    /// <summary>" km" after a figure whose unit converts (so that "100 km" and "62 miles" read as stated); nothing otherwise, as before units converted.</summary>
    public static string Suffix(Unit unit, double scale) => HasSuffix(unit, scale) ? " " + unit.Name : string.Empty;

    /// <summary>Appends <see cref="Suffix"/> to <paramref name="text"/>.</summary>
    internal static void AppendSuffix(System.Text.StringBuilder text, Unit unit, double scale)
    {
        if (HasSuffix(unit, scale)) text.Append(' ').Append(unit.Name);
    }

    private static bool HasSuffix(Unit unit, double scale) => scale > 0 && !unit.IsNone;
}
