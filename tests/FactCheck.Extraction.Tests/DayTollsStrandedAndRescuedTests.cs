using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The fiftieth pass's second round, from 18 more articles written before the first: the deaths of one day, in an article
/// that tells a toll since a day before it, are the day's; what people did or where they are after an auxiliary ("have
/// crossed", "are stranded", "have taken refuge") names them; and people pulled out alive are the rescued, not the dead.
/// </summary>
public class DayTollsStrandedAndRescuedTests
{
    private static readonly LocalDate Friday8August = new(2025, 8, 8);

    private static ExtractionResult Extract(string body, LocalDate? published = null) => ExtractionHelpers.Extract(body, published: published ?? Friday8August);

    private const string SeasonToll = "Floods and landslides have killed 118 people in Nepal since the monsoon began in mid-June, the authority said on Friday. ";

    [Fact]
    public void The_deaths_of_one_day_of_a_toll_told_since_before_it_are_the_day_s()
    {
        var draft = Extract(SeasonToll + "In Nepal, seven people were killed on Wednesday when a landslide struck houses.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("people-killed/nepal", "daily-people-killed/nepal");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void A_day_s_deaths_told_before_the_toll_since_are_the_day_s_as_well()
    {
        Extract("In Nepal, seven people were killed on Wednesday when a landslide struck houses. " + SeasonToll)
            .Claims<Observation>().Select(static o => o.Subject).Should().Equal("daily-people-killed/nepal", "people-killed/nepal");
    }

    [Fact]
    public void Two_sources_deaths_of_one_day_are_still_held_against_each_other()
    {
        Extract(SeasonToll + "In Nepal, seven people were killed on Wednesday, police said. \"We lost nine people in Nepal on Wednesday,\" a district officer said. "
                + "Nine people died in Nepal on Wednesday, the army said.")
            .RulesFound().Should().Equal("FC001");
    }

    [Fact]
    public void A_toll_of_a_day_with_no_toll_told_since_before_it_stays_a_toll()
    {
        Extract("A landslide killed seven people in Nepal on Wednesday, the police said.").Claims<Observation>().Should().ContainSingle()
            .Which.Subject.Should().Be("people-killed/nepal");
    }

    [Fact]
    public void The_day_a_toll_was_said_on_is_no_day_of_its_deaths()
    {
        Extract(SeasonToll + "The army said on Wednesday that seven people had been killed in Nepal.")
            .Claims<Observation>().Select(static o => o.Subject).Should().Equal("people-killed/nepal", "people-killed/nepal");
    }

    [Theory]
    [InlineData("More than 1.6 million people are stranded by floodwater in Bangladesh.", "people-stranded/bangladesh")]
    [InlineData("Around 215,000 people have taken refuge in shelters in Bangladesh.", "people-sheltered/bangladesh")]
    [InlineData("Some 310,000 people have crossed from Lebanon into Syria since September 23.", "people-crossed/syria")]
    [InlineData("Some 4,180 people entered Panama through the jungle in January.", "people-entered/panama")]
    [InlineData("About 2,200 people moved southward through Panama in January.", "people-moved/panama")]
    public void What_people_did_or_where_they_are_names_them_past_an_auxiliary(string sentence, string subject)
    {
        Extract(sentence).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
    }

    [Fact]
    public void People_stranded_and_people_sheltered_are_no_figures_of_one_count()
    {
        Extract("More than 1.6 million people are stranded by floodwater in Bangladesh. Around 215,000 people have taken refuge in shelters in Bangladesh.")
            .RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void People_pulled_out_alive_are_the_rescued()
    {
        Extract("In Nairobi, rescuers had pulled 33 people out alive by Thursday morning.", new LocalDate(2024, 5, 2))
            .Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("people-rescued/nairobi");
    }

    [Fact]
    public void Others_pulled_out_alive_after_the_dead_are_none_of_the_dead()
    {
        var draft = Extract("Eleven people were killed and 62 others pulled out alive after a building collapsed in Lagos on Sunday.", new LocalDate(2024, 9, 18));

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.ToString().Should().Be("11");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void People_pulled_out_with_no_word_of_alive_are_no_rescued()
    {
        Extract("In Nairobi, rescuers had pulled 33 people out of the rubble by Thursday morning.", new LocalDate(2024, 5, 2))
            .Claims<Observation>().Should().NotContain(static o => o.Subject == "people-rescued/nairobi");
    }

    [Fact]
    public void A_list_of_parts_goes_on_after_and()
    {
        var draft = Extract("At least nine people have died in Bangladesh since Saturday, six of them by drowning and three after being struck by lightning.", new LocalDate(2024, 6, 20));

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.ToString().Should().Be("≥9");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void A_figure_after_and_in_a_clause_of_its_own_is_no_part_of_the_list()
    {
        Extract("Nine people died in Bangladesh on Saturday, six of them children, and 12 people died in Nepal.", new LocalDate(2024, 6, 20))
            .Claims<Observation>().Select(static o => o.Subject).Should().Equal("people-killed/bangladesh", "people-killed/nepal");
    }
}
