using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// Sentences as wire copy and ministry updates write them, each once drafted as a claim an editor would not want: a
/// figure read from a name, a place the figure came from, a rate, a part or a whole, a change's size taken for a level.
/// </summary>
public class NewsPhrasingTests
{
    private static readonly LocalDate Monday = new(2021, 11, 15);

    private static ExtractionResult Extract(string text) => ExtractionHelpers.Extract(text, published: Monday);

    [Theory]
    [InlineData("Kenya's health ministry said 2,000 people in Kenya had COVID-19 on Monday.", "2,000")]
    [InlineData("The 24 F-16 jets in Iraq flew on Monday.", "24")]
    public void A_number_joined_to_a_name_by_a_hyphen_is_no_figure(string text, string figure)
    {
        var draft = Extract(text);

        draft.Claims<Observation>().Should().NotContain(o => o.Value == Quantity.Exactly(19) || o.Value == Quantity.Exactly(16));
        draft.Skipped.Should().NotContain(s => s.Quote == "19" || s.Quote == "16");
        draft.Claims<Observation>().Select(o => o.Value).Concat(draft.Skipped.Select(s => Quantity.Parse(s.Quote)))
            .Should().Contain(Quantity.Parse(figure), "the sentence's own figure is still read");
    }

    [Theory]
    [InlineData("Kenya has a vaccination drive. The country received 880,000 doses from the UK last week.", "doses/kenya")]
    [InlineData("Nearly 1 million refugees from Myanmar lived in Bangladesh in 2019.", "refugees/bangladesh")]
    public void A_place_a_figure_came_from_is_not_where_it_is(string text, string subject)
    {
        Extract(text).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
    }

    [Theory]
    [InlineData("Between 40,000 and 60,000 people in Kenya are being vaccinated each day.")]
    [InlineData("About 400,000 people in Kenya are vaccinated every week.")]
    [InlineData("Kenya vaccinated 40,000 people a day in Nairobi last week.")]
    [InlineData("Workers in Kenya earned 3,500 shillings per month in 2020.")]
    public void A_rate_is_left_out_as_a_rate_not_drafted_as_a_level(string text)
    {
        var draft = Extract(text);

        draft.Claims<Observation>().Should().BeEmpty();
        draft.Skipped.Should().Contain(s => s.Reason == "a rate (\"40,000 a day\"), not a level");
    }

    [Fact]
    public void A_period_that_is_a_length_makes_no_rate()
    {
        Extract("There were 300 soldiers in Kabul for a week in March.").Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Exactly(300));
    }

    [Fact]
    public void The_whole_of_a_part_is_left_out_not_drafted_as_the_part_s_figure()
    {
        var draft = Extract("The Socialists won 117 of 230 seats in parliament in Portugal on Sunday.");

        draft.Claims<Observation>().Should().NotContain(o => o.Value == Quantity.Exactly(230));
        draft.Skipped.Should().Contain(s => s.Quote == "230" && s.Reason == "the whole of a part (\"117 of 230 seats\"), not a level of its own");
    }

    [Fact]
    public void A_part_a_figure_includes_is_left_out_not_drafted_as_the_same_subject()
    {
        var draft = Extract("The 10,000 troops sent to Iraq in 2003 included 500 from Britain.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Exactly(10_000));
        draft.Skipped.Should().Contain(s => s.Quote == "500" && s.Reason == "a part of a figure before it, not a level");
    }

    [Theory]
    [InlineData("German employers added 30,000 jobs in Berlin last month.", "30,000")]
    [InlineData("Firms in Germany shed 2,000 jobs in March.", "2,000")]
    [InlineData("The number of troops in Iraq had fallen by 500 since January.", "500")]
    public void The_size_of_a_change_is_left_out_not_drafted_as_a_level(string text, string quote)
    {
        var draft = Extract(text);

        draft.Claims<Observation>().Should().BeEmpty();
        draft.Skipped.Should().Contain(s => s.Quote == quote && s.Reason == "the size of a change, not a level");
    }

    [Fact]
    public void A_withdrawal_is_a_movement_not_a_level_where_the_troops_left()
    {
        var draft = Extract("The US withdrew 2,000 troops from Afghanistan last month.");

        draft.Claims<Observation>().Should().BeEmpty();
        draft.Skipped.Should().Contain(s => s.Quote == "2,000" && s.Reason == "a movement, not a level");
    }

    [Theory]
    [InlineData("Floods have killed at least 88 people in Nepal since Sunday.", "2021-11-14", "2021-11-15")]
    [InlineData("Floods have killed at least 88 people in Nepal since March.", "2021-03-01", "2021-11-15")]
    public void Since_a_day_or_month_is_from_then_to_the_day_of_writing(string text, string from, string to)
    {
        Extract(text).Claims<Observation>().Should().ContainSingle().Which.Time
            .Should().Be(FuzzyTime.Between(LocalDatePattern(from), LocalDatePattern(to)));
    }

    [Theory]
    [InlineData("Officials said 3,000 troops were in Iraq in the first quarter.", "2021-Q1")]
    [InlineData("Officials said 3,000 troops were in Iraq in the third quarter of 2020.", "2020-Q3")]
    [InlineData("Officials said 3,000 troops were in Iraq in the first half of 2020.", "2020-01-01/2020-06-30")]
    [InlineData("Officials said 3,000 troops were in Iraq in the second half of the year.", "2021-07-01/2021-12-31")]
    public void A_quarter_or_half_of_a_year_is_the_figure_s_time(string text, string time)
    {
        Extract(text).Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Parse(time));
    }

    [Fact]
    public void The_first_half_of_a_group_is_no_time()
    {
        var draft = Extract("The first half of the 3,000 troops in Iraq left on Monday.");

        draft.Claims.Claims.OfType<Observation>().Should().NotContain(o => o.Time.Precision == TimePrecision.Range);
    }

    [Fact]
    public void Between_and_a_hyphenated_range_is_the_range()
    {
        Extract("Between 1,000-1,500 people were evacuated in Afghanistan on Tuesday.").Claims<Observation>()
            .Should().ContainSingle().Which.Value.Should().Be(Quantity.Between(1_000, 1_500));
    }

    [Fact]
    public void A_country_s_name_after_a_first_name_is_a_person_not_a_place()
    {
        var draft = Extract("The United States deployed thousands of troops to Iraq in 2014 to lead a global coalition. The alliance's leader, Luís Montenegro, "
            + "said he would seek to form a government. It will cut its forces in Iraq from approximately 5,200 to 3,000 soldiers by the end of the month.");

        draft.Claims.Claims.Select(c => c is Observation o ? o.Subject : c is Target t ? t.Subject : "").Should().NotContain(s => s.Contains("montenegro"))
            .And.Contain("us-troops/iraq");
    }

    [Theory]
    [InlineData("In eastern Afghanistan, 300 soldiers were deployed on Monday.")]
    [InlineData("In Eastern Afghanistan, 300 soldiers were deployed on Monday.")]
    public void A_part_of_a_country_before_its_name_keeps_the_place(string text)
    {
        Extract(text).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().EndWith("/afghanistan");
    }

    [Theory]
    [InlineData("Poland has troops. Brazil administered 1.2 million doses of its dengue vaccine in February.", "doses/brazil")]
    [InlineData("The US economy grew. Japan's unemployment rate was 2.4% in December.", "unemployment-rate/japan")]
    [InlineData("Sudan is at war. Chad was hosting more than 570,000 Sudanese refugees at the end of March.", "sudan-refugees/chad")]
    public void A_country_the_figure_s_own_sentence_names_comes_before_an_earlier_sentence_s_place(string text, string subject)
    {
        Extract(text).Claims.Claims.Where(c => c.Provenance.Span is not null).Select(c => c is Observation o ? o.Subject : ((Target)c).Subject)
            .Should().ContainSingle().Which.Should().Be(subject);
    }

    [Fact]
    public void Troops_a_country_has_keep_an_earlier_sentence_s_place()
    {
        Extract("The war in Afghanistan goes on. The US has 2,500 troops there today.").Claims<Observation>()
            .Should().ContainSingle().Which.Subject.Should().Be("us-troops/afghanistan");
    }

    [Fact]
    public void A_place_troops_withdrew_from_is_where_they_were()
    {
        Extract("Germany has troops in Lithuania. France withdrew its last 2,400 troops from Mali in August 2022.").Claims<Observation>()
            .Should().Contain(o => o.Value == Quantity.Exactly(2_400)).Which.Subject.Should().Be("france-troops/mali");
    }

    [Fact]
    public void A_part_of_them_is_left_out_and_the_whole_keeps_its_country()
    {
        var draft = Extract("Ghana has recorded 64 mpox cases since the start of the year, 12 of them in Accra.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("mpox-cases/ghana");
        draft.Skipped.Should().Contain(s => s.Quote == "12" && s.Reason == "a part of a figure before it, not a level");
    }

    [Theory]
    [InlineData("Forces in Ukraine were shooting down 40 drones per night over Odesa on Monday.", "40")]
    [InlineData("Germany had 2.8 million unemployed people in January, up 169,000 from December.", "169,000")]
    public void A_rate_per_night_or_a_rise_stated_as_up_is_no_level(string text, string quote)
    {
        var draft = Extract(text);

        draft.Claims<Observation>().Should().NotContain(o => o.Value.ToString() == quote);
        draft.Skipped.Should().Contain(s => s.Quote == quote);
    }

    [Fact]
    public void Since_january_of_a_year_is_from_that_january_and_its_year_no_figure()
    {
        var figure = Extract("India has given more than 2.2 billion vaccine doses since January 2021.").Claims<Observation>().Should().ContainSingle().Subject;

        figure.Value.Should().Be(Quantity.Parse("more than 2.2 billion"));
        figure.Time.Should().Be(FuzzyTime.Between(new LocalDate(2021, 1, 1), Monday));
    }

    [Fact]
    public void A_city_named_as_the_capital_is_the_figure_s_place_and_a_city_the_desk_does_not_know_takes_none_from_another_clause()
    {
        var draft = Extract("In the capital Lilongwe, 8,512 cases have been confirmed, while the commercial hub Dedza has reported 7,024.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("cases/lilongwe");
        draft.Skipped.Should().Contain(s => s.Quote == "7,024" && s.Reason == ExtractionHelpers.UnknownPlace);
    }

    [Theory]
    [InlineData("Thousands were missing in Derna, a city of about 100,000 people, officials said on Tuesday.", "about 100,000", "a place's population, not a level")]
    [InlineData("Children under five accounted for many deaths in Malawi on Tuesday.", "under five", "an age")]
    [InlineData("Many children under the age of 5 in Niger were malnourished on Tuesday.", "5", "an age")]
    [InlineData("Australia's unemployment rate stood at 3.7% in October, with 55,000 jobs added during the month.", "55,000", "the size of a change, not a level")]
    [InlineData("A party needs 201 of the 400 seats in the National Assembly in South Africa for a majority.", "400", "the whole of a part (\"117 of 230 seats\"), not a level of its own")]
    [InlineData("Roughly one in five of all deaths in Malawi were children on Tuesday.", "Roughly one in five", "a fraction, not a figure")]
    public void A_population_an_age_a_change_a_whole_or_a_fraction_is_left_out_with_the_reason(string text, string quote, string reason)
    {
        var draft = Extract(text);

        draft.Skipped.Should().Contain(s => s.Quote == quote && s.Reason == reason);
        draft.Claims<Observation>().Should().NotContain(o => o.Provenance.Quote!.Contains(quote, StringComparison.Ordinal) && o.Value == Quantity.Parse(quote.Replace("Roughly ", "about ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Topped_is_more_than()
    {
        Extract("Argentina's annual inflation topped 140% in October.").Claims<Observation>().Should().ContainSingle()
            .Which.Value.Should().Be(Quantity.Parse("more than 140%"));
    }

    [Fact]
    public void Cases_before_a_count_of_deaths_are_no_deaths()
    {
        var draft = Extract("Neighbouring Mozambique reported 3,500 cases and 20 deaths as of Wednesday.");

        draft.Claims<Observation>().Select(o => (o.Subject, o.Value)).Should().BeEquivalentTo(
            [("cases/mozambique", Quantity.Exactly(3_500)), ("people-killed/mozambique", Quantity.Exactly(20))]);
    }

    [Fact]
    public void A_count_since_something_began_runs_to_the_day_of_writing()
    {
        Extract("In Sudan, fighting that began in April has displaced at least 5.3 million people inside the country.").Claims<Observation>()
            .Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(2021, 4, 1), Monday));
    }

    [Fact]
    public void A_start_alone_keeps_its_day()
    {
        Extract("Fighting began on April 15 in Sudan, when 300 soldiers were in Khartoum.").Claims.Claims.OfType<Observation>()
            .Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Day(2021, 4, 15));
    }

    [Theory]
    [InlineData("Fighting in Sudan has intensified. US officials said 300 civilians were killed last week.", "civilians-killed/sudan")]
    [InlineData("Fighting in Sudan has intensified. Britain's foreign office said 50 people died on Monday.", "people-killed/sudan")]
    public void A_country_that_speaks_is_not_where_the_figure_is(string text, string subject)
    {
        Extract(text).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
    }

    [Fact]
    public void Two_spellings_of_a_city_are_one_subject_so_that_their_figures_meet()
    {
        var draft = Extract("On Monday there were 300 US troops in Kyiv. Officials said there were 3,000 US troops in Kiev on Monday.");

        draft.Claims<Observation>().Select(o => o.Subject).Should().Equal("us-troops/kyiv", "us-troops/kyiv");
        new FactChecker().Check(draft.Claims).Findings.Should().Contain(f => f.RuleId == "FC001");
    }

    [Theory]
    [InlineData("The minister added 400 soldiers were wounded in Kenya on Monday.", "soldiers-injured/kenya")]
    [InlineData("Police in Kenya rounded up 200 people on Monday.", "people/kenya")]
    [InlineData("In Kenya, 4,000 people were displaced a month ahead of the election on Monday.", "people-displaced/kenya")]
    public void A_verb_that_only_looks_like_a_change_or_a_rate_leaves_the_level(string text, string subject)
    {
        Extract(text).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
    }

    [Fact]
    public void A_hedged_change_to_a_level_keeps_the_level()
    {
        Extract("The death toll in Turkey rose more than 300 to 4,000 on Sunday.").Claims<Observation>()
            .Should().Contain(o => o.Value == Quantity.Exactly(4_000));
    }

    [Theory]
    [InlineData("Turnout in Portugal was 59.3 percent on Sunday, the highest since 2001.")]
    [InlineData("Turnout in Portugal was 59.3 percent on Sunday, its highest in a record set in 2001.")]
    public void A_time_a_figure_is_measured_against_is_not_its_time(string text)
    {
        Extract(text).Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Day(2021, 11, 14));
    }

    [Fact]
    public void A_time_after_a_superlative_with_no_other_time_leaves_the_figure_without_one()
    {
        var draft = Extract("Turnout in South Africa was 58.6%, the lowest since the end of apartheid in 1994.");

        draft.Claims<Observation>().Should().NotContain(o => o.Time.Start.Year == 1994);
    }

    [Fact]
    public void Economists_expecting_a_figure_state_a_forecast_not_a_goal()
    {
        var draft = Extract("Economists polled by Reuters expect UK inflation to fall below 4% by spring.");

        draft.Claims<Target>().Should().BeEmpty();
        draft.Skipped.Should().Contain(s => s.Reason == "a forecast, not a goal");
    }

    [Theory]
    [InlineData("The quake hit Morocco at a depth of 18.5 kilometres on Friday.", "18.5")]
    [InlineData("The quake hit Morocco 72 kilometres southwest of Marrakech on Friday.", "72")]
    public void A_distance_is_no_level(string text, string quote)
    {
        var draft = Extract(text);

        draft.Claims<Observation>().Should().BeEmpty();
        draft.Skipped.Should().Contain(s => s.Quote == quote && s.Reason == "a distance, not a level");
    }

    [Fact]
    public void Troops_a_country_will_withdraw_are_no_goal()
    {
        var draft = Extract("Germany will withdraw its roughly 1,100 soldiers from Mali by May 2024.");

        draft.Claims<Target>().Should().BeEmpty();
        draft.Skipped.Should().Contain(s => s.Reason == "a movement, not a level");
    }

    [Theory]
    [InlineData("More than 1.9 million people in Burkina Faso had been displaced by violence as of September 30.", "2021-09-30")]
    [InlineData("Some 30,000 people had been displaced in Libya by Sunday.", "2021-11-14")]
    [InlineData("The death toll in Malawi reached 1,210 by Thursday.", "2021-11-11")]
    public void A_past_figure_as_of_a_time_or_by_it_holds_then(string text, string day)
    {
        Extract(text).Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Parse(day));
    }

    [Fact]
    public void A_deadline_in_another_clause_is_not_a_past_figure_s_time()
    {
        Extract("The drive has used 4.5 million doses in Kenya, and a further 6 million doses are due to arrive by April 15.").Claims<Observation>()
            .Should().Contain(o => o.Value == Quantity.Parse("4.5 million")).Which.Time.Should().Be(FuzzyTime.Day(Monday));
    }

    private static LocalDate LocalDatePattern(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
