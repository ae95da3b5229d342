using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-ninth pass's second round, from the planted inconsistencies and the unwanted findings of its third to sixth sets:
/// where people came from moves no story; a participle states a movement's way; a number of tens and ones written with a
/// hyphen is a figure; a count of a country's areas is no toll; a "since" month looks back; and a week's new confirmed or
/// suspected cases are new cases.
/// </summary>
public class OriginsParticiplesAndNumberWordsTests
{
    private static readonly LocalDate Monday14April = new(2025, 4, 14);

    private static ExtractionResult Extract(string body, LocalDate? published = null) => ExtractionHelpers.Extract(body, published: published ?? Monday14April);

    [Fact]
    public void Where_people_came_from_does_not_move_the_story()
    {
        var draft = Extract("The office of the regional governor in Mali said 42 bodies had been recovered by Sunday evening.\n\n"
            + "Some of the miners came from Guinea and Burkina Faso, a local official said.\n\n"
            + "A civil protection spokesman told AFP that 48 bodies had been pulled from the pit by Sunday evening.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("people-killed/mali", "people-killed/mali");
        draft.RulesFound().Should().Equal("FC001");
    }

    [Fact]
    public void A_country_people_fled_to_still_moves_the_story()
    {
        Extract("Thousands crossed into Chad last week. Aid agencies in Chad said 12,000 refugees had arrived by Sunday.")
            .Claims<Observation>().Should().ContainSingle().Which.Subject.Should().EndWith("/chad");
    }

    [Theory]
    [InlineData("slipping", "decrease")]
    [InlineData("dipping", "decrease")]
    [InlineData("growing", "increase")]
    public void A_participle_after_the_figure_states_the_movements_way(string participle, string way)
    {
        var change = Extract($"Madagascar shipped 2,300 tonnes of vanilla last year, {participle} from 1,850 tonnes in 2023.").Claims<Change>().Should().ContainSingle().Subject;

        change.Direction.ToString().Should().BeEquivalentTo(way);
    }

    [Fact]
    public void A_participle_against_its_figures_is_found()
    {
        Extract("Madagascar shipped 2,300 tonnes of vanilla last year, slipping from 1,850 tonnes in 2023.").RulesFound().Should().Equal("FC004");
    }

    [Theory]
    [InlineData("Thirty-eight people were killed in Guinea on Saturday.", "38")]
    [InlineData("Police said forty-one people were killed in Guinea on Saturday.", "41")]
    [InlineData("Twenty-five thousand people fled in Guinea on Saturday.", "25,000")]
    public void A_number_of_tens_and_ones_written_with_a_hyphen_is_a_figure(string sentence, string value)
    {
        Extract(sentence).Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse(value));
    }

    [Fact]
    public void A_hyphenated_word_of_no_number_is_still_no_figure()
    {
        Extract("A well-known clinic in Guinea treated 40 people on Saturday.").Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("40"));
    }

    [Theory]
    [InlineData("Health authorities in Sudan have counted 2,150 deaths in 17 of the country's 18 states since August.")]
    [InlineData("Cholera has killed 2,150 people in Sudan, in 17 of its 18 states.")]
    public void A_count_of_a_countrys_areas_is_no_toll(string sentence)
    {
        var draft = Extract(sentence, new LocalDate(2025, 6, 12));

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("2,150"));
        draft.ReasonLeftOut("17").Should().Be("a count of areas, not a level");
    }

    [Fact]
    public void A_month_since_which_a_count_runs_is_the_one_behind()
    {
        Extract("Health authorities in Sudan have counted 2,150 deaths since August.", new LocalDate(2025, 6, 12))
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(2024, 8, 1), new LocalDate(2025, 6, 12)));
    }

    [Theory]
    [InlineData("In the week to March 16, six new confirmed cases were reported in Liberia.", "new-cases/liberia")]
    [InlineData("Sudan recorded 2,700 new suspected cases in the week to March 16.", "new-suspected-cases/sudan")]
    public void A_weeks_new_confirmed_or_suspected_cases_are_new_cases(string sentence, string subject)
    {
        Extract(sentence, new LocalDate(2025, 3, 20)).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
    }

    [Fact]
    public void A_days_new_cases_are_still_cases()
    {
        Extract("Sudan recorded 510 new confirmed cases on Monday.").Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("cases/sudan");
    }
}
