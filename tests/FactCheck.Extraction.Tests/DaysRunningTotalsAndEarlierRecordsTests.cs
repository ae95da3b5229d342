using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The fiftieth pass, from the 36 articles written before it: what one day added ("in the 24 hours to Thursday evening") or a
/// sentence adds before its running total (", bringing the death toll to 52") is no level of the toll; the end of a stated
/// movement whose start is an earlier record holds as the article tells it; "the week before" and "the last week of
/// September" are weeks; and an earlier record may be named as one ("a decline from the 4,324 recorded in 2023").
/// </summary>
public class DaysRunningTotalsAndEarlierRecordsTests
{
    private static readonly LocalDate Friday19January = new(2024, 1, 19);

    private static ExtractionResult Extract(string body, LocalDate? published = null) => ExtractionHelpers.Extract(body, published: published ?? Friday19January);

    [Fact]
    public void A_day_s_deaths_counted_in_the_24_hours_to_a_day_are_no_toll_of_the_outbreak()
    {
        var draft = Extract("Zambia's cholera outbreak has killed 412 people since October, the health ministry said on Friday. "
            + "Nine deaths and 386 new cases were recorded in Zambia in the 24 hours to Thursday evening.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("people-killed/zambia", "daily-people-killed/zambia", "daily-cases/zambia");
        draft.RulesFound().Should().BeEmpty();
    }

    [Theory]
    [InlineData("Zambia recorded 14 deaths in the past 24 hours, the ministry said.")]
    [InlineData("Zambia recorded 14 deaths over a 24-hour period, the ministry said.")]
    public void Every_way_of_writing_a_day_s_window_makes_its_count_the_day_s(string sentence)
    {
        Extract(sentence).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("daily-people-killed/zambia");
    }

    [Fact]
    public void The_same_period_is_a_day_s_in_a_paragraph_that_named_a_day_s_window()
    {
        var draft = Extract("Zambia's cholera outbreak has killed 412 people since October, the health ministry said on Friday.\n\n"
            + "The ministry recorded 386 new cases in Zambia in the 24 hours to Thursday evening. Lusaka accounted for most of them. Nine deaths were reported over the same period.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("people-killed/zambia", "daily-cases/zambia", "daily-people-killed/zambia");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void The_same_period_stays_the_figure_s_own_in_a_paragraph_that_named_no_day()
    {
        Extract("Zambia's cholera outbreak has killed 412 people since October, the health ministry said on Friday. Nine deaths were reported in Zambia over the same period.")
            .Claims<Observation>().Select(static o => o.Subject).Should().Equal("people-killed/zambia", "people-killed/zambia");
    }

    [Fact]
    public void A_running_total_brought_to_its_figure_is_kept_where_the_day_s_window_names_what_was_added()
    {
        var draft = Extract("The ministry recorded 386 new cases in Zambia in the 24 hours to Thursday evening, bringing the cumulative total of cases to 10,847.");

        draft.Claims<Observation>().Select(static o => (o.Subject, o.Value.ToString())).Should().Equal(("daily-cases/zambia", "386"), ("cases/zambia", "10,847"));
        draft.RulesFound().Should().BeEmpty();
    }

    [Theory]
    [InlineData("Floods killed 12 more people in Kenya on Thursday, bringing the death toll to 52.")]
    [InlineData("Floods killed 12 people in Kenya on Thursday, taking the death toll to 52.")]
    public void What_a_day_added_before_its_running_total_is_no_level(string sentence)
    {
        var draft = Extract(sentence);

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.ToString().Should().Be("52");
        draft.Skipped.Should().Contain(static s => s.Quote == "12" && s.Reason == "an addition, not a level");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void A_participle_that_brings_no_total_to_a_figure_leaves_the_figure_a_level()
    {
        Extract("Floods killed 12 people in Kenya on Thursday, bringing misery to thousands of families.")
            .Claims<Observation>().Should().Contain(static o => o.Subject == "people-killed/kenya" && o.Value.ToString() == "12");
    }

    [Fact]
    public void The_end_of_a_stated_movement_from_an_earlier_record_holds_as_the_article_tells_it()
    {
        var draft = Extract("Alberta voters rejected the plan in Monday's referendum. Turnout in Alberta fell to 41.6 per cent, from 38.7 per cent in the 2021 referendum.",
            new LocalDate(2025, 10, 21));

        draft.Claims<Observation>().Select(static o => (o.Value.ToString(), o.Time)).Should().Equal(("41.6%", FuzzyTime.Day(new LocalDate(2025, 10, 21))), ("38.7%", FuzzyTime.Year(2021)));
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void The_end_of_a_movement_whose_start_has_no_time_of_its_own_still_needs_one()
    {
        Extract("Alberta voters rejected the plan in Monday's referendum. Turnout in Alberta fell to 41.6 per cent, from 38.7 per cent.", new LocalDate(2025, 10, 21))
            .Skipped.Should().Contain(static s => s.Quote == "41.6 per cent" && s.Reason == "a past figure with no time");
    }

    [Fact]
    public void The_week_before_is_the_seven_days_before_the_last_week_of_a_month()
    {
        var draft = Extract("Weekly dengue admissions in Bangladesh eased slightly in the last week of September, to 8,412 from 7,935 the week before, the directorate said.",
            new LocalDate(2024, 10, 1));

        draft.Claims<Observation>().Select(static o => (o.Value.ToString(), o.Time)).Should().Equal(
            ("8,412", FuzzyTime.Between(new LocalDate(2024, 9, 24), new LocalDate(2024, 9, 30))),
            ("7,935", FuzzyTime.Between(new LocalDate(2024, 9, 17), new LocalDate(2024, 9, 23))));
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void A_week_before_an_event_is_no_time_counted_back()
    {
        Extract("Weekly admissions in Bangladesh fell to 8,412 last week from 7,935 the week before the election.", new LocalDate(2024, 10, 1))
            .Claims<Observation>().Should().NotContain(static o => o.Value.ToString() == "7,935" && o.Time == FuzzyTime.Between(new LocalDate(2024, 9, 16), new LocalDate(2024, 9, 22)));
    }

    [Fact]
    public void The_year_before_counts_back_a_year_from_the_end()
    {
        Extract("Tea exports from Kenya rose to 4,748 tonnes in 2024 from 4,324 tonnes the year before.", new LocalDate(2025, 2, 1))
            .Claims<Observation>().Select(static o => o.Time).Should().Equal(FuzzyTime.Year(2024), FuzzyTime.Year(2023));
    }

    [Fact]
    public void An_earlier_record_named_as_one_is_the_start_of_the_movement_its_noun_states()
    {
        var draft = Extract("For the whole of 2024, the authority said 4,748 people were killed on Kenyan roads, a decline from the 4,324 recorded in 2023.", new LocalDate(2025, 1, 3));

        draft.Claims<Observation>().Select(static o => (o.Subject, o.Value.ToString(), o.Time)).Should().Equal(
            ("people-killed/kenya", "4,748", FuzzyTime.Year(2024)), ("people-killed/kenya", "4,324", FuzzyTime.Year(2023)));
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void A_figure_after_the_from_the_with_no_record_is_no_start()
    {
        Extract("Kenya's road toll rose to 4,748 people in 2024, up from the previous year.", new LocalDate(2025, 1, 3))
            .Claims<Observation>().Should().ContainSingle().Which.Value.ToString().Should().Be("4,748");
    }

    [Fact]
    public void Parts_of_the_cases_reported_in_the_whole_s_own_week_are_parts_of_the_week_s_cases()
    {
        var draft = Extract("The Democratic Republic of Congo recorded 1,005 new suspected mpox cases last week, the health ministry said on Friday.\n\n"
            + "Of the suspected cases reported last week, 540 were in South Kivu, 310 in Equateur and 182 in Sankuru, the ministry said.", new LocalDate(2024, 8, 23));

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("new-suspected-mpox-cases/dr-congo",
            "new-suspected-mpox-cases/south-kivu", "new-suspected-mpox-cases/equateur", "new-suspected-mpox-cases/sankuru");
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void Parts_reported_at_another_time_than_the_whole_s_are_no_breakdown_of_it()
    {
        Extract("The Democratic Republic of Congo recorded 1,005 new suspected mpox cases last week, the health ministry said on Friday.\n\n"
                + "Of the suspected cases reported in July, 540 were in South Kivu, 310 in Equateur and 182 in Sankuru, the ministry said.", new LocalDate(2024, 8, 23))
            .Claims<Observation>().Should().ContainSingle();
    }

    [Fact]
    public void Parts_of_the_total_by_where_each_went_are_parts_of_the_last_figure_told()
    {
        var draft = Extract("Kenya has distributed 1.2 million bags of subsidised fertiliser to farmers since January, the agriculture ministry said on Thursday.\n\n"
            + "Of the total, 380,000 bags went to farmers in Nakuru, 340,000 to Trans Nzoia, 280,000 to Bungoma and 260,000 to Kisumu, the ministry said.",
            new LocalDate(2025, 2, 14));

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("subsidised-fertiliser/kenya", "subsidised-fertiliser/nakuru",
            "subsidised-fertiliser/trans-nzoia", "subsidised-fertiliser/bungoma", "subsidised-fertiliser/kisumu");
        draft.RulesFound().Should().Equal("FC016");
    }

    [Fact]
    public void A_to_after_a_part_that_was_sent_nowhere_places_nothing()
    {
        Extract("Kenya has distributed 1.2 million bags of subsidised fertiliser to farmers since January, the agriculture ministry said on Thursday.\n\n"
                + "Of the total, 380,000 bags were added to stocks, 340,000 to Trans Nzoia's reserves and 280,000 to Bungoma's, the ministry said.", new LocalDate(2025, 2, 14))
            .Claims<Observation>().Should().ContainSingle();
    }

    [Fact]
    public void Weekly_admissions_are_the_week_s_new_ones_and_no_part_of_the_total_since_january()
    {
        var draft = Extract("Dengue has put 52,300 patients in hospital in Bangladesh since January, the directorate said on Monday. "
            + "Weekly admissions in Bangladesh also kept rising, reaching 7,420 last week compared with 7,980 the week before.", new LocalDate(2024, 10, 21));

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("patients/bangladesh", "new-admissions/bangladesh", "new-admissions/bangladesh");
        draft.RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void The_week_before_counts_back_from_the_week_not_from_the_day_it_was_said_on()
    {
        Extract("Khartoum state recorded 2,713 cholera cases in the week to Tuesday, Sudan's health ministry said on Wednesday, down from 3,104 cases the week before.",
                new LocalDate(2025, 5, 28))
            .Claims<Observation>().Should().Contain(static o => o.Value.ToString() == "3,104" && o.Time == FuzzyTime.Between(new LocalDate(2025, 5, 14), new LocalDate(2025, 5, 20)));
    }

    [Fact]
    public void A_week_s_cases_are_its_new_ones_and_no_part_of_the_total_since_the_outbreak_began()
    {
        var draft = Extract("Sudan has recorded about 72,400 cholera cases since August, the ministry said on Wednesday. "
            + "Sudan recorded 2,713 cholera cases in the week to Tuesday, down from 3,104 cases the week before.", new LocalDate(2025, 6, 4));

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("cholera-cases/sudan", "new-cholera-cases/sudan", "new-cholera-cases/sudan");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void Cases_since_a_day_longer_than_a_week_ago_stay_the_total()
    {
        Extract("Sudan has recorded 2,713 cholera cases since May 1, the ministry said on Wednesday.", new LocalDate(2025, 6, 4))
            .Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("cholera-cases/sudan");
    }

    [Fact]
    public void A_way_goes_on_past_who_said_it_to_the_level_it_reached()
    {
        Extract("Weekly admissions in Bangladesh kept falling, the DGHS said, reaching 7,980 last week compared with 7,420 the week before.", new LocalDate(2024, 10, 21))
            .RulesFound().Should().Equal("FC004");
    }

    [Fact]
    public void A_level_reached_with_no_way_before_its_aside_states_none()
    {
        Extract("Weekly admissions in Bangladesh were counted, the DGHS said, reaching 7,980 last week compared with 7,420 the week before.", new LocalDate(2024, 10, 21))
            .RulesFound().Should().BeEmpty();
    }
}
