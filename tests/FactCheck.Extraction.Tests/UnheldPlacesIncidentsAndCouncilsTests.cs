using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The fifty-first pass, from 36 articles written before it: a name the desk does not hold that opens a sentence by reporting
/// its figures ("Zambezia has recorded 412 cases and five deaths, Tete 198 cases …") is no figure of the country; a casualty
/// denied ("with no deaths") is none of a figure's; the dead of an incident told with no day of its own are the day's beside a
/// toll since before it; and "local bodies" are councils, not the dead.
/// </summary>
public class UnheldPlacesIncidentsAndCouncilsTests
{
    private static readonly LocalDate Friday7February = new(2025, 2, 7);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Friday7February);

    private const string Outbreak = "Since the outbreak was declared in October, cholera has killed 21 people in Mozambique, the ministry said. ";

    [Fact]
    public void A_name_the_desk_does_not_hold_opening_a_list_of_names_and_figures_reports_its_own_figure()
    {
        var draft = Extract(Outbreak + "Zambezia has recorded 412 cases, Tete 198 cases and Cabo Delgado 45 cases.");

        draft.Skipped.Where(static s => s.Reason == ExtractionHelpers.UnknownPlace).Select(static s => s.Quote).Should().Equal("412", "198");
        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("people-killed/mozambique", "cases/cabo-delgado");
    }

    [Fact]
    public void A_name_opening_a_sentence_of_one_figure_may_be_a_source_of_the_story_s_country()
    {
        Extract(Outbreak + "Zambezia has recorded 412 cases.").Claims<Observation>().Select(static o => o.Subject)
            .Should().Equal("people-killed/mozambique", "cases/mozambique");
    }

    [Fact]
    public void The_figure_listed_after_and_and_the_next_name_of_a_gapped_list_are_that_place_s_too()
    {
        var draft = Extract(Outbreak + "Zambezia has recorded 412 cases and five deaths, Tete 198 cases and two deaths, and Cabo Delgado 127 cases with no deaths.");

        draft.Skipped.Where(static s => s.Reason == ExtractionHelpers.UnknownPlace).Select(static s => s.Quote).Should().Equal("412", "five", "198", "two");
        draft.Claims<Observation>().Select(static o => $"{o.Subject} {o.Value}").Should().Equal("people-killed/mozambique 21", "cases/cabo-delgado 127");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void A_source_opening_a_sentence_still_reports_the_country_s_figure()
    {
        Extract("Officials have recorded 412 cases in Mozambique, Unicef 3,000 children and Oxfam 45 schools.")
            .Claims<Observation>().Select(static o => o.Subject).Should().Equal("cases/mozambique", "children/mozambique", "schools/mozambique");
    }

    [Fact]
    public void A_name_with_has_recorded_in_a_later_clause_may_be_an_agency_counting_the_story_s_country()
    {
        Extract("Cases rose in Mozambique, and Unicef has registered 3,000 children.").Claims<Observation>().Select(static o => o.Subject)
            .Should().Equal("children/mozambique");
    }

    [Theory]
    [InlineData("January saw 412 new cases in Mozambique, and February 380.")]
    [InlineData("Xinhua reported 412 cases in Mozambique, and CCTV 380.")]
    [InlineData("Frelimo has registered 412 candidates in Mozambique, and Renamo 380.")]
    [InlineData("They have counted 412 cases in Mozambique, and Maputo 380.")]
    public void A_list_of_no_held_place_does_not_make_the_word_opening_it_a_place(string sentence) =>
        Extract(sentence).Skipped.Should().NotContain(static s => s.Reason == ExtractionHelpers.UnknownPlace);

    [Fact]
    public void The_start_of_a_movement_an_unheld_name_reported_is_left_out_with_its_end()
    {
        var draft = Extract(Outbreak + "Zambezia has recorded 412 cases, down from 530 in December, Tete 198 cases and Cabo Delgado 45 cases.");

        draft.Skipped.Where(static s => s.Reason == ExtractionHelpers.UnknownPlace).Select(static s => s.Quote).Should().Equal("412", "530", "198");
        draft.Claims<Change>().Should().BeEmpty();
    }

    [Fact]
    public void A_held_place_next_in_a_list_is_the_figure_s_own_even_with_a_held_place_after_it()
    {
        Extract(Outbreak + "Zambezia has recorded 412 cases, Cabo Delgado 127 cases and Maputo 45 cases.").Claims<Observation>().Select(static o => o.Subject)
            .Should().Equal("people-killed/mozambique", "cases/cabo-delgado", "cases/maputo");
    }

    [Fact]
    public void A_toll_of_a_held_region_next_in_a_list_is_the_region_s()
    {
        Extract("Floods have killed 66 people in Pakistan this week. Sindh recorded 39 deaths, Balochistan 27.").Claims<Observation>().Select(static o => o.Subject)
            .Should().Contain("people-killed/balochistan");
    }

    [Theory]
    [InlineData("Lusaka has recorded 127 cases with no deaths.")]
    [InlineData("Lusaka has recorded 127 cases and no deaths.")]
    [InlineData("Lusaka has recorded 127 cases but no deaths.")]
    [InlineData("Lusaka has recorded 127 cases without any deaths.")]
    public void A_casualty_denied_after_a_figure_is_none_of_its(string sentence) =>
        Extract(sentence).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("cases/lusaka");

    [Fact]
    public void A_casualty_denied_is_no_noun_of_the_figure_listed_after_it()
    {
        Extract("Lusaka has recorded 127 cases with no deaths, and Ndola 40.").Claims<Observation>()
            .Should().NotContain(static o => o.Subject.StartsWith("people-killed", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_is_no_denial_of_the_figure_s_casualty()
    {
        Extract("Three workers without helmets died at a site in Kenya on Monday.").Claims<Observation>().Should().ContainSingle()
            .Which.Subject.Should().Be("workers-killed/kenya");
    }

    [Fact]
    public void A_casualty_after_a_figure_with_a_figure_of_its_own_is_still_that_figure_s()
    {
        Extract("Lusaka has recorded 127 cases with three deaths.").Claims<Observation>().Select(static o => o.Subject)
            .Should().Equal("cases/lusaka", "people-killed/lusaka");
    }

    private const string MineToll = "Three workers were killed and one is missing after a seismic event triggered a rockfall at a gold mine in South Africa, the department said on Wednesday. ";

    [Fact]
    public void The_dead_of_an_incident_with_no_day_beside_a_toll_since_before_it_are_the_day_s()
    {
        var draft = Extract(MineToll + "Including Monday's deaths, 31 workers have died in South African mines so far this year, according to the department. "
            + "Gold mines accounted for 13 of those deaths, platinum mines for nine, coal mines for five and other commodities for four.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().StartWith(["daily-workers-killed/south-africa", "workers-killed/south-africa"]);
        draft.RulesFound().Should().BeEmpty();
    }

    [Theory]
    [InlineData("Two workers were killed at a gold mine in South Africa, the company said after a board meeting. ")]
    [InlineData("Two workers were killed after a week of rockfalls at a gold mine in South Africa, the department said. ")]
    public void No_incident_is_told_after_someone_speaks_or_after_a_span(string sentence)
    {
        Extract(sentence + "31 workers have died in South African mines so far this year, according to the department.")
            .Claims<Observation>().Should().NotContain(static o => o.Subject.StartsWith("daily-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_dead_of_an_incident_with_no_toll_since_before_it_stay_a_toll()
    {
        Extract(MineToll).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("workers-killed/south-africa");
    }

    [Fact]
    public void The_dead_of_a_sentence_telling_no_incident_are_no_day_s()
    {
        Extract("Three workers were killed at a gold mine in South Africa, the department said on Wednesday. 31 workers have died in South African mines so far this year, according to the department.")
            .Claims<Observation>().Select(static o => o.Subject).Should().Equal("workers-killed/south-africa", "workers-killed/south-africa");
    }

    [Theory]
    [InlineData("Voter turnout in Tuesday's elections to 58 urban local bodies in Karnataka reached 68.4 percent.")]
    [InlineData("The 58 governing bodies in Karnataka met on Tuesday.")]
    public void Local_and_governing_bodies_are_councils_not_the_dead(string sentence) =>
        Extract(sentence).Claims<Observation>().Should().NotContain(static o => o.Subject.StartsWith("people-killed", StringComparison.Ordinal));

    [Fact]
    public void Bodies_recovered_are_still_the_dead()
    {
        Extract("Rescuers recovered 27 bodies in Karnataka on Tuesday.").Claims<Observation>().Should().ContainSingle()
            .Which.Subject.Should().Be("people-killed/karnataka");
    }
}
