using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The fifty-third pass's second round, from the planted inconsistencies the first round still missed: "the" and a bare noun
/// name the things the article named in full before ("64 new primary health clinics" … "the 68 clinics opened to date"); a
/// deed past how far it went ("had been fully destroyed"); a movement's start goes where its end goes, into a place the desk
/// does not know; "the number of people forced from their homes" is read however long its words before the figure; and a
/// running total "up from 247 a week earlier" is the total as it stood then, not a day's figure a year back.
/// </summary>
public class ThingsNamedAgainAndLongSubjectsTests
{
    private static readonly LocalDate Tuesday18February = new(2025, 2, 18);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Tuesday18February);

    [Fact]
    public void The_things_named_again_with_the_are_the_things_named_in_full_before()
    {
        var draft = Extract("Iraq has opened 64 new primary health clinics across four southern provinces. "
            + "The ministry has so far assigned 190 doctors to the 68 clinics opened to date.");

        draft.Claims<Observation>().Where(static o => o.Subject.ToString().EndsWith("clinics/iraq", StringComparison.Ordinal))
            .Select(static o => o.Subject.ToString()).Should().Equal("primary-health-clinics/iraq", "primary-health-clinics/iraq");
        draft.RulesFound().Should().Equal("FC001");
    }

    [Fact]
    public void Things_counted_without_the_keep_their_own_name()
    {
        Extract("Iraq has opened 64 new primary health clinics across four southern provinces. Iraq now runs 2,700 clinics.")
            .Claims<Observation>().Select(static o => o.Subject.ToString()).Should().Equal("primary-health-clinics/iraq", "clinics/iraq");
    }

    [Theory]
    [InlineData("Iraq has opened 64 new primary health clinics. Iraq has 2,300 clinics, and the 2,300 clinics employ 40,000 staff.")]
    [InlineData("Iraq has opened 64 new primary health clinics. The 2,300 clinics in the public system treat most patients.")]
    public void Things_named_again_after_the_bare_noun_or_with_words_that_say_which_keep_their_own_name(string body) =>
        Extract(body).Claims<Observation>().Where(static o => o.Value == Quantity.Parse("2,300")).Should().OnlyContain(static o => o.Subject.ToString() == "clinics/iraq");

    [Theory]
    [InlineData("The ministry said 6,912 houses in Nepal had been fully destroyed and 15,000 houses had been partially destroyed.")]
    public void Things_partially_destroyed_are_no_count_of_the_destroyed(string sentence) =>
        Extract(sentence).Claims<Observation>().Where(static o => o.Value == Quantity.Parse("15,000")).Should().OnlyContain(static o => o.Subject.ToString() != "houses-destroyed/nepal");

    [Fact]
    public void Things_named_again_with_a_word_of_their_own_keep_it()
    {
        Extract("Iraq has opened 64 new primary health clinics. The 12 mobile clinics will follow in March.")
            .Claims<Observation>().Should().NotContain(static o => o.Value == Quantity.Parse("12") && o.Subject.ToString() == "primary-health-clinics/iraq");
    }

    [Theory]
    [InlineData("The ministry said 6,912 houses had been fully destroyed in Nepal.")]
    [InlineData("The ministry said 6,912 houses had been completely destroyed in Nepal.")]
    public void A_deed_past_how_far_it_went_still_names_the_things(string sentence) =>
        Extract(sentence).Claims<Observation>().Should().ContainSingle().Which.Subject.ToString().Should().Be("houses-destroyed/nepal");

    [Fact]
    public void A_movements_start_goes_where_its_end_goes_into_a_place_the_desk_does_not_know()
    {
        var draft = Extract("ANO won the election to the Czech Republic's South Moravian regional assembly. Turnout in the region rose to 33.9%, from 36.2% four years earlier.");

        draft.ReasonLeftOut("33.9%").Should().Be(ExtractionHelpers.UnknownPlace);
        draft.ReasonLeftOut("36.2%").Should().Be(ExtractionHelpers.UnknownPlace);
    }

    [Fact]
    public void A_movements_start_in_a_known_place_is_still_its_level()
    {
        Extract("Turnout in the Czech Republic rose to 33.9%, from 36.2% four years earlier.").Claims<Observation>()
            .Select(static o => o.Value).Should().Contain(Quantity.Parse("36.2%"));
    }

    [Fact]
    public void The_number_of_people_forced_from_their_homes_counts_the_displaced_however_long_its_words()
    {
        Extract("The number of people forced from their homes inside Democratic Republic of Congo has risen to a record 6.9 million, the IOM said.")
            .Claims<Observation>().Should().ContainSingle().Which.Subject.ToString().Should().Be("people-displaced/dr-congo");
    }

    [Theory]
    [InlineData("Monsoon rains have killed 312 people across Pakistan since June 21, up from 247 a week earlier.", "247", 2025, 2, 11)]
    [InlineData("Cholera has infected 4,100 people in Malawi since January 1, up from 3,700 a month earlier.", "3,700", 2025, 1, 18)]
    public void A_running_totals_figure_counted_back_is_the_total_as_it_stood_then(string sentence, string quote, int year, int month, int day)
    {
        var earlier = Extract(sentence).Claims<Observation>().Single(o => o.Value == Quantity.Parse(quote));

        earlier.Time.End.Should().Be(new LocalDate(year, month, day));
        earlier.Time.Start.Should().BeLessThan(earlier.Time.End);
    }
}
