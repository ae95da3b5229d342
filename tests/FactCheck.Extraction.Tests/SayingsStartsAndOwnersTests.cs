using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// What the thirty-ninth pass's held-out judges found once judged: a saying's weekday put in the week ahead, an outbreak's
/// start in the December ahead, a death count given to the infected, a county's count filed under its country, the first
/// months of a year read as the whole year, an estimate drafted as a goal, and a country's own measure named twice.
/// </summary>
public class SayingsStartsAndOwnersTests
{
    private static readonly LocalDate Tuesday11February = new(2025, 2, 11);
    private static readonly LocalDate Tuesday18March = new(2025, 3, 18);

    /// <summary>Asserts that <paramref name="text"/> drafts one level, held from the first of one month to the end of another.</summary>
    private static void OnlyLevelShouldSpanMonths(string text, LocalDate published, int fromYear, int fromMonth, int toYear, int toMonth)
    {
        var time = ExtractionHelpers.Extract(text, published: published).Claims<Observation>().Should().ContainSingle().Which.Time;

        (time.Start, time.End).Should().Be((new LocalDate(fromYear, fromMonth, 1), new LocalDate(toYear, toMonth, 1).With(DateAdjusters.EndOfMonth)));
    }

    [Theory]
    [InlineData("Prime Minister Shigeru Ishiba said on Friday that a second package would follow in March.", 2025, 2, 7)]
    [InlineData("Prime Minister Shigeru Ishiba told reporters on Friday that a second package would follow.", 2025, 2, 7)]
    [InlineData("Prime Minister Shigeru Ishiba said on Tuesday that a package would follow.", 2025, 2, 11)]
    public void A_weekday_a_thing_was_said_on_is_the_latest_one_whatever_the_tense_of_what_was_said(string text, int year, int month, int day)
    {
        ExtractionHelpers.Extract(text, published: Tuesday11February).Claims<Event>()
            .Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Day(new LocalDate(year, month, day)));
    }

    [Fact]
    public void A_weekday_of_a_visit_to_come_stays_ahead()
    {
        ExtractionHelpers.Extract("Prime Minister Shigeru Ishiba will visit Tokyo on Friday, his office said.", published: Tuesday11February).Claims<Event>()
            .Should().NotContain(e => e.Time.Start < Tuesday11February);
    }

    [Fact]
    public void A_count_since_an_outbreak_began_in_a_month_without_its_year_runs_from_the_last_such_month()
    {
        var levels = ExtractionHelpers.Extract(
            "Kenya has recorded 362 cholera cases and 14 deaths since the latest outbreak began in late December, the Ministry of Health said on Tuesday.",
            published: Tuesday18March).Claims<Observation>();

        levels.Select(o => o.Time.Start.Year).Should().Equal(2024, 2024);
        levels.Should().OnlyContain(o => o.Time.End == Tuesday18March);
    }

    [Fact]
    public void The_infected_are_not_the_dead_of_the_next_verb()
    {
        ExtractionHelpers.Extract("Kenya's last major outbreak, between October 2022 and August 2023, infected more than 12,000 people and killed at least 200.", published: Tuesday18March)
            .Claims<Observation>().Select(o => (o.Subject, o.Value)).Should().Equal(
                ("people-infected/kenya", Quantity.Parse("more than 12,000")),
                ("people-killed/kenya", Quantity.Parse("at least 200")));
    }

    [Theory]
    [InlineData("Kenya has recorded 362 cholera cases, with the western county of Bungoma the worst hit. Bungoma has reported 187 cases and eight deaths.")]
    [InlineData("Kenya has recorded 362 cholera cases, most of them in Turkana County. Turkana has recorded 96 cases.")]
    public void A_count_an_area_the_article_named_reports_is_no_count_of_the_country(string text)
    {
        var draft = ExtractionHelpers.Extract(text, published: Tuesday18March);

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("362"));
        draft.Skipped.Should().Contain(s => s.Reason == ExtractionHelpers.UnknownPlace);
    }

    [Theory]
    [InlineData("Chad is hosting refugees. UNHCR has registered 30,000 refugees.")]
    [InlineData("Chad is hosting refugees. Unicef has registered 30,000 refugees.")]
    [InlineData("Chad is hosting refugees. Bungoma has registered 30,000 refugees.")]
    public void A_name_that_reports_a_count_is_no_place_unless_the_article_called_it_an_area(string text)
    {
        ExtractionHelpers.Extract(text, published: Tuesday18March).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("refugees/chad");
    }

    [Theory]
    [InlineData("Murders in South Africa fell to 5,727 in the first three months of 2025.", 2025, 1, 2025, 3)]
    [InlineData("Ethiopia's airlines carried 9.1 million passengers in Ethiopia in the first six months of 2025.", 2025, 1, 2025, 6)]
    [InlineData("Ethiopia's airlines carried 9.1 million passengers in Ethiopia in the first nine months of the year.", 2025, 1, 2025, 9)]
    public void The_first_months_of_a_year_are_those_months_not_the_year(string text, int fromYear, int fromMonth, int toYear, int toMonth)
    {
        OnlyLevelShouldSpanMonths(text, new LocalDate(2025, 12, 1), fromYear, fromMonth, toYear, toMonth);
    }

    [Fact]
    public void What_someone_estimated_will_be_is_a_forecast_and_an_estimated_start_is_no_forecast()
    {
        var forecast = ExtractionHelpers.Extract("The World Bank has estimated that Nigeria's population will reach 377 million by 2050.", published: Tuesday18March);
        forecast.Claims.Claims.OfType<Target>().Should().BeEmpty();
        forecast.Skipped.Should().ContainSingle().Which.Reason.Should().Be("a forecast, not a goal");

        ExtractionHelpers.Extract("The government aims to cut the budget deficit in Kenya to 4.5% in 2026 from an estimated 4.8% in the current year, and to 3% by 2028.", published: Tuesday18March)
            .Claims<Target>().Select(t => t.Value).Should().Equal(Quantity.Parse("4.5%"), Quantity.Parse("3%"));
    }

    [Theory]
    [InlineData("Kenya's inflation rose to 5% in March.", "inflation/kenya")]
    [InlineData("Inflation in Kenya rose to 5% in March.", "inflation/kenya")]
    [InlineData("Japan's unemployment rate was 2.4% in December.", "unemployment-rate/japan")]
    [InlineData("Canada's 68,000 troops are in Canada.", "canada-troops/canada")]
    public void A_country_s_own_measure_is_one_subject_however_it_is_written_and_troops_keep_whose_they_are(string text, string subject)
    {
        ExtractionHelpers.OnlyLevelSubject(text, Tuesday18March).Should().Be(subject);
    }

    [Fact]
    public void A_later_clause_s_time_is_its_own_figure_s_when_that_figure_has_a_verb()
    {
        ExtractionHelpers.Extract(
            "Some 2.3 million South Sudanese are refugees abroad, and nearly one million people have crossed into South Sudan from Sudan since April 2023, according to UNHCR.",
            published: new LocalDate(2025, 4, 17)).Claims<Observation>().Select(o => o.Time.Start).Should().Equal(new LocalDate(2025, 4, 17), new LocalDate(2023, 4, 1));
    }

    [Fact]
    public void A_later_time_past_a_figure_with_no_verb_of_its_own_dates_both()
    {
        ExtractionHelpers.Extract("The number of US forces in Iraq reached 180,000, in addition to tens of thousands of contractors in 2007.", published: Tuesday18March)
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Year(2007));
    }

    [Theory]
    [InlineData("The mission operates in South Sudan. Its budget for the year to June 2025 is $1.27 billion.", 2024, 7)]
    [InlineData("The mission operates in South Sudan. Its budget for the 12 months to June 2025 is $1.27 billion.", 2024, 7)]
    [InlineData("The mission operates in South Sudan. Its budget for the three months to June 2025 is $1.27 billion.", 2025, 4)]
    public void The_year_to_a_month_is_the_twelve_months_to_its_end(string text, int fromYear, int fromMonth)
    {
        var time = ExtractionHelpers.Extract(text, published: Tuesday18March).Claims<Observation>().Should().ContainSingle().Which.Time;

        (time.Start, time.End).Should().Be((new LocalDate(fromYear, fromMonth, 1), new LocalDate(2025, 6, 30)));
    }

    [Fact]
    public void A_noun_that_is_a_count_names_the_bare_figure_and_the_one_it_moved_from()
    {
        ExtractionHelpers.Extract(
            "The waiting list for routine hospital treatment in England fell to 7.36 million at the end of April, down from 7.39 million in March, according to figures published on Thursday by NHS England.",
            published: new LocalDate(2025, 6, 12)).Claims<Observation>().Select(o => (o.Subject, o.Value)).Should().Equal(
                ("waiting-list/england", Quantity.Parse("7.36 million")),
                ("waiting-list/england", Quantity.Parse("7.39 million")));
    }

    [Theory]
    [InlineData("Kenya's universities grew. Enrolment at Kenyan universities rose to 620,000 in 2024.", "enrolment/kenya")]
    [InlineData("The backlog of asylum claims in the UK fell to 90,000 in June.", "backlog/uk")]
    public void Enrolment_and_a_backlog_are_what_a_bare_figure_counts(string text, string subject)
    {
        ExtractionHelpers.OnlyLevelSubject(text, Tuesday18March).Should().Be(subject);
    }

    [Theory]
    [InlineData("A crowd of 94,318 packed the stadium in Melbourne on Sunday.")]
    [InlineData("Average attendance in the UK was 40,500 last season.")]
    [InlineData("In Kenya the list is closed = 4600 today.")]
    public void A_crowd_an_attendance_and_a_count_noun_past_a_sign_name_nothing(string text)
    {
        ExtractionHelpers.Extract(text, published: Tuesday18March).Claims<Observation>().Should().BeEmpty();
    }

    [Fact]
    public void A_figure_of_a_list_of_countries_is_none_of_theirs_and_a_city_before_its_country_is_the_city_s()
    {
        var list = ExtractionHelpers.Extract("NAIROBI, March 3 (Reuters) - Nearly 13 million people in Ethiopia, Kenya and Somalia face acute food shortages.", published: Tuesday18March);
        list.Claims<Observation>().Should().BeEmpty();
        list.Skipped.Should().ContainSingle().Which.Reason.Should().Be("a figure of two places together");

        ExtractionHelpers.Extract("Some 300 people in Nairobi, Kenya face acute food shortages.", published: Tuesday18March).Claims<Observation>()
            .Should().ContainSingle().Which.Subject.Should().Be("people/nairobi");
    }

    [Theory]
    [InlineData("Around 1.5 million children under five in Somalia are likely to be acutely malnourished this year.")]
    [InlineData("Some 2 million people in Kenya are expected to need food aid by June.")]
    public void A_figure_likely_or_expected_to_be_is_a_forecast(string text)
    {
        var draft = ExtractionHelpers.Extract(text, published: Tuesday18March);

        draft.Claims.Claims.Where(c => c.Provenance.Span is not null && c is Observation or Target).Should().BeEmpty();
        draft.Skipped.Should().Contain(s => s.Reason.StartsWith("a forecast", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The United States announced $120 million in additional aid on Feb. 27.")]
    [InlineData("The United States has pledged $120 million in additional aid.")]
    public void A_donor_is_no_place_the_story_has_moved_to(string donor)
    {
        ExtractionHelpers.Extract($"Drought grips Kenya. {donor} Aid agencies aim to reach 8 million people with food by the end of June.", published: Tuesday18March)
            .Claims<Target>().Should().ContainSingle().Which.Subject.Should().Be("people-reached/kenya");
    }

    [Theory]
    [InlineData("South Africa's murders fell. Police recorded 5,727 murders nationwide between January and March.")]
    [InlineData("South Africa's murders fell. Hospitals have recorded 5,727 murders nationwide between January and March.")]
    public void A_common_noun_that_opens_a_sentence_and_reports_a_count_is_no_place(string text)
    {
        ExtractionHelpers.Extract(text, published: Tuesday18March).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("murders/south-africa");
    }

    [Theory]
    [InlineData("In Peru, the Reinfo register lists roughly 87,000 miners nationwide.")]
    [InlineData("In Australia, the club's membership stands at 61,430.")]
    [InlineData("In Ethiopia, the airline's workforce stood at 17,400 at the end of June.")]
    [InlineData("In England, the list remains well above the 4.6 million recorded in February 2020.")]
    public void A_verb_an_organisation_s_members_or_a_list_of_nothing_named_names_no_count(string text)
    {
        ExtractionHelpers.Extract(text, published: Tuesday18March).Claims<Observation>().Should().BeEmpty();
    }

    [Fact]
    public void A_figure_in_a_place_its_own_words_name_is_not_the_one_the_sentence_opens_with()
    {
        ExtractionHelpers.Extract("Within Lagos, the commission counted 4.7 million people in Alimosho local government area alone.", published: Tuesday18March)
            .Claims<Observation>().Should().BeEmpty();
    }

    [Theory]
    [InlineData("The UK unemployment rate rose to 4.7% in April to June.", 2025, 4, 2025, 6)]
    [InlineData("The UK unemployment rate rose to 4.7% in the April-June quarter.", 2025, 4, 2025, 6)]
    [InlineData("The UK unemployment rate was 4.7% in November to January 2025.", 2024, 11, 2025, 1)]
    [InlineData("Police in the UK recorded 5,727 murders from January to March.", 2025, 1, 2025, 3)]
    public void A_span_of_months_is_those_months_not_the_first(string text, int fromYear, int fromMonth, int toYear, int toMonth)
    {
        OnlyLevelShouldSpanMonths(text, new LocalDate(2025, 8, 13), fromYear, fromMonth, toYear, toMonth);
    }

    [Fact]
    public void A_movement_from_one_month_to_the_next_keeps_each_month()
    {
        ExtractionHelpers.Extract("Cases in Kenya fell from 312 in March to 87 in April.", published: new LocalDate(2025, 8, 13)).Claims<Observation>()
            .Select(o => o.Time).Should().Equal(FuzzyTime.Month(2025, 3), FuzzyTime.Month(2025, 4));
    }

    [Theory]
    [InlineData("Kenya's debt was $300 billion to $350 billion in 2024.", "between 300 billion and 350 billion")]
    [InlineData("Kenya's debt was between $300 billion and $350 billion in 2024.", "between 300 billion and 350 billion")]
    [InlineData("Kenya's debt was €1-€2 billion in 2024.", "between 1 billion and 2 billion")]
    public void A_range_whose_ends_each_carry_the_sign_is_one_figure(string text, string range)
    {
        ExtractionHelpers.Extract(text, published: Tuesday18March).Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse(range));
    }

    [Fact]
    public void A_movement_from_one_sum_to_another_stays_a_movement()
    {
        ExtractionHelpers.Extract("Kenya's debt rose from $300 billion to $350 billion in 2024.", published: Tuesday18March).Claims<Observation>()
            .Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("350 billion"));
    }

    [Fact]
    public void What_someone_estimated_a_need_at_is_a_forecast_and_an_estimated_level_is_no_goal()
    {
        var draft = ExtractionHelpers.Extract("Analysts said India would need to add 50 GW a year to meet the 2030 goal, and estimated investment needs at $300 billion to $350 billion.", published: Tuesday18March);

        draft.Claims.Claims.OfType<Target>().Should().BeEmpty();
        draft.Skipped.Should().Contain(s => s.Reason == "a forecast, not a goal");
    }

    [Fact]
    public void A_figure_with_no_time_of_its_own_takes_the_past_time_its_paragraph_dated_a_figure_with()
    {
        var levels = ExtractionHelpers.Extract(
            "Government procurement in India reached 30.0 million tonnes by the end of June, the Food Corporation of India said. Punjab contributed 11.9 million tonnes of wheat.",
            published: new LocalDate(2025, 7, 17)).Claims<Observation>();

        levels.Select(o => o.Time).Should().Equal(FuzzyTime.Day(new LocalDate(2025, 6, 30)), FuzzyTime.Day(new LocalDate(2025, 6, 30)));
    }

    [Theory]
    [InlineData("Kenya recorded 300 cholera cases in 2024. There are 20 doctors in Kenya.")]
    [InlineData("Kenya recorded 300 cholera cases in 2024. Kenya has trained 20 doctors.")]
    [InlineData("Kenya recorded 300 cholera cases in 2024.\n\nOfficials counted 20 doctors in Kenya.")]
    public void A_figure_that_holds_now_or_in_another_paragraph_keeps_the_day_of_writing(string text)
    {
        ExtractionHelpers.Extract(text, published: Tuesday18March).Claims<Observation>().Should().Contain(o => o.Value == Quantity.Parse("20"))
            .Which.Time.Should().Be(FuzzyTime.Day(Tuesday18March));
    }

    [Fact]
    public void A_figure_with_no_time_in_the_same_paragraph_takes_its_time()
    {
        ExtractionHelpers.Extract("Kenya recorded 300 cholera cases in 2024. Officials counted 20 doctors in Kenya.", published: Tuesday18March).Claims<Observation>()
            .Should().Contain(o => o.Value == Quantity.Parse("20")).Which.Time.Should().Be(FuzzyTime.Year(2024));
    }

    [Theory]
    [InlineData("Kenya's cases rose. In the county, 300 cases were recorded in March.")]
    [InlineData("Kenya's cases rose. 300 cases were recorded across the region in March.")]
    [InlineData("Kenya's cases rose. 300 cases were recorded in the provinces in March.")]
    public void A_figure_in_a_province_or_region_the_text_does_not_name_is_no_figure_of_the_country(string text)
    {
        ExtractionHelpers.Extract(text, published: Tuesday18March).Claims<Observation>().Should().BeEmpty();
    }

    [Fact]
    public void A_state_named_after_its_kind_is_a_place_of_its_own()
    {
        ExtractionHelpers.Extract("Australia's cases rose. 300 cases were recorded in the state of Queensland in March.", published: Tuesday18March).Claims<Observation>()
            .Should().ContainSingle().Which.Subject.Should().Be("cases/queensland");
    }

    [Theory]
    [InlineData("Scotland's Economy Secretary Kate Forbes welcomed the fall.", "Economy Secretary")]
    [InlineData("Police Minister Senzo Mchunu said the figures were worrying.", "Police Minister")]
    [InlineData("Ishikawa Governor Hiroshi Hase said shelters were full.", "Ishikawa Governor")]
    [InlineData("Chief Financial Officer Bill Brown said the plan was sound.", "Chief Financial Officer")]
    [InlineData("On Monday Minister Aldo Mariños said the hospital was full.", "Minister")]
    public void A_title_keeps_the_portfolio_or_place_it_is_of(string text, string role)
    {
        ExtractionHelpers.Extract(text, published: Tuesday18March).Claims.Claims.OfType<Mention>().Should().ContainSingle().Which.Role.Should().Be(role);
    }

    [Theory]
    [InlineData("The results of the election in Kenya will be announced on Friday, the electoral commission said.", 2025, 3, 21)]
    [InlineData("The results of the election in Kenya are due to be announced on Friday.", 2025, 3, 21)]
    public void A_day_something_will_be_announced_on_stays_ahead(string text, int year, int month, int day)
    {
        ExtractionHelpers.Extract(text, published: Tuesday18March).Claims.Claims.OfType<Event>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Day(new LocalDate(year, month, day)));
    }

    [Fact]
    public void A_later_month_in_a_sentence_about_what_began_keeps_its_own_tense()
    {
        ExtractionHelpers.Extract("Registration began on Monday for the national examinations in November, which 900,000 candidates in Kenya are due to sit.", published: Tuesday18March)
            .Claims<Observation>().Should().NotContain(o => o.Time.Start.Year == 2024);
    }

    [Theory]
    [InlineData("Kenya announced a nationwide curfew on Monday. Some 1,200 people have been arrested since then.", "people-arrested/kenya")]
    [InlineData("The death toll in Myanmar stands at 2,700 and is expected to rise.", "people-killed/myanmar")]
    [InlineData("Kenya's debt edged up $1.5 billion to $82 billion in January.", "debt/kenya")]
    public void A_country_that_announces_no_sum_a_level_before_and_expected_and_a_change_before_a_level_keep_their_claims(string text, string subject)
    {
        ExtractionHelpers.Extract(text, published: Tuesday18March).Claims<Observation>().Should().Contain(o => o.Subject == subject && !o.Value.ToString().Contains('–', StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_months_of_no_year_are_no_months_of_the_calendar()
    {
        ExtractionHelpers.Extract("Unemployment in Argentina fell to 7.6% during his first six months in office.", published: Tuesday18March).Claims<Observation>()
            .Should().NotContain(o => o.Time == FuzzyTime.Between(new LocalDate(2025, 1, 1), new LocalDate(2025, 6, 30)));
    }

    [Fact]
    public void The_costs_of_two_things_are_two_subjects()
    {
        ExtractionHelpers.Extract("The cost of the war in Ukraine was estimated at between $300 billion and $350 billion in 2024, and the cost of rebuilding at $524 billion.", published: Tuesday18March)
            .Claims<Observation>().Select(o => o.Subject).Should().Equal("war-cost/ukraine", "rebuilding-cost/ukraine");
    }

    [Fact]
    public void A_deadline_still_ahead_is_no_past_figure_s_time()
    {
        ExtractionHelpers.Extract("The NPC plans to publish detailed results by March 2026, and said a survey in Nigeria had put the coverage rate at 96.3%.", published: new LocalDate(2025, 6, 19))
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().NotBe(FuzzyTime.Month(2026, 3));
    }

    [Theory]
    [InlineData("Kenyan inflation rose to 5% in March.", "inflation/kenya")]
    [InlineData("Japanese unemployment was 2.4% in December.", "unemployment/japan")]
    [InlineData("Some 300 people in Nairobi, Mombasa and Kisumu lost power on Monday.", "people/kenya")]
    public void A_people_s_measure_is_its_country_s_and_a_list_of_one_country_s_cities_is_the_country_s(string text, string subject)
    {
        ExtractionHelpers.OnlyLevelSubject(text, Tuesday18March).Should().Be(subject);
    }

    [Fact]
    public void A_county_s_measure_is_no_measure_of_its_country()
    {
        ExtractionHelpers.Extract("US unemployment rose. Sandusky County's unemployment rate was 4.6% in August, up from 3.9% a year earlier.", published: new LocalDate(2025, 9, 10))
            .Claims<Observation>().Should().BeEmpty();
    }

    [Theory]
    [InlineData("Heat was blamed for 2,012 deaths in Spain between June and September.", 2024, 6, 2024, 9)]
    [InlineData("Police in South Africa recorded 5,727 murders between January and March.", 2025, 1, 2025, 3)]
    public void Months_between_which_a_past_figure_holds_are_of_one_year(string text, int fromYear, int fromMonth, int toYear, int toMonth)
    {
        OnlyLevelShouldSpanMonths(text, new LocalDate(2025, 7, 22), fromYear, fromMonth, toYear, toMonth);
    }

    [Fact]
    public void A_country_s_border_is_no_place_the_story_has_moved_to()
    {
        ExtractionHelpers.Extract("Kenya began a measles campaign. Vaccination was slowed by insecurity along the Somalia border. The outbreak has infected 1,340 people and killed 17 since January.", published: Tuesday18March)
            .Claims<Observation>().Should().OnlyContain(o => o.Subject.EndsWith("/kenya", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya has many refugees. The Kakuma refugee camp hosts close to 300,000 people.", 0)]
    [InlineData("Kenya has many refugees. Kenya's refugee camps host close to 300,000 people.", 1)]
    [InlineData("Kenya has many refugees. Refugee relief camps in Kenya host close to 300,000 people.", 1)]
    public void A_camp_named_with_what_it_is_for_is_a_place_of_its_own(string text, int levels)
    {
        ExtractionHelpers.Extract(text, published: Tuesday18March).Claims<Observation>().Should().HaveCount(levels);
    }

    [Theory]
    [InlineData("Italy's government said it planned to shelter some 600 migrants in Sicily by Thursday.", 2025, 2, 13)]
    [InlineData("Italy's government said on Monday it aims to shelter some 600 migrants in Sicily by Thursday.", 2025, 2, 13)]
    public void The_deadline_of_a_goal_a_past_saying_reports_is_ahead(string text, int year, int month, int day)
    {
        ExtractionHelpers.Extract(text, published: Tuesday11February).Claims<Target>()
            .Should().ContainSingle().Which.DeadlineDay.Should().Be(new LocalDate(year, month, day));
    }

    [Fact]
    public void A_level_reached_by_a_weekday_is_of_the_weekday_behind()
    {
        ExtractionHelpers.Extract("The toll in Italy had risen to 40 people by Thursday.", published: Tuesday11February).Claims<Observation>()
            .Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Day(new LocalDate(2025, 2, 6)));
    }

    [Theory]
    [InlineData("Kenya recorded 400 cholera cases in November.")]
    [InlineData("Some 962,512 candidates in Kenya sat the exam in November.")]
    [InlineData("Kenya reported 400 new cholera cases in the week to November 30.")]
    public void A_month_ahead_after_a_verb_of_a_count_already_made_is_the_one_behind(string text)
    {
        ExtractionHelpers.Extract(text, published: Tuesday18March).Claims<Observation>()
            .Should().ContainSingle().Which.Time.End.Year.Should().Be(2024);
    }

    [Fact]
    public void A_month_ahead_after_a_verb_of_the_future_stays_ahead()
    {
        ExtractionHelpers.Extract("Kenya received 400,000 doses and will vaccinate 300,000 children in November.", published: Tuesday18March).Claims<Target>()
            .Should().ContainSingle().Which.DeadlineDay.Should().Be(new LocalDate(2025, 11, 30));
    }

    [Fact]
    public void The_deadline_of_a_goal_that_had_been_set_is_behind()
    {
        ExtractionHelpers.Extract("Kenya had aimed to vaccinate 1 million children by Monday but reached only 600,000.", published: Tuesday11February).Claims<Observation>()
            .Should().OnlyContain(o => o.Time.End <= Tuesday11February);
    }

    [Fact]
    public void The_year_a_goal_is_for_is_its_deadline_not_a_count()
    {
        ExtractionHelpers.Extract("Chile's airline said it was on track to reach its goal of 17 million passengers for 2025.", published: Tuesday11February).Claims<Target>()
            .Should().ContainSingle().Which.DeadlineDay.Should().Be(new LocalDate(2025, 12, 31));
    }
}
