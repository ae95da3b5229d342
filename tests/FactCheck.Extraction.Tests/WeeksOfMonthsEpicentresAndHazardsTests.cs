using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-ninth pass's round, from the planted inconsistencies of its first two sets: a week of a month is its seven days;
/// a count "since" a time and "as of" a day ends on that day; the whole a part is counted of "nationwide" is the country's
/// level and the part none of it; "the epicentre" ranks parts as "the hardest-hit" does; the place a hazard struck keeps its
/// toll; and "across the province" is the province the article named, under the key its figures take.
/// </summary>
public class WeeksOfMonthsEpicentresAndHazardsTests
{
    private static readonly LocalDate Monday10March = new(2025, 3, 10);

    private static ExtractionResult Extract(string body, LocalDate? published = null) => ExtractionHelpers.Extract(body, published: published ?? Monday10March);

    [Theory]
    [InlineData("first", 1, 7)]
    [InlineData("second", 8, 14)]
    [InlineData("fourth", 22, 28)]
    public void A_week_of_a_month_is_its_seven_days(string which, int firstDay, int lastDay)
    {
        Extract($"Floods in Kenya displaced 41,000 people in the {which} week of February, the Red Cross said.")
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(2025, 2, firstDay), new LocalDate(2025, 2, lastDay)));
    }

    [Fact]
    public void A_week_of_a_month_with_its_year_is_of_that_year()
    {
        Extract("Floods in Kenya displaced 41,000 people in the fourth week of June 2024, the Red Cross said.")
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(2024, 6, 22), new LocalDate(2024, 6, 28)));
    }

    [Fact]
    public void A_week_of_the_year_by_its_number_is_still_an_iso_week()
    {
        Extract("Kenya recorded 410 cholera cases in the second week of 2025, the ministry said.")
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(2025, 1, 6), new LocalDate(2025, 1, 12)));
    }

    [Fact]
    public void A_movement_from_a_week_of_one_month_to_a_week_of_the_next_has_both_levels_and_its_stated_way()
    {
        var draft = Extract("The average price of imported rice in Metro Manila markets fell to 49.60 pesos a kilo in the first week of March from 48.20 pesos in the first week of February.");

        draft.Claims<Observation>().Select(static o => (o.Subject, o.Value)).Should().BeEquivalentTo([
            ("average-price/metro-manila", Quantity.Parse("49.60")), ("average-price/metro-manila", Quantity.Parse("48.20"))]);
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void A_count_since_a_time_as_of_a_day_ends_on_that_day()
    {
        Extract("Morocco's health ministry has counted 120 deaths since October 2023, as of Feb. 16.", published: new LocalDate(2025, 2, 21))
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(2023, 10, 1), new LocalDate(2025, 2, 16)));
    }

    [Fact]
    public void A_count_since_a_time_ends_on_the_day_of_writing_without_an_as_of()
    {
        Extract("Morocco's health ministry has counted 120 deaths since October 2023.", published: new LocalDate(2025, 2, 21))
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(2023, 10, 1), new LocalDate(2025, 2, 21)));
    }

    [Fact]
    public void The_whole_counted_nationwide_is_the_countrys_level_and_its_part_none()
    {
        var draft = Extract("Morocco's regional health director said that 41 of the 116 deaths recorded nationwide through Feb. 16 had occurred in her region.",
            published: new LocalDate(2025, 2, 21));

        draft.Claims<Observation>().Should().ContainSingle().Which.Should().Match<Observation>(static o => o.Subject == "people-killed/morocco" && o.Value == Quantity.Parse("116"));
        draft.ReasonLeftOut("41").Should().Be("a part of a figure after it, not a level");
    }

    [Fact]
    public void The_whole_of_a_part_not_counted_nationwide_is_still_left_out()
    {
        Extract("The ruling party won 117 of the 230 seats in Kenya.").ReasonLeftOut("230").Should().StartWith("the whole of a part");
    }

    [Fact]
    public void The_epicentre_ranks_the_parts_that_follow_it()
    {
        var draft = Extract("Zimbabwe has recorded 1,046 suspected typhoid cases since late August, the ministry said.\n\n"
            + "Harare Metropolitan Province remains the epicentre, with 612 cases, followed by Manicaland with 241, Mashonaland East with 132 and Bulawayo Metropolitan with 97.");

        draft.PartsListedOf("suspected-typhoid-cases/zimbabwe").Should().HaveCount(4);
        draft.RulesFound().Should().Contain("FC016");
    }

    [Theory]
    [InlineData("A heatwave in Pakistan's Sindh province has killed 41 people since Saturday.", "people-killed/sindh")]
    [InlineData("Floods in India's Assam state have killed 41 people since Saturday.", "people-killed/assam")]
    public void A_toll_of_a_hazard_in_a_region_is_the_regions(string sentence, string subject)
    {
        Extract(sentence).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
    }

    [Fact]
    public void A_toll_of_attacks_in_a_city_on_a_countrys_soldiers_stays_the_countrys()
    {
        Extract("Missile attacks in Baghdad have killed at least three American soldiers since March.")
            .Claims<Observation>().Should().ContainSingle().Which.Subject.Should().EndWith("/iraq");
    }

    [Fact]
    public void The_province_named_before_is_the_place_of_a_figure_across_the_province_under_its_own_key()
    {
        var draft = Extract("A heatwave in Pakistan's Sindh province has killed 41 people since Saturday.\n\n"
            + "The health director told reporters on Wednesday that the heatwave had claimed 34 lives across the province since Saturday.",
            published: new LocalDate(2025, 5, 28));

        draft.Claims<Observation>().Select(static o => (o.Subject, o.Value)).Should().BeEquivalentTo([
            ("people-killed/sindh", Quantity.Parse("41")), ("people-killed/sindh", Quantity.Parse("34"))]);
        draft.RulesFound().Should().Contain("FC001");
    }

    [Fact]
    public void A_place_after_a_figure_of_another_clause_than_speaking_still_keeps_it_out()
    {
        Extract("Officials in Hyderabad said 34 people had died.", published: new LocalDate(2025, 5, 28))
            .ReasonLeftOut("34").Should().Contain("not one the desk knows");
    }
}
