using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-seventh pass's second round, from the 36 articles written before the first: a measure that moved is named by
/// its verb's subject ("Output in Hebei, … rose to 17.1 million tonnes") and its start is where its end is; a way stated
/// past the size of the move ("fell 7% to $498 million"); outbreaks counted, broken down "of the active outbreaks"; a day
/// before ", with" is no place; and the numbered week of a year is a span, whose new cases are the week's own.
/// </summary>
public class MeasuresOutbreaksAndWeeksTests
{
    private static readonly LocalDate Thursday12June = new(2025, 6, 12);

    private static ExtractionResult Extract(string body, LocalDate? published = null) => ExtractionHelpers.Extract(body, published: published ?? Thursday12June);

    [Fact]
    public void A_measure_that_moved_is_named_by_its_verb_s_subject_past_an_aside()
    {
        var draft = Extract("Output in Hebei, the country's biggest steelmaking province, rose to 17.1 million tonnes in May from 18.4 million tonnes a year earlier.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("output/hebei", "output/hebei");
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void A_movement_s_start_is_in_the_area_its_end_is_in()
    {
        var draft = Extract("Imports through the Hili land port in Dinajpur district dropped to 61,000 tonnes in May from 48,500 tonnes in April, customs officials said.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("imports/dinajpur-district", "imports/dinajpur-district");
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void The_size_of_a_move_may_stand_between_its_verb_and_its_end()
    {
        Extract("In Vietnam, tuna shipments fell 7% to $498 million in May from $465 million a year earlier.").RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void Outbreaks_are_counted_and_broken_down_of_the_active_ones()
    {
        var draft = Extract("PRETORIA, June 12 (Reuters) - Foot-and-mouth disease has spread to a fifth province, the agriculture department said on Thursday, with 214 outbreaks classed as active. "
            + "KwaZulu-Natal accounted for 118 of the active outbreaks, Gauteng for 47, the Free State for 29 and Mpumalanga for 21.");

        draft.Claims<Observation>().Should().HaveCount(5);
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void A_day_before_with_is_no_place()
    {
        Extract("PRETORIA, June 12 (Reuters) - The disease has spread, officials said on Thursday, with 214 outbreaks.")
            .Claims<Observation>().Select(static o => o.Subject).Should().Equal("outbreaks/south-africa");
    }

    [Theory]
    [InlineData("in the sixth week of the year", 2025, 2, 3)]
    [InlineData("in the first week of 2025", 2024, 12, 30)]
    public void A_numbered_week_of_a_year_is_its_iso_week(string week, int year, int month, int day)
    {
        var monday = new LocalDate(year, month, day);

        Extract($"In Nigeria, health workers confirmed 73 cases {week}.", new LocalDate(2025, 2, 17)).Claims<Observation>().Should().ContainSingle()
            .Which.Time.Should().Be(FuzzyTime.Between(monday, monday.PlusDays(6)));
    }

    [Fact]
    public void A_week_s_new_cases_are_no_part_of_the_total_since_january()
    {
        var draft = Extract("ABUJA, Feb 17 (Reuters) - Nigeria has recorded 412 confirmed cases of Lassa fever since the start of the year, the NCDC said on Monday. "
            + "The NCDC confirmed 73 new cases in the sixth week of the year, up from 58 the week before.", new LocalDate(2025, 2, 17));

        // The 58 of "the week before" is the fifth week's new cases, no duration.
        draft.Claims<Observation>().Select(static o => (o.Subject, o.Time)).Should().Equal(
            ("cases/nigeria", FuzzyTime.Between(new LocalDate(2025, 1, 1), new LocalDate(2025, 2, 17))),
            ("new-cases/nigeria", FuzzyTime.Between(new LocalDate(2025, 2, 3), new LocalDate(2025, 2, 9))),
            ("new-cases/nigeria", FuzzyTime.Between(new LocalDate(2025, 1, 27), new LocalDate(2025, 2, 2))));
        draft.RulesFound().Should().BeEmpty();
    }
}
