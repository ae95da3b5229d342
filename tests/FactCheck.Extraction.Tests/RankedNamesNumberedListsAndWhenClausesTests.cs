using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The fifty-first pass's second round, from the 72 articles of its first: a name the desk does not hold that its clause
/// ranks ("Mandya reported the highest turnout at 78.6 percent") is one of the parts of a whole; numbers listed after a
/// numbered name ("Classes 3, 5 and 8") are names; and a clause "when" opens after a time is of that time ("last year, when
/// more than 1,700 people died"), and a casualty before it is none of its figures' ("47 injured when 42 vehicles crashed"); and
/// where a journey began is no place of its passengers.
/// </summary>
public class RankedNamesNumberedListsAndWhenClausesTests
{
    private static readonly LocalDate Thursday13February = new(2025, 2, 13);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Thursday13February);

    private const string Turnout = "Turnout in Karnataka reached 68.4 percent on Tuesday, the commission said. ";

    [Fact]
    public void The_highest_and_the_lowest_of_unheld_districts_are_no_levels_of_the_state()
    {
        var draft = Extract(Turnout + "Among districts, Mandya reported the highest turnout at 78.6 percent, while Ballari was lowest at 59.3 percent.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("68.4%"));
        draft.Skipped.Where(static s => s.Reason == ExtractionHelpers.UnknownPlace).Select(static s => s.Quote).Should().Equal("78.6 percent", "59.3 percent");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void A_province_with_the_most_deaths_is_a_part_of_the_toll()
    {
        Extract("At least 253 people have been killed on Thailand's roads during the holiday. Phayao recorded the most deaths of any province with 14.")
            .ReasonLeftOut("14").Should().Be(ExtractionHelpers.UnknownPlace);
    }

    [Fact]
    public void A_ranked_place_the_desk_holds_keeps_its_figure()
    {
        Extract(Turnout + "Bengaluru reported the lowest turnout at 51.2 percent.").Claims<Observation>().Select(static o => o.Subject)
            .Should().Equal("turnout/karnataka", "turnout/bengaluru");
    }

    [Fact]
    public void A_clause_with_no_ranking_word_is_no_ranking()
    {
        Extract(Turnout + "Mandya reported a turnout at 78.6 percent.").Skipped.Should().NotContain(static s => s.Reason == ExtractionHelpers.UnknownPlace);
    }

    [Theory]
    [InlineData("Turnout was highest among young voters in Karnataka at 78.6 percent.")]
    [InlineData("Women made up the largest share of voters in Karnataka at 54 percent.")]
    public void A_common_noun_opening_a_sentence_is_no_ranked_name(string sentence) =>
        Extract(sentence).Skipped.Should().NotContain(static s => s.Reason == ExtractionHelpers.UnknownPlace);

    [Theory]
    [InlineData("Hurricane Beryl strengthened to Category 4 and 11 people were killed in Jamaica on Monday.", "11")]
    [InlineData("The alert in Kenya was raised to Level 3 and 4,000 families were evacuated on Monday.", "4,000")]
    public void One_number_before_and_after_a_singular_numbered_name_is_no_list(string sentence, string count) =>
        Extract(sentence).Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse(count));

    [Fact]
    public void Numbers_listed_after_a_numbered_name_are_names()
    {
        var draft = Extract("The survey, carried out in December in Maharashtra, assessed about 1.42 million pupils in Classes 3, 5 and 8.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("about 1.42 million"));
        draft.Skipped.Where(static s => s.Reason.StartsWith("a number in a name", StringComparison.Ordinal)).Select(static s => s.Quote).Should().Equal("3", "5", "8");
    }

    [Fact]
    public void A_figure_after_a_numbered_name_and_a_comma_is_still_a_figure()
    {
        Extract("In Phase 4, 300 people were evacuated in Kenya on Monday.").Claims<Observation>().Should().ContainSingle()
            .Which.Value.Should().Be(Quantity.Parse("300"));
    }

    [Theory]
    [InlineData("Bangladesh suffered its worst dengue outbreak on record last year, when more than 1,700 people died.", 2024)]
    [InlineData("Kenya had its worst year in 2019, when 3,000 people were killed.", 2019)]
    public void A_figure_in_a_when_clause_is_of_the_time_before_it(string sentence, int year)
    {
        var level = Extract(sentence).Claims<Observation>().Should().ContainSingle().Subject;
        level.Time.Start.Should().Be(new LocalDate(year, 1, 1));
        level.Time.End.Should().Be(new LocalDate(year, 12, 31));
    }

    [Fact]
    public void A_casualty_before_when_is_not_the_when_clause_s_figure()
    {
        Extract("Three people were killed and 47 injured when 42 vehicles crashed in Germany on Wednesday.").Claims<Observation>().Select(static o => o.Subject)
            .Should().Equal("people-killed/germany", "people-injured/germany", "vehicles/germany");
    }

    [Fact]
    public void Where_a_journey_began_is_no_place_of_its_passengers()
    {
        Extract("The bus was travelling from Lima to Cusco in Peru with 52 passengers on Monday.").Claims<Observation>().Should().ContainSingle()
            .Which.Subject.Should().NotBe("passengers/lima");
    }

    [Fact]
    public void Exports_from_a_country_are_still_its_own()
    {
        Extract("Exports from Chile rose to $8.2 billion in January from $7.1 billion a year earlier.").Claims<Observation>().Select(static o => o.Subject)
            .Should().AllBe("exports/chile");
    }

    [Fact]
    public void A_when_clause_after_no_time_dates_nothing()
    {
        Extract("Kenya had its worst year, when 3,000 people were killed.").ReasonLeftOut("3,000").Should().Be("a past figure with no time");
    }
}
