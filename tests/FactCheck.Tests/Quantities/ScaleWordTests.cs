namespace FactCheck.Tests.Quantities;

/// <summary>A figure stated with a scale word is written back with it, its digits grouped.</summary>
public class ScaleWordTests
{
    [Theory]
    [InlineData("3.42 billion", "3.42 billion")]
    [InlineData("3.42 trillion", "3.42 trillion")]
    [InlineData("1.03 million", "1.03 million")]
    [InlineData("3,416.58 billion", "3,416.58 billion")]
    [InlineData("1500 billion", "1,500 billion")]
    [InlineData("five million", "5 million")]
    [InlineData("a trillion", "1 trillion")]
    [InlineData("about 2.5 billion", "~2.5 billion")]
    [InlineData("as many as one million", "≤1 million")]
    [InlineData("more than 3.42 trillion", ">3.42 trillion")]
    [InlineData("4–5 million", "4–5 million")]
    [InlineData("between 2 and 3.5 billion", "2–3.5 billion")]
    [InlineData("between 500,000 and 1 million", "0.5–1 million")]
    [InlineData("1,030,000", "1.03 million")]
    [InlineData("1,234,567", "1,234,567")]
    [InlineData("3,420,000,000", "3.42 billion")]
    [InlineData("3,416,580,000,000", "3,416,580,000,000")]
    public void Figure_is_written_as_stated_and_parses_back(string text, string expected)
    {
        var quantity = Quantity.Parse(text);
        quantity.ToString().Should().Be(expected);
        var again = Quantity.Parse(quantity.ToString());
        again.Should().Be(quantity);
        again.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("3.42 billion", 3_420_000_000)]
    [InlineData("3.42 trillion", 3_420_000_000_000)]
    [InlineData("two trillion", 2_000_000_000_000)]
    [InlineData("4–5 million", 4_000_000)]
    public void Scale_words_multiply(string text, long value) => Quantity.Parse(text).Value.Should().Be(value);

    [Fact]
    public void Scale_word_after_a_range_does_not_pass_the_upper_end()
    {
        var range = Quantity.Parse("between 900 and 1 million");
        range.Value.Should().Be(900);
        range.UpperValue.Should().Be(1_000_000);
    }

    [Fact]
    public void How_a_figure_was_written_is_not_part_of_equality()
    {
        Quantity.Parse("3.42 billion").Should().Be(Quantity.Parse("3,420,000,000"));
        Quantity.Parse("3.42 billion").GetHashCode().Should().Be(Quantity.Parse("3,420,000,000").GetHashCode());
    }

    [Theory]
    [InlineData(3_420_000_000, "3.42 billion")]
    [InlineData(1_030_000, "1.03 million")]
    [InlineData(999_999, "999,999")]
    [InlineData(1_000_000, "1 million")]
    [InlineData(-2_500_000_000_000, "-2.5 trillion")]
    [InlineData(1_234_567, "1,234,567")]
    [InlineData(1_000_000_000_000_000, "1,000 trillion")]
    public void Computed_figures_take_the_scale_an_editor_would(long value, string expected) =>
        NumberText.Format((decimal)value).Should().Be(expected);

    [Fact]
    public void Stated_scale_is_dropped_when_the_figure_does_not_fit_it() =>
        NumberText.Format(5m, ScaleWord.Trillion).Should().Be("5");
}
