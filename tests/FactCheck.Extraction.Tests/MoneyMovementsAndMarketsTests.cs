using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-seventh pass's first round, from the stated ways the last pass still missed: money that moved is named by the
/// subject of the verb that states its way ("Earnings from sales to Pakistan fell to 18.9 billion shillings from 17.6
/// billion"), past the verb's helpers and an owner in its own words; countries that only follow a buyer in a ranking, and
/// a foreign reserve, keep the story where it was; exports from a country are its own.
/// </summary>
public class MoneyMovementsAndMarketsTests
{
    private static readonly LocalDate Wednesday14May = new(2025, 5, 14);

    private static ExtractionResult Extract(string body, LocalDate? published = null) => ExtractionHelpers.Extract(body, published: published ?? Wednesday14May);

    [Fact]
    public void Money_that_moved_the_other_way_than_its_verb_says_is_found()
    {
        var draft = Extract("NAIROBI, May 14 - Kenya earned 49.7 billion shillings from tea exports in the first three months of 2025. "
            + "Pakistan remained the biggest buyer. Egypt, the United Kingdom and the United Arab Emirates followed. "
            + "Earnings from sales to Pakistan fell to 18.9 billion shillings from 17.6 billion shillings a year earlier, the board said.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Contain("earnings/kenya");
        draft.Claims<Change>().Should().ContainSingle().Which.Direction.Should().Be(ChangeDirection.Decrease);
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void Countries_that_follow_a_buyer_move_no_story()
    {
        var draft = Extract("NAIROBI, May 14 - Kenya exported 141.8 million kilograms of tea in the quarter. Egypt and the United Kingdom followed. "
            + "Earnings fell to 18.9 billion shillings from 20.1 billion shillings a year earlier.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Contain("earnings/kenya").And.NotContain(static s => s.EndsWith("/uk", StringComparison.Ordinal));
    }

    [Fact]
    public void Money_named_by_a_name_of_three_words_keeps_them_all()
    {
        Extract("Malawi's gross official reserves fell to $118.6 million at the end of April from $173.2 million at the end of December.")
            .Claims<Observation>().Select(static o => o.Subject).Should().Equal("gross-official-reserves/malawi", "gross-official-reserves/malawi");
    }

    [Fact]
    public void The_subject_of_a_verb_with_helpers_stands_before_them()
    {
        Extract("In Lagos, the flat bus fare has risen to 750 naira from 500 naira a year earlier.")
            .Claims<Observation>().Select(static o => o.Subject).Should().Equal("flat-bus-fare/lagos", "flat-bus-fare/lagos");
    }

    [Fact]
    public void What_moved_is_named_after_an_owner_in_its_own_words()
    {
        Extract("In Britain, a newly qualified teacher's starting salary rose from £32,900 to £34,200 last year.")
            .Claims<Observation>().Select(static o => o.Subject).Should().OnlyContain(static s => s == "starting-salary/uk");
    }

    [Fact]
    public void An_owner_behind_a_preposition_does_not_name_what_moved()
    {
        Extract("Enrolment in Ethiopia's primary schools, which stood at 20 million in 2019, fell to 16 million in 2024.")
            .Claims<Observation>().Select(static o => o.Subject).Should().NotContain(static s => s.StartsWith("primary-schools", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wish_that_money_be_raised_states_no_level()
    {
        Extract("In Pune, the doctors are demanding that their monthly stipend be raised to 100,000 rupees from 85,000 rupees.")
            .Claims<Observation>().Should().BeEmpty();
    }

    [Fact]
    public void Money_still_to_come_is_no_level()
    {
        Extract("In Britain, a newly qualified teacher's starting salary will rise from £34,200 to £35,670 this year.")
            .Claims<Observation>().Should().BeEmpty();
    }

    [Fact]
    public void A_word_of_how_much_is_no_name_of_what_moved()
    {
        Extract("Informal imports in Uganda, mostly second-hand clothing, cosmetics and fuel carried across land borders, increased to $98.7 million from $91.2 million.")
            .Claims<Observation>().Select(static o => o.Subject).Should().NotContain(static s => s.StartsWith("mostly", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_s_foreign_reserves_are_its_own()
    {
        Extract("Inflation in Chile slowed to 3.9% in April. Egypt's foreign reserves rose to $35.3 billion in April, compared with $35.2 billion in March.")
            .Claims<Observation>().Select(static o => o.Subject).Should().Contain("foreign-reserves/egypt");
    }

    [Fact]
    public void Exports_from_a_country_are_its_own_and_exports_to_one_are_its_market_s()
    {
        Extract("Exports from Chile rose to $8.2 billion in April from $7.1 billion a year earlier.")
            .Claims<Observation>().Select(static o => o.Subject).Should().Equal("exports/chile", "exports/chile");
        Extract("NAIROBI, May 14 - Kenya's exports to China rose to $8.2 billion in April from $7.1 billion a year earlier.")
            .Claims<Observation>().Select(static o => o.Subject).Should().NotContain(static s => s.EndsWith("/china", StringComparison.Ordinal));
    }
}
