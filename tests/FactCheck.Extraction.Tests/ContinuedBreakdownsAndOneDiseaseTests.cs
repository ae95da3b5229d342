using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-eighth pass's first round, from the planted inconsistencies the forty-seventh pass's last two sets still hid:
/// a breakdown a later sentence goes on with, the unnamed cases of an article's one disease, a toll of lives lost, a start
/// "three months earlier", a movement within a named period, an average price's level, and a place inside an organisation's name.
/// </summary>
public class ContinuedBreakdownsAndOneDiseaseTests
{
    private static readonly LocalDate Friday14March = new(2025, 3, 14);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Friday14March);

    private const string Ohio = "Ohio health officials on Thursday reported 94 confirmed measles cases.\n\n"
        + "Holmes County accounts for 51 of the cases, according to a county-by-county breakdown the department posted Thursday afternoon. "
        + "Neighboring Wayne County has 29, Knox County 11 and Ashland County six.";

    [Fact]
    public void A_sentence_that_goes_on_with_a_breakdown_lists_more_parts_of_the_same_whole()
    {
        var draft = Extract(Ohio);

        draft.Claims.Relations.Should().ContainSingle(static r => r.ListsParts && r.Whole == "measles-cases/ohio").Which.Parts.Should().BeEquivalentTo(
            "measles-cases/holmes-county", "measles-cases/wayne-county", "measles-cases/knox-county", "measles-cases/ashland-county");
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void A_list_of_places_in_the_next_paragraph_goes_on_with_no_breakdown()
    {
        var draft = Extract(Ohio.Replace(" Neighboring", "\n\nNeighboring", StringComparison.Ordinal));

        draft.Claims.Relations.Should().ContainSingle(static r => r.Whole == "measles-cases/ohio").Which.Part.Should().Be("measles-cases/holmes-county");
    }

    [Fact]
    public void The_largest_share_with_its_own_noun_opens_a_breakdown_that_the_next_sentence_ranks_on()
    {
        var draft = ExtractionHelpers.Extract(
            "Health workers in Nigeria vaccinated nearly 1.2 million people against meningitis in the first week, the agency said on Monday. "
            + "The outbreak has killed 112 people this year, up from 87 a year earlier.\n\n"
            + "Sokoto accounted for the largest share, with 540,000 people vaccinated by Sunday evening, according to the agency's breakdown. "
            + "Kebbi followed with 310,000, ahead of Jigawa with 260,000 and Yobe with 190,000.",
            published: new LocalDate(2025, 4, 14));

        draft.Claims.Relations.Should().ContainSingle(static r => r.ListsParts && r.Whole == "people-vaccinated/nigeria").Which.Parts.Should().HaveCount(4);
        draft.RulesFound().Should().Contain("FC016");
    }

    [Fact]
    public void A_part_of_this_years_cases_is_a_part_of_the_years_whole_not_of_a_smaller_figure_told_since()
    {
        var draft = ExtractionHelpers.Extract(
            "Sri Lanka has recorded 24,316 dengue cases since January 1, the health ministry said on Tuesday. It logged 1,846 new cases last week.\n\n"
            + "Western Province accounted for 11,902 of this year's cases, with Colombo district alone reporting 5,210, Gampaha 4,480 and Kalutara 2,212. "
            + "Central Province followed with 3,415 cases, ahead of Southern Province with 2,870 and Northern Province with 1,318.",
            published: new LocalDate(2025, 6, 18));

        draft.Claims.Relations.Should().ContainSingle(static r => r.ListsParts && r.Whole == "dengue-cases/sri-lanka").Which.Parts.Should().BeEquivalentTo(
            "dengue-cases/western-province", "dengue-cases/central-province", "dengue-cases/southern-province", "dengue-cases/northern-province");
    }

    [Fact]
    public void The_cases_of_an_articles_one_disease_are_of_that_disease_where_the_disease_is_left_unsaid()
    {
        var draft = Extract("Kenya's Mombasa county had recorded 1,284 suspected cholera cases as of Sunday, a county situation report said. "
            + "The county health director said Mombasa had logged 1,348 suspected cases by Sunday evening.");

        draft.Claims<Observation>().Select(static o => o.Subject).Distinct().Should().Equal("suspected-cholera-cases/kenya");
        draft.RulesFound().Should().Equal("FC001");
    }

    [Fact]
    public void The_unnamed_cases_of_an_article_of_two_diseases_stay_unnamed()
    {
        var draft = Extract("Kenya recorded 1,284 suspected cholera cases and 312 measles cases as of Sunday. Mombasa had logged 848 suspected cases by Sunday.");

        draft.Claims<Observation>().Should().Contain(static o => o.Subject.StartsWith("suspected-cases/", StringComparison.Ordinal));
    }

    [Fact]
    public void Cases_named_by_a_word_of_no_disease_name_no_disease()
    {
        var draft = Extract("Pakistan has confirmed 21 cases of wild poliovirus so far this year, health officials said on Thursday. "
            + "The two latest cases, confirmed on Wednesday, were in children in the Bannu district.");

        draft.Claims<Observation>().Should().ContainSingle(static o => o.Value == Quantity.Parse("21")).Which.Subject.Should().Be("cases/pakistan");
    }

    [Fact]
    public void A_ranked_part_in_the_city_of_a_name_is_that_names()
    {
        var draft = Extract("Ohio health officials on Thursday reported 940 confirmed measles cases.\n\n"
            + "Holmes County remains the worst affected, with 563 cases, followed by the city of Akron with 418.");

        draft.Claims.Relations.Should().ContainSingle(static r => r.ListsParts).Which.Parts.Should().Equal("measles-cases/holmes-county", "measles-cases/akron");
    }

    [Fact]
    public void People_who_lost_their_lives_are_the_dead()
    {
        Extract("In Malawi, the health minister said on Thursday that 14 people had lost their lives in the crush.")
            .Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("people-killed/malawi");
    }

    [Fact]
    public void A_start_three_months_earlier_is_three_months_before_the_end()
    {
        var draft = Extract("In Ghana, registered agents dropped to 689,300 at the end of December, from 652,870 three months earlier.");

        draft.Claims<Observation>().Should().ContainSingle(static o => o.Value == Quantity.Parse("652,870")).Which.Time.Should().Be(FuzzyTime.Day(new LocalDate(2024, 9, 30)));
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void Digits_are_not_read_on_into_a_small_number_word_after_them()
    {
        Extract("In Ghana, 652,870 people had been vaccinated three months ago.").Claims<Observation>().Should().ContainSingle()
            .Which.Should().Match<Observation>(static o => o.Value == Quantity.Parse("652,870") && o.Time == FuzzyTime.Month(2024, 12));
    }

    [Fact]
    public void The_average_retail_price_is_a_level_and_its_start_a_price_of_the_month_before()
    {
        var draft = Extract("In California, the average retail price dropped to $8.97 a dozen in January from $7.31 in December, according to state data.");

        draft.Claims<Observation>().Select(static o => o.Value).Should().BeEquivalentTo([Quantity.Parse("8.97"), Quantity.Parse("7.31")]);
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void A_place_inside_an_organisations_name_after_a_place_is_no_place_of_the_figure()
    {
        Extract("Minnesota is the leading producer, according to the Minnesota Turkey Growers Association. About 540,000 turkeys have been lost this fall.")
            .Claims<Observation>().Should().NotContain(static o => o.Subject.EndsWith("/turkey", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_in_a_when_clause_in_words_dates_itself_at_the_year_since_names()
    {
        Extract("It was the deadliest disaster in Malawi since 2017, when eight people died in a stampede at the same stadium.")
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Year(2017));
    }

    [Fact]
    public void A_state_named_after_an_unheld_city_in_the_dateline_and_again_as_the_subject_is_the_figures_own()
    {
        Extract("COLUMBUS, Ohio, March 13 (AP) — Ohio health officials on Thursday reported 94 confirmed measles cases tied to an outbreak that began in rural Holmes County.")
            .Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("measles-cases/ohio");
    }
}
