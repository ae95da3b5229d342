using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-third pass, from the verdicts of its own judges on the build they had judged blind: a total from one month to
/// the end of another, the year of a place's floods, a stock estimated to have fallen, fish quotas and catches, one fire's
/// area, and a market trade goes to, which is not where the story is.
/// </summary>
public class SpansMarketsFiresAndStocksTests
{
    private static readonly LocalDate Tuesday2September = new(2025, 9, 2);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Tuesday2September);

    [Fact]
    public void A_total_from_one_month_to_the_end_of_another_holds_over_both()
    {
        Extract("Croatia recorded 15.6 million tourist arrivals from January to the end of August, the ministry said.")
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(2025, 1, 1), new LocalDate(2025, 8, 31)));
    }

    [Fact]
    public void A_date_moved_from_one_month_to_another_is_no_span()
    {
        Extract("The election in Malawi was moved from April to June, when 7 million voters will cast ballots.")
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().NotBe(FuzzyTime.Between(new LocalDate(2025, 4, 1), new LocalDate(2025, 6, 30)));
    }

    [Fact]
    public void The_year_of_a_places_floods_dates_their_toll()
    {
        Extract("Pakistan's 2022 floods killed more than 1,700 people, a joint assessment found.")
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Year(2022));
    }

    [Fact]
    public void What_is_estimated_to_have_fallen_is_a_level_not_a_goal()
    {
        var draft = Extract("In Ireland, the spawning stock is estimated to have fallen from 4.9 million tonnes in 2021 to 3.8 million tonnes last year.");

        draft.Claims<Target>().Should().BeEmpty();
        draft.Claims<Observation>().Should().Contain(o => o.Subject == "spawning-stock/ireland" && o.Value == Quantity.Parse("3.8 million") && o.Time == FuzzyTime.Year(2024));
    }

    [Theory]
    [InlineData("Norway's mackerel quota was 168,000 tonnes last year.", "mackerel-quota/norway")]
    [InlineData("In Norway, total catches reached 576,958 tonnes in 2024.", "catches/norway")]
    public void Quotas_and_catches_name_what_a_measure_is_of(string sentence, string subject)
    {
        Extract(sentence).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
    }

    [Fact]
    public void One_fires_area_is_not_the_places_area_burned()
    {
        var draft = Extract("A wind-driven wildfire in central Oregon had burned 48,650 acres as of Wednesday. Across Oregon, wildfires have burned about 610,000 acres so far this year.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("about 610,000"));
        draft.ReasonLeftOut("48,650").Should().Be("the area of one fire, not the place's");
    }

    [Fact]
    public void A_market_trade_goes_to_does_not_move_the_story()
    {
        var draft = Extract("Vietnam's seaports handled 29.9 million TEU in 2024. Exports to the United States, the country's largest market, reached $119.5 billion. "
            + "The government aims to raise national container capacity to 45 million TEU by 2030.");

        draft.Claims<Target>().Should().ContainSingle().Which.Subject.Should().Be("container-capacity/vietnam");
    }

    [Fact]
    public void A_countrys_exports_to_another_are_its_own()
    {
        Extract("Kenya's tea exports to Pakistan fell by 8% last year to 180,000 tonnes.")
            .Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("tea-exports/kenya");
    }

    [Theory]
    [InlineData("Dublin Airport handled 33.4 million passengers in Ireland last year. The busiest single day was Sunday July 28, when nearly 128,000 passengers passed through.", "nearly 128,000", "one day's count, not a level")]
    [InlineData("In Malawi the case fatality rate is 2.8%, well above the 1% threshold the ministry considers acceptable.", "1%", "a cap, not a level")]
    public void A_days_count_and_a_threshold_are_no_levels(string text, string quote, string reason)
    {
        Extract(text).ReasonLeftOut(quote).Should().Be(reason);
    }
}
