using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-eighth pass's fourth round, from the breakdowns its fifth and sixth sets still hid: a ranking whose first place
/// carries its kind and an aside, or follows "were"; parts by place after "Of the confirmed deaths," or after "puts 312,000 of
/// the people in need in"; and "the county" of a story the dateline put in one.
/// </summary>
public class RankingsWithAsidesAndAreasByKindTests
{
    private static readonly LocalDate Tuesday6May = new(2025, 5, 6);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Tuesday6May);


    [Fact]
    public void A_ranking_whose_first_place_has_its_kind_and_an_aside_breaks_down_the_whole()
    {
        var draft = Extract("Haiti has recorded 4,870 suspected cholera cases since the start of the year, the ministry said.\n\n"
            + "The Ouest department, which includes the capital, remained the worst affected with 2,950 suspected cases, followed by Artibonite with 1,260, Centre with 540 and Nord with 310, according to the bulletin.");

        draft.PartsListedOf("suspected-cholera-cases/haiti").Should().BeEquivalentTo(
            "suspected-cholera-cases/ouest-department", "suspected-cholera-cases/artibonite", "suspected-cholera-cases/centre", "suspected-cholera-cases/nord");
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void The_hardest_hit_that_were_listed_with_their_figures_are_parts()
    {
        var draft = Extract("Yemen recorded 1,412 suspected diphtheria cases in 2024, the World Health Organization said on Tuesday.\n\n"
            + "The four hardest-hit governorates were Hodeidah with 486 cases, Ibb with 391, Saada with 312 and Taiz with 288, according to figures compiled by WHO.");

        draft.PartsListedOf("suspected-diphtheria-cases/yemen").Should().HaveCount(4);
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void The_county_of_a_story_the_dateline_put_in_one_is_that_county_and_its_ranked_parts_are_its()
    {
        var draft = Extract("HOLA, Tana River County - Floods have forced families from their homes in Kenya.\n\n"
            + "County Commissioner Joseph Mutua said 4,870 households had been displaced across the county as of Monday afternoon.\n\n"
            + "Tana Delta sub-county is the worst hit, with 2,640 displaced households, followed by Tana North, centred on Bura, with 1,310 and Galole with 1,285, figures from the commissioner's office show.");

        draft.PartsListedOf("households/tana-river-county").Should().BeEquivalentTo("households/tana-delta-sub-county", "households/tana-north", "households/galole");
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void The_county_of_a_story_that_named_two_counties_is_neither()
    {
        Extract("Floods hit Tana River County and Garissa County in Kenya. Officials said 4,870 households had been displaced across the county.")
            .Claims<Observation>().Should().BeEmpty();
    }

    [Fact]
    public void Parts_placed_after_an_opening_that_names_the_whole_are_its_parts_by_place()
    {
        var draft = Extract("Brazil's health ministry has confirmed 980 deaths from dengue this year.\n\n"
            + "Of the confirmed deaths, 612 were in Sao Paulo, 188 in the neighbouring state of Minas Gerais, 121 in Parana and 94 in Goias, according to ministry data.");

        draft.PartsListedOf("people-killed/brazil").Should().BeEquivalentTo("people-killed/sao-paulo", "people-killed/minas-gerais", "people-killed/parana", "people-killed/goias");
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void Parts_of_the_whole_put_in_places_mid_sentence_are_its_parts_by_place()
    {
        var draft = Extract("Failing rains have left an estimated 810,000 people across Somaliland in need of assistance, the disaster agency said on Monday.\n\n"
            + "The agency's regional breakdown puts 312,000 of the people in need in Togdheer, 248,000 in Sanaag, 176,000 in Sool and 139,000 in Maroodi Jeex.");

        draft.PartsListedOf("people/somaliland").Should().HaveCount(4);
        draft.RulesFound().Should().Contain("FC016");
    }
}
