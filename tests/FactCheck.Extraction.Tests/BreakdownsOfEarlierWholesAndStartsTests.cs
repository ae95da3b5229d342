using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-fifth pass, from the planted inconsistencies the last pass's checker missed: parts a later sentence gives of an
/// earlier whole ("Of the inmates, 41,250 were on remand …"), so that FC016 finds parts that add up to more than it; and the
/// start of a movement told after its end ("rose to 17,600 at the end of December, from 18,900 at the end of September"), a
/// month or a week back, or behind an aside on its noun, so that FC004 finds a stated rise between falling figures.
/// </summary>
public class BreakdownsOfEarlierWholesAndStartsTests
{
    private static readonly LocalDate Tuesday14October = new(2025, 10, 14);

    private static ExtractionResult Extract(string body, LocalDate? published = null) => ExtractionHelpers.Extract(body, published: published ?? Tuesday14October);

    [Fact]
    public void Parts_of_an_earlier_whole_named_by_of_the_noun_are_listed_as_its_parts()
    {
        var draft = Extract("Uganda's prisons were holding 78,560 inmates at the end of June, the commission said. Of the inmates, 41,250 were on remand awaiting trial and 39,870 had been convicted, the report said.");

        var parts = draft.Claims<Observation>().Where(static o => o.Subject != "inmates/uganda").ToList();
        parts.Select(static o => o.Subject).Should().Equal("inmates-on-remand/uganda", "inmates-convicted/uganda");
        parts.Should().OnlyContain(static o => o.Time == FuzzyTime.Day(new LocalDate(2025, 6, 30)));
        draft.Claims.Relations.Should().ContainSingle(static r => r.ListsParts).Which.Parts.Should().HaveCount(2);
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void Parts_that_add_up_to_no_more_than_the_whole_give_no_finding()
    {
        var draft = Extract("Uganda's prisons were holding 78,560 inmates at the end of June, the commission said. Of the inmates, 41,250 were on remand awaiting trial and 37,310 had been convicted, the report said.");

        draft.Claims.Relations.Should().ContainSingle(static r => r.ListsParts);
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void Parts_accounted_for_by_place_are_the_wholes_measure_there()
    {
        var draft = Extract("In South Africa, authorities have culled about 2.6 million chickens since the outbreak was confirmed on May 20, the ministry said. Gauteng accounted for 1.4 million of the birds destroyed, Mpumalanga for 900,000 and the Western Cape for 650,000, the ministry said.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal(
            "chickens-culled/south-africa", "chickens-culled/gauteng", "chickens-culled/mpumalanga", "chickens-culled/western-cape");
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void Parts_of_the_total_belong_to_the_latest_figure_before_them()
    {
        var draft = Extract("Tanzania's parks received 2.9 million visitors in 2024, up from 2.3 million in 2023, the commissioner said. Foreign tourists accounted for 1.6 million of the total and Tanzanian residents for 1.2 million, he said.");

        var parts = draft.Claims<Observation>().Where(static o => o.Subject.StartsWith("visitors-", StringComparison.Ordinal)).ToList();
        parts.Select(static o => o.Subject).Should().Equal("visitors-foreign-tourists/tanzania", "visitors-tanzanian-residents/tanzania");
        parts.Should().OnlyContain(static o => o.Time == FuzzyTime.Year(2024));
        draft.RulesFound().Should().BeEmpty("1.6 and 1.2 million are within 2024's 2.9 million, though not 2023's 2.3 million");
    }

    [Fact]
    public void A_single_part_is_no_breakdown()
    {
        var draft = Extract("Uganda's prisons were holding 78,560 inmates at the end of June, the commission said. Of the inmates, 41,250 were on remand awaiting trial, the report said.");

        draft.Claims.Relations.Should().NotContain(static r => r.ListsParts);
        draft.ReasonLeftOut("41,250").Should().NotBeNull();
    }

    [Fact]
    public void Parts_of_a_noun_no_earlier_figure_counts_are_no_breakdown()
    {
        var draft = Extract("Uganda's prisons were holding 78,560 inmates at the end of June, the commission said. Of the guards, 4,250 were on leave and 3,870 had been suspended, the report said.");

        draft.Claims.Relations.Should().NotContain(static r => r.ListsParts);
    }

    [Fact]
    public void A_sentence_with_a_time_of_its_own_breaks_down_no_earlier_whole()
    {
        var draft = Extract("Uganda's prisons were holding 78,560 inmates at the end of June, the commission said. Of the inmates, 41,250 were on remand in March and 39,870 had been convicted, the report said.");

        draft.Claims.Relations.Should().NotContain(static r => r.ListsParts);
    }

    [Fact]
    public void A_part_as_large_as_the_whole_is_no_part_of_it()
    {
        var draft = Extract("Uganda's prisons were holding 78,560 inmates at the end of June, the commission said. Of the inmates, 81,250 were on remand awaiting trial and 39,870 had been convicted, the report said.");

        draft.Claims.Relations.Should().NotContain(static r => r.ListsParts);
    }

    [Fact]
    public void The_start_of_a_movement_told_after_its_end_comes_before_it()
    {
        var draft = Extract("In England, cases rose to 17,600 at the end of December, from 18,900 at the end of September, the statistics showed.", new LocalDate(2025, 3, 27));

        draft.Claims<Observation>().Single(o => o.Value == Quantity.Parse("18,900")).Time.Should().Be(FuzzyTime.Day(new LocalDate(2024, 9, 30)));
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void A_start_written_with_its_year_keeps_it()
    {
        var draft = Extract("In England, cases fell to 17,600 at the end of December, from 18,900 at the end of September 2024, the statistics showed.", new LocalDate(2025, 3, 27));

        draft.Claims<Observation>().Single(o => o.Value == Quantity.Parse("18,900")).Time.Should().Be(FuzzyTime.Day(new LocalDate(2024, 9, 30)));
        draft.RulesFound().Should().BeEmpty();
    }

    [Theory]
    [InlineData("Reservoir levels in Spain rose to 31.4% on Monday from 33.9% a month earlier, the agency said.", 2025, 9, 13)]
    [InlineData("Reservoir levels in Spain rose to 31.4% on Monday from 33.9% a week ago, the agency said.", 2025, 10, 6)]
    public void A_start_counted_back_by_a_month_or_a_week_is_that_far_before_the_end(string text, int year, int month, int day)
    {
        var draft = Extract(text);

        draft.Claims<Observation>().Single(o => o.Value == Quantity.Parse("33.9%")).Time.Should().Be(FuzzyTime.Day(new LocalDate(year, month, day)));
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void A_noun_behind_an_aside_names_the_percentage_after_it()
    {
        var draft = Extract("Reserves in Spain's Ter-Llobregat system, which supplies Barcelona and some 5 million people, rose to 31.4% on Monday from 33.9% a month earlier, the agency said.");

        draft.Claims<Observation>().Where(static o => o.Value.IsPercent).Select(static o => o.Subject).Should().Equal("reserves/spain", "reserves/spain");
    }

    [Fact]
    public void The_level_of_what_its_of_names_is_its_subject()
    {
        Extract("In Zimbabwe, the combined level of its supply dams fell to 21.4% on Monday, down from 38% a year earlier.")
            .Claims<Observation>().Select(static o => o.Subject).Should().Equal("supply-dams-level/zimbabwe", "supply-dams-level/zimbabwe");
    }

    [Fact]
    public void A_level_seen_ahead_is_a_forecast()
    {
        Extract("Inflation in Poland, which jumped to 4.9% in November, is seen falling to 3.0% by June.", new LocalDate(2024, 12, 10))
            .ReasonLeftOut("3.0%").Should().Be("a forecast, not a goal");
    }

    [Fact]
    public void Birds_culled_and_birds_to_be_vaccinated_are_two_counts()
    {
        var draft = Extract("The government aims to vaccinate 5 million birds in South Africa by September. More than 7 million birds were culled in South Africa in 2023.");

        draft.Claims<Target>().Should().ContainSingle().Which.Subject.Should().Be("birds-vaccinated/south-africa");
        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("birds-culled/south-africa");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void Parts_followed_by_others_with_their_figures_are_listed_by_their_names()
    {
        var draft = Extract("In Mozambique, the cyclone destroyed 41,300 homes, the agency said. According to the agency's bulletin, Mossuril accounted for 18,900 of the houses hit, followed by Ilha de Moçambique with 9,750, Memba with 8,400 and Nacala-a-Velha with 7,200.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal(
            "homes-destroyed/mozambique", "homes-destroyed/mossuril", "homes-destroyed/ilha-de-moambique", "homes-destroyed/memba", "homes-destroyed/nacala-a-velha");
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void A_part_named_before_an_aside_takes_its_name()
    {
        var draft = Extract("An earthquake in Nepal's Sudurpashchim Province destroyed 9,420 houses on Feb. 6, the ministry said. Bajhang, the hardest-hit district, accounted for 4,310 of the destroyed houses, followed by Bajura with 2,655.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Contain(["houses-destroyed/bajhang", "houses-destroyed/bajura"]);
    }

    [Fact]
    public void Parts_of_these_that_live_in_a_named_area_are_its()
    {
        var draft = Extract("Pakistan's Khyber Pakhtunkhwa province has 6.5 million children under five, officials said. Of those, about 1.9 million live in Peshawar division, some 2.4 million in the mountainous Malakand division and about 2.6 million in Bannu division, the coordinator said.");

        draft.Claims<Observation>().Skip(1).Select(static o => o.Subject.Split('/')[1]).Should().Equal("peshawar-division", "malakand-division", "bannu-division");
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void A_kind_that_opens_its_sentence_is_no_name_of_a_place()
    {
        var draft = Extract("In Ireland, 83 people were killed on the roads in the first half, the police said. Drivers accounted for 36 of the people killed, pedestrians for 17 and motorcyclists for 12.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().NotContain(static s => s.EndsWith("/drivers", StringComparison.Ordinal));
    }
}
