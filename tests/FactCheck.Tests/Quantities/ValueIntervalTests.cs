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
    public void ToString_uses_mathematical_notation() =>
        ValueInterval.Create(0, true, 5000, false).ToString().Should().Be("[0, 5,000)");
}
