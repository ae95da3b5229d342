namespace FactCheck.Checking;

/// <summary>A figure as the index compares it: its interval in the unit it is compared in, and the factor from the unit it was stated in.</summary>
/// <param name="Interval">The interval, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The canonical unit, or the base unit of its kind for a unit that converts.</param>
/// <param name="Scale">The factor from the stated unit to <paramref name="Unit"/>; 0 when the unit does not convert.</param>
internal readonly record struct Measure(ValueInterval Interval, Unit Unit, double Scale);
