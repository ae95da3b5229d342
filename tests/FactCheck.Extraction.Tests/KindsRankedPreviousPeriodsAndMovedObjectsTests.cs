using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The fifty-fourth pass's second round and its review: kinds ranked after a leading kind ("petrol cars remained the largest
/// group with 73,810 registrations, followed by conventional hybrids with 57,920"), a movement's start "in the previous
/// year", a verb that moves its object ("lifted the country's tax-to-GDP ratio to 13.9% from 14.2%"), a subject past an
/// aside between dashes, a month picked out as the busiest or quietest; and the review's edges of the first round.
/// </summary>
public class KindsRankedPreviousPeriodsAndMovedObjectsTests
{
    private static readonly LocalDate Tuesday20August = new(2024, 8, 20);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Tuesday20August);

    [Fact]
    public void Kinds_ranked_after_a_leading_kind_are_each_their_own_part()
    {
        var draft = Extract("New car registrations in Germany rose 8.4% in January to 207,640 vehicles. "
            + "By powertrain, petrol cars remained the largest group with 73,810 registrations, followed by conventional hybrids with 57,920 and diesels with 36,940.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal(
            "vehicles/germany", "registrations-petrol-cars/germany", "registrations-conventional-hybrids/germany", "registrations-diesels/germany");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void Kinds_are_no_parts_of_a_figure_smaller_than_their_leader()
    {
        var draft = Extract("Volkswagen remained the best-selling brand in Germany, with 38,900 registrations. "
            + "By powertrain, petrol cars remained the largest group with 73,810 registrations, followed by conventional hybrids with 57,920 and diesels with 36,940.");

        draft.Claims.Relations.Should().BeEmpty();
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void A_kinds_list_stops_at_words_that_name_no_kind() =>
        Extract("Hail in Spain damaged 18,000 hectares. Peach and nectarine orchards accounted for the largest area, with 7,200 hectares damaged, "
            + "followed by apples and pears with 5,900 hectares, cereals with 4,100 hectares and other crops, including almonds and vegetables, with 1,300 hectares.")
            .Claims<Observation>().Select(static o => o.Subject).Should().Equal(
                "area-damaged/spain", "area-peach-and-nectarine-orchards/spain", "area-apples-and-pears/spain", "area-cereals/spain");

    [Theory]
    [InlineData("In Australia, separations fell to 1,186 from 1,094 in the previous financial year.", 2023, 8)]
    [InlineData("Kenya's exports rose to 90,000 tonnes in March from 80,000 tonnes in the previous month.", 2024, 2)]
    public void A_movements_start_in_the_previous_period_is_counted_back_from_its_end(string sentence, int year, int month)
    {
        var draft = Extract(sentence);

        draft.Claims<Observation>().Should().HaveCount(2);
        draft.Claims<Observation>()[1].Time.Start.Should().Be(new LocalDate(year, month, 1));
        draft.Claims<Change>().Should().ContainSingle();
    }

    [Fact]
    public void A_fall_the_figures_do_not_bear_out_is_found_past_the_previous_financial_year() =>
        Extract("In Australia, separations — resignations, retirements and medical discharges — fell to 1,186 from 1,094 in the previous financial year.")
            .RulesFound().Should().Equal("FC004");

    [Fact]
    public void The_previous_year_with_no_movement_from_it_is_no_time_counted_back() =>
        Extract("Kenya's inflation averaged 7.7% in the previous year.").ReasonLeftOut("7.7%").Should().Be("a past figure with no time");

    [Fact]
    public void A_leader_whose_followers_end_the_list_is_still_its_regions()
    {
        var draft = Extract("Kenya recorded 96,840 cases in 2023. Nairobi reported the most cases, with 14,210, followed by Mombasa with 5,380 in 2022.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("cases/kenya", "cases/nairobi");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void A_place_of_an_earlier_clauses_figure_does_not_lead_a_ranked_list() =>
        Extract("Floods in Canada killed 40 people. About 2,500 families were evacuated in the Greater Toronto Area on Monday, "
            + "and Nakuru county has recorded the highest toll, with 27 deaths, followed by Baringo with 19.")
            .Claims<Observation>().Should().NotContain(static o => o.Subject == "people-killed/toronto");

    [Fact]
    public void A_movements_start_compared_with_the_previous_year_is_counted_back() =>
        Extract("Spain received a record 163,220 asylum applications in 2023. About 39,900 migrants reached the archipelago by sea in 2023, "
            + "compared with some 15,700 the previous year, according to separate ministry data.")
            .Claims<Observation>().Should().Contain(static o => o.Value == Quantity.Parse("some 15,700") && o.Time.Start == new LocalDate(2022, 1, 1));

    [Fact]
    public void The_previous_year_of_another_thing_is_no_time() =>
        Extract("Kenya's exports rose to 90,000 tonnes in March, the previous record having stood for a year.").Claims<Observation>().Should().ContainSingle();

    [Fact]
    public void What_a_verb_moves_as_its_object_names_the_figures()
    {
        var draft = Extract("The result lifted Ghana's tax-to-GDP ratio to 13.9% from 14.2% a year earlier.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("tax-to-gdp-ratio/ghana", "tax-to-gdp-ratio/ghana");
        draft.Claims<Change>().Should().ContainSingle().Which.Direction.Should().Be(ChangeDirection.Increase, "'lifted' says the way, which FC004 then finds the figures do not bear out");
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void A_cut_to_a_rate_is_a_decrease() =>
        Extract("The central bank of Ghana cut its policy rate to 27% from 29% in July.").Claims<Change>().Should().ContainSingle()
            .Which.Direction.Should().Be(ChangeDirection.Decrease);

    [Fact]
    public void The_busiest_and_quietest_months_are_no_levels_of_the_year()
    {
        var draft = Extract("Lisbon airport handled 33.6 million passengers in 2023. August was the busiest month, with 3.5 million passengers, while February, the quietest, saw 2.1 million.");

        draft.ReasonLeftOut("3.5 million").Should().Be("one month's count, not a level");
        draft.ReasonLeftOut("2.1 million").Should().Be("one month's count, not a level");
    }

    [Theory]
    [InlineData("The boat carried 310 migrants from Libya, of whom 42 died.", "42")]
    [InlineData("The outbreak in Malawi has infected 1,200 people, of which 87 have died.", "87")]
    public void The_dead_told_of_whom_are_a_toll(string sentence, string quote) =>
        Extract(sentence).Claims<Observation>().Should().Contain(o => o.Subject.ToString().StartsWith("people-killed/", StringComparison.Ordinal) && o.Value == Quantity.Parse(quote));

    [Fact]
    public void Areas_told_of_which_that_reported_deaths_are_no_toll() =>
        Extract("Kenya has 47 counties, of which 12 reported drought deaths; the toll reached 310.").ReasonLeftOut("12").Should().Be("a part of a figure before it, not a level");

    [Fact]
    public void A_full_authorised_strength_reached_is_the_level() =>
        Extract("The UN mission in South Sudan reached its full authorised strength of 18,450 troops in March.").Claims<Observation>().Should().ContainSingle();

    [Fact]
    public void A_head_of_state_is_no_livestock() =>
        Extract("The raid killed 12 head of state security officers in Mali on Monday.").Claims<Observation>().Should().ContainSingle()
            .Which.Subject.ToString().Should().Be("people-killed/mali");

    [Fact]
    public void An_amount_of_a_measure_is_no_class_by_size() =>
        Extract("Kenya's grid connected units of more than 200 MW of geothermal capacity in 2023.").Claims<Observation>().Should().ContainSingle();

    [Fact]
    public void A_running_total_counted_back_is_not_held_against_the_total_now() =>
        Extract("The outbreak in Kenya has killed 312 people since June 21, up from 247 a week earlier.").RulesFound().Should().BeEmpty();

    [Theory]
    [InlineData("South Africa's ANC won the most seats, with 159, followed by the Democratic Alliance with 87 and MK with 58.")]
    [InlineData("Nairobi reported the most cases in January, with 14,210, followed by February with 5,380.")]
    [InlineData("Nairobi reported the most cases, with 14,210 in 2023, followed by Mombasa with 5,380 in 2022.")]
    public void Owners_months_and_figures_of_their_own_time_make_no_ranked_list(string sentence) =>
        Extract(sentence).Claims.Relations.Should().NotContain(static r => r.ListsParts);
}
