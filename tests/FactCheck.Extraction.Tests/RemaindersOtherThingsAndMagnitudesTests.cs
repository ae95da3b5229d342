using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The fifty-second pass's second round, from the 36 articles of benchmarks/judged: what a breakdown leaves over "across a dozen
/// other districts" is a part, not the country's level; a figure joined to a toll with a noun of its own counts that noun
/// ("155 people and 388 elephants"); a quake's magnitude is no toll; and "displaced" after a figure is its own verb. And from
/// the third round: what each event of a kind counts ("claim dozens of lives at a time"), a rival's count told against the
/// first ("131,408 votes to his 102,415") and a bar said to be needed ("below the 95 percent … needed") are no levels, and a
/// pronoun names no party.
/// </summary>
public class RemaindersOtherThingsAndMagnitudesTests
{
    private static readonly LocalDate Thursday8February = new(2024, 2, 8);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Thursday8February);

    private const string Malawi = "Malawi has recorded 1,146 cholera cases since January. Lilongwe district has reported 412 cases and Blantyre 305. ";

    [Theory]
    [InlineData("The remaining 146 cases are spread across a dozen other districts.", "146")]
    [InlineData("The remaining 40 cases were reported elsewhere.", "40")]
    public void What_a_breakdown_leaves_over_in_other_places_is_a_part(string sentence, string quote)
    {
        var draft = Extract(Malawi + sentence);

        draft.ReasonLeftOut(quote).Should().Be("a part of a whole, not a level");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void The_remaining_troops_in_a_country_are_its_level()
    {
        Extract("The remaining 2,500 US troops in Iraq are in other bases.").Claims<Observation>().Should().ContainSingle()
            .Which.Subject.Should().Be("us-troops/iraq");
    }

    [Fact]
    public void A_figure_joined_to_a_toll_with_a_noun_of_its_own_is_no_toll()
    {
        var draft = Extract("Human-elephant conflict killed 155 people and 388 elephants in Sri Lanka last year.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("155"));
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void A_figure_joined_to_a_toll_with_only_its_place_counts_the_same()
    {
        Extract("The earthquake killed more than 50,000 people in Turkey and about 6,000 in Syria last year.").Claims<Observation>()
            .Select(static o => o.Subject.ToString()).Should().Equal("people-killed/turkey", "people-killed/syria");
    }

    [Fact]
    public void A_quakes_magnitude_is_no_toll()
    {
        var draft = Extract("Cianjur in West Java was devastated in November 2022 by a magnitude 5.6 earthquake that killed more than 600 people.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("more than 600"));
    }

    [Fact]
    public void The_displaced_after_the_missing_are_not_missing()
    {
        var draft = Extract("Floods hit Kenya this week. The national toll stood at 188 on Thursday, with 90 people still missing in Kenya and more than 165,000 displaced nationwide.");

        draft.Claims<Observation>().Should().NotContain(static o => o.Value == Quantity.Parse("more than 165,000") && o.Subject.ToString() == "people-missing/kenya");
        draft.RulesFound().Should().BeEmpty();
    }

    [Theory]
    [InlineData("Bus crashes on narrow Andean highways regularly claim dozens of lives at a time.", "dozens")]
    [InlineData("Landslides in the region routinely kill more than 100 people.", "more than 100")]
    public void What_each_event_of_a_kind_counts_is_no_level(string sentence, string quote) =>
        Extract("About 3,100 people died in road accidents across Peru in 2023. " + sentence).ReasonLeftOut(quote).Should().Be("what each event of a kind counts, not a level");

    [Fact]
    public void A_rivals_count_told_against_the_first_is_no_second_figure_of_it()
    {
        var draft = Extract("Voters in Poland went to the polls on Sunday. She received 131,408 votes to his 102,415.");

        draft.ReasonLeftOut("102,415").Should().Be("a rival's figure, told against the one before");
        draft.Claims<Observation>().Should().NotContain(static o => o.Subject.ToString().StartsWith("she-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bar_said_to_be_needed_is_no_level()
    {
        var draft = Extract("Romania is fighting measles. Coverage remains far below the 95 percent the World Health Organization says is needed to stop measles spreading.");

        draft.ReasonLeftOut("95 percent").Should().Be("a threshold said to be needed, not a level");
    }

    [Fact]
    public void A_level_of_an_earlier_time_compared_against_is_still_a_level()
    {
        Extract("Romania held elections on Sunday. Turnout was well above the 60 percent recorded in 2019.").Claims<Observation>()
            .Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("60%"));
    }
}
