namespace FactCheck.Tests.Quantities;

/// <summary>The figures news writes that version 1 could not say: lakh and crore, parts of a whole, hedged fractions, "as many as".</summary>
public class NewsFigureGrammarTests
{
    private static readonly QuantityOptions Stated = new(0.10m, impliedPrecision: false);

    private static string Problem(string text)
    {
        QuantityParser.TryParse(text, allowTrailingUnit: false, out _, out var error).Should().BeFalse();
        return error;
    }

    [Theory]
    [InlineData("17.35 lakh", 1_735_000, "17.35 lakh")]
    [InlineData("1 lakh", 100_000, "1 lakh")]
    [InlineData("2 crore", 20_000_000, "2 crore")]
    [InlineData("2 crores", 20_000_000, "2 crore")]
    [InlineData("5 lakhs", 500_000, "5 lakh")]
    [InlineData("two crore", 20_000_000, "2 crore")]
    [InlineData("1.5 lakh crore", 1_500_000_000_000, "150,000 crore")]
    [InlineData("3.42 trillion", 3_420_000_000_000, "3.42 trillion")]
    public void Lakh_crore_and_trillion_are_read_and_written_back_as_stated(string text, double expected, string written)
    {
        var quantity = Quantity.Parse(text);
        quantity.Value.Should().Be((decimal)expected);
        quantity.ToString().Should().Be(written);
        Quantity.Parse(quantity.ToString()).Should().Be(quantity);
    }

    [Fact]
    public void A_figure_in_lakh_has_the_rounding_room_of_its_last_stated_digit() =>
        Quantity.Parse("17.35 lakh").ToInterval().Should().Be(ValueInterval.Closed(1_734_500, 1_735_500));

    [Fact]
    public void A_range_in_crore_keeps_the_word_after_both_ends()
    {
        var range = Quantity.Parse("2–3 crore");
        (range.Value, range.UpperValue).Should().Be((20_000_000m, 30_000_000m));
        range.ToString().Should().Be("2–3 crore");
    }

    [Fact]
    public void A_computed_figure_is_never_written_in_lakh() =>
        NumberText.Format(1_735_000m).Should().Be("1.735 million");

    [Fact]
    public void A_crore_figure_just_inside_decimal_reads_and_one_beyond_is_a_problem_not_an_exception()
    {
        Quantity.Parse("99999999 crore").Value.Should().Be(999_999_990_000_000m);
        Problem("99999999999999999999999 crore").Should().Be("'99999999999999999999999 crore' is not a valid quantity: " + FigureLimits.Limits + ".");
    }

    [Theory]
    [InlineData("one in seven", 1, 7)]
    [InlineData("1 in 7", 1, 7)]
    [InlineData("three in ten", 3, 10)]
    [InlineData("one in every four", 1, 4)]
    [InlineData("one in a million", 1, 1_000_000)]
    [InlineData("one in a trillion", 1, 1_000_000_000_000)]
    [InlineData("0 in 10", 0, 10)]
    [InlineData("ten in ten", 10, 10)]
    public void A_part_of_a_whole_is_a_share_written_back_in_its_words(string text, int part, long whole)
    {
        var share = Quantity.Parse(text);
        share.IsPercent.Should().BeTrue();
        share.Value.Should().Be(part * 100m / whole);
        share.ToString().Should().Be(text);
        Quantity.Parse(share.ToString()).Should().Be(share);
    }

    [Fact]
    public void Three_in_ten_is_thirty_per_cent_and_one_in_seven_a_seventh()
    {
        Quantity.Parse("three in ten").ToInterval(Stated).Should().Be(ValueInterval.Point(30));
        Quantity.Parse("one in seven").ToInterval(Stated).Min.Should().BeApproximately(100.0 / 7, 1e-12);
    }

    [Fact]
    public void One_in_seven_stands_for_one_in_any_whole_that_rounds_to_seven()
    {
        var interval = Quantity.Parse("one in seven").ToInterval();
        interval.Min.Should().BeApproximately(100 / 7.5, 1e-9);
        interval.Max.Should().BeApproximately(100 / 6.5, 1e-9);
        interval.Contains(13.4).Should().BeTrue("one in 7.46 rounds to one in seven");
        interval.Contains(13.3).Should().BeFalse("one in 7.52 rounds to one in eight");
        interval.Contains(15.3).Should().BeTrue();
        interval.Contains(15.4).Should().BeFalse();
    }

    [Fact]
    public void Three_in_ten_stands_for_three_in_any_whole_that_rounds_to_ten()
    {
        var interval = Quantity.Parse("three in ten").ToInterval();
        interval.Min.Should().BeApproximately(300 / 10.5, 1e-9);
        interval.Max.Should().BeApproximately(300 / 9.5, 1e-9);
    }

    [Fact]
    public void All_of_the_whole_never_stands_for_more_than_all_of_it() =>
        Quantity.Parse("one in one").ToInterval().Max.Should().Be(100);

    [Theory]
    [InlineData("one in 0", "the whole of 'one in 0' must be at least one")]
    [InlineData("eight in five", "the part of 'eight in five' must be from none to all of the whole (5)")]
    [InlineData("1.5 in 10", "a part of a whole counts whole things ('one in seven', 'three in ten'); got 1.5 in 10")]
    [InlineData("-1 in 10", "the part of '-1 in 10' must be from none to all of the whole (10)")]
    [InlineData("1 in 1,000,000,000,001", "the whole of '1 in 1,000,000,000,001' is more than a trillion, beyond what a share is stated in")]
    [InlineData("79,228,162,514,264,337,593,543,950,335 in 79,228,162,514,264,337,593,543,950,335", "the whole of '79,228,162,514,264,337,593,543,950,335 in 79,228,162,514,264,337,593,543,950,335' is more than a trillion, beyond what a share is stated in")]
    public void A_part_of_a_whole_that_cannot_be_a_share_is_a_problem_that_says_why(string text, string why) =>
        Problem(text).Should().Be($"'{text}' is not a valid quantity: {why}.");

    [Fact]
    public void Words_around_in_that_are_not_figures_are_not_a_part_of_a_whole() =>
        Problem("troops in iraq").Should().StartWith("'troops in iraq' is not a quantity: expected");

    [Theory]
    [InlineData("nearly two thirds", QuantityForm.Nearly, "nearly two thirds")]
    [InlineData("almost half", QuantityForm.Nearly, "nearly half")]
    [InlineData("more than half", QuantityForm.MoreThan, "more than half")]
    [InlineData("over a third", QuantityForm.MoreThan, "more than a third")]
    [InlineData("less than a quarter", QuantityForm.LessThan, "less than a quarter")]
    [InlineData("about a fifth", QuantityForm.Approximate, "about a fifth")]
    [InlineData("at least one in five", QuantityForm.AtLeast, "at least one in five")]
    [InlineData("up to three in ten", QuantityForm.AtMost, "at most three in ten")]
    public void A_hedged_fraction_keeps_its_hedge_and_its_words(string text, QuantityForm form, string written)
    {
        var quantity = Quantity.Parse(text);
        quantity.Form.Should().Be(form);
        quantity.IsPercent.Should().BeTrue();
        quantity.ToString().Should().Be(written);
        Quantity.Parse(written).Should().Be(quantity);
    }

    [Fact]
    public void Nearly_two_thirds_is_just_under_two_thirds()
    {
        var interval = Quantity.Parse("nearly two thirds").ToInterval();
        interval.Min.Should().BeApproximately(60, 1e-9);
        interval.Max.Should().BeApproximately(200.0 / 3, 1e-9);
        interval.MaxInclusive.Should().BeFalse();
    }

    [Fact]
    public void More_than_half_excludes_half_and_less_than_a_quarter_excludes_a_quarter()
    {
        var more = Quantity.Parse("more than half").ToInterval();
        (more.Contains(50), more.Contains(50.01)).Should().Be((false, true));
        var less = Quantity.Parse("less than a quarter").ToInterval();
        (less.Contains(25), less.Contains(24.99)).Should().Be((false, true));
    }

    [Fact]
    public void As_many_as_one_million_has_the_rounding_room_of_one_million() =>
        Quantity.Parse("as many as one million").ToInterval(QuantityOptions.Default, isCount: true).Should().Be(ValueInterval.Closed(0, 1_500_000));

    [Fact]
    public void As_many_as_a_figure_with_a_last_digit_is_bounded_at_that_figure() =>
        Quantity.Parse("as many as 1,001").ToInterval(QuantityOptions.Default, isCount: true).Should().Be(ValueInterval.Closed(0, 1_001));

    [Fact]
    public void As_many_as_is_written_as_an_upper_bound_that_reads_back()
    {
        var bound = Quantity.Parse("as many as one million");
        bound.Form.Should().Be(QuantityForm.AtMost);
        Quantity.Parse(bound.ToString()).Should().Be(bound);
    }

    [Fact]
    public void As_many_as_zero_is_allowed_and_as_many_as_minus_five_is_a_problem()
    {
        Quantity.Parse("as many as 0").Value.Should().Be(0);
        Problem("as many as -5").Should().Be("'as many as -5' is not a valid quantity: 'as many as' counts things, so its figure cannot be below zero.");
    }

    [Fact]
    public void Up_to_a_negative_figure_is_still_a_bound() =>
        Quantity.Parse("up to -5").Value.Should().Be(-5);
}
