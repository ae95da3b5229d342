using FactCheck.Checking;
using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-fourth pass, from the verdicts of three judges on articles with planted inconsistencies: the start of a movement
/// ("rose to 3,190 last year from 5,660 in 2023") is a level of what its end counts, so a stated rise between falling figures
/// is found; and numbers that are no figures (a time of day, a ratio, a number in a name, things named before) are left out,
/// where they had made findings an editor did not want.
/// </summary>
public class MovementStartsRatiosAndNamesTests
{
    private static readonly LocalDate Thursday21August = new(2025, 8, 21);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Thursday21August);

    [Fact]
    public void The_start_of_a_movement_is_a_level_of_what_its_end_counts_at_its_own_time()
    {
        var draft = Extract("In Norway, sales of diesel cars fell to 3,190 last year from 5,660 in 2023.");

        var start = draft.Claims<Observation>().Should().ContainSingle(o => o.Value == Quantity.Parse("5,660")).Subject;
        start.Subject.Should().Be(draft.Claims<Observation>().Single(o => o.Value == Quantity.Parse("3,190")).Subject);
        start.Time.Should().Be(FuzzyTime.Year(2023));
        draft.Claims<Change>().Should().ContainSingle().Which.Direction.Should().Be(ChangeDirection.Decrease);
    }

    [Fact]
    public void A_stated_rise_between_figures_that_fell_is_found()
    {
        var draft = Extract("In Cambodia, the number of people killed or injured by mines rose to 49 last year from 62 in 2023, the authority said.");

        draft.Claims<Change>().Should().ContainSingle().Which.Subject.Should().Be("people-casualties/cambodia");
        new FactChecker().Check(draft.Claims).Findings.Should().ContainSingle().Which.RuleId.Should().Be("FC004");
    }

    [Fact]
    public void The_start_of_a_movement_with_no_time_of_its_own_stays_out()
    {
        Extract("In Norway, sales of diesel cars rose to 3,190 last year from 5,660.").ReasonLeftOut("5,660").Should().Be("the start of a past movement");
    }

    [Fact]
    public void Deaths_in_custody_are_no_toll_of_killing()
    {
        Extract("Uganda recorded 128 deaths in custody in the year to June.").Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("people-died-in-custody/uganda");
    }

    [Theory]
    [InlineData("Kenya has about 1.5 nurses for every 1,000 people.", "about 1.5", "a ratio, not a level")]
    [InlineData("Kenya has about 1.5 nurses for every 1,000 people.", "1,000", "a ratio, not a level")]
    [InlineData("In India, the train left the tracks at around 9:35 p.m. on Tuesday.", "around 9", "a time of day")]
    [InlineData("In Syria, a drone attack on Tower 22 killed three American soldiers on Jan. 28, 2024.", "22", "a number in a name (\"Grade 7\")")]
    [InlineData("About 19,300 Burundians have left the two camps in Tanzania so far this year.", "two", "things named before, not a figure")]
    public void A_number_that_is_no_figure_is_left_out_with_what_it_is(string text, string quote, string reason)
    {
        Extract(text).ReasonLeftOut(quote).Should().Be(reason);
    }

    [Fact]
    public void A_number_after_a_models_full_stop_is_no_figure()
    {
        var draft = Extract("In Norway, Tesla's Model Y led with 16,900 registrations in 2024, followed by Volkswagen's ID.4 and Toyota's bZ4X.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("16,900"));
        draft.Skipped.Should().NotContain(s => s.Quote == "4");
    }

    [Fact]
    public void The_three_weeks_are_a_duration_not_things_named_before()
    {
        Extract("In Kenya, the three weeks of the strike cost 2,000 jobs.").Skipped.Should().NotContain(s => s.Reason == "things named before, not a figure");
    }

    [Fact]
    public void A_time_in_a_relative_clause_dates_what_it_tells_not_the_figure()
    {
        var draft = Extract("MANILA - Crews have recovered about 780,000 litres of industrial fuel oil from the tanker in the Philippines, which sank on July 25, the coast guard said on Wednesday.");

        var recovered = draft.Claims<Observation>().Should().ContainSingle().Subject;
        recovered.Time.Should().Be(FuzzyTime.Day(new LocalDate(2025, 8, 20)));
        recovered.Subject.Should().Be("fuel-oil/philippines", "what a measure is of is the last noun of its words, not the first");
    }

    [Fact]
    public void A_country_named_as_a_market_does_not_move_the_story()
    {
        var draft = Extract("Ethiopia exported 470,000 tonnes of coffee in 2024. Germany remained the largest buyer, taking 21% of volume. The authority aims to raise annual exports to 600,000 tonnes by 2027.");

        draft.Claims<Target>().Should().ContainSingle().Which.Subject.Should().EndWith("/ethiopia");
    }
}
