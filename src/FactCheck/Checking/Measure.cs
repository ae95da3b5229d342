namespace FactCheck.Checking;

/// <summary>A figure as the index compares it: its interval in the unit it is compared in, with that unit and the factor from the unit it was stated in.</summary>
/// <param name="Interval">The interval, in the compared unit.</param>
/// <param name="Compared">The compared unit (the canonical unit, or the base unit of its kind for a unit that converts) and the factor; null for neither.</param>
internal readonly record struct Measure(ValueInterval Interval, ComparedUnit? Compared)
{
    /// <summary>The compared unit.</summary>
    internal Unit Unit => ComparedUnit.UnitOf(Compared);

    /// <summary>The factor from the stated unit; 0 when the unit does not convert.</summary>
    internal double Scale => ComparedUnit.ScaleOf(Compared);
}
