using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-sixth pass's third round, from 36 articles written before the first two rounds' mends: a start "in the same
/// period last year" or "the season before" is a year before the end; a relative clause's time dates what the clause tells,
/// not a figure that holds now or has a time of its own; "domestic" output is the country's; coffee is weighed in bags; a
/// measure dispatched is a day's deliveries; and the doses a campaign's places gave are parts of the people it vaccinated.
/// Each had hidden a stated way that went the other, or parts that add up to more than their whole.
/// </summary>
public class SamePeriodsSeasonsAndDeliveriesTests
{
    private static readonly LocalDate Tuesday22April = new(2025, 4, 22);

    private static ExtractionResult Extract(string body, LocalDate? published = null) => ExtractionHelpers.Extract(body, published: published ?? Tuesday22April);

    [Theory]
    [InlineData("In Uganda, cement output dropped to 921,000 tonnes in the first quarter of 2025 from 874,000 tonnes in the same period last year.")]
    [InlineData("In Uganda, cement output dropped to 921,000 tonnes in the first quarter of 2025 from 874,000 tonnes in the same quarter a year earlier.")]
    [InlineData("In Uganda, cement output dropped to 921,000 tonnes in the first quarter of 2025 from 874,000 tonnes in the same period of the previous year.")]
    public void A_start_in_the_same_period_a_year_before_is_held_against_its_stated_way(string sentence)
    {
        var draft = Extract(sentence);

        draft.Claims<Observation>().Single(o => o.Value == Quantity.Parse("874,000")).Time
            .Should().Be(FuzzyTime.Between(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31)));
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void The_same_without_a_period_is_no_time()
    {
        Extract("In Uganda, the same 874,000 tonnes were produced last year.").Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Year(2024));
    }

    [Fact]
    public void The_season_before_a_season_after_a_relative_clause_is_the_season_before_it()
    {
        var draft = Extract("In Honduras, exports for the 2024/25 season, which ended in September, fell to 5.9 million bags from 5.5 million bags the season before, the institute said.",
            new LocalDate(2025, 10, 21));

        draft.Claims<Observation>().Select(static o => (o.Subject, o.Time)).Should().Equal(
            ("exports/honduras", FuzzyTime.Between(new LocalDate(2024, 7, 1), new LocalDate(2025, 6, 30))),
            ("exports/honduras", FuzzyTime.Between(new LocalDate(2023, 7, 1), new LocalDate(2024, 6, 30))));
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void A_relative_clauses_time_does_not_date_a_figure_that_holds_now()
    {
        Extract("Cabo Delgado, where an insurgency has uprooted thousands of people since 2017, has logged 1,127 cases.", new LocalDate(2025, 3, 11))
            .Claims<Observation>().Single(o => o.Subject == "cases/cabo-delgado").Time.Should().Be(FuzzyTime.Day(new LocalDate(2025, 3, 11)));
    }

    [Fact]
    public void A_relative_clauses_time_dates_a_past_figure_with_no_other()
    {
        Extract("Cyclone Chido, which struck in December, killed at least 120 people in Mozambique.", new LocalDate(2025, 3, 18))
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Month(2024, 12));
    }

    [Fact]
    public void Domestic_output_is_the_countrys_in_a_story_at_a_site_the_desk_cannot_name()
    {
        Extract("Producers blame a kiln shutdown at one of the plants in Tororo district, in eastern Uganda. Domestic cement output dropped to 921,000 tonnes in the first quarter of 2025.")
            .Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("cement-output/uganda");
    }

    [Fact]
    public void Domestic_violence_is_no_whole_country()
    {
        Extract("Police in Tororo district, in eastern Uganda, recorded 420 domestic violence cases in March.")
            .Claims<Observation>().Should().NotContain(o => o.Subject.EndsWith("/uganda", StringComparison.Ordinal));
    }

    [Fact]
    public void Bags_are_a_measure_named_by_what_they_weigh()
    {
        Extract("Uganda's coffee exports rose to 7.1 million bags in 2024.").Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("coffee-exports/uganda");
        Extract("Uganda shipped 7.1 million bags in 2024.").ReasonLeftOut("7.1 million").Should().Be("a measure of nothing named");
    }

    [Fact]
    public void A_measure_dispatched_is_the_days_deliveries_held_against_its_stated_way()
    {
        var draft = Extract("State-run YPFB said it dispatched 4.8 million litres of diesel to service stations nationwide in Bolivia on Tuesday, down from 4.3 million litres a week earlier.",
            new LocalDate(2025, 3, 12));

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("diesel-deliveries/bolivia", "diesel-deliveries/bolivia");
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void Troops_dispatched_are_still_a_movement()
    {
        Extract("Kenya dispatched 3,000 troops to Haiti on Tuesday.").ReasonLeftOut("3,000").Should().Be("a movement, not a level");
    }

    [Fact]
    public void Doses_given_so_far_in_each_state_are_parts_of_the_people_vaccinated()
    {
        var draft = Extract("ABUJA, March 14 (Reuters) - Nigerian health authorities said on Friday they had vaccinated 6.2 million people against yellow fever in four northeastern states. "
            + "Bauchi, the most populous of the four states, accounted for 2.3 million of the doses given so far, followed by Adamawa with 1.6 million, Taraba with 1.5 million and Gombe with 1.2 million.",
            new LocalDate(2025, 3, 14));

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Contain(["people-vaccinated/bauchi", "people-vaccinated/adamawa", "people-vaccinated/taraba", "people-vaccinated/gombe"]);
        draft.RulesFound().Should().Equal("FC016");
    }
}
