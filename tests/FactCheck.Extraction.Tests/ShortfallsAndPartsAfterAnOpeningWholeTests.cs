using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The fifty-third pass's third round, drawn from the twelve articles held out of the first two (benchmarks/judged/53g, 53h)
/// after they were measured: what a country "will be short of" is no goal, and the figure right after a sentence's opening
/// whole ("Of the 480 fires still burning on Tuesday, 240, …") is a part of it.
/// </summary>
public class ShortfallsAndPartsAfterAnOpeningWholeTests
{
    private static readonly LocalDate Tuesday12March = new(2024, 3, 12);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Tuesday12March);

    [Theory]
    [InlineData("Officials say South Korea will be short of some 10,000 doctors by 2035.", "some 10,000")]
    [InlineData("Kenya is short of 98,000 teachers, the union said.", "98,000")]
    public void What_a_country_is_short_of_is_no_goal_nor_level(string sentence, string quote)
    {
        var draft = Extract(sentence);

        draft.ReasonLeftOut(quote).Should().Be("a shortage, not a level");
        draft.Claims.Claims.Should().NotContain(static c => c is Target);
    }

    [Fact]
    public void The_figure_after_a_sentences_opening_whole_is_a_part_of_it()
    {
        var draft = Extract("Crews in Saskatchewan have fought 2,970 fires since January. Of the 480 fires still burning in Saskatchewan on Tuesday, 240, or half, were out of control.");

        draft.ReasonLeftOut("240").Should().Be("a part of a whole, not a level");
        draft.Claims<Observation>().Select(static o => o.Value).Should().Contain(Quantity.Parse("480"));
    }

    [Fact]
    public void A_figure_past_another_clause_after_the_opening_whole_is_not_taken_for_its_part()
    {
        Extract("Of the 480 fires in Saskatchewan, most were small, and crews in Alberta fought 300 fires on Tuesday.").Claims<Observation>()
            .Select(static o => o.Value).Should().Contain(Quantity.Parse("300"));
    }
}
