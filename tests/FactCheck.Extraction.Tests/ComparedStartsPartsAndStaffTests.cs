using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-fifth pass's second round, from 18 articles written with planted inconsistencies before the first round's mends:
/// an earlier level a figure is "compared with" is a movement's start, and "eased" states its way, so FC004 finds an easing
/// between rising figures; a part "accounted for" by something that is no place is no level of the country; an employer's
/// or a union's teachers, a rank's superlative and a verb before a noun are no level or no name; those a deed was done to
/// are a count of their own. Each had given a finding an editor did not want, or hidden one.
/// </summary>
public class ComparedStartsPartsAndStaffTests
{
    private static readonly LocalDate Wednesday14May = new(2025, 5, 14);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Wednesday14May);

    [Fact]
    public void An_earlier_level_compared_with_is_a_movements_start_whose_stated_way_is_held_against_it()
    {
        var draft = Extract("In Gauteng, the unemployment rate eased to 34.5% in March, compared with 33.8% at the end of last year.");

        draft.Claims<Observation>().Single(o => o.Value == Quantity.Parse("33.8%")).Should().Match<Observation>(o => o.Subject == "unemployment-rate/gauteng" && o.Time == FuzzyTime.Day(new LocalDate(2024, 12, 31)));
        draft.Claims<Change>().Should().ContainSingle().Which.Direction.Should().Be(ChangeDirection.Decrease);
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void A_level_compared_with_at_no_time_of_its_own_is_no_start()
    {
        var draft = Extract("Unemployment in Nairobi was 9% in 2024, compared with 6% nationally.");

        draft.Claims<Change>().Should().BeEmpty();
        draft.ReasonLeftOut("6%").Should().Be("a percentage of nothing named");
    }

    [Fact]
    public void A_start_in_the_fiscal_year_before_is_the_ends_measure_then()
    {
        var draft = Extract("In India, the report was published. Assam's rate stood at 17.5% in 2023-24, compared with 20.3% in 2022-23, the report said.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("rate/assam", "rate/assam");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void Parts_accounted_for_by_what_is_no_place_are_no_level_of_the_country()
    {
        var draft = Extract("In Ireland, the DART carried 22.1 million passengers last year, while Commuter services into the capital accounted for 15.0 million and InterCity routes for the remaining 15.5 million.");

        draft.ReasonLeftOut("15.0 million").Should().Be("a part of a whole, not a level");
        draft.ReasonLeftOut("15.5 million").Should().Be("a part of a whole, not a level");
        draft.RulesFound().Should().NotContain("FC001");
    }

    [Fact]
    public void A_place_that_accounted_for_a_figure_keeps_it_as_its_level()
    {
        Extract("In Mozambique, Memba district alone accounted for 1,187 cases as of Sunday.")
            .Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("1,187"));
    }

    [Theory]
    [InlineData("In Kenya, the TSC, which employs roughly 360,000 teachers, said the strike would go on.", "roughly 360,000", "the staff of an employer, not a level")]
    [InlineData("In Kenya, KUPPET, which says it represents about 120,000 teachers, called the strike on Monday.", "about 120,000", "the members of an organisation, not a level")]
    public void An_employers_or_a_unions_teachers_are_no_level(string text, string quote, string reason)
    {
        Extract(text).ReasonLeftOut(quote).Should().Be(reason);
    }

    [Fact]
    public void Teachers_to_be_hired_are_still_a_goal()
    {
        Extract("Kenya's government aims to hire 24,000 teachers by January 2026.").Claims<Target>().Should().ContainSingle();
    }

    [Theory]
    [InlineData("In Kenya, the commission said it had promoted 38,000 teachers since July 2024.", "teachers-promoted/kenya")]
    [InlineData("In Kenya, the commission recruited 1,650 teachers last year.", "teachers-recruited/kenya")]
    public void Those_a_deed_was_done_to_are_a_count_of_their_own(string text, string subject)
    {
        Extract(text).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
    }

    [Theory]
    [InlineData("Nearly 4.9 million Malawians voted on Tuesday, the commission said, putting turnout at 68.1% in Malawi.", "turnout")]
    [InlineData("In Kenya, Turkana county recorded the highest coverage at 93% on Monday.", "coverage")]
    public void A_verb_or_a_superlative_before_the_noun_is_no_part_of_its_name(string text, string measure)
    {
        Extract(text).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().StartWith(measure + "/");
    }

    [Theory]
    [InlineData("In Ghana, the Commission said the ECG's distribution losses declined to 31.2 per cent in 2024 from 28.6 per cent in 2023.", "distribution-losses/ghana")]
    [InlineData("The number of farmers covered by PCIC nationwide rose to 2.3 million in 2024 from 2.05 million in 2023 in the Philippines.", "farmers-covered/philippines")]
    public void A_movements_subject_names_what_moves_where_no_known_word_does(string text, string subject)
    {
        var draft = Extract(text);

        draft.Claims<Observation>().Should().HaveCount(2).And.OnlyContain(o => o.Subject == subject);
        draft.Claims<Change>().Should().ContainSingle();
    }

    [Fact]
    public void A_stated_decline_between_rising_figures_named_by_their_subject_is_found()
    {
        Extract("In Ghana, the Commission said the ECG's distribution losses declined to 31.2 per cent in 2024 from 28.6 per cent in 2023.").RulesFound().Should().Equal("FC004");
    }

    [Theory]
    [InlineData("In Namibia, the coastal town of Walvis Bay in Erongo Region grew to 102,704 from 62,096 in 2011.", "102,704")]
    [InlineData("In Ireland, the maximum age for joining was raised to 50 from 35 in 2024.", "50")]
    [InlineData("In Kenya, the province's 24 public colleges dropped from 389,000 in fall 2023 to 322,000 in fall 2024.", "322,000")]
    public void A_movements_subject_that_names_no_count_names_nothing(string text, string quote)
    {
        Extract(text).ReasonLeftOut(quote).Should().Be("what it counts is not named");
    }

    [Fact]
    public void A_year_that_runs_into_the_next_is_twelve_months_that_do_not_overlap_the_year_before()
    {
        var draft = Extract("In South Africa, 412 people died in custody in 2022/23, the inspectorate said. In South Africa, 467 people died in custody in 2023/24.");

        draft.Claims<Observation>().Select(static o => o.Time).Should().Equal(
            FuzzyTime.Between(new LocalDate(2022, 7, 1), new LocalDate(2023, 6, 30)), FuzzyTime.Between(new LocalDate(2023, 7, 1), new LocalDate(2024, 6, 30)));
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void A_figure_stands_as_of_the_time_it_is_given_as_of_not_when_it_was_said()
    {
        var draft = ExtractionHelpers.Extract(
            "By Sunday, 642,000 people in Mozambique had been vaccinated, the director said. UNICEF said in a statement on Monday that 598,000 people in Mozambique had been vaccinated as of Sunday.",
            published: new LocalDate(2025, 4, 8));

        draft.Claims<Observation>().Should().OnlyContain(static o => o.Time == FuzzyTime.Day(new LocalDate(2025, 4, 6)));
        draft.RulesFound().Should().Equal("FC001");
    }

    [Fact]
    public void As_of_a_day_without_its_year_is_one_that_has_come()
    {
        ExtractionHelpers.Extract("Rooftop systems had been installed on nearly 1.2 million households across India as of 31 March, against a target of 10 million households by March 2027.", published: new LocalDate(2025, 4, 15))
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Day(new LocalDate(2025, 3, 31)));
    }
}
