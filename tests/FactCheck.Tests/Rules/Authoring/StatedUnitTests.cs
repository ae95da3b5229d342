using FactCheck.Rules.Authoring;

namespace FactCheck.Tests.Rules.Authoring;

public class StatedUnitTests
{
    private const double Kilometre = 1_000, Mile = 1_609.344;

    [Fact]
    public void A_figure_converts_from_one_unit_to_another() =>
        StatedUnit.Convert(100, Kilometre, Mile).Should().BeApproximately(62.137, 0.001);

    [Theory]
    [InlineData(0.0, Mile)]
    [InlineData(Kilometre, 0.0)]
    [InlineData(Kilometre, Kilometre)]
    [InlineData(double.NegativeInfinity, Mile)]
    [InlineData(Kilometre, double.NaN)]
    public void A_figure_is_unchanged_when_a_unit_does_not_convert_or_both_are_the_same(double from, double to)
    {
        StatedUnit.Convert(100, from, to).Should().Be(100);
        StatedUnit.Convert(ValueInterval.Closed(100, 200), from, to).Should().Be(ValueInterval.Closed(100, 200));
    }

    [Fact]
    public void An_interval_converts_as_its_bounds_do()
    {
        var converted = StatedUnit.Convert(ValueInterval.Create(100, true, 200, false), Kilometre, Mile);
        converted.Min.Should().BeApproximately(StatedUnit.Convert(100, Kilometre, Mile), 1e-9);
        converted.Max.Should().BeApproximately(StatedUnit.Convert(200, Kilometre, Mile), 1e-9);
        converted.MaxInclusive.Should().BeFalse();
    }

    [Theory]
    [InlineData(double.PositiveInfinity, Mile, "from")]
    [InlineData(Kilometre, double.PositiveInfinity, "to")]
    public void An_infinite_factor_is_rejected_naming_it(double from, double to, string parameter)
    {
        var figure = () => StatedUnit.Convert(100, from, to);
        var interval = () => StatedUnit.Convert(ValueInterval.All, from, to);
        figure.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(parameter);
        interval.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(parameter);
    }

    [Fact]
    public void Factors_whose_ratio_is_beyond_the_range_of_double_leave_no_bound_NaN()
    {
        // The ratio is 0: multiplied by it, an infinite bound was NaN.
        StatedUnit.Convert(ValueInterval.All, 1e-300, 1e300).Should().Be(ValueInterval.All);
        var vast = StatedUnit.Convert(ValueInterval.Closed(1, 2), 1e300, 1e-300);
        vast.Min.Should().Be(double.MaxValue);
        vast.Max.Should().Be(double.PositiveInfinity);
    }
}
