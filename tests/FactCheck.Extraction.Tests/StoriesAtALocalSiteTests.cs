using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// A story told at a site below its country, which the gazetteer does not hold: a village, a ward, a refinery, a fair, or the
/// town of a dateline. The fortieth pass's held-out judges found most of the drafter's wrong claims there: a figure with no
/// place of its own took the country an earlier sentence named, and a village's rescuers became a level of Indonesia's.
/// </summary>
public class StoriesAtALocalSiteTests
{
    private static readonly LocalDate Wednesday12March = new(2025, 3, 12);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Wednesday12March);

    [Fact]
    public void A_figure_with_no_place_of_its_own_in_a_story_at_a_village_is_not_the_countrys()
    {
        var draft = Extract("""
            JAKARTA, Indonesia (AP) — A landslide struck Cijeruk village in West Java on Monday, killing at least 9 people, officials said.

            More than 250 rescuers were searching on Tuesday.
            """);

        draft.Claims<Observation>().Should().NotContain(o => o.Value == Quantity.Parse("more than 250"));
        draft.ReasonLeftOut("More than 250").Should().Be(ExtractionHelpers.UnknownPlace);
    }

    [Fact]
    public void A_figure_the_sentence_says_is_nationwide_stays_the_countrys_in_a_story_at_a_village()
    {
        Extract("""
            JAKARTA, Indonesia (AP) — A landslide struck Cijeruk village in West Java on Monday, officials said.

            Nationwide, floods and landslides killed 181 people last year.
            """).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("people-killed/indonesia");
    }

    [Theory]
    [InlineData("TAWANGMANGU, Indonesia (AP) — Floods swept through the area on Monday.")]
    [InlineData("PUSHKAR (Rajasthan), March 10 (PTI): Floods swept through the area on Monday.")]
    public void A_dateline_the_gazetteer_does_not_hold_puts_the_story_at_its_town(string lead)
    {
        var draft = Extract(lead + "\n\nAbout 1,200 residents were evacuated on Tuesday.");

        draft.Claims<Observation>().Should().BeEmpty();
        draft.ReasonLeftOut("About 1,200").Should().Be(ExtractionHelpers.UnknownPlace);
    }

    [Fact]
    public void A_dateline_the_gazetteer_holds_leaves_the_story_at_its_country()
    {
        Extract("""
            JAKARTA, Indonesia (AP) — Floods swept through the capital on Monday.

            About 1,200 residents were evacuated on Tuesday.
            """).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("people-evacuated/indonesia");
    }

    [Fact]
    public void A_ward_is_named_by_its_number_and_its_votes_are_not_the_countrys()
    {
        var draft = Extract("""
            JOHANNESBURG - South Africa's ANC held on to Ward 12 in Soweto in Wednesday's by-election.

            In Ward 12, the ANC candidate won 2,100 votes. The EFF came second with 1,406 votes.
            """);

        draft.Claims<Observation>().Should().BeEmpty();
        draft.Skipped.Where(s => s.Reason == ExtractionHelpers.UnknownPlace).Select(s => s.Quote).Should().Equal("2,100", "1,406");
    }

    [Fact]
    public void A_figure_in_the_same_regency_is_the_regencys()
    {
        var draft = Extract("""
            Indonesia's disaster agency said on Wednesday that rain had eased across the country.

            In March 2024, a landslide in the same regency killed 10 people.
            """);

        draft.Claims<Observation>().Should().BeEmpty();
        draft.ReasonLeftOut("10").Should().Be(ExtractionHelpers.UnknownPlace);
    }

    [Fact]
    public void A_county_named_after_the_first_paragraph_holds_only_for_its_own_paragraph()
    {
        var draft = Extract("""
            NAIROBI, Kenya - The Ministry of Health said 3.1 million children had been vaccinated in Kenya as of Sunday.

            Turkana County recorded the highest coverage on Sunday. About 187,400 children had been vaccinated by Sunday.

            The ministry said 1,340 people had been infected since January.
            """);

        draft.Claims<Observation>().Select(o => o.Subject).Should().Equal("children-vaccinated/kenya", "people-infected/kenya");
        draft.ReasonLeftOut("About 187,400").Should().Be(ExtractionHelpers.UnknownPlace);
    }

    [Fact]
    public void A_county_where_someone_spoke_puts_no_figure_there()
    {
        Extract("""
            NAIROBI, Kenya - Kenya's exam results were released on Thursday.

            The figure is up from last year, the minister said at a school in Eldoret, in Uasin Gishu County. Some 962,512 candidates sat the exam in February.
            """).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("candidates/kenya");
    }

    [Fact]
    public void A_region_the_desk_holds_does_not_take_the_story_away_from_its_site()
    {
        var draft = Extract("""
            Nearly 420,000 pilgrims have visited the Pushkar fair in India since it opened, officials said on Wednesday.

            Foreign arrivals also rose, a Rajasthan Tourism official said. Around 2,500 police were deployed on Tuesday.
            """);

        draft.Claims<Observation>().Should().BeEmpty();
        draft.Skipped.Should().Contain(s => s.Quote == "Around 2,500" && s.Reason == ExtractionHelpers.UnknownPlace);
    }

    [Fact]
    public void A_country_the_story_moves_to_ends_its_site()
    {
        Extract("""
            JAKARTA, Indonesia (AP) — A fire broke out at the Cilacap refinery on Monday, officials said.

            Indonesia imported about 22 million kilolitres of gasoline last year. About 1,200 residents were evacuated on Tuesday.
            """).Claims<Observation>().Should().Contain(o => o.Subject == "people-evacuated/indonesia");
    }

    [Fact]
    public void A_dateline_the_gazetteer_does_not_hold_before_a_whole_countrys_story_leaves_it_the_countrys()
    {
        Extract("""
            WINNIPEG, Manitoba, March 11 (AP) - More than 200 wildfires were burning across Canada on Tuesday.

            So far this year, wildfires have burned about 2.7 million hectares.
            """).Claims<Observation>().Select(o => o.Subject).Should().Contain("area-burned/canada");
    }

    [Fact]
    public void A_sentence_that_opens_in_a_town_named_with_a_word_of_what_it_is_puts_its_figure_there()
    {
        var draft = Extract("""
            Congo's health ministry reported new mpox cases on Tuesday.

            In the mining town of Kamituga, health workers have confirmed 614 cases so far this year.
            """);

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("cases/kamituga-town");
    }

    [Fact]
    public void An_area_named_in_two_words_that_reports_a_figure_is_no_level_of_its_country()
    {
        var draft = Extract("""
            A landslide struck Sukamaju village in Bangka Belitung province in Indonesia on Monday.

            Bangka Belitung recorded 96 landslides in 2024, the most of any province.
            """);

        draft.Claims<Observation>().Should().BeEmpty();
        draft.ReasonLeftOut("96").Should().Be(ExtractionHelpers.UnknownPlace);
    }

    [Fact]
    public void A_district_of_a_city_the_desk_holds_is_the_districts_not_the_citys()
    {
        var draft = Extract("In Warsaw's Wola district, 4,300 new homes were completed last year.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("homes-built/wola-district");
    }

    [Fact]
    public void Visitors_to_a_named_site_are_the_sites_though_its_country_follows()
    {
        var draft = Extract("Nearly 420,000 visitors have visited the Pushkar fair in India since it opened, officials said on Wednesday.");

        draft.Claims<Observation>().Should().BeEmpty();
        draft.ReasonLeftOut("Nearly 420,000").Should().Be(ExtractionHelpers.UnknownPlace);
    }

    [Fact]
    public void A_lead_that_opens_with_its_country_is_the_countrys_story_whatever_camp_it_names()
    {
        Extract("""
            Uganda hosts 1.8 million refugees, including 200,000 at the Nakivale camp, officials said on Tuesday.

            About 11,000 new refugees arrived in February.
            """).Claims<Observation>().Select(o => o.Subject).Should().Contain("refugees-arrived/uganda");
    }

    [Fact]
    public void A_dateline_the_gazetteer_does_not_hold_before_a_lead_with_no_site_or_incident_leaves_the_story_the_countrys()
    {
        Extract("""
            KIGOMA, Tanzania (AP) — The government said on Tuesday that growth had picked up.

            Inflation stood at 3.1% in February.
            """).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("inflation/tanzania");
    }

    [Fact]
    public void A_measure_only_a_place_has_of_a_name_the_desk_does_not_hold_is_that_places()
    {
        var draft = Extract("Windsor's unemployment rate rose to 8.9% in January from 7.6% a year earlier, the highest among Canada's large cities.");

        draft.Claims<Observation>().Should().BeEmpty();
        draft.Skipped.Where(s => s.Reason == ExtractionHelpers.UnknownPlace).Select(s => s.Quote).Should().Equal("8.9%", "7.6%");
    }

    [Fact]
    public void A_measure_only_a_country_has_stays_the_countrys_in_a_story_at_a_site()
    {
        Extract("""
            Output at the Dangote refinery helped cut petrol imports in March, Nigeria's statistics bureau said on Tuesday.

            Inflation eased to 22.2% in February.
            """).Claims<Observation>().Select(o => o.Subject).Should().Contain("inflation/nigeria");
    }

    [Fact]
    public void A_named_site_that_reports_a_figure_is_no_level_of_its_country()
    {
        var draft = Extract("Measles is spreading in Birmingham, England's second city. Alum Rock ward has recorded 49 cases, Bordesley Green 38.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("cases/alum-rock-ward");
        draft.Skipped.Should().Contain(s => s.Quote == "38" && s.Reason == ExtractionHelpers.UnknownPlace);
    }

    [Fact]
    public void A_named_airport_is_its_citys()
    {
        Extract("Lisbon's Humberto Delgado airport handled a record 35.1 million passengers last year.").Claims<Observation>()
            .Should().ContainSingle().Which.Subject.Should().Be("passengers/lisbon");
    }
}
