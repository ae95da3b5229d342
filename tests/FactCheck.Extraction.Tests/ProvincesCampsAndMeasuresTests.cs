using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// What the thirty-ninth pass's first judges found: a province's or camp's figure filed under its country, a measure
/// ("117.5 million tonnes") whose subject was its unit, "edged up to" read as a bound, and a state or province that reports
/// its own figures taken for its capital speaking for the country.
/// </summary>
public class ProvincesCampsAndMeasuresTests
{
    private static readonly LocalDate July17 = new(2025, 7, 17);

    private static List<Observation> Levels(string text) => ExtractionHelpers.Extract(text, published: July17).Claims<Observation>();

    [Fact]
    public void A_verb_s_up_before_to_is_the_level_reached_not_a_bound()
    {
        Levels("Kenya's inflation rate edged up to 4.1% in April.").Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("4.1%"));
    }

    [Theory]
    [InlineData("Kenya is poor. Nakivale hosts more than 140,000 refugees.")]
    [InlineData("Kenya is poor. Dadaab is home to 370,000 refugees.")]
    [InlineData("Floods have forced more than 38,000 people from their homes in Pakistan's Punjab province, officials said on Thursday.")]
    [InlineData("Kenya's inflation was 4.1% in April. In the euro zone, by contrast, inflation held at 2.2% in April.")]
    public void A_figure_of_a_camp_province_or_bloc_the_desk_does_not_hold_is_no_figure_of_a_country(string text)
    {
        Levels(text).Should().NotContain(o => o.Subject.EndsWith("/kenya", StringComparison.Ordinal) && o.Value != Quantity.Parse("4.1%"))
            .And.NotContain(o => o.Subject.EndsWith("/pakistan", StringComparison.Ordinal));
    }

    [Fact]
    public void The_second_of_a_pair_of_origins_is_an_origin_too()
    {
        Levels("Chad hosts more than 140,000 refugees, mostly from Congo and Burundi.").Should().ContainSingle().Which.Subject.Should().Be("refugees/chad");
    }

    [Theory]
    [InlineData("India's wheat harvest is estimated at a record 117.5 million tonnes.", "wheat-harvest/india")]
    [InlineData("In India, government procurement reached 30.0 million tonnes by the end of June.", "government-procurement/india")]
    [InlineData("Uttar Pradesh harvested about 35.2 million tonnes last year.", "harvest/uttar-pradesh")]
    [InlineData("India held 36.9 million tonnes of wheat on July 1.", "wheat/india")]
    [InlineData("India's government aims to raise output to 125 million tonnes by 2030.", null)]
    public void A_measure_counts_what_is_measured_not_its_unit(string text, string? subject)
    {
        var draft = ExtractionHelpers.Extract(text, published: July17);
        var subjects = draft.Claims.Claims.Select(c => c is Observation o ? o.Subject : c is Target t ? t.Subject : null).OfType<string>().ToList();

        subjects.Should().NotContain(s => s.StartsWith("tonnes/", StringComparison.Ordinal));
        if (subject is null) subjects.Should().ContainSingle().Which.Should().Be("output/india");
        else subjects.Should().Contain(subject);
    }

    [Fact]
    public void Up_from_a_figure_far_back_counts_what_that_figure_counts()
    {
        Levels("India's wheat harvest is estimated at 117.5 million tonnes, the ministry said on Wednesday, up from 113.3 million tonnes a year earlier.")
            .Select(o => o.Subject).Should().Equal("wheat-harvest/india", "wheat-harvest/india");
    }

    [Fact]
    public void A_crop_year_written_with_both_years_is_twelve_months_from_july_of_the_first()
    {
        Levels("India's wheat harvest is estimated at 117.5 million tonnes for the 2024-25 crop year.").Should().ContainSingle()
            .Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(2024, 7, 1), new LocalDate(2025, 6, 30)));
    }

    [Fact]
    public void A_place_that_opens_a_later_clause_is_the_subject_of_its_figure()
    {
        Levels("Uttar Pradesh harvested about 35.2 million tonnes last year, while Madhya Pradesh produced 24.6 million tonnes last year.")
            .Select(o => o.Subject).Should().Equal("harvest/uttar-pradesh", "production/madhya-pradesh");
    }

    [Fact]
    public void A_part_of_a_country_by_its_direction_is_a_place_of_its_own_and_a_part_of_the_country_s()
    {
        var draft = ExtractionHelpers.Extract("The outbreak has spread to five districts in eastern Uganda, with 1,236 suspected cases recorded as of Wednesday.", published: July17);

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("suspected-cases/eastern-uganda");
        draft.Claims.Relations.Should().ContainSingle().Which.Should().Be(new Relation("suspected-cases/eastern-uganda", "suspected-cases/uganda"));
    }

    [Fact]
    public void A_year_after_compared_with_is_what_the_figure_is_compared_with_not_its_time()
    {
        var draft = ExtractionHelpers.Extract("Porto registered just over 3 million guests in 2024, an increase of 7.8% compared with 2023.", published: July17);

        draft.Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Year(2024));
        draft.Skipped.Should().NotContain(s => s.Quote == "2023");
    }

    [Fact]
    public void The_members_an_organisation_represents_are_no_level_of_a_place_s_people()
    {
        var draft = ExtractionHelpers.Extract("The GDL union, which represents about 40,000 rail workers in Germany, walked out on Tuesday.", published: July17);

        draft.Claims<Observation>().Should().BeEmpty();
        draft.ReasonLeftOut("about 40,000").Should().Be("the members of an organisation, not a level");
    }

    [Theory]
    [InlineData("Germany's IG Metall has 2.2 million members.")]
    [InlineData("Kenya's ruling party has 3 million members.")]
    [InlineData("Two trains collided in eastern India on Monday.")]
    [InlineData("Poverty in rural Uganda stood at 33% in 2023.")]
    public void A_body_s_members_or_one_event_s_things_are_no_figure_of_a_place(string text)
    {
        Levels(text).Should().BeEmpty();
    }

    [Fact]
    public void A_measure_a_disaster_struck_is_named_with_what_it_did()
    {
        Levels("Floods ravaged 70,000 hectares of crops in Kenya in May.").Should().ContainSingle().Which.Subject.Should().Be("crops-ravaged/kenya");
    }

    [Theory]
    [InlineData("The budget sets aside 702.7 billion shillings for education and 138.1 billion for health in Kenya.", "education-budget/kenya", "health-budget/kenya")]
    [InlineData("Kenya's Treasury on Thursday presented a 4.29 trillion shilling ($33.2 billion) budget.", "budget/kenya", null)]
    public void Money_is_named_by_what_it_is_for_or_the_noun_after_it(string text, string subject, string? second)
    {
        var subjects = Levels(text).Select(o => o.Subject);

        if (second is null) subjects.Should().Equal(subject);
        else subjects.Should().Equal(subject, second);
    }

    [Fact]
    public void Residents_of_a_place_the_desk_does_not_know_an_average_and_a_distance_are_left_out()
    {
        var draft = ExtractionHelpers.Extract(
            "Wildfires in Canada have burned about 2.7 million hectares so far this year, well above the ten-year average for early June of roughly 500,000 hectares. "
            + "They include nearly all of the 5,000 residents of Flin Flon. A blaze came within 2 kilometres of the town of La Ronge on Sunday.",
            published: July17);

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("area-burned/canada");
        draft.Skipped.Select(s => (s.Quote, s.Reason)).Should().Contain([("roughly 500,000", "an average, not a level"),
            ("5,000", ExtractionHelpers.UnknownPlace), ("2", "a distance, not a level")]);
    }

    [Fact]
    public void A_report_that_goes_on_to_what_someone_expects_is_no_forecast_of_the_figure_before()
    {
        Levels("About 400 soldiers have been sent to Manitoba, and the military expects to have up to 600 on the ground by the end of the week.")
            .Should().ContainSingle().Which.Subject.Should().Be("troops/manitoba");
    }

    [Fact]
    public void Seats_down_from_an_election_s_are_the_same_party_s_then()
    {
        Levels("The AAP, led by former chief minister Arvind Kejriwal, won 22 seats in Kenya on Saturday, down from 62 in the 2020 election.")
            .Select(o => (o.Subject, o.Time)).Should().Equal(("aap-seats/kenya", FuzzyTime.Day(2025, 7, 12)), ("aap-seats/kenya", FuzzyTime.Year(2020)));
    }

    [Fact]
    public void A_budget_set_aside_is_a_level_and_one_sum_for_two_things_is_neither_s()
    {
        Levels("Kenya's 2024/25 budget set aside 12 billion shillings for fertiliser and 8 billion for seeds.").Select(o => o.Subject)
            .Should().Equal("fertiliser-budget/kenya", "seeds-budget/kenya");
        Levels("Officials in Kenya said 20 billion shillings for health and education had been released.").Should().BeEmpty();
    }

    [Fact]
    public void A_name_the_desk_does_not_hold_that_reports_a_figure_is_no_place_of_the_sentence_s_country()
    {
        Levels("In India, floods killed 40 people in Himachal Pradesh, while Punjab reported 12 deaths.").Select(o => o.Subject)
            .Should().Equal("people-killed/himachal-pradesh");
    }

    [Fact]
    public void A_state_that_opens_its_sentence_keeps_its_figure_past_a_city_of_the_same_country()
    {
        Levels("Kano State overtook Lagos as the most populous state, with 20.1 million residents, against 18.6 million in Lagos State.")
            .Select(o => o.Subject).Should().Equal("people/kano", "people/lagos");
    }

    [Fact]
    public void A_region_a_country_s_possessive_names_is_no_figure_of_the_country()
    {
        Levels("Ethiopia's Somali region has recorded the deaths of up to 2.8 million animals since late 2023, regional officials said.")
            .Should().ContainSingle().Which.Subject.Should().Be("animals-killed/somali-region");
    }

    [Fact]
    public void Compared_alone_before_a_time_is_no_comparison()
    {
        ExtractionHelpers.Extract("Such figures cannot be compared By late 2018, an estimated 5,200 US troops were in Iraq.", published: July17).Claims<Observation>()
            .Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.PartOfYear(PeriodPart.Late, 2018));
    }

    [Theory]
    // A province or state reports its own figures, and only a capital speaks for its country.
    [InlineData("Ontario reported 1,200 new cases on Monday.", "cases/ontario")]
    [InlineData("The state of Queensland recorded 45,000 cases last week.", "new-cases/queensland")]
    [InlineData("Beijing reported 1,200 new cases on Monday.", "cases/china")]
    [InlineData("Cases rose in Asia, and Beijing reported 1,200 new cases on Monday.", "cases/china")]
    // Troops and a toll in a part of a country by its direction keep the country.
    [InlineData("Gunmen killed 20 worshippers at a mosque in northern Nigeria on Friday.", "people-killed/nigeria")]
    [InlineData("In eastern Afghanistan, 300 soldiers were deployed on Monday.", "troops/afghanistan")]
    // Guests and occupancy are things a figure counts.
    [InlineData("Portugal welcomed a record 31.6 million guests in tourist accommodation in 2024.", "guests/portugal")]
    [InlineData("Hotel occupancy in Portugal averaged 71.4% in December.", "hotel-occupancy/portugal")]
    // Seats are the party's its name's head noun or its acronym names.
    [InlineData("India's Bharatiya Janata Party won a clear majority in the state assembly in Kenya on Saturday, taking 48 seats.", "bharatiya-janata-party-seats/kenya")]
    [InlineData("The AAP, led by former chief minister Arvind Kejriwal, won 22 seats in Kenya.", "aap-seats/kenya")]
    // Beasts that died, crimes, and a province's crimes, are counted as they are; a verb that goes on is no goal.
    [InlineData("Police in Kenya recorded 2,100 kidnappings in 2024.", "kidnappings/kenya")]
    [InlineData("Kidnappings in South Africa continued to climb, reaching 4,300 in the first quarter.", "kidnappings/south-africa")]
    [InlineData("Drought in Kenya killed 5,000 cattle in 2022.", "cattle-killed/kenya")]
    [InlineData("KwaZulu-Natal as a whole recorded 1,451 murders in the first quarter.", "murders/kwazulu-natal")]
    public void A_figure_is_drafted_under_the_subject_its_own_words_name(string text, string subject)
    {
        Levels(text).Should().ContainSingle().Which.Subject.Should().Be(subject);
    }
}
