namespace FactCheck.Tests.Time;

/// <summary>Whether a time is relative is the grammar's answer, not a guess from resolving it against some date.</summary>
public class RelativeGrammarTests
{
    [Theory]
    [InlineData("last year")]
    [InlineData("yesterday")]
    [InlineData("on Tuesday")]
    [InlineData("next Friday")]
    [InlineData("by the end of the month")]
    [InlineData("earlier this year")]
    [InlineData("September 9")]
    [InlineData("February 29")]
    [InlineData("November 3, 2020")]
    [InlineData("Wednesday, September 9")]
    public void A_phrase_of_the_relative_grammar_is_relative(string text) => FuzzyTime.IsRelative(text).Should().BeTrue();

    [Theory]
    [InlineData("2020-09-09")]
    [InlineData("late 2018")]
    [InlineData("the other day")]
    [InlineData("September 32")]
    [InlineData("last Funday")]
    [InlineData("")]
    public void Anything_else_is_not(string text) => FuzzyTime.IsRelative(text).Should().BeFalse();

    [Fact]
    public void A_relative_day_that_does_not_exist_in_the_anchor_year_says_why()
    {
        var act = () => FuzzyTime.Parse("February 29", new LocalDate(2021, 3, 1));
        act.Should().Throw<FormatException>().WithMessage("*2021-02 has 28 days; got day 29*");
        FuzzyTime.Parse("February 29", new LocalDate(2020, 3, 1)).Should().Be(FuzzyTime.Day(new LocalDate(2020, 2, 29)));
    }

    [Fact]
    public void Last_year_in_the_year_1_is_relative_but_cannot_be_placed()
    {
        FuzzyTime.IsRelative("last year").Should().BeTrue();
        var act = () => FuzzyTime.Parse("last year", new LocalDate(1, 6, 1));
        act.Should().Throw<FormatException>().WithMessage("*outside the years 1 to 9998*");
    }
}
