using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-seventh pass's fourth round, from the 36 articles held out from the first three: "the same quarter of 2024" is
/// the time before it in that year, and the period a figure is of rather than the day it was said; a sentence's first word
/// after a dateline's dash may name what moved, where a hyphen's does not; a company's shares are no level; and a
/// movement's start is a rate where its end is.
/// </summary>
public class SamePeriodsOfAYearAndDatelineSubjectsTests
{
    private static readonly LocalDate Tuesday15July = new(2025, 7, 15);

    private static ExtractionResult Extract(string body, LocalDate? published = null) => ExtractionHelpers.Extract(body, published: published ?? Tuesday15July);

    [Fact]
    public void The_same_quarter_of_a_year_is_the_time_before_it_in_that_year()
    {
        var draft = Extract("In Colombia, the load factor slipped to 84.1% in the April-June period from 82.6% in the same quarter of 2024.");

        draft.Claims<Observation>().Select(static o => o.Time).Should().Equal(
            FuzzyTime.Between(new LocalDate(2025, 4, 1), new LocalDate(2025, 6, 30)), FuzzyTime.Between(new LocalDate(2024, 4, 1), new LocalDate(2024, 6, 30)));
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void The_same_period_of_a_year_is_the_figure_s_period_not_the_day_it_was_said()
    {
        var draft = Extract("ASTANA, March 12 (Reuters) - Kazakhstan has recorded 1,840 cases of scarlet fever since the start of the year, the health ministry said on Wednesday, up from 1,120 in the same period of 2024.",
            new LocalDate(2025, 3, 12));

        draft.Claims<Observation>().Select(static o => o.Time).Should().Equal(
            FuzzyTime.Between(new LocalDate(2025, 1, 1), new LocalDate(2025, 3, 12)), FuzzyTime.Between(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 12)));
    }

    [Fact]
    public void A_sentence_opening_with_the_same_period_of_a_year_is_that_year_s()
    {
        Extract("In Brazil, the ministry listed 1,042,300 probable cases as of April 8. In the same period of 2024, a record year, the country had logged about 2.6 million cases.",
                new LocalDate(2025, 4, 10))
            .Claims<Observation>().Select(static o => o.Time).Should().Contain(FuzzyTime.Year(2024));
    }

    [Fact]
    public void The_first_word_after_a_dateline_s_dash_may_name_what_moved()
    {
        Extract("NAIROBI, April 10 (Reuters) - Earnings from tea sales to Pakistan fell to 18.9 billion shillings from 17.6 billion shillings a year earlier.", new LocalDate(2025, 4, 10))
            .RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void A_hyphen_is_no_dateline_s_dash()
    {
        Extract("In Chiredzi district, the price of a 10-kg bag rose from $4.50 in October to $8.80 last week.", new LocalDate(2025, 2, 16))
            .Claims<Observation>().Select(static o => o.Subject).Should().NotContain(static s => s.StartsWith("kg", StringComparison.Ordinal));
    }

    [Fact]
    public void A_company_s_shares_are_no_level()
    {
        Extract("In Brazil, Copel's shares fell to 10.91 reais on Tuesday from 12.48 reais at Monday's close.").Claims<Observation>().Should().BeEmpty();
    }

    [Fact]
    public void The_start_of_a_movement_is_a_rate_where_its_end_is()
    {
        Extract("In Malawi's Southern Region, prices rose to 874 kwacha per kg in May from 941 kwacha in April.", new LocalDate(2025, 6, 10))
            .ReasonLeftOut("941").Should().Be("a rate (\"40,000 a day\"), not a level");
    }
}
