using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The fifty-fourth pass's third round, drawn from the twelve articles held out of the first two (benchmarks/judged/54b, 54e)
/// after they were measured: percentages ranked after a leader ("Appenzell Innerrhoden recorded the lowest support, at 27.4%,
/// followed by Schwyz at 31.2%") are each their own place's, and the rest of an order still to come ("The remaining 2.2
/// million doses are due by the end of July") is a part of it.
/// </summary>
public class RatesRankedAndTheRestOfAnOrderTests
{
    private static readonly LocalDate Monday25September = new(2023, 9, 25);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Monday25September);

    [Fact]
    public void Percentages_ranked_after_a_leader_are_each_their_own_and_of_no_sum()
    {
        var draft = Extract("Swiss voters backed the law with 58.2% in favour. Appenzell Innerrhoden recorded the lowest support, at 27.4%, followed by Schwyz at 31.2% and Uri at 33.0%.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("support/appenzell-innerrhoden", "support/schwyz", "support/uri");
        draft.Claims.Relations.Should().BeEmpty();
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void A_count_after_a_ranked_percentage_is_no_part_of_the_list() =>
        Extract("Kenya's unemployment rate was 9% in June. Nairobi recorded the highest rate, at 12%, followed by Mombasa with 4,000 cases.")
            .Claims<Observation>().Should().NotContain(static o => o.Subject == "rate/mombasa");

    [Fact]
    public void The_rest_of_an_order_still_to_come_is_a_part_of_it()
    {
        var draft = Extract("The government of Kenya has ordered 3 million doses of vaccine. The remaining 2.2 million doses are due by the end of July.");

        draft.ReasonLeftOut("2.2 million").Should().Be("a part of a whole, not a level");
        draft.RulesFound().Should().BeEmpty();
    }

    [Theory]
    [InlineData("The remaining 2,500 troops in Iraq are based at Ain al-Asad.")]
    [InlineData("The remaining 1.2 million people in Kenya are still without power.")]
    [InlineData("The remaining 2,500 troops in Iraq are scheduled to return home in 2025.")]
    public void The_remaining_ones_of_a_place_are_still_its_level(string sentence) =>
        Extract(sentence).Claims<Observation>().Should().ContainSingle();
}
