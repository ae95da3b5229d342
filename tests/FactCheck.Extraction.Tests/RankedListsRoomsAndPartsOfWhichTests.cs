using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The fifty-fourth pass's first round, drawn from 36 articles written for it before it (benchmarks/judged/54a, c, d, f, g,
/// h): a ranked list after a leader that reported the most ("Nairobi reported the most cases, with 14,210, followed by
/// Mombasa with 5,380"), or that another region "follows" in the next sentence; room for people ("designed to hold 1,500")
/// and a force's authorised strength; a part told "of which"; livestock killed by the head; a movement's start filed under
/// its end's subject; and things of a size ("systems of up to 5 megawatts").
/// </summary>
public class RankedListsRoomsAndPartsOfWhichTests
{
    private static readonly LocalDate Tuesday5March = new(2024, 3, 5);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Tuesday5March);

    [Fact]
    public void A_ranked_list_after_the_region_that_reported_the_most_lists_parts_of_the_country()
    {
        var draft = Extract("Kenya recorded 20,000 tuberculosis cases in 2023, the ministry said. "
            + "Nairobi reported the most cases, with 14,210, followed by Mombasa with 5,380, Kisumu with 4,920 and Nakuru with 4,150.");

        draft.PartsListedOf("tuberculosis-cases/kenya").Should().BeEquivalentTo(
            "tuberculosis-cases/nairobi", "tuberculosis-cases/mombasa", "tuberculosis-cases/kisumu", "tuberculosis-cases/nakuru");
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void A_ranked_list_whose_parts_stay_within_the_whole_gives_no_finding() =>
        Extract("Kenya recorded 96,840 tuberculosis cases in 2023, the ministry said. "
            + "Nairobi reported the most cases, with 14,210, followed by Mombasa with 5,380, Kisumu with 4,920 and Nakuru with 4,150.")
            .RulesFound().Should().BeEmpty();

    [Fact]
    public void Regions_ranked_after_a_leader_that_named_no_whole_are_each_their_own()
    {
        var draft = Extract("Among states in Brazil, São Paulo leads in distributed generation with 4.2 GW, followed by Minas Gerais with 4.0 GW and Rio Grande do Sul with 3.1 GW.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("generation/sao-paulo", "generation/minas-gerais", "generation/rio-grande-do-sul");
    }

    [Fact]
    public void A_region_that_follows_the_leader_in_the_next_sentence_goes_on_with_the_list()
    {
        var draft = Extract("Canada's wildfires have burned 8.1 million hectares this year. Quebec has been hit hardest, with about 3.6 million hectares burned. "
            + "Alberta follows with 2.2 million hectares, British Columbia with 1.7 million and the Northwest Territories with 850,000 hectares.");

        draft.PartsListedOf("area-burned/canada").Should().BeEquivalentTo(
            "area-burned/quebec", "area-burned/alberta", "area-burned/british-columbia", "area-burned/northwest-territories");
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void Countries_after_a_leader_are_no_parts_of_it() =>
        Extract("Kenya reported 500 cases on Monday, followed by Uganda with 300 and Tanzania with 120.")
            .Claims.Relations.Should().NotContain(static r => r.ListsParts);

    [Theory]
    [InlineData("The camp in Sudan, designed to hold 1,500 people, was sheltering about 4,200 on Wednesday.", "1,500")]
    [InlineData("The force in Australia had 16,940 sworn officers on June 30 against an authorised strength of 18,450.", "18,450")]
    public void Room_for_people_and_posts_a_force_may_fill_are_no_levels(string sentence, string quote)
    {
        var draft = Extract(sentence);

        draft.ReasonLeftOut(quote).Should().Be("a cap, not a level");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void A_strength_that_is_no_authorised_one_is_the_level() =>
        Extract("The force in Australia had a strength of 16,940 officers on June 30.").Claims<Observation>().Should().ContainSingle();

    [Fact]
    public void A_part_told_of_which_is_no_level_of_the_whole()
    {
        var draft = Extract("INVIAS is responsible for 1,318 bridges in Colombia, of which 142, or about 11%, were rated in poor condition.");

        draft.ReasonLeftOut("142").Should().Be("a part of a figure before it, not a level");
        draft.RulesFound().Should().BeEmpty();
    }

    [Theory]
    [InlineData("Extreme cold has killed about 2.14 million head of livestock in Mongolia since the start of winter.", "livestock-killed/mongolia")]
    [InlineData("The drought killed 40,000 head of cattle in Kenya last year.", "cattle-killed/kenya")]
    public void Livestock_killed_by_the_head_are_no_people(string sentence, string subject) =>
        Extract(sentence).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);

    [Fact]
    public void A_movements_start_in_its_ends_unit_is_filed_under_its_ends_subject()
    {
        var draft = Extract("Public schools in the Philippines enrolled 23.17 million learners as of September 29, up from 22.9 million in 2022.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("learners-enrolled/philippines", "learners-enrolled/philippines");
        draft.Claims<Change>().Should().ContainSingle();
    }

    [Fact]
    public void A_movements_start_with_its_own_noun_keeps_its_own_subject() =>
        Extract("Registrations in Germany rose to 207,640 cars in January from 5,660 vans in 2023.").Claims<Observation>()
            .Select(static o => o.Subject).Should().OnlyHaveUniqueItems();

    [Theory]
    [InlineData("Distributed generation in Brazil, rooftop panels and small systems of up to 5 megawatts, reached 31 GW.", "up to 5")]
    [InlineData("Brazil has 120 plants of more than 100 MW.", "more than 100")]
    public void Things_of_a_size_give_no_level_of_the_size(string sentence, string quote) =>
        Extract(sentence).ReasonLeftOut(quote).Should().Be("a class by size, not a level");
}
