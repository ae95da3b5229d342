namespace FactCheck.Checking;

/// <summary>
/// The unit an index entry's figure is compared in and the factor from the unit it was stated in, held once for all the
/// entries that share them: a million entries state a handful of units, and one reference in each takes 8 bytes where
/// the unit and its factor took 16. Null stands for no unit and no factor, the most common pair.
/// </summary>
internal sealed class ComparedUnit : IEquatable<ComparedUnit>
{
    private ComparedUnit? unscaled;

    private ComparedUnit(Unit unit, double scale)
    {
        Unit = unit;
        Scale = scale;
    }

    /// <summary>The unit compared in.</summary>
    internal Unit Unit { get; }

    /// <summary>The factor from the stated unit to <see cref="Unit"/>; 0 when the unit does not convert.</summary>
    internal double Scale { get; }

    /// <summary>The pair, or null for no unit and no factor.</summary>
    // A factor of −0.0 is kept as stated, as the entry it came from held it.
    internal static ComparedUnit? Of(Unit unit, double scale) => unit.IsNone && BitConverter.DoubleToInt64Bits(scale) == 0 ? null : new(unit, scale);

    /// <summary>The unit of <paramref name="compared"/>, or none for null.</summary>
    internal static Unit UnitOf(ComparedUnit? compared) => compared?.Unit ?? default;

    /// <summary>The factor of <paramref name="compared"/>, or 0 for null.</summary>
    internal static double ScaleOf(ComparedUnit? compared) => compared?.Scale ?? 0;

    /// <summary>The same unit without its factor, as a percentage in it is compared; made once, so that entries share it.</summary>
    internal ComparedUnit? Unscaled => Scale == 0 ? this : unscaled ??= Of(Unit, 0);

    /// <inheritdoc />
    public bool Equals(ComparedUnit? other) => other is not null && Unit == other.Unit && Scale.Equals(other.Scale);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ComparedUnit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Scale);
}
