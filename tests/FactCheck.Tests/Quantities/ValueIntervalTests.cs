namespace FactCheck.Tests.Quantities;

public class ValueIntervalTests
{
    [Fact]
    public void Difference_of_intervals_spans_all_differences()
    {
        var target = ValueInterval.Closed(4000, 5000);
        var figure = ValueInterval.Point(8600);
        (target - figure).Should().Be(ValueInterval.Closed(-4600, -3600));
    }

    [Fact]
    public void Difference_keeps_an_open_end_open()
    {
        var under = ValueInterval.Create(double.NegativeInfinity, false, 5000, false);
        var change = under - ValueInterval.Point(8600);
        change.Max.Should().Be(-3600);
        change.MaxInclusive.Should().BeFalse();
        change.Min.Should().Be(double.NegativeInfinity);
    }

    [Fact]
    public void Rates_divide_both_bounds() =>
        ValueInterval.Closed(-4600, -3600).DivideBy(55).Min.Should().BeApproximately(-83.636, 0.001);

    [Fact]
    public void Touching_closed_intervals_overlap() =>
        ValueInterval.Closed(0, 1).Overlaps(ValueInterval.Closed(1, 2)).Should().BeTrue();

    [Fact]
    public void Touching_intervals_with_an_open_end_are_disjoint() =>
        ValueInterval.Create(0, true, 1, false).Overlaps(ValueInterval.Closed(1, 2)).Should().BeFalse();

    [Fact]
    public void Inverted_bounds_are_rejected_naming_the_parameter()
    {
        var act = () => ValueInterval.Closed(2, 1);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("min");
    }

    [Fact]
    public void NaN_is_rejected()
    {
        var act = () => ValueInterval.Closed(double.NaN, 1);
        act.Should().Throw<ArgumentException>().WithMessage("*NaN*");
    }

    [Fact]
    public void A_lower_bound_of_positive_infinity_is_rejected_naming_min()
    {
        var act = () => ValueInterval.Point(double.PositiveInfinity);
        act.Should().Throw<ArgumentException>().WithMessage("*lower bound cannot be positive infinity*").Which.ParamName.Should().Be("min");
    }

    [Fact]
    public void An_upper_bound_of_negative_infinity_is_rejected_naming_max()
    {
        var act = () => ValueInterval.Create(double.NegativeInfinity, false, double.NegativeInfinity, false);
        act.Should().Throw<ArgumentException>().WithMessage("*upper bound cannot be negative infinity*").Which.ParamName.Should().Be("max");
    }

    [Fact]
    public void The_widest_bounds_are_accepted()
    {
        var interval = ValueInterval.Create(double.MaxValue, true, double.PositiveInfinity, false);
        interval.Min.Should().Be(double.MaxValue);
        ValueInterval.Create(double.NegativeInfinity, false, double.MinValue, true).Max.Should().Be(double.MinValue);
    }

    [Fact]
    public void A_difference_beyond_the_range_of_double_is_the_largest_finite_bound_on_its_side()
    {
        var above = ValueInterval.Point(double.MaxValue) - ValueInterval.Point(double.MinValue);
        above.Min.Should().Be(double.MaxValue);
        above.Max.Should().Be(double.PositiveInfinity);
        var below = ValueInterval.Point(double.MinValue) - ValueInterval.Point(double.MaxValue);
        below.Max.Should().Be(double.MinValue);
        below.Min.Should().Be(double.NegativeInfinity);
    }

    [Fact]
    public void A_difference_near_where_decimal_arithmetic_ends_keeps_its_bounds_in_order()
    {
        // The lower bound, from operands below 1e27, was a decimal rounded up to 2e27; the upper one a double just below.
        var difference = ValueInterval.Closed(9.999999999999999e26, 1e27) - ValueInterval.Point(-9.999999999999997e26);
        difference.Min.Should().BeLessThanOrEqualTo(difference.Max);
        difference.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Infinite_bounds_stay_unbounded_and_are_not_clamped()
    {
        var difference = ValueInterval.All - ValueInterval.All;
        difference.Should().Be(ValueInterval.All);
        (ValueInterval.Create(5, true, double.PositiveInfinity, false) - ValueInterval.Create(3, true, double.PositiveInfinity, false)).Should().Be(ValueInterval.All);
    }

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void A_divisor_that_is_not_positive_and_finite_is_rejected(double divisor)
    {
        var act = () => ValueInterval.All.DivideBy(divisor);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("divisor");
    }

    [Fact]
    public void A_quotient_beyond_the_range_of_double_is_the_largest_finite_bound_on_its_side()
    {
        var quotient = ValueInterval.Closed(1e300, 1e300).DivideBy(1e-300);
        quotient.Min.Should().Be(double.MaxValue);
        quotient.Max.Should().Be(double.PositiveInfinity);
    }

    [Fact]
    public void A_quotient_below_the_range_of_double_is_the_least_finite_bound()
    {
        var quotient = ValueInterval.Closed(-1e300, -1e300).DivideBy(1e-300);
        quotient.Max.Should().Be(double.MinValue);
        quotient.Min.Should().Be(double.NegativeInfinity);
    }

    [Fact]
    public void ToString_uses_mathematical_notation() =>
        ValueInterval.Create(0, true, 5000, false).ToString().Should().Be("[0, 5,000)");
}
