using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The time and place of a figure as the sixth and seventh blind judges found them misread: a month after the day of
/// writing in a past sentence, another clause's time or place, an aside's place carried into the next sentence.
/// </summary>
public class WhereAndWhenOfAFigureTests
{
    private static readonly LocalDate April12 = new(2024, 4, 12);

    private static Observation Single(string text) =>
        ExtractionHelpers.Extract(text, published: April12).Claims<Observation>().Should().ContainSingle().Subject;

    [Fact]
    public void A_month_after_the_day_of_writing_in_a_past_sentence_is_last_year_s()
    {
        Single("The number of residents in Japan hit a record 3.22 million at the end of June.").Time.Should().Be(FuzzyTime.Day(2023, 6, 30));
    }

    [Fact]
    public void A_participle_after_has_is_the_perfect_and_holds_at_publication()
    {
        Single("Zambia has recorded 120 cases.").Time.Should().Be(FuzzyTime.Day(April12));
    }

    [Fact]
    public void A_past_participle_alone_needs_a_time_of_its_own()
    {
        var draft = ExtractionHelpers.Extract("Unemployment in Mali averaged 12%.", published: April12);

        draft.Claims<Observation>().Should().BeEmpty();
        draft.ReasonLeftOut("12%").Should().Be("a past figure with no time");
    }

    [Fact]
    public void A_time_in_the_figure_s_own_clause_comes_before_one_in_another()
    {
        Single("France completed its exit in August, having kept as many as 5,100 soldiers in Mali in 2020.").Time.Should().Be(FuzzyTime.Year(2020));
    }

    [Fact]
    public void A_time_in_the_future_never_dates_a_figure_of_the_past()
    {
        Single("Sweden, which had some 220 soldiers in Mali, said it would leave in 2025.").Time.Should().Be(FuzzyTime.Day(April12));
    }

    [Fact]
    public void A_place_in_another_clause_is_another_statement_s()
    {
        Single("Troops left Kenya in May. Britain withdrew its 250 troops late last year, and Sweden said in February it would go too.").Subject
            .Should().Be("uk-troops/kenya");
    }

    [Fact]
    public void The_next_sentence_goes_on_about_the_place_a_figure_was_given_not_an_aside()
    {
        var draft = ExtractionHelpers.Extract(
            "Germany has flown some 2,500 tonnes of equipment out of Mali since January, mostly via the airport in Niamey, Niger. The force numbered about 12,000 soldiers at the end of 2022.",
            published: April12);

        draft.Claims<Observation>().Select(o => o.Subject).Should().Equal("equipment/mali", "troops/mali");
    }

    [Fact]
    public void In_the_country_after_a_city_is_the_city_s_country_not_the_city()
    {
        Single("The contingent, based mostly in the northern city of Gao, is part of a force which had about 12,000 troops in the country at the end of October.")
            .Subject.Should().Be("troops/mali");
    }

    [Fact]
    public void Troops_of_another_country_are_where_the_country_hosting_them_is()
    {
        Single("Lithuania hosted nearly 1,700 German soldiers in October.").Subject.Should().Be("germany-troops/lithuania");
    }

    [Fact]
    public void A_country_s_own_troops_stay_without_a_place_of_their_own()
    {
        ExtractionHelpers.Extract("Lithuania has 1,700 soldiers today.", published: April12).Claims<Observation>()
            .Should().NotContain(o => o.Subject == "troops/lithuania", "a country mostly keeps its troops elsewhere");
    }

    [Fact]
    public void The_week_to_a_day_is_the_seven_days_up_to_it()
    {
        Single("Romania reported 1,240 new measles cases in the week to March 3.").Time.Should().Be(FuzzyTime.Between(new LocalDate(2024, 2, 26), new LocalDate(2024, 3, 3)));
    }

    [Fact]
    public void A_count_since_an_outbreak_was_declared_runs_to_the_day_of_writing()
    {
        Single("Since the outbreak was declared in October 2023, at least 21 deaths have been confirmed in Romania.").Time
            .Should().Be(FuzzyTime.Between(new LocalDate(2023, 10, 1), April12));
    }

    [Fact]
    public void A_year_earlier_is_a_year_before_the_time_before_it_or_the_day_of_writing()
    {
        var draft = ExtractionHelpers.Extract("Kenya had 300 troops in Somalia in March 2022. That compares with 125.5 million tonnes harvested in Brazil a year earlier.", published: April12);

        draft.Claims<Observation>().Select(o => o.Time).Should().Equal(FuzzyTime.Month(2022, 3), FuzzyTime.Month(2023, 4));
        ExtractionHelpers.Extract("Troops in Kenya numbered 300 in March, against 250 a year earlier.", published: April12).Claims<Observation>().Select(o => (o.Value, o.Time))
            .Should().Equal((Quantity.Parse("300"), FuzzyTime.Month(2024, 3)), (Quantity.Parse("250"), FuzzyTime.Month(2023, 3)));
    }

    [Fact]
    public void A_year_earlier_in_another_clause_dates_no_figure()
    {
        var draft = ExtractionHelpers.Extract("The number of unemployed people in Croatia stood at about 412,000, some 9,000 fewer than a year earlier.", published: April12);

        draft.Claims<Observation>().Should().BeEmpty();
        draft.Skipped.Should().Contain(s => s.Quote == "about 412,000" && s.Reason == "a past figure with no time");
    }

    [Theory]
    [InlineData("Troops in Iraq dropped to 2,500 in May.", 1)]
    [InlineData("Kenya may send 300 troops to Haiti.", 0)]
    public void May_after_a_preposition_is_the_month_and_otherwise_a_verb(string text, int claims)
    {
        var draft = ExtractionHelpers.Extract(text, published: April12);

        draft.Claims<Observation>().Should().HaveCount(claims);
        if (claims == 1) draft.Claims<Observation>()[0].Time.Should().Be(FuzzyTime.Month(2023, 5));
    }

    [Fact]
    public void A_name_the_sentence_opens_with_and_calls_a_state_is_a_place_the_desk_does_not_know()
    {
        var draft = ExtractionHelpers.Extract("Brazil is a big producer. Amapá, the largest producing state, harvested 45.6 million tonnes in 2023.", published: April12);

        draft.Claims<Observation>().Should().BeEmpty("the figure is not Brazil's");
        draft.ReasonLeftOut("45.6 million").Should().Be(ExtractionHelpers.UnknownPlace);
    }

    [Theory]
    [InlineData("Fewer than 9,000 peacekeepers were deployed in Mali in mid-August.", PeriodPart.Mid, 2023, 8)]
    [InlineData("The UK had 500 soldiers in Kenya in late May.", PeriodPart.Late, 2023, 5)]
    [InlineData("There were 300 troops in Mali in early March 2022.", PeriodPart.Early, 2022, 3)]
    public void A_part_of_a_month_is_read_with_or_without_its_hyphen(string text, PeriodPart part, int year, int month)
    {
        Single(text).Time.Should().Be(FuzzyTime.PartOfMonth(part, year, month));
    }

    [Fact]
    public void A_time_after_than_is_what_the_figure_is_compared_with()
    {
        Single("The Socialists won 11 seats in Portugal, two fewer than in September 2023.").Time.Should().Be(FuzzyTime.Day(April12));
    }

    [Fact]
    public void A_country_that_only_acts_moves_the_story_nowhere()
    {
        var draft = ExtractionHelpers.Extract(
            "There are 12,000 troops in Mali today. The United States keeps fewer than 1,000 troops in West Africa. Egypt had contributed 1,070 peacekeepers to the mission as of mid-2022.",
            published: April12);

        draft.Claims<Observation>().Should().Contain(o => o.Subject == "egypt-troops/mali");
    }

    [Fact]
    public void Between_two_months_of_a_year_is_both_months_of_that_year()
    {
        Single("Enumerators in Chile visited some 7.6 million dwellings between March and June 2024.").Time
            .Should().Be(FuzzyTime.Between(new LocalDate(2024, 3, 1), new LocalDate(2024, 6, 30)));
    }

    [Fact]
    public void A_time_of_a_figure_compared_with_is_not_the_figure_s()
    {
        var draft = ExtractionHelpers.Extract("Foreign-born residents of Chile totalled 1.6 million, more than double the 746,465 counted in 2017.", published: April12);

        draft.Claims<Observation>().Should().NotContain(o => o.Time == FuzzyTime.Year(2017) && o.Value == Quantity.Parse("1.6 million"));
    }

    [Fact]
    public void A_currency_written_with_a_country_s_letters_is_no_place()
    {
        var draft = ExtractionHelpers.Extract(
            "Cash transfers of 100,000 ariary (about US$22) were distributed in Madagascar. Nearly 27,000 children were admitted for treatment last month.",
            published: April12);

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("children-admitted/madagascar");
    }

    [Theory]
    [InlineData("An estimated 1.3 million people in the Grand Sud and Grand Sud-Est regions of Madagascar face hunger.", "An estimated 1.3 million")]
    [InlineData("On the island of Chios, which lost some 50,000 hectares in 2021, authorities said about 3,200 hectares had burned this year.", "about 3,200")]
    [InlineData("Chattogram division has recorded the largest number of cases outside the capital, at more than 17,000.", "more than 17,000")]
    public void A_figure_of_a_region_or_island_the_desk_does_not_know_is_no_figure_of_the_country(string second, string figure)
    {
        var draft = ExtractionHelpers.Extract("Greece, Bangladesh and Madagascar reported on Monday. " + second, published: April12);

        draft.Claims<Observation>().Should().BeEmpty();
        draft.ReasonLeftOut(figure).Should().Be(ExtractionHelpers.UnknownPlace);
    }

    [Fact]
    public void A_site_the_desk_does_not_know_in_a_city_it_knows_is_the_city_s()
    {
        Single("Roughly 870 soldiers were still stationed at Camp Castor in Gao on Monday.").Subject.Should().Be("troops/gao");
    }

    [Fact]
    public void What_happened_since_a_year_when_the_clause_says_is_of_that_year()
    {
        Single("The accident is the deadliest in Colombia since 2010, when 73 workers died in an explosion.").Time.Should().Be(FuzzyTime.Year(2010));
    }

    [Theory]
    [InlineData("Routine coverage stood at just 46% in the southern governorates at the end of 2023.", "46%")]
    [InlineData("The agencies aim to vaccinate 1.2 million children in the south by the end of April.", "1.2 million")]
    [InlineData("In the north, 300 schools were closed on Monday.", "300")]
    [InlineData("The rate has reached 1.2 percent in some remote districts of Al Mahwit.", "1.2 percent")]
    [InlineData("The ministry said 40,000 hectares of rice land had been flooded in the Cagayan Valley alone.", "40,000")]
    public void A_figure_of_a_part_of_the_country_named_by_its_direction_is_no_figure_of_the_country(string second, string figure)
    {
        var draft = ExtractionHelpers.Extract("Yemen reported on Monday. " + second, published: April12);

        draft.Claims.Claims.Should().NotContain(c => c is Observation || c is Target);
        draft.ReasonLeftOut(figure).Should().Be(ExtractionHelpers.UnknownPlace);
    }

    [Fact]
    public void A_figure_between_two_days_is_of_the_days_from_the_one_to_the_other()
    {
        var draft = ExtractionHelpers.Extract("The institute attributed 1,247 excess deaths in Spain to high temperatures between July 1 and July 14.", published: new LocalDate(2023, 7, 20));

        draft.Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(2023, 7, 1), new LocalDate(2023, 7, 14)));
    }

    [Fact]
    public void A_count_since_something_was_established_runs_to_the_day_of_writing()
    {
        Single("Nine peacekeepers have died in South Sudan since the mission was established in July 2011.").Time
            .Should().Be(FuzzyTime.Between(new LocalDate(2011, 7, 1), April12));
    }

    [Fact]
    public void A_place_the_desk_does_not_know_after_neighbouring_is_still_a_place()
    {
        var draft = ExtractionHelpers.Extract("Peru's toll rose to 27 on Sunday. The remaining eight deaths were reported in neighbouring Moquegua.", published: April12);

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Exactly(27));
        draft.ReasonLeftOut("eight").Should().Be(ExtractionHelpers.UnknownPlace);
    }

    [Fact]
    public void A_toll_is_told_with_where_the_disaster_struck_further_in_its_clause()
    {
        var draft = ExtractionHelpers.Extract(
            "At least 36 people were killed and 85 injured when a passenger train collided with a freight train near the city of Larissa in central Greece on Tuesday.",
            published: April12);

        draft.Claims<Observation>().Select(o => o.Subject).Should().Equal("people-killed/greece", "people-injured/greece");
    }

    [Fact]
    public void An_agency_s_acronym_is_no_demonym_but_a_dateline_in_capitals_is_a_place()
    {
        var draft = ExtractionHelpers.Extract(
            "BOGOTA, Dec 20 (Reuters) - Annual inflation in Colombia stood at 5.2% in November. Unemployment was 9.1% in October, DANE said.",
            published: April12);

        draft.Claims<Observation>().Select(o => o.Subject).Should().OnlyContain(s => s.EndsWith("/colombia", StringComparison.Ordinal)).And.HaveCount(2);
    }
}
