using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-sixth pass's seventh round, from the 18 articles held out from the first six and judged blind: bodies recovered
/// are the dead, not a part "of the bodies"; a level "against" an earlier one is a movement's start; a breakdown goes on
/// with its verb left out ("Siaya 14, Homa Bay 11 and Migori 8"), after "Of the confirmed cases," as after "accounted for
/// … of the cases", and the date of the report it is "according to" is the whole's.
/// </summary>
public class BodiesComparisonsAndGappedListsTests
{
    private static readonly LocalDate Wednesday10September = new(2025, 9, 10);

    private static ExtractionResult Extract(string body, LocalDate? published = null) => ExtractionHelpers.Extract(body, published: published ?? Wednesday10September);

    [Fact]
    public void Bodies_recovered_are_the_dead_another_source_counts()
    {
        var draft = Extract("\"As of this evening, 23 people have been confirmed dead in Bangladesh,\" the deputy commissioner told reporters on Tuesday. "
            + "The fire service's deputy director said on Tuesday evening that rescuers in Bangladesh had so far recovered 27 bodies from the rubble.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("people-killed/bangladesh", "people-killed/bangladesh");
        draft.RulesFound().Should().Equal("FC001");
    }

    [Fact]
    public void Some_of_the_bodies_are_a_part_not_the_toll()
    {
        Extract("In Peru, forensic teams had identified 20 of the bodies by midday on Monday.").ReasonLeftOut("20").Should().Be("a part of a whole, not a level");
    }

    [Fact]
    public void A_level_against_an_earlier_one_is_held_against_its_stated_way()
    {
        var draft = Extract("Soft wheat imports in Morocco climbed to 4.8 million tonnes in 2024, against 5.3 million tonnes in 2023, the cereals office said.");

        draft.Claims<Change>().Should().ContainSingle().Which.Direction.Should().Be(ChangeDirection.Increase);
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void Against_a_target_is_no_earlier_level()
    {
        Extract("Kenya vaccinated 48,600 dogs by Friday, against a target of 70,000 by the end of May.").Claims<Change>().Should().BeEmpty();
    }

    [Fact]
    public void A_breakdown_goes_on_with_its_verb_left_out_after_an_opening_that_names_the_whole()
    {
        var draft = Extract("KISUMU, Kenya, March 4 (Reuters) - Kenyan health authorities have confirmed 47 human rabies cases in four counties around Lake Victoria since the start of January. "
            + "Of the confirmed cases, Kisumu county accounted for 19, Siaya 14, Homa Bay 11 and Migori 8, according to a ministry situation report dated March 2.",
            new LocalDate(2025, 3, 4));

        draft.Claims<Observation>().Should().HaveCount(5);
        draft.RulesFound().Should().Equal("FC016");
    }
}
