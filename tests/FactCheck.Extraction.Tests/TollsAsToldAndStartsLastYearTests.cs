using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-eighth pass's third round, from the planted inconsistencies of its third and fourth sets: a toll stands on the day
/// it was told, also at a site the desk cannot name; "in March last year" is a month of last year and the start's own time;
/// and Australia's states are its own.
/// </summary>
public class TollsAsToldAndStartsLastYearTests
{
    private static readonly LocalDate Tuesday21October = new(2025, 10, 21);

    private static ExtractionResult Extract(string body, LocalDate? published = null) => ExtractionHelpers.Extract(body, published: published ?? Tuesday21October);

    [Fact]
    public void A_toll_told_the_day_after_the_disaster_stands_on_the_day_it_was_told()
    {
        var draft = Extract("A petrol tanker exploded on a highway in Nigeria's Kano state late Monday, killing 18 people and injuring 42 others, police said Tuesday.\n\n"
            + "The state commissioner for health said Tuesday that the blast had claimed 26 lives.");

        draft.Claims<Observation>().Where(static o => o.Subject == "people-killed/nigeria").Select(static o => o.Time).Should().Equal(
            FuzzyTime.Day(Tuesday21October), FuzzyTime.Day(Tuesday21October));
        draft.RulesFound().Should().Equal("FC001");
    }

    [Fact]
    public void A_toll_of_a_named_year_keeps_its_year_whenever_it_was_told()
    {
        Extract("The Philippines recorded 1,600 dengue deaths in 2024, the health department said on Tuesday.")
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Year(2024));
    }

    [Fact]
    public void A_toll_recovered_from_a_site_the_desk_cannot_name_is_its_countrys()
    {
        var draft = Extract("An explosion at an illegal refinery in Ogbe-Ijoh community in Nigeria's Delta State killed at least 17 people on Monday.\n\n"
            + "Police spokesman Onome Ighoyota told AFP on Tuesday that 17 bodies had been recovered from the site.\n\n"
            + "Speaking at the scene on Tuesday afternoon, the state's information commissioner said emergency workers had so far recovered 11 bodies.");

        draft.Claims<Observation>().Should().Contain(static o => o.Value == Quantity.Parse("11") && o.Subject == "people-killed/nigeria");
        draft.RulesFound().Should().Contain("FC001");
    }

    [Fact]
    public void A_month_last_year_is_that_month_of_the_year_before()
    {
        Extract("Kenya's tea exports reached 52,000 tonnes in March last year, the board said.", published: new LocalDate(2025, 4, 3))
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Month(2024, 3));
    }

    [Fact]
    public void A_start_in_a_month_last_year_is_the_starts_own_and_the_end_stands_when_written()
    {
        var draft = Extract("In Sri Lanka, arrivals from Germany slipped to 14,902 from 13,877 in March last year, the figures showed.", published: new LocalDate(2025, 4, 3));

        draft.Claims<Observation>().Select(static o => (o.Value, o.Time)).Should().BeEquivalentTo([
            (Quantity.Parse("14,902"), FuzzyTime.Day(new LocalDate(2025, 4, 3))), (Quantity.Parse("13,877"), FuzzyTime.Month(2024, 3))]);
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void A_move_made_last_month_starts_in_the_month_before()
    {
        Extract("Sweden's Riksbank cut its policy rate to 2% from 2.25% last month.", published: new LocalDate(2025, 7, 15))
            .Claims<Observation>().Select(static o => o.Time).Should().Equal(FuzzyTime.Month(2025, 6), FuzzyTime.Month(2025, 5));
    }

    [Theory]
    [InlineData("South Australia recorded 640 cases of whooping cough this year.", "cases/south-australia")]
    [InlineData("Tasmania recorded 120 cases of whooping cough this year.", "cases/tasmania")]
    public void Australias_states_are_its_own_places(string sentence, string subject)
    {
        Extract(sentence).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
    }
}
