using System.Globalization;

namespace FactCheck;

/// <summary>
/// A set of real numbers between two bounds, each bound closed or open and possibly infinite:
/// what a quantity stands for once its vagueness is taken into account.
/// </summary>
/// <remarks>
/// An infinite bound is always open. The lower bound is never positive infinity and the upper bound never negative
/// infinity, no bound is NaN, and the lower bound is never above the upper: <see cref="Create"/> refuses such bounds,
/// and the arithmetic never makes one (a bound that overflows on the side it bounds is the largest finite number
/// there, which the true bound lies beyond). The default value is the closed interval [0, 0]. Two statements conflict
/// exactly when their intervals are disjoint.
/// </remarks>
public readonly struct ValueInterval : IEquatable<ValueInterval>
{
    private readonly byte openness; // bit 0: lower bound open, bit 1: upper bound open

    private ValueInterval(double min, bool minOpen, double max, bool maxOpen)
    {
        Min = min;
        Max = max;
        openness = (byte)((minOpen || double.IsNegativeInfinity(min) ? 1 : 0) | (maxOpen || double.IsPositiveInfinity(max) ? 2 : 0));
    }

    // An interval's parts as they are stored, for a holder that lays them out with its own fields (an index entry) and
    // so saves the padding a nested interval would bring.
    private ValueInterval(double min, double max, byte openness)
    {
        Min = min;
        Max = max;
        this.openness = openness;
    }

    /// <summary>The interval of parts read from another (<see cref="Min"/>, <see cref="Max"/>, <see cref="Openness"/>).</summary>
    internal static ValueInterval FromParts(double min, double max, byte openness)
    {
        System.Diagnostics.Debug.Assert(HasBounds(min, max), "Parts read from an interval are an interval's bounds.");
        return new(min, max, openness);
    }

    // What every interval's bounds are, as the remarks say: numbers, the lower one below positive infinity and the upper
    // one above negative infinity, in order.
    private static bool HasBounds(double min, double max) =>
        !double.IsNaN(min) && !double.IsNaN(max) && !double.IsPositiveInfinity(min) && !double.IsNegativeInfinity(max) && min <= max;

    /// <summary>
    /// The interval a computation's bounds give, with a lower bound that overflowed to positive infinity as the largest
    /// double and an upper bound that overflowed to negative infinity as the least: the true bound lies beyond them, and
    /// the result keeps the bounds every interval has.
    /// </summary>
    private static ValueInterval Computed(double min, bool minOpen, double max, bool maxOpen)
    {
        var interval = new ValueInterval(double.IsPositiveInfinity(min) ? double.MaxValue : min, minOpen, double.IsNegativeInfinity(max) ? double.MinValue : max, maxOpen);
        System.Diagnostics.Debug.Assert(HasBounds(interval.Min, interval.Max), "Arithmetic on an interval's bounds gives an interval's bounds.");
        return interval;
    }

    /// <summary>Which bounds are open, as stored: bit 0 the lower, bit 1 the upper.</summary>
    internal byte Openness => openness;

    /// <summary>The lower bound; negative infinity when unbounded below.</summary>
    public double Min { get; }

    /// <summary>The upper bound; positive infinity when unbounded above.</summary>
    public double Max { get; }

    /// <summary>Whether <see cref="Min"/> itself belongs to the interval.</summary>
    public bool MinInclusive => (openness & 1) == 0;

    /// <summary>Whether <see cref="Max"/> itself belongs to the interval.</summary>
    public bool MaxInclusive => (openness & 2) == 0;

    /// <summary>Whether no number belongs to the interval.</summary>
    public bool IsEmpty => Min > Max || (Min == Max && !(MinInclusive && MaxInclusive));

    /// <summary>Whether the interval holds exactly one number.</summary>
    public bool IsPoint => Min == Max && MinInclusive && MaxInclusive;

    /// <summary>The interval that holds every real number.</summary>
    public static ValueInterval All => new(double.NegativeInfinity, true, double.PositiveInfinity, true);

    /// <summary>Creates an interval from its bounds.</summary>
    /// <param name="min">The lower bound, or negative infinity.</param>
    /// <param name="minInclusive">Whether the lower bound belongs to the interval.</param>
    /// <param name="max">The upper bound, or positive infinity.</param>
    /// <param name="maxInclusive">Whether the upper bound belongs to the interval.</param>
    /// <exception cref="ArgumentException">
    /// A bound is NaN, <paramref name="min"/> is positive infinity, <paramref name="max"/> is negative infinity, or
    /// <paramref name="min"/> exceeds <paramref name="max"/>.
    /// </exception>
    public static ValueInterval Create(double min, bool minInclusive, double max, bool maxInclusive)
    {
        if (double.IsNaN(min)) throw new ArgumentException("The lower bound must be a number; got NaN.", nameof(min));
        if (double.IsNaN(max)) throw new ArgumentException("The upper bound must be a number; got NaN.", nameof(max));
        // Such a bound leaves no number in the interval, and differences of two of them are NaN.
        if (double.IsPositiveInfinity(min)) throw new ArgumentException("The lower bound cannot be positive infinity: no number lies above it.", nameof(min));
        if (double.IsNegativeInfinity(max)) throw new ArgumentException("The upper bound cannot be negative infinity: no number lies below it.", nameof(max));
        if (min > max)
        {
            throw new ArgumentException(
                $"The lower bound {min.ToString(CultureInfo.InvariantCulture)} exceeds the upper bound {max.ToString(CultureInfo.InvariantCulture)}.", nameof(min));
        }
        return new ValueInterval(min, !minInclusive, max, !maxInclusive);
    }

    /// <summary>The closed interval [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static ValueInterval Closed(double min, double max) => Create(min, true, max, true);

    /// <summary>The interval holding only <paramref name="value"/>.</summary>
    public static ValueInterval Point(double value) => Create(value, true, value, true);

    /// <summary>Whether <paramref name="value"/> belongs to the interval.</summary>
    public bool Contains(double value) =>
        (value > Min || (value == Min && MinInclusive)) && (value < Max || (value == Max && MaxInclusive));

    /// <summary>Whether the two intervals share at least one number.</summary>
    public bool Overlaps(ValueInterval other)
    {
        var low = Math.Max(Min, other.Min);
        var high = Math.Min(Max, other.Max);
        if (low < high) return true;
        return low == high && Contains(low) && other.Contains(low);
    }

    /// <summary>
    /// Whether every number of this interval is greater than every number of <paramref name="other"/>.
    /// </summary>
    public bool IsEntirelyAbove(ValueInterval other) =>
        Min > other.Max || (Min == other.Max && !(MinInclusive && other.MaxInclusive));

    /// <summary>
    /// The interval of all differences <c>a − b</c> with <c>a</c> in <paramref name="left"/> and
    /// <c>b</c> in <paramref name="right"/>.
    /// </summary>
    /// <remarks>
    /// Finite bounds subtract as the decimals they stand for: [60.25, 60.35] − [59.85, 59.95] starts at 0.3, not
    /// 0.29999999999999716. A difference beyond the range of double is the largest finite number on its side (see the
    /// type's remarks).
    /// </remarks>
    public static ValueInterval operator -(ValueInterval left, ValueInterval right)
    {
        var (min, max) = (NumberText.Difference(left.Min, right.Max), NumberText.Difference(left.Max, right.Min));
        // Each bound takes decimal arithmetic only when its own operands are small enough, and a double converted to a
        // decimal keeps 15 digits: near 1e27 one bound could be rounded past the other, computed as doubles. Double
        // subtraction keeps the order of its operands, so then both are.
        if (min > max) (min, max) = (left.Min - right.Max, left.Max - right.Min);
        return Computed(min, !(left.MinInclusive && right.MaxInclusive), max, !(left.MaxInclusive && right.MinInclusive));
    }

    /// <summary>The interval of all differences; see the subtraction operator.</summary>
    public static ValueInterval Subtract(ValueInterval left, ValueInterval right) => left - right;

    /// <summary>Every number of the interval divided by a positive, finite <paramref name="divisor"/>.</summary>
    /// <remarks>A quotient beyond the range of double is the largest finite number on its side (see the type's remarks).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is not positive, or is infinite.</exception>
    public ValueInterval DivideBy(double divisor)
    {
        // An infinite divisor would leave an infinite bound NaN.
        if (!(divisor > 0 && double.IsFinite(divisor))) throw new ArgumentOutOfRangeException(nameof(divisor), divisor, "The divisor must be positive and finite.");
        return Computed(Min / divisor, !MinInclusive, Max / divisor, !MaxInclusive);
    }

    /// <summary>Every number of the interval times a positive, finite <paramref name="factor"/>: a change of unit.</summary>
    internal ValueInterval Times(double factor)
    {
        System.Diagnostics.Debug.Assert(factor > 0 && double.IsFinite(factor), "A unit's factor is positive and finite.");
        return Computed(Min * factor, !MinInclusive, Max * factor, !MaxInclusive);
    }

    /// <summary>The interval with its bounds negated and swapped.</summary>
    public static ValueInterval operator -(ValueInterval value) =>
        new(-value.Max, !value.MaxInclusive, -value.Min, !value.MinInclusive);

    /// <summary>The interval with its bounds negated and swapped.</summary>
    public ValueInterval Negate() => -this;

    /// <inheritdoc />
    public bool Equals(ValueInterval other) => Min.Equals(other.Min) && Max.Equals(other.Max) && openness == other.openness;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Min, Max, openness);

    /// <summary>Compares two intervals bound by bound.</summary>
    public static bool operator ==(ValueInterval left, ValueInterval right) => left.Equals(right);

    /// <summary>Compares two intervals bound by bound.</summary>
    public static bool operator !=(ValueInterval left, ValueInterval right) => !left.Equals(right);

    /// <summary>Mathematical notation, e.g. <c>[8,550, 8,650]</c> or <c>[0, 5,000)</c>.</summary>
    public override string ToString() =>
        (MinInclusive ? "[" : "(") + Format(Min) + ", " + Format(Max) + (MaxInclusive ? "]" : ")");

    private static string Format(double value) =>
        double.IsNegativeInfinity(value) ? "-∞" : double.IsPositiveInfinity(value) ? "∞" : NumberText.Format(value);
}
