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
        Count("less than 5,001").Should().Be(ValueInterval.Create(0, true, 5001, false));
        Count("at most 5,001").Should().Be(ValueInterval.Closed(0, 5001));
    }

    [Theory]
    [InlineData("more than 3,000", 2500, false)]
    [InlineData("at least 3,000", 2500, true)]
    [InlineData("over 3", 3, false)]
    [InlineData("more than 3,001", 3001, false)]
    [InlineData("more than 34%", 33.5, false)]
    public void Lower_bound_on_a_round_figure_gets_its_rounding_room(string text, double min, bool inclusive) =>
        Level(text).Should().Be(ValueInterval.Create(min, inclusive, double.PositiveInfinity, false));

    [Theory]
    [InlineData("up to 5,000", 5500, true)]
    [InlineData("as many as one million", 1_500_000, true)]
    [InlineData("as many as 1.2 million", 1_250_000, true)]
    [InlineData("at most 59.9%", 59.95, true)]
    public void Upper_bound_on_a_round_figure_gets_its_rounding_room(string text, double max, bool inclusive) =>
        Count(text).Should().Be(ValueInterval.Create(0, true, max, inclusive));

    [Fact]
    public void Bounds_are_as_stated_without_implied_precision()
    {
        var stated = new QuantityOptions(0.10m, impliedPrecision: false);
        Quantity.Parse("more than 3,000").ToInterval(stated).Should().Be(ValueInterval.Create(3000, false, double.PositiveInfinity, false));
        Quantity.Parse("as many as one million").ToInterval(stated, isCount: true).Should().Be(ValueInterval.Closed(0, 1_000_000));
    }

    [Fact]
    public void Ranges_are_taken_as_stated_even_with_implied_precision() =>
        Count("between 4,000 and 5,000").Should().Be(ValueInterval.Closed(4000, 5000));

    [Theory]
    [InlineData("34%", 33.5, 34.5)]
    [InlineData("59.9%", 59.85, 59.95)]
    [InlineData("60.0%", 59.95, 60.05)]
    [InlineData("60%", 59.5, 60.5)]
    [InlineData("0.25%", 0.245, 0.255)]
    public void Percentages_stand_for_what_rounds_to_their_last_digit(string text, double min, double max)
    {
        var interval = Level(text);
        interval.Min.Should().BeApproximately(min, 1e-9);
        interval.Max.Should().BeApproximately(max, 1e-9);
        interval.MinInclusive.Should().BeTrue();
        interval.MaxInclusive.Should().BeTrue();
    }

    [Fact]
    public void Percentages_are_points_without_implied_precision() =>
        Quantity.Parse("34%").ToInterval(new QuantityOptions(0.10m, impliedPrecision: false)).Should().Be(ValueInterval.Point(34));

    [Fact]
    public void About_a_percentage_is_at_least_as_wide_as_its_rounding()
    {
        Level("about 3%").Should().Be(ValueInterval.Closed(2.5, 3.5), "±10 % of 3 is only ±0.3");
        Level("about 60%").Should().Be(ValueInterval.Closed(54, 66));
    }

    [Fact]
    public void Fractions_written_as_words_are_exact() =>
        Level("a quarter").Should().Be(ValueInterval.Point(25));

    [Fact]
    public void Upper_bounds_of_other_metrics_are_unbounded_below()
    {
        Level("less than 5").Min.Should().Be(double.NegativeInfinity);
        Level("at most 5").Contains(-100).Should().BeTrue();
    }

    [Fact]
    public void Less_than_4000_and_between_4000_and_5000_are_disjoint_as_stated()
    {
        var stated = new QuantityOptions(0.10m, impliedPrecision: false);
        Quantity.Parse("less than 4,000").ToInterval(stated, true).Overlaps(Quantity.Parse("between 4,000 and 5,000").ToInterval(stated, true)).Should().BeFalse();
    }

    [Theory]
    [InlineData("less than 5,000", 5000)]
    [InlineData("under 4,999", 4999)]
    [InlineData("fewer than 3 million", 3_000_000)]
    public void Strict_upper_bound_is_taken_as_stated_even_on_a_round_figure(string text, double max) =>
        Count(text).Should().Be(ValueInterval.Create(0, true, max, false));

    [Fact]
    public void Less_than_4000_and_between_4000_and_5000_are_disjoint_under_implied_precision_too() =>
        Count("less than 4,000").Overlaps(Count("between 4,000 and 5,000")).Should().BeFalse("a strict upper bound says 4,000 was not reached");

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
        // Without implied precision less than 4,500 is [0, 4,500): 4,500 itself is excluded.
        var stated = new QuantityOptions(0.10m, impliedPrecision: false);
        Quantity.Parse("about 5,000").ToInterval(stated).Overlaps(Quantity.Parse("less than 4,500").ToInterval(stated, isCount: true)).Should().BeFalse();
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
