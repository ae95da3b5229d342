namespace FactCheck.Extraction.Tests;

/// <summary>
/// The hedges and bounds news puts before a figure, read as the value grammar reads them, and the ranges they stand
/// before: a hedge must never be cut to a shorter one that means something else ("no more than" is not "more than").
/// </summary>
public class HedgedFigureTests
{
    private static Observation TheFigure(string words)
    {
        var draft = ExtractionHelpers.Extract($"In Afghanistan, there are currently {words} American soldiers deployed there.");
        draft.Skipped.Should().BeEmpty();
        return draft.Claims<Observation>().Should().ContainSingle().Subject;
    }

    [Theory]
    [InlineData("no more than 4,000", "at most 4,000")]
    [InlineData("No more than 4,000", "at most 4,000")]
    [InlineData("no fewer than 4,000", "at least 4,000")]
    [InlineData("no less than 4,000", "at least 4,000")]
    [InlineData("as many as 5,000", "at most 5,000")]
    [InlineData("as much as 5,000", "at most 5,000")]
    public void A_bound_is_read_whole_by_its_longest_words(string words, string value)
    {
        TheFigure(words).Value.Should().Be(Quantity.Parse(value));
    }

    [Theory]
    [InlineData("close to 6,000", "nearly 6,000")]
    [InlineData("upward of 2,000", "more than 2,000")]
    [InlineData("in excess of 3,000", "more than 3,000")]
    public void A_hedge_the_grammar_words_otherwise_is_read_in_its_words_and_quoted_in_the_article_s(string words, string value)
    {
        var figure = TheFigure(words);

        figure.Value.Should().Be(Quantity.Parse(value));
        figure.Provenance.Quote.Should().Contain(words + " American soldiers");
    }

    [Theory]
    [InlineData("some 300 to 400")]
    [InlineData("about 300-400")]
    [InlineData("roughly 300 to 400")]
    [InlineData("an estimated 300 to 400")]
    public void An_approximate_range_is_the_range_as_stated_with_its_hedge_in_the_quote(string words)
    {
        var figure = TheFigure(words);

        figure.Value.Should().Be(Quantity.Between(300, 400), "a range already says how uncertain it is");
        figure.Provenance.Quote.Should().Contain(words + " American soldiers");
    }

    [Theory]
    [InlineData("up to 300 to 400")]
    [InlineData("more than 300 to 400")]
    [InlineData("nearly 300 to 400")]
    public void A_bound_before_a_range_gives_no_figure_of_either_end_and_is_left_out_with_the_reason(string words)
    {
        var draft = ExtractionHelpers.Extract($"In Afghanistan, there are currently {words} American soldiers deployed there.");

        draft.Claims<Observation>().Should().BeEmpty();
        var skipped = draft.Skipped.Should().ContainSingle().Subject;
        skipped.Quote.Should().Be(words);
        skipped.Reason.Should().Be("the value grammar does not read these words whole");
    }

    [Fact]
    public void A_hedged_start_of_a_movement_stays_the_start_and_not_a_range()
    {
        var draft = ExtractionHelpers.Extract("The number of US troops in Afghanistan rose from about 300 to 400 last week, officials said.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Exactly(400));
        draft.Skipped.Should().ContainSingle(s => s.Quote == "about 300");
    }
}
