using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The review of the forty-eighth pass's rounds: the edges where its new readings drafted what the text does not state — a
/// sentence after a breakdown that counts something else, other countries ranked, peoples for places, unnamed cases of no
/// disease, two tolls told on one day, "since then" after the day something was said, "when one of", a county the sentence
/// names, a state's officials citing another country's, and paragraphs Windows writes.
/// </summary>
public class ReviewedEdgesOfBreakdownsAndTollsTests
{
    private static readonly LocalDate Monday10March = new(2025, 3, 10);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Monday10March);

    private const string Ohio = "Ohio health officials on Thursday reported 94 confirmed measles cases.\n\nHolmes County accounts for 51 of the cases, according to the department. ";

    [Fact]
    public void A_sentence_after_a_breakdown_that_counts_something_else_is_no_part()
    {
        Extract(Ohio + "Wayne County has 29 hospital beds set aside for patients.")
            .Claims.Relations.Should().NotContain(static r => r.Part == "measles-cases/wayne-county");
    }

    [Fact]
    public void A_sentence_after_a_breakdown_that_names_its_own_whole_is_no_part_of_it()
    {
        Extract(Ohio + "Of the deaths, Wayne County had 2 and Knox County 1.")
            .Claims.Relations.Should().NotContain(static r => r.Part == "measles-cases/wayne-county");
    }

    [Fact]
    public void Other_countries_ranked_are_no_parts_of_a_countrys_whole()
    {
        var draft = Extract("Kenya has recorded 5,000 cholera cases this year, the health ministry said on Monday.\n\n"
            + "Uganda remains the hardest-hit country in the region with 3,100 cases, followed by Tanzania with 2,200 and Rwanda with 900.");

        draft.Claims.Relations.Should().NotContain(static r => r.ListsParts);
        draft.RulesFound().Should().NotContain("FC016");
    }

    [Fact]
    public void Peoples_after_in_are_no_places_of_a_breakdown()
    {
        Extract("Michigan health officials have confirmed 980 deaths from COVID-19 this year.\n\n"
            + "Of the confirmed deaths, 412 were in White residents, 288 in Black residents and 94 in Hispanic residents.")
            .Claims.Relations.Should().NotContain(static r => r.ListsParts);
    }

    [Theory]
    [InlineData("Kenya has recorded 1,284 suspected cholera cases since January. Courts in Nairobi have cleared 3,000 cases since January.", "cases/nairobi")]
    [InlineData("Kenya has recorded 1,284 suspected cholera cases. The country also recorded 312 dengue fever cases. Mombasa had logged 848 suspected cases by Sunday.", "suspected-cases/mombasa")]
    public void Cases_the_articles_one_disease_cannot_name_keep_their_words(string text, string subject)
    {
        Extract(text).Claims<Observation>().Should().Contain(o => o.Subject == subject);
    }

    [Fact]
    public void Cases_of_the_suspected_ones_are_a_part_not_more_of_the_same()
    {
        var draft = Extract("Mozambique has recorded 4,812 suspected measles cases since the start of the year, the ministry said on Monday. "
            + "Laboratory tests have so far confirmed 611 of the suspected cases, the national epidemiologist said.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("4,812"));
        draft.ReasonLeftOut("611").Should().Be("a part of a whole, not a level");
    }

    [Fact]
    public void Two_tolls_of_days_before_told_on_one_day_keep_their_days()
    {
        var draft = Extract("A bus crash in Kenya on Friday killed 12 people, police said Monday. Another crash on Saturday killed 9 people in Kenya, police said Monday.");

        draft.Claims<Observation>().Select(static o => o.Time).Should().Equal(FuzzyTime.Day(new LocalDate(2025, 3, 7)), FuzzyTime.Day(new LocalDate(2025, 3, 8)));
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void Since_then_starts_at_the_time_named_not_the_day_it_was_said()
    {
        Extract("Romania declared a national measles epidemic in October 2023, the health ministry said on Friday. Since then, more than 31,000 cases have been reported nationwide.")
            .Claims<Observation>().Should().ContainSingle().Which.Time.Start.Should().Be(new LocalDate(2023, 10, 1));
    }

    [Fact]
    public void Since_then_in_the_sentence_of_its_time_starts_there()
    {
        Extract("The outbreak in Romania began in October 2023 and since then more than 31,000 cases have been reported nationwide.")
            .Claims<Observation>().Should().ContainSingle().Which.Time.Start.Should().Be(new LocalDate(2023, 10, 1));
    }

    [Fact]
    public void When_one_of_a_since_clause_is_no_figure_of_its_year()
    {
        Extract("Since 2017, when one of the dams burst, 40 people have died in floods in Malawi.")
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(2017, 1, 1), Monday10March));
    }

    [Fact]
    public void The_county_a_sentence_names_is_the_county_it_means()
    {
        Extract("HOLA, Tana River County - Floods have displaced families in Kenya.\n\nOfficials in neighbouring Garissa said 4,870 households had been displaced across the county as of Monday.")
            .Claims<Observation>().Should().NotContain(static o => o.Subject == "households/tana-river-county");
    }

    [Fact]
    public void A_states_officials_citing_another_countrys_authorities_speak_of_it()
    {
        Extract("Floods swept through northern Mexico over the weekend.\n\nTexas officials said on Monday that 12 people had died, citing Mexican authorities.")
            .Claims<Observation>().Should().NotContain(static o => o.Subject == "people-killed/texas");
    }

    [Fact]
    public void A_blank_line_as_windows_writes_it_ends_a_breakdowns_paragraph()
    {
        Extract((Ohio + "Neighboring Wayne County has 29, Knox County 11 and Ashland County six.").Replace("\n", "\r\n", StringComparison.Ordinal)
            .Replace(" Neighboring", "\r\n\r\nNeighboring", StringComparison.Ordinal))
            .Claims.Relations.Should().NotContain(static r => r.ListsParts);
    }

    [Fact]
    public void An_institution_said_of_on_a_day_is_the_figures_place()
    {
        Extract("Kenya's aviation authority said on Monday that Jomo Kenyatta International Airport had handled 9.1 million passengers in 2024.")
            .Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("passengers/jomo-kenyatta-international-airport");
    }
}
