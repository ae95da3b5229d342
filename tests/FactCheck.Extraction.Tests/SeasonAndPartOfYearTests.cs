using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// Times news states by a part of a year or a season: each is the figure's time, and its year is never read as a
/// figure of its own, nor the figure given the day of publication instead.
/// </summary>
public class SeasonAndPartOfYearTests
{
    private static Observation TheFigure(string sentence)
    {
        var draft = ExtractionHelpers.Extract(sentence, published: new LocalDate(2021, 9, 10));
        draft.Skipped.Should().BeEmpty();
        return draft.Claims<Observation>().Should().ContainSingle().Subject;
    }

    [Theory]
    [InlineData("In mid-2020 there were 8,600 US troops in Afghanistan.", PeriodPart.Mid)]
    [InlineData("In Mid-2020 there were 8,600 US troops in Afghanistan.", PeriodPart.Mid)]
    [InlineData("In early 2020 there were 8,600 US troops in Afghanistan.", PeriodPart.Early)]
    [InlineData("By late-2020 there were 8,600 US troops in Afghanistan.", PeriodPart.Late)]
    public void A_part_of_a_year_with_or_without_a_hyphen_is_the_figure_s_time(string sentence, PeriodPart part)
    {
        TheFigure(sentence).Time.Should().Be(FuzzyTime.PartOfYear(part, 2020));
    }

    [Theory]
    [InlineData("In Summer 2021 there were 2,500 US troops in Afghanistan.")]
    [InlineData("In the summer of 2021, 2,500 US troops were in Afghanistan.")]
    [InlineData("In spring 2021 there were 2,500 US troops in Afghanistan.")]
    [InlineData("By the autumn of 2021 there were 2,500 US troops in Afghanistan.")]
    [InlineData("In Fall 2021 there were 2,500 US troops in Afghanistan.")]
    public void A_season_of_a_year_is_read_as_the_year_that_holds_it(string sentence)
    {
        TheFigure(sentence).Time.Should().Be(FuzzyTime.Year(2021));
    }

    [Fact]
    public void Winter_of_a_year_is_read_as_both_winters_that_touch_it()
    {
        TheFigure("In winter 2021 there were 2,500 US troops in Afghanistan.").Time
            .Should().Be(FuzzyTime.Between(new LocalDate(2020, 12, 1), new LocalDate(2022, 2, 28)));
    }

    [Theory]
    [InlineData("There were about 900 UK soldiers in Estonia at the end of October.", "2020-10-31")]
    [InlineData("There were about 900 UK soldiers in Estonia at the start of the year.", "2021-01-01")]
    [InlineData("There were about 900 UK soldiers in Estonia at the end of last year.", "2020-12-31")]
    [InlineData("There were about 900 UK soldiers in Estonia at the beginning of March 2020.", "2020-03-01")]
    public void The_edge_of_a_named_month_or_year_is_its_day(string sentence, string day)
    {
        TheFigure(sentence).Time.Should().Be(FuzzyTime.Parse(day));
    }
}
