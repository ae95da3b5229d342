using System.Globalization;
namespace FactCheck.Tests.Quantities;

public class QuantityParseTests
{
    [Theory]
    [InlineData("8600", 8600)]
    [InlineData("8,600", 8600)]
    [InlineData("8 600", 8600)]
    [InlineData("8\u00A0600", 8600)]
    [InlineData("5.2 million", 5_200_000)]
    [InlineData("1.5 billion", 1_500_000_000)]
    [InlineData("five thousand", 5000)]
    [InlineData("three", 3)]
    [InlineData("twenty-five", 25)]
    [InlineData("one hundred and eighty thousand", 180_000)]
    [InlineData("a million", 1_000_000)]
    [InlineData("Five Thousand", 5000)]
    [InlineData("-3.5", -3.5)]
    [InlineData("0", 0)]
    public void Plain_numbers_in_every_written_form_are_exact(string text, double expected)
    {
        var quantity = Quantity.Parse(text);
        quantity.Form.Should().Be(QuantityForm.Exact);
        quantity.Value.Should().Be((decimal)expected);
    }

    [Theory]
    [InlineData("approximately 5,200", QuantityForm.Approximate, 5200)]
    [InlineData("about 5,200", QuantityForm.Approximate, 5200)]
    [InlineData("around 5200", QuantityForm.Approximate, 5200)]
    [InlineData("some 5,200", QuantityForm.Approximate, 5200)]
    [InlineData("roughly 5,200", QuantityForm.Approximate, 5200)]
    [InlineData("~5,200", QuantityForm.Approximate, 5200)]
    [InlineData("an estimated 5,200", QuantityForm.Approximate, 5200)]
    [InlineData("nearly 5,000", QuantityForm.Nearly, 5000)]
    [InlineData("almost 5,000", QuantityForm.Nearly, 5000)]
    [InlineData("at least 3", QuantityForm.AtLeast, 3)]
    [InlineData("3 or more", QuantityForm.AtLeast, 3)]
    [InlineData("no fewer than 3", QuantityForm.AtLeast, 3)]
    [InlineData("more than 3", QuantityForm.MoreThan, 3)]
    [InlineData("over 3", QuantityForm.MoreThan, 3)]
    [InlineData("upwards of 3", QuantityForm.MoreThan, 3)]
    [InlineData("at most 5,000", QuantityForm.AtMost, 5000)]
    [InlineData("up to 5,000", QuantityForm.AtMost, 5000)]
    [InlineData("as many as 5,000", QuantityForm.AtMost, 5000)]
    [InlineData("As many as one million", QuantityForm.AtMost, 1_000_000)]
    [InlineData("as much as 3.42 billion", QuantityForm.AtMost, 3_420_000_000)]
    [InlineData("no more than 5,000", QuantityForm.AtMost, 5000)]
    [InlineData("less than 5,000", QuantityForm.LessThan, 5000)]
    [InlineData("fewer than 5,000", QuantityForm.LessThan, 5000)]
    [InlineData("under 5,000", QuantityForm.LessThan, 5000)]
    [InlineData("below 5,000", QuantityForm.LessThan, 5000)]
    [InlineData("less than five thousand", QuantityForm.LessThan, 5000)]
    public void Hedges_and_bounds_keep_their_form_and_figure(string text, QuantityForm form, double figure)
    {
        var quantity = Quantity.Parse(text);
        quantity.Form.Should().Be(form);
        quantity.Value.Should().Be((decimal)figure);
    }

    [Theory]
    [InlineData("between 4,000 and 5,000")]
    [InlineData("4,000 to 5,000")]
    [InlineData("4,000-5,000")]
    [InlineData("4,000–5,000")]
    [InlineData("4000 - 5000")]
    [InlineData("between four thousand and five thousand")]
    public void Ranges_in_every_written_form_are_closed(string text)
    {
        var quantity = Quantity.Parse(text);
        quantity.Should().Be(Quantity.Between(4000, 5000));
        quantity.ToInterval().Should().Be(ValueInterval.Closed(4000, 5000));
    }

    [Theory]
    [InlineData("dozens", 24, 99)]
    [InlineData("hundreds", 200, 999)]
    [InlineData("thousands", 2000, 9999)]
    [InlineData("millions", 2_000_000, 9_999_999)]
    [InlineData("tens of thousands", 20_000, 99_999)]
    [InlineData("hundreds of thousands", 200_000, 999_999)]
    [InlineData("a few", 2, 9)]
    [InlineData("several", 2, 9)]
    [InlineData("Dozens", 24, 99)]
    public void Vague_amounts_stand_for_their_table_interval(string text, double min, double max)
    {
        var quantity = Quantity.Parse(text);
        quantity.Form.Should().Be(QuantityForm.Vague);
        quantity.ToInterval().Should().Be(ValueInterval.Closed(min, max));
    }

    [Theory]
    [InlineData("a few dozen", "dozens")]
    [InlineData("several dozen", "dozens")]
    [InlineData("a few hundred", "hundreds")]
    [InlineData("several hundred", "hundreds")]
    [InlineData("a few thousand", "thousands")]
    [InlineData("Several Thousand", "thousands")]
    [InlineData("a few million", "millions")]
    [InlineData("several million", "millions")]
    public void A_few_or_several_of_a_multiplying_word_stands_for_its_plural_and_is_written_as_stated(string text, string plural)
    {
        var quantity = Quantity.Parse(text);
        quantity.Form.Should().Be(QuantityForm.Vague);
        quantity.ToInterval().Should().Be(Quantity.Parse(plural).ToInterval());
        quantity.ToString().Should().Be(text.ToLowerInvariant());
        Quantity.Parse(quantity.ToString()).Should().Be(quantity);
        Quantity.Parse(text + " soldiers", allowTrailingUnit: true).Should().Be(quantity);
    }

    [Theory]
    [InlineData("a few billion")]
    [InlineData("several dozens")]
    [InlineData("a few thousands")]
    [InlineData("several a thousand")]
    public void A_few_or_several_of_anything_else_is_not_a_quantity(string text) =>
        Quantity.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("69%", 69)]
    [InlineData("69 %", 69)]
    [InlineData("69 percent", 69)]
    [InlineData("10 per cent", 10)]
    [InlineData("-3.5%", -3.5)]
    public void Percentages_are_marked_as_such(string text, double value)
    {
        var quantity = Quantity.Parse(text);
        quantity.IsPercent.Should().BeTrue();
        quantity.Value.Should().Be((decimal)value);
    }

    [Fact]
    public void Percentage_range_with_one_sign_is_a_percentage_range()
    {
        var quantity = Quantity.Parse("between 60 and 70%");
        quantity.IsPercent.Should().BeTrue();
        quantity.ToInterval().Should().Be(ValueInterval.Closed(60, 70));
    }

    [Theory]
    [InlineData("majority")]
    [InlineData("the bulk")]
    [InlineData("a majority")]
    public void Majority_and_the_bulk_mean_more_than_half(string text)
    {
        var interval = Quantity.Parse(text).ToInterval();
        interval.Contains(50).Should().BeFalse();
        interval.Contains(50.01).Should().BeTrue();
        interval.Contains(100).Should().BeTrue();
    }

    [Theory]
    [InlineData("a third", 33.333)]
    [InlineData("half", 50)]
    [InlineData("two thirds", 66.667)]
    [InlineData("a quarter", 25)]
    public void Fractions_are_percentages(string text, double percent)
    {
        var quantity = Quantity.Parse(text);
        quantity.IsPercent.Should().BeTrue();
        ((double)quantity.Value).Should().BeApproximately(percent, 0.001);
    }

    [Theory]
    [InlineData("8,600 soldiers")]
    [InlineData("8,600 US soldiers")]
    public void Trailing_unit_words_are_ignored_only_when_allowed(string text)
    {
        Quantity.Parse(text, allowTrailingUnit: true).Should().Be(Quantity.Exactly(8600));
        Quantity.TryParse(text, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("8,60")]
    [InlineData("8,6000")]
    [InlineData("1.2.3")]
    [InlineData("about")]
    [InlineData("between 4,000 and")]
    [InlineData("five thousand apples and pears")]
    public void Unparsable_values_are_rejected_with_the_value_quoted(string text)
    {
        var act = () => Quantity.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"*'{text}'*");
    }

    [Theory]
    [InlineData("1.5e6")]
    [InlineData("1.5E+06")]
    [InlineData("about 2e3")]
    [InlineData(">1e-3")]
    [InlineData("1,500e3%")]
    [InlineData("1e5 apples")]
    [InlineData("1e3-2e3")]
    public void A_figure_with_an_exponent_is_rejected_saying_figures_are_written_out(string text)
    {
        var act = () => Quantity.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"'{text}' is not a valid quantity: a figure is written out, without an exponent*");
    }

    [Theory]
    [InlineData("79,228,162,514,264,337,593,543,950,336")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("-99999999999999999999999999999")]
    [InlineData("about 99999999999999999999999999999999")]
    [InlineData("between 1 and 99999999999999999999999999999999")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("79 228 162 514 264 337 593 543 950 336")]
    [InlineData("1e3–2e3")]
    public void A_figure_beyond_what_a_quantity_holds_or_with_an_exponent_is_rejected_saying_why(string text)
    {
        var act = () => Quantity.Parse(text);
        act.Should().Throw<FormatException>().WithMessage(text.EndsWith("e3", StringComparison.Ordinal)
            ? $"'{text}' is not a valid quantity: a figure is written out, without an exponent*"
            : $"'{text}' is not a valid quantity: a figure may have up to 28 decimal places and be as large as 79,228,162,514,264,337,593,543,950,335 either side of zero.");
    }

    [Theory]
    [InlineData("100,000,000,000,000,000 trillion apples")]
    [InlineData("79,228,162,514,264,338 trillion apples")]
    [InlineData("79,228,162,514,264,337.593543950336 trillion apples")]
    [InlineData("-79,228,162,514,264,338 trillion US soldiers")]
    [InlineData("79,228,162,514,264,337,594 billion apples")]
    [InlineData("about 100,000,000,000,000,000,000,000,000 thousand apples")]
    [InlineData("100,000 trillion trillion apples")]
    [InlineData("1,000,000,000,000,000,000 lakh crore rupees")]
    [InlineData("100,000,000,000,000,000-200,000,000,000,000,000 trillion apples")]
    [InlineData("100,000,000,000,000,000 trillion% of voters")]
    public void A_trailing_unit_never_takes_the_scale_word_of_a_figure_too_large_with_it(string text)
    {
        var act = () => Quantity.Parse(text, allowTrailingUnit: true);
        act.Should().Throw<FormatException>().WithMessage($"'{text}' is not a valid quantity: {FigureLimits.Limits}.");
    }

    [Theory]
    [InlineData("100,000,000,000,000,000 trillion")]
    [InlineData("100,000 trillion trillion")]
    [InlineData("100,000,000,000,000,000-200,000,000,000,000,000 trillion")]
    [InlineData("6,602,346,876,188,694,799,461,995,862 dozen")]
    public void A_figure_too_large_with_its_scale_words_is_rejected_saying_the_limits(string text)
    {
        var act = () => Quantity.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"'{text}' is not a valid quantity: {FigureLimits.Limits}.");
    }

    [Theory]
    [InlineData("79,228,162,514,264,337 trillion apples", "79228162514264337000000000000")]
    [InlineData("-79,228,162,514,264,337 trillion apples", "-79228162514264337000000000000")]
    [InlineData("79,228,162,514,264,337.593543950335 trillion apples", "79228162514264337593543950335")]
    [InlineData("5.2 million soldiers", "5200000")]
    [InlineData("17.35 lakh US soldiers", "1735000")]
    [InlineData("1.5 lakh crore rupees", "1500000000000")]
    public void A_trailing_unit_keeps_the_scale_word_of_the_largest_figures(string text, string expected) =>
        Quantity.Parse(text, allowTrailingUnit: true).Value.Should().Be(decimal.Parse(expected, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("415 parts per million", 415)]
    [InlineData("415 parts per billion", 415)]
    [InlineData("28 per thousand", 28)]
    [InlineData("5.2 per million", 5.2)]
    [InlineData("3 deaths per lakh", 3)]
    [InlineData("40 per crore", 40)]
    [InlineData("12 cases per thousand", 12)]
    [InlineData("7 per ten thousand", 7)]
    [InlineData("7 per hundred thousand", 7)]
    public void A_rate_unit_may_end_in_a_scale_word_after_per(string text, double figure) =>
        Quantity.Parse(text, allowTrailingUnit: true).Should().Be(Quantity.Exactly((decimal)figure));

    [Theory]
    [InlineData("5.2 bn barrels")]
    [InlineData("5.2 mn barrels")]
    [InlineData("17.35 lac people")]
    [InlineData("5 millions people")]
    [InlineData("3 thousands soldiers")]
    [InlineData("hundreds of millions")]
    [InlineData("5.2 bln barrels")]
    [InlineData("5.2 mln barrels")]
    [InlineData("5.2 tn dollars")]
    [InlineData("500 cr rupees")]
    [InlineData("12 lacs people")]
    [InlineData("two dozens eggs")]
    [InlineData("5 billions dollars")]
    [InlineData("a million and three quarters troops")]
    [InlineData("two million and two halves people")]
    public void A_trailing_unit_never_takes_a_word_that_changes_the_figure(string text)
    {
        var act = () => Quantity.Parse(text, allowTrailingUnit: true);
        act.Should().Throw<FormatException>().WithMessage($"'{text}' is not a quantity: expected a number*");
    }

    [Theory]
    [InlineData("dozen", 12)]
    [InlineData("a dozen", 12)]
    [InlineData("two dozen", 24)]
    [InlineData("five dozen", 60)]
    [InlineData("5 dozen", 60)]
    [InlineData("one hundred dozen", 1_200)]
    [InlineData("0.5 dozen", 6)]
    [InlineData("a thousand dozen", 12_000)]
    [InlineData("5 million dozen", 60_000_000)]
    [InlineData("-5 dozen", -60)]
    [InlineData("-5 hundred", -500)]
    public void A_dozen_multiplies_what_comes_before_it(string text, int figure)
    {
        Quantity.Parse(text).Should().Be(Quantity.Exactly(figure));
        Quantity.Parse(text + " soldiers", allowTrailingUnit: true).Should().Be(Quantity.Exactly(figure));
    }

    [Theory]
    [InlineData("5 to 10 dozen", 60, 120)]
    [InlineData("between 5 and 10 dozen", 60, 120)]
    [InlineData("5–10 dozen", 60, 120)]
    [InlineData("2-3 hundred", 200, 300)]
    [InlineData("between 100 and 10 dozen", 100, 120)]
    [InlineData("1 hundred to 2 hundred", 100, 200)]
    public void A_dozen_or_a_hundred_after_a_range_multiplies_both_ends_unless_the_lower_would_pass_the_upper(string text, int low, int high)
    {
        Quantity.Parse(text).Should().Be(Quantity.Between(low, high));
        Quantity.Parse(text + " eggs", allowTrailingUnit: true).Should().Be(Quantity.Between(low, high));
    }

    [Theory]
    [InlineData("half a million", "0.5 million", 500_000)]
    [InlineData("a half million", "0.5 million", 500_000)]
    [InlineData("a quarter of a million", "0.25 million", 250_000)]
    [InlineData("quarter of a million", "0.25 million", 250_000)]
    [InlineData("a quarter million", "0.25 million", 250_000)]
    [InlineData("one and a half million", "1.5 million", 1_500_000)]
    [InlineData("1 and a half million", "1.5 million", 1_500_000)]
    [InlineData("two and a quarter billion", "2.25 billion", 2_250_000_000)]
    [InlineData("a million and a half", "1.5 million", 1_500_000)]
    [InlineData("two million and a half", "2.5 million", 2_500_000)]
    [InlineData("two and a half thousand", "2,500", 2_500)]
    [InlineData("half a lakh", "0.5 lakh", 50_000)]
    [InlineData("half a dozen", "6", 6)]
    [InlineData("one and a half dozen", "18", 18)]
    [InlineData("a dozen and a half", "18", 18)]
    [InlineData("one million and a half", "1.5 million", 1_500_000)]
    [InlineData("half a hundred", "50", 50)]
    [InlineData("three quarters of a million", "0.75 million", 750_000)]
    [InlineData("three quarters of a dozen", "9", 9)]
    [InlineData("nine hundred and ninety nine and a half million", "999.5 million", 999_500_000)]
    public void Halves_and_quarters_of_a_scale_word_or_a_dozen_are_the_figure_in_digits(string text, string digits, long figure)
    {
        var quantity = Quantity.Parse(text);
        quantity.Value.Should().Be(figure);
        quantity.Should().Be(Quantity.Parse(digits));
        quantity.ToInterval().Should().Be(Quantity.Parse(digits).ToInterval());
        Quantity.Parse(quantity.ToString()).Should().Be(quantity);
        Quantity.Parse(text + " people", allowTrailingUnit: true).Should().Be(quantity);
    }

    [Fact]
    public void Half_a_million_has_the_rounding_room_of_its_tenths_of_a_million() =>
        Quantity.Parse("half a million").ToInterval().Should().Be(ValueInterval.Closed(450_000, 550_000));

    [Theory]
    [InlineData("about half a million", QuantityForm.Approximate)]
    [InlineData("more than half a million", QuantityForm.MoreThan)]
    [InlineData("nearly half a million", QuantityForm.Nearly)]
    public void Half_a_million_takes_a_hedge_or_a_bound_as_any_figure_does(string text, QuantityForm form) =>
        Quantity.Parse(text).Should().Match<Quantity>(q => q.Form == form && q.Value == 500_000m);

    [Theory]
    [InlineData("a thousand and a half million")]
    [InlineData("half a million and a half")]
    [InlineData("a dozen and a half million")]
    public void A_half_of_a_whole_not_below_a_thousand_or_of_a_half_is_refused(string text) =>
        Quantity.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("5-10 thousand", 5_000, 10_000)]
    [InlineData("two to three thousand", 2_000, 3_000)]
    [InlineData("between 20 and 30 thousand", 20_000, 30_000)]
    [InlineData("two to three hundred thousand", 200_000, 300_000)]
    [InlineData("between two and three hundred million", 200_000_000, 300_000_000)]
    [InlineData("between 500 and 2 thousand", 500, 2_000)]
    [InlineData("between 1 and 1 million", 1, 1_000_000)]
    [InlineData("between five and five hundred", 5, 500)]
    [InlineData("between one and a hundred", 1, 100)]
    [InlineData("two to two hundred", 2, 200)]
    [InlineData("one to a dozen", 1, 12)]
    [InlineData("between ten and ten dozen", 10, 120)]
    [InlineData("between one hundred and fifty and two hundred", 150, 200)]
    [InlineData("between two hundred and fifty and three hundred", 250, 300)]
    [InlineData("five to twenty five million", 5_000_000, 25_000_000)]
    [InlineData("between ten and one hundred fifty million", 10_000_000, 150_000_000)]
    [InlineData("two to one hundred million", 2_000_000, 100_000_000)]
    [InlineData("one to one and a half million", 1_000_000, 1_500_000)]
    [InlineData("between 2 and 3 and a half million", 2_000_000, 3_500_000)]
    [InlineData("between -5 and -2 million", -5_000_000, -2_000_000)]
    [InlineData("between -500 and 2 thousand", -500, 2_000)]
    [InlineData("-5–5 million", -5_000_000, 5_000_000)]
    [InlineData("-6–5 million", -6, 5_000_000)]
    public void The_words_multiplying_a_ranges_upper_figure_multiply_a_bare_lower_one_only_while_it_stays_below(string text, long low, long high) =>
        Quantity.Parse(text).Should().Be(Quantity.Between(low, high));

    [Fact]
    public void A_range_of_one_figure_in_a_scale_word_is_written_in_digits_and_reads_back()
    {
        var point = Quantity.Parse("between 5 million and 5 million");
        point.ToString().Should().Be("5,000,000–5,000,000");
        Quantity.Parse(point.ToString()).Should().Be(point);
    }

    [Theory]
    [InlineData("-6,000,000–5,000,000")]
    [InlineData("-5,000,000–5,000,000")]
    [InlineData("5-10 million%")]
    public void A_range_across_zero_or_of_percentages_reads_back_as_written(string text)
    {
        var range = Quantity.Parse(text);
        Quantity.Parse(range.ToString()).Should().Be(range);
        range.ToString().Should().Be(Quantity.Parse(range.ToString()).ToString());
    }

    [Fact]
    public void A_range_of_percentages_shares_its_scale_word_with_the_sign_or_the_word() =>
        Quantity.Parse("5 to 10 million percent").Should().Be(Quantity.Parse("5-10 million%")).And.Be(Quantity.Parse("5,000,000%–10,000,000%"));

    [Fact]
    public void A_range_of_dozens_is_written_as_whole_figures() =>
        Quantity.Parse("1.5-2 dozen").ToString().Should().Be("18–24");

    [Theory]
    [InlineData("fifty and two hundred")]
    [InlineData("--5 hundred")]
    [InlineData("three fifths of voters")]
    [InlineData("two fifths")]
    [InlineData("three fourths of voters")]
    [InlineData("two and a half")]
    [InlineData("about two and a half")]
    [InlineData("5.2 million and a half")]
    [InlineData("five and twenty")]
    [InlineData("between one and two and three")]
    public void Words_that_make_no_number_are_refused(string text) =>
        QuantityParser.TryParse(text, allowTrailingUnit: true, out _).Should().BeFalse();

    [Theory]
    [InlineData("0 hundred", 0)]
    [InlineData("-0 hundred", 0)]
    [InlineData("hundred", 100)]
    [InlineData("zero thousand", 0)]
    [InlineData("zero million", 0)]
    [InlineData("0 hundred thousand", 0)]
    [InlineData("two dozen and five", 29)]
    [InlineData("one dozen and one", 13)]
    public void A_hundred_multiplies_the_figure_stated_before_it_even_zero(string text, int figure) =>
        Quantity.Parse(text).Should().Be(Quantity.Exactly(figure));

    [Theory]
    [InlineData("2.1% last quarter", "2.1%")]
    [InlineData("12% in first half", "12%")]
    [InlineData("1.2 billion last quarter", "1.2 billion")]
    [InlineData("7 per 10,000", "7")]
    [InlineData("3.5 per 100,000", "3.5")]
    [InlineData("12 deaths per 100,000", "12")]
    [InlineData("1 quarter", "1")]
    [InlineData("2 million a quarter", "2 million")]
    [InlineData("8,600 soldiers and police", "8,600")]
    [InlineData("1,200 men and women", "1,200")]
    public void A_trailing_unit_may_name_a_time_or_a_rates_figure(string text, string figure) =>
        Quantity.Parse(text, allowTrailingUnit: true).Should().Be(Quantity.Parse(figure));

    [Theory]
    [InlineData("8,600 or so", 8_600)]
    [InlineData("a dozen or so", 12)]
    public void Or_so_after_a_figure_is_about_it(string text, int figure) =>
        Quantity.Parse(text).Should().Be(Quantity.Approximately(figure));

    [Fact]
    public void A_number_in_words_may_not_end_in_and() =>
        Quantity.TryParse("a dozen and", out _).Should().BeFalse();

    [Theory]
    [InlineData("79,228,162,514,264,337,593,543,950,335")]
    [InlineData("-79,228,162,514,264,337,593,543,950,335")]
    [InlineData("0.0000000000000000000000000001")]
    public void The_largest_figures_and_the_most_decimal_places_are_read(string text) =>
        Quantity.Parse(text).Value.Should().Be(text switch
        {
            "79,228,162,514,264,337,593,543,950,335" => decimal.MaxValue,
            "-79,228,162,514,264,337,593,543,950,335" => decimal.MinValue,
            _ => 0.0000000000000000000000000001m,
        });

    [Theory]
    [InlineData("1e")]
    [InlineData("e5")]
    [InlineData("one e5")]
    [InlineData("1.e5")]
    public void A_value_that_only_looks_like_an_exponent_gets_the_grammar(string text)
    {
        var act = () => Quantity.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"'{text}' is not a quantity: expected a number*");
    }

    [Fact]
    public void Inverted_range_is_rejected_naming_both_bounds()
    {
        var act = () => Quantity.Parse("between 5,000 and 4,000");
        act.Should().Throw<FormatException>().WithMessage("*inverted*5,000*4,000*");
    }

    [Fact]
    public void Inverted_range_in_code_throws_argument_exception_naming_the_parameter()
    {
        var act = () => Quantity.Between(5000, 4000);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("min");
    }

    [Fact]
    public void Overlong_text_is_rejected_without_reading_it()
    {
        Quantity.TryParse(new string('9', 10_000), out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("8,600", "8,600")]
    [InlineData("about 5,200", "~5,200")]
    [InlineData("between 4,000 and 5,000", "4,000–5,000")]
    [InlineData("less than five thousand", "<5,000")]
    [InlineData("at least 3", "≥3")]
    [InlineData("more than 3", ">3")]
    [InlineData("at most 5,000", "≤5,000")]
    [InlineData("nearly 5,000", "nearly 5,000")]
    [InlineData("5.2 million", "5.2 million")]
    [InlineData("69%", "69%")]
    [InlineData("between 60 and 70%", "60%–70%")]
    [InlineData("dozens", "dozens")]
    [InlineData("the bulk", "majority")]
    [InlineData("a third", "a third")]
    [InlineData("-3.5", "-3.5")]
    public void ToString_writes_as_an_editor_would_and_parses_back(string text, string expected)
    {
        var quantity = Quantity.Parse(text);
        quantity.ToString().Should().Be(expected);
        Quantity.Parse(quantity.ToString()).Should().Be(quantity);
    }

    [Fact]
    public void Range_with_excluded_ends_round_trips()
    {
        var quantity = Quantity.Range(4000, true, 5000, true);
        quantity.ToString().Should().Be(">4,000 and <5,000");
        Quantity.Parse(quantity.ToString()).Should().Be(quantity);
    }

    [Fact]
    public void Range_with_one_open_side_is_a_bound()
    {
        Quantity.Range(null, false, 5000, true).Should().Be(Quantity.LessThan(5000));
        Quantity.Range(4000, false, null, false).Should().Be(Quantity.AtLeast(4000));
    }

    [Fact]
    public void Default_quantity_is_exactly_zero()
    {
        default(Quantity).Should().Be(Quantity.Exactly(0));
        default(Quantity).ToString().Should().Be("0");
    }

    [Fact]
    public void Equal_statements_are_equal_and_hash_alike()
    {
        var a = Quantity.Parse("5.2 million");
        var b = Quantity.Parse("5,200,000");
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        Quantity.Parse("about 5,200").Should().NotBe(Quantity.Parse("5,200"));
    }
}
