using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-seventh pass's third round, from the 36 articles held out from the first two: a region that opens the sentence
/// after its country's dateline is the figure's own; "neighbouring" may stand before a clause's place; a demonym before "state
/// of Kerala" is Kerala; "the largest number of confirmed infections, with 168" breaks down the confirmed cases; a movement's
/// end before "in the quarter from … a year earlier" holds as written; "mined" is production, "a record" stands before an
/// end, and livestock is counted by the head.
/// </summary>
public class RegionsAfterDatelinesAndLargestNumbersTests
{
    private static readonly LocalDate Wednesday16April = new(2025, 4, 16);

    private static ExtractionResult Extract(string body, LocalDate? published = null) => ExtractionHelpers.Extract(body, published: published ?? Wednesday16April);

    [Theory]
    [InlineData("MUMBAI, April 16 (Reuters) - Maharashtra mined 32.4 million tonnes in the January-March period.", "production/maharashtra")]
    [InlineData("BEIJING, April 16 (Reuters) - Hebei's mines produced 32.4 million tonnes in the January-March period.", "production/hebei")]
    public void A_region_opening_the_sentence_after_its_country_s_dateline_is_the_figure_s_own(string text, string subject)
    {
        Extract(text).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
    }

    [Fact]
    public void A_word_of_where_it_lies_may_stand_before_a_clause_s_place()
    {
        Extract("Shanxi mined 324.5 million tonnes in the January-March period, while neighbouring Inner Mongolia produced 318.7 million tonnes.")
            .Claims<Observation>().Select(static o => o.Subject).Should().Equal("production/shanxi", "production/inner-mongolia");
    }

    [Fact]
    public void A_demonym_before_the_state_of_a_place_is_that_state()
    {
        Extract("Health authorities in the southern Indian state of Kerala have confirmed 412 cases of leptospirosis.")
            .Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("cases/kerala");
    }

    [Fact]
    public void The_largest_number_of_confirmed_infections_breaks_down_the_confirmed_cases()
    {
        var draft = Extract("THIRUVANANTHAPURAM, India, Aug 14 (Reuters) - Health authorities in the southern Indian state of Kerala have confirmed 412 cases of leptospirosis since floods struck in late July. "
            + "Alappuzha also accounts for the largest number of confirmed infections, with 168, followed by Kottayam with 121, Pathanamthitta with 87 and Ernakulam with 64, the bulletin showed.",
            new LocalDate(2025, 8, 14));

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Contain("cases/alappuzha");
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void The_end_of_a_movement_counted_back_holds_as_written_past_words_of_no_time()
    {
        Extract("In Shaanxi, output fell to 198.3 million tonnes in the quarter from 187.9 million tonnes a year earlier, local statistics bureau data showed.")
            .RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void An_end_after_a_record_is_read_with_its_way()
    {
        Extract("In China, coal output rose 9.6% to a record 440.6 million tonnes in March from 402 million tonnes a year earlier.")
            .Claims<Change>().Should().ContainSingle().Which.Direction.Should().Be(ChangeDirection.Increase);
    }

    [Fact]
    public void Livestock_is_counted_by_the_head()
    {
        Extract("In Australia, live cattle exports reached 512,400 head in the first half of 2025.").Claims<Observation>().Should().ContainSingle()
            .Which.Value.Should().Be(Quantity.Parse("512,400"));
    }
}
