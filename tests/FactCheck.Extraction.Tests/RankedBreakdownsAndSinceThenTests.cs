using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-eighth pass's second round, from the planted inconsistencies of its own first two sets, written before the
/// first round: a breakdown that ranks its parts ("remained the worst-hit district with …, followed by …"), one "of them",
/// one placed after its figures ("Eleven of the deaths were recorded in …, nine in …"); an institution two sources name; a
/// time "since then"; a way stated before a comma; and a movement "from 58 new cases in July to 71 in August".
/// </summary>
public class RankedBreakdownsAndSinceThenTests
{
    private static readonly LocalDate Tuesday8July = new(2025, 7, 8);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Tuesday8July);


    [Fact]
    public void A_ranking_of_places_with_their_figures_breaks_down_the_whole_before_it()
    {
        var draft = Extract("The flood situation in Assam deteriorated on Tuesday, with 412,600 people affected in 17 districts.\n\n"
            + "Dhemaji remained the worst-hit district with 168,400 people affected, followed by Lakhimpur with 121,300, Nagaon with 87,900 and Golaghat with 52,700, the report said.");

        draft.PartsListedOf("people/assam").Should().BeEquivalentTo("people/dhemaji", "people/lakhimpur", "people/nagaon", "people/golaghat");
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void A_ranking_whose_parts_are_confirmed_cases_breaks_down_the_confirmed_not_the_suspected()
    {
        var draft = Extract("Democratic Republic of Congo has recorded 9,870 confirmed mpox cases since the start of the year, the ministry said on Tuesday. "
            + "More than 41,000 suspected cases have been reported over the same period.\n\n"
            + "South Kivu remains the hardest-hit province with 3,412 confirmed cases, followed by Kinshasa with 2,968 and Equateur with 1,745.");

        draft.Claims.Relations.Should().ContainSingle(static r => r.ListsParts).Which.Whole.Should().Be("mpox-cases/dr-congo");
    }

    [Fact]
    public void A_single_place_ranked_first_is_no_breakdown()
    {
        Extract("The Philippines had 112,729,484 people on July 1, 2024, the census showed.\n\nCalabarzon remained the most populous region with 16.9 million people.")
            .Claims.Relations.Should().NotContain(static r => r.ListsParts);
    }

    [Fact]
    public void Parts_of_them_are_parts_of_the_latest_figure_of_the_paragraph()
    {
        var draft = Extract("Japan has culled about 9.3 million chickens this season.\n\n"
            + "The ministry said 41 outbreaks had been confirmed on farms in Japan as of Monday, up from 27 at the end of December. "
            + "Chiba prefecture, east of Tokyo, accounted for 12 of them, followed by Aichi with 10, Iwate with nine and Niigata with six.");

        draft.PartsListedOf("outbreaks/japan").Should().BeEquivalentTo("outbreaks/chiba-prefecture", "outbreaks/aichi", "outbreaks/iwate", "outbreaks/niigata");
    }

    [Fact]
    public void Parts_placed_after_their_figures_break_down_the_whole_the_first_names()
    {
        var draft = Extract("Tropical Cyclone Elvire has killed 23 people in Madagascar, the agency said on Monday. "
            + "Eleven of the deaths were recorded in the Analanjirofo region, where the storm struck first, nine in neighbouring Atsinanana and six in Sava further north.");

        draft.PartsListedOf("people-killed/madagascar").Should().BeEquivalentTo("people-killed/analanjirofo-region", "people-killed/atsinanana", "people-killed/sava");
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void An_institution_someone_says_a_figure_of_is_the_figures_own()
    {
        var draft = Extract("Istanbul Airport handled 38.6 million passengers in the first six months of 2025, official data showed.\n\n"
            + "Speaking to reporters at the terminal in Arnavutkoy district on Monday, Minister Kemal Aydin said Istanbul Airport had welcomed 39.4 million passengers between January and June.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("passengers/istanbul-airport", "passengers/istanbul-airport");
        draft.RulesFound().Should().Equal("FC001");
    }

    [Fact]
    public void Since_then_starts_at_the_time_the_sentence_before_named()
    {
        Extract("Romania declared a national measles epidemic in October 2023. Since then, more than 31,000 cases have been reported nationwide.")
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(2023, 10, 1), Tuesday8July));
    }

    [Fact]
    public void A_way_stated_before_a_comma_and_a_time_is_the_movements()
    {
        var draft = Extract("In Kenya, monthly numbers fell over the summer, from 58 new cases in March to 71 in April, the station said.");

        draft.Claims<Observation>().Select(static o => (o.Value, o.Time)).Should().Equal(
            (Quantity.Parse("58"), FuzzyTime.Month(2025, 3)), (Quantity.Parse("71"), FuzzyTime.Month(2025, 4)));
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void A_goal_joined_by_and_to_is_no_end_of_the_start_before_it()
    {
        ExtractionHelpers.Extract("The government aims to cut the budget deficit in Kenya to 4.5% in 2026 from an estimated 4.8% in the current year, and to 3% by 2028.",
            published: Tuesday8July).Claims<Target>().Should().HaveCount(2);
    }

    [Fact]
    public void This_season_is_the_day_of_writing_so_that_a_start_in_a_named_season_is_its_own()
    {
        var draft = Extract("In Thailand, burnt cane fell to 31.4% of deliveries this season from 27.9% in 2023/24, according to OCSB data.");

        draft.Claims<Observation>().Select(static o => o.Time).Should().Equal(FuzzyTime.Day(Tuesday8July), FuzzyTime.Parse("2023-07/2024-06"));
        draft.RulesFound().Should().Equal("FC004");
    }
}
