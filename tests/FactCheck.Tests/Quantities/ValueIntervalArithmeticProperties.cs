using CsCheck;
using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Quantities;

/// <summary>
/// What an interval's arithmetic keeps, for any intervals, the unbounded and the vast among them: its results are
/// intervals as <see cref="ValueInterval"/>'s remarks define them (no NaN, no lower bound of positive infinity or upper
/// bound of negative infinity, the lower bound not above the upper), which the sweeps' orders of bounds rely on.
/// </summary>
public class ValueIntervalArithmeticProperties
{
    /// <summary>
    /// Bounds where arithmetic goes wrong: the infinities, the extremes, zero and the smallest, and where a difference
    /// turns from decimal arithmetic to double (at 1e27, and just below it, where a double converted to a decimal rounds up to it).
    /// </summary>
    private static readonly double[] Edges =
    [
        double.NegativeInfinity, double.MinValue, -1e27, -Math.BitDecrement(1e27), -9.999999999999997e26, -1e-300, 0,
        1e-300, 9.999999999999997e26, Math.BitDecrement(1e27), 1e27, double.MaxValue, double.PositiveInfinity,
    ];

    /// <summary>Mostly the edges, so that two intervals of them meet often; else any double, or a figure of two decimals.</summary>
    private static readonly Gen<double> Bound =
        Gen.Frequency((4, Gen.Int[0, Edges.Length - 1].Select(i => Edges[i])), (1, Gen.Double), (1, Gen.Int[-1_000_000, 1_000_000].Select(i => i / 100.0)));

    private static readonly Gen<ValueInterval> Interval =
        Gen.Select(Bound, Bound, Gen.Bool, Gen.Bool)
            .Where(static (a, b, _, _) => Math.Min(a, b) < double.PositiveInfinity && Math.Max(a, b) > double.NegativeInfinity)
            .Select(static (a, b, minInclusive, maxInclusive) => ValueInterval.Create(Math.Min(a, b), minInclusive, Math.Max(a, b), maxInclusive));

    [Fact]
    public void A_difference_of_intervals_is_an_interval() =>
        Gen.Select(Interval, Interval).Sample(static (left, right) => IsInterval(left - right), iter: 50_000);

    [Fact]
    public void A_quotient_by_a_positive_finite_number_is_an_interval() =>
        Gen.Select(Interval, Gen.OneOf(Gen.Double[1e-300, 1e300], Gen.Const(double.Epsilon), Gen.Const(double.MaxValue)))
            .Sample(static (interval, divisor) => IsInterval(interval.DivideBy(divisor)), iter: 50_000);

    [Fact]
    public void A_negated_interval_is_an_interval() =>
        Interval.Sample(static interval => IsInterval(-interval) && -(-interval) == interval, iter: 20_000);

    private static bool IsInterval(ValueInterval interval) =>
        !double.IsNaN(interval.Min) && !double.IsNaN(interval.Max)
        && interval.Min < double.PositiveInfinity && interval.Max > double.NegativeInfinity
        && interval.Min <= interval.Max;
}
