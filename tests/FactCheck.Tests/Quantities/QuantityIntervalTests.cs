namespace FactCheck.Tests.Quantities;

public class QuantityIntervalTests
{
    private static ValueInterval Count(string text) => Quantity.Parse(text).ToInterval(QuantityOptions.Default, isCount: true);

    private static ValueInterval Level(string text) => Quantity.Parse(text).ToInterval(QuantityOptions.Default, isCount: false);

    [Theory]
    [InlineData("8,600", 8550, 8650)]
    [InlineData("3,000", 2500, 3500)]
    [InlineData("3", 3, 3)]
    [InlineData("5,201", 5201, 5201)]
    [InlineData("5.2 million", 5_150_000, 5_250_000)]
    [InlineData("five thousand", 4500, 5500)]
    [InlineData("3.5", 3.5, 3.5)]
    public void Round_figures_stand_for_what_rounds_to_them(string text, double min, double max) =>
        Count(text).Should().Be(ValueInterval.Closed(min, max));

    [Fact]
    public void Implied_precision_can_be_turned_off()
    {
        Quantity.Parse("3,000").ToInterval(new QuantityOptions(0.10m, impliedPrecision: false)).Should().Be(ValueInterval.Point(3000));
    }

    [Fact]
    public void Approximate_figure_is_ten_percent_either_side() =>
        Count("about 5,200").Should().Be(ValueInterval.Closed(4680, 5720));

    [Fact]
    public void Approximate_figure_is_never_narrower_than_its_implied_precision() =>
        Count("about 30").Should().Be(ValueInterval.Closed(25, 35));

    [Fact]
    public void Approximate_tolerance_is_configurable() =>
        Quantity.Parse("about 5,000").ToInterval(new QuantityOptions(0.20m, true)).Should().Be(ValueInterval.Closed(4000, 6000));

    [Fact]
    public void Nearly_is_just_under_the_figure()
    {
        var interval = Count("nearly 5,000");
        interval.Should().Be(ValueInterval.Create(4500, true, 5000, false));
        interval.Contains(5000).Should().BeFalse();
        interval.Contains(4500).Should().BeTrue();
    }

    [Fact]
    public void Lower_bounds_are_open_or_closed_as_worded()
    {
        Count("at least 3").Contains(3).Should().BeTrue();
        Count("more than 3").Contains(3).Should().BeFalse();
        Count("more than 3").Max.Should().Be(double.PositiveInfinity);
    }

    [Fact]
    public void Upper_bounds_of_counts_start_at_zero()
    {
        Count("less than 5,000").Should().Be(ValueInterval.Create(0, true, 5000, false));
        Count("at most 5,000").Should().Be(ValueInterval.Closed(0, 5000));
    }

    [Fact]
    public void Upper_bounds_of_other_metrics_are_unbounded_below()
    {
        Level("less than 5").Min.Should().Be(double.NegativeInfinity);
        Level("at most 5").Contains(-100).Should().BeTrue();
    }

    [Fact]
    public void Less_than_4000_and_between_4000_and_5000_are_disjoint() =>
        Count("less than 4,000").Overlaps(Count("between 4,000 and 5,000")).Should().BeFalse();

    [Fact]
    public void Less_than_five_thousand_and_between_4000_and_5000_are_not_disjoint() =>
        Count("less than five thousand").Overlaps(Count("between 4,000 and 5,000")).Should().BeTrue();

    [Fact]
    public void Approximate_figure_is_compatible_with_nearby_exact_figure() =>
        Count("approximately 5,200").Overlaps(Count("5,000")).Should().BeTrue();

    [Fact]
    public void Distant_exact_figures_are_incompatible() =>
        Count("5,200").Overlaps(Count("3,000")).Should().BeFalse();

    [Fact]
    public void Tolerance_edge_touching_a_closed_bound_overlaps()
    {
        // about 5,000 is [4,500, 5,500]; at most 4,500 is [0, 4,500]: they share 4,500.
        Count("about 5,000").Overlaps(Count("at most 4,500")).Should().BeTrue();
    }

    [Fact]
    public void Tolerance_edge_touching_an_open_bound_does_not_overlap()
    {
        // less than 4,500 is [0, 4,500): 4,500 itself is excluded.
        Count("about 5,000").Overlaps(Count("less than 4,500")).Should().BeFalse();
    }

    [Fact]
    public void Nominal_figures_ignore_tolerance()
    {
        Quantity.Parse("about 5,200").Nominal.Should().Be(ValueInterval.Point(5200));
        Quantity.Parse("less than 5,000").Nominal.Should().Be(ValueInterval.Create(double.NegativeInfinity, false, 5000, false));
        Quantity.Parse("4,000-5,000").Representative.Should().Be(4500);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("5")]
    [InlineData("10")]
    [InlineData("3000")]
    [InlineData("3500")]
    [InlineData("-4000")]
    [InlineData("5000.00")]
    [InlineData("0.5")]
    [InlineData("100000000000000000")]
    [InlineData("999999999999999990")]
    [InlineData("1000000000000000000")]
    [InlineData("-20000000000000000000000")]
    public void Implied_precision_of_a_whole_figure_is_half_its_last_nonzero_digits_place(string figure)
    {
        var value = decimal.Parse(figure, System.Globalization.CultureInfo.InvariantCulture);

        Quantity.ImpliedHalfWidth(value).Should().Be(ByDecimalDivision(value));
    }

    /// <summary>The rule written plainly: half the place of the last non-zero digit, from tens up.</summary>
    private static decimal ByDecimalDivision(decimal figure)
    {
        if (figure == 0m || figure != decimal.Truncate(figure)) return 0m;
        var unit = 1m;
        for (var rest = Math.Abs(figure); rest % 10m == 0m; rest /= 10m) unit *= 10m;
        return unit >= 10m ? unit / 2m : 0m;
    }
}
