using CsCheck;
using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Quantities;

/// <summary>
/// Whole figures take a shortcut to their interval in 64-bit integers; what keeps it honest: a whole figure gives the
/// very same interval, to the bit, as decimal arithmetic on the figure and its rounding room gives, and, where a
/// decimal place leaves the figure exact in a double, as the same figure written with a decimal place (which does not
/// take the shortcut).
/// </summary>
public class WholeFigureIntervalProperties
{
    private const long Exact = 1L << 52;

    /// <summary>Approximate tolerances with few and many decimals, none and all of the figure.</summary>
    private static readonly decimal[] Tolerances = [0.1m, 0.10m, 0.05m, 0.125m, 0.333333333333333333m, 0m, 1m, 1.0m];

    /// <summary>Whole figures, mostly round, up to and beyond the shortcut's limit of 2⁵², either sign.</summary>
    private static readonly Gen<long> Whole = Wholes(Exact << 2);

    /// <summary>Whole figures, mostly round, below <paramref name="limit"/> either side of zero.</summary>
    private static Gen<long> Wholes(long limit) =>
        Gen.Select(Gen.Long[-limit, limit], Gen.Int[0, 16])
            .Select(static (digits, zeros) =>
            {
                var power = 1L;
                for (var i = 0; i < zeros; i++) power *= 10;
                return digits / power * power;
            });

    [Fact]
    public void A_whole_figure_has_the_interval_decimal_arithmetic_gives()
    {
        Gen.Select(Whole, Gen.Int[0, 4], Gen.Bool, Gen.Bool, Gen.Int[0, Tolerances.Length - 1])
            .Sample(static (whole, form, implied, count, tolerance) => SameAsDecimal(whole, form, implied, count, Tolerances[tolerance]), iter: 30_000);
    }

    [Fact]
    public void A_whole_figure_has_the_interval_of_the_same_figure_with_a_decimal_place()
    {
        // The mantissas of the written form's bounds (a hundred times the figure, with the tolerance's decimal) stay
        // below 2^53, so that form converts exactly too.
        Gen.Select(Wholes(Exact / 100), Gen.Int[0, 4], Gen.Bool, Gen.Bool)
            .Sample(static (whole, form, implied, count) => SameAsWritten(whole, form, implied, count), iter: 20_000);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(-1L)]
    [InlineData(10L)]
    [InlineData(-10L)]
    [InlineData(Exact - 1)]
    [InlineData(Exact)]
    [InlineData(Exact + 1)]
    [InlineData(-Exact + 1)]
    [InlineData(-Exact)]
    [InlineData(4_000_000_000_000_000L)]
    [InlineData(-4_000_000_000_000_000L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void Figures_at_the_edges_of_the_shortcut_have_the_interval_of_the_decimal_arithmetic(long whole)
    {
        for (var form = 0; form < 5; form++)
        {
            foreach (var implied in (bool[])[false, true])
            {
                foreach (var tolerance in Tolerances)
                {
                    SameAsDecimal(whole, form, implied, count: true, tolerance).Should().BeTrue($"form {form}, implied precision {implied}, tolerance {tolerance}");
                    SameAsDecimal(whole, form, implied, count: false, tolerance).Should().BeTrue($"form {form}, implied precision {implied}, tolerance {tolerance}");
                }
            }
        }
    }

    [Fact]
    public void A_round_whole_figure_stands_for_what_rounds_to_it()
    {
        Quantity.Exactly(8_600).ToInterval(QuantityOptions.Default).Should().Be(ValueInterval.Closed(8_550, 8_650));
        Quantity.AtLeast(3_000).ToInterval(QuantityOptions.Default).Should().Be(ValueInterval.Create(2_500, true, double.PositiveInfinity, false));
        Quantity.AtMost(-3_000).ToInterval(QuantityOptions.Default, isCount: false).Should().Be(ValueInterval.Create(double.NegativeInfinity, false, -2_500, true));
    }

    private static bool SameAsWritten(long whole, int form, bool implied, bool count)
    {
        var options = new QuantityOptions(0.1m, implied);
        return Identical(Statement(form, whole).ToInterval(options, count), Statement(form, whole * 1.0m).ToInterval(options, count));
    }

    private static bool SameAsDecimal(long whole, int form, bool implied, bool count, decimal tolerance = 0.1m)
    {
        var options = new QuantityOptions(tolerance, implied);
        decimal value = whole;
        var room = implied ? RoundingRoom(value) : 0m;
        var (low, high) = ((double)(value - room), (double)(value + room));
        var half = Math.Max(Math.Abs(value) * tolerance, room);
        var expected = form switch
        {
            0 => ValueInterval.Closed(low, high),
            1 => ValueInterval.Create(low, true, double.PositiveInfinity, false),
            2 => ValueInterval.Create(low, false, double.PositiveInfinity, false),
            3 => ValueInterval.Create(count ? Math.Min(0, high) : double.NegativeInfinity, count, high, true),
            _ => ValueInterval.Closed((double)(value - half), (double)(value + half)),
        };
        return Identical(Statement(form, value).ToInterval(options, count), expected);
    }

    private static Quantity Statement(int form, decimal value) => form switch
    {
        0 => Quantity.Exactly(value),
        1 => Quantity.AtLeast(value),
        2 => Quantity.MoreThan(value),
        3 => Quantity.AtMost(value),
        _ => Quantity.Approximately(value),
    };

    /// <summary>Half the unit of the figure's last non-zero digit, from ten on: the room a round figure is stated with.</summary>
    private static decimal RoundingRoom(decimal value)
    {
        if (value == 0m) return 0m;
        var (unit, rest) = (1m, Math.Abs(value));
        while (rest % 10m == 0m) (rest, unit) = (rest / 10m, unit * 10m);
        return unit >= 10m ? unit / 2m : 0m;
    }

    private static bool Identical(ValueInterval x, ValueInterval y) =>
        BitConverter.DoubleToInt64Bits(x.Min) == BitConverter.DoubleToInt64Bits(y.Min)
        && BitConverter.DoubleToInt64Bits(x.Max) == BitConverter.DoubleToInt64Bits(y.Max)
        && x.MinInclusive == y.MinInclusive && x.MaxInclusive == y.MaxInclusive;
}
