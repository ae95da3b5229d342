using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-sixth pass's fourth round, from 18 articles written before the third round's mends: a place that "accounts for
/// the largest share of the deaths, with 96 cattle lost, followed by …" opens a breakdown of an earlier whole, as "accounted for
/// 96 of the deaths" does; and "since" before a clause that tells when ("since the first cases were reported in late
/// January") makes the figure's time a span to the day of writing, where the clause's day alone had dated it. The fifth
/// round, from 18 articles written before the fourth: a start "in the same period last year" is the start's own time, as "a
/// year earlier" is, where the end had taken it and the start had been left out. The sixth, from 18 more: "this morning" is
/// the day of writing, where a quote's figure had been left out as a past figure with no time.
/// </summary>
public class LargestSharesAndSinceClausesTests
{
    private static readonly LocalDate Tuesday4March = new(2025, 3, 4);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Tuesday4March);

    [Fact]
    public void A_largest_share_followed_by_others_breaks_down_an_earlier_whole()
    {
        var draft = Extract("Kenya has confirmed anthrax in cattle in four counties, where 214 animals have died since the first cases were reported in late January, the ministry said on Monday. "
            + "Meru accounts for the largest share of the deaths, with 96 cattle lost, followed by Nyeri with 61, Kirinyaga with 47 and Murang'a with 38.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal(
            "animals-killed/kenya", "animals-killed/meru", "animals-killed/nyeri", "animals-killed/kirinyaga", "animals-killed/muranga");
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void A_largest_share_with_no_figure_after_it_is_no_breakdown()
    {
        var draft = Extract("In Kenya, 214 animals have died since late January. Meru accounts for the largest share of the deaths, the ministry said.");

        draft.Claims<Observation>().Should().ContainSingle();
    }

    [Fact]
    public void Since_a_clause_that_tells_when_is_a_span_to_the_day_of_writing()
    {
        Extract("In Kenya, 214 animals have died since the first cases were reported in late January.")
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(2025, 1, 21), Tuesday4March));
    }

    [Fact]
    public void Since_before_a_figure_and_its_own_clause_is_no_span_of_a_later_time()
    {
        Extract("Since 2019, when 300 animals died, the ministry has counted losses; 40 died in Kenya in January.")
            .Claims<Observation>().Single(o => o.Value == Quantity.Parse("40")).Time.Should().Be(FuzzyTime.Month(2025, 1));
    }

    [Fact]
    public void A_start_in_the_same_period_last_year_is_the_starts_own_time_with_no_time_before_it()
    {
        var draft = Extract("In Indonesia, domestic volumes climbed to 41,200 tonnes from 43,800 tonnes in the same period last year.");

        draft.Claims<Observation>().Single(o => o.Value == Quantity.Parse("43,800")).Time.Should().Be(FuzzyTime.Month(2024, 3));
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void This_morning_is_the_day_of_writing()
    {
        var draft = ExtractionHelpers.Extract("The coast guard said 96 passenger ships were docked in ports around Greece on Wednesday morning. "
            + "\"Some 112 passenger vessels were not sailing this morning,\" the union's general secretary said.", published: new LocalDate(2025, 4, 9));

        draft.Claims<Observation>().Select(static o => (o.Subject, o.Time)).Should().Equal(
            ("passenger-ships/greece", FuzzyTime.Day(new LocalDate(2025, 4, 9))), ("passenger-ships/greece", FuzzyTime.Day(new LocalDate(2025, 4, 9))));
        draft.RulesFound().Should().Equal("FC001");
    }
}
