using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// What a figure counts, and whether it is a level at all, as the sixth blind judge found them misread: groups narrower
/// than a place's people, populations, people counted by what was done to them, forecasts, costs, caps and conversions.
/// </summary>
public class WhatAFigureCountsTests
{
    private static readonly LocalDate May3 = new(2023, 5, 3);

    private static ExtractionResult Extract(string text) => ExtractionHelpers.Extract(text, published: May3);

    private static IEnumerable<string> Subjects(string text) => Extract(text).Claims<Observation>().Select(o => o.Subject);

    private static string SingleSubject(string text) => ExtractionHelpers.OnlyLevelSubject(text, May3);

    [Fact]
    public void Refugees_are_no_figure_of_the_people_of_the_country_hosting_them()
    {
        var draft = Extract("Chad now hosts over 1.1 million refugees, relative to its population of about 18 million.");

        draft.Claims<Observation>().Select(o => o.Subject).Should().Equal("refugees/chad", "people/chad");
        new FactChecker().Check(draft.Claims).Findings.Should().BeEmpty("the refugees are a group of their own, not the country's 18 million");
    }

    [Theory]
    [InlineData("Japan's population shrank to 124.35 million as of October 1, 2023.", "people/japan")]
    [InlineData("The population of Malawi is estimated at 20 million.", "people/malawi")]
    [InlineData("Malawi has a population of 20 million.", "people/malawi")]
    public void A_place_s_population_is_its_people(string text, string subject)
    {
        SingleSubject(text).Should().Be(subject);
    }

    [Fact]
    public void A_population_of_a_place_named_in_passing_is_still_left_out()
    {
        Extract("Derna, a city with a population of 100,000, flooded in Libya in 2023.").Skipped
            .Should().ContainSingle(s => s.Quote == "100,000").Which.Reason.Should().Be("a place's population, not a level");
    }

    [Theory]
    [InlineData("Tokyo's population rose to 14.09 million in 2023.", "people/tokyo")]
    [InlineData("Seoul, the capital, was home to about 9.4 million people at the end of last year.", "people/seoul")]
    [InlineData("TOKYO - Japan's population shrank to 124.35 million in 2023.", "people/japan")]
    public void A_city_that_is_the_sentence_s_subject_is_the_figure_s_place_but_not_a_dateline(string text, string subject)
    {
        SingleSubject(text).Should().Be(subject);
    }

    [Theory]
    [InlineData("Kenya had vaccinated 2.2 million people against cholera in 2022.", "people-vaccinated/kenya")]
    [InlineData("The number of unemployed people in Kenya stood at about 412,000 in March.", "people-unemployed/kenya")]
    [InlineData("Kenya had 2.8 million unemployed people in January.", "people-unemployed/kenya")]
    public void People_are_counted_by_what_was_done_to_them_or_what_they_are(string text, string subject)
    {
        SingleSubject(text).Should().Be(subject);
    }

    [Fact]
    public void A_figure_joined_to_a_toll_before_it_is_a_toll_too()
    {
        Subjects("A pair of quakes killed more than 50,000 people in Turkey and about 6,000 in Syria in February.")
            .Should().Equal("people-killed/turkey", "people-killed/syria");
    }

    [Theory]
    [InlineData("The central bank of Kenya expects inflation to fall below 3% by the end of 2024.", "below 3%")]
    [InlineData("UNHCR expects up to 250,000 refugees to arrive in Chad during 2024.", "up to 250,000")]
    [InlineData("Brazil's soybean harvest is forecast at a record 154.8 million tonnes.", "154.8 million")]
    [InlineData("Ukraine's grain harvest could fall to between 44 million and 50 million tonnes this year.", "between 44 million and 50 million")]
    [InlineData("The pullout from Mali will cost an estimated 250 million euros, Germany said.", "an estimated 250 million")]
    public void A_forecast_or_a_cost_is_left_out_not_drafted_as_a_goal(string text, string figure)
    {
        var draft = Extract(text);

        draft.Claims<Target>().Should().BeEmpty();
        draft.Claims<Observation>().Should().BeEmpty();
        ExtractionHelpers.ReasonLeftOut(draft, figure).Should().Be("a forecast, not a goal");
    }

    [Fact]
    public void A_goal_to_act_stays_a_goal_and_a_budget_that_will_rise_a_target()
    {
        var draft = Extract("Kenya expects to vaccinate 10 million people by June. Canada's defence budget will rise to 35 billion dollars by 2026.");

        draft.Claims<Target>().Select(t => t.Subject).Should().Equal("people-vaccinated/kenya", "defence-budget/canada");
    }

    [Theory]
    [InlineData("Parliament last year capped the deployment in Mali at 1,400 troops.", "1,400", "a cap, not a level")]
    [InlineData("Parliament approved a ceiling of 1,400 soldiers for Mali in May.", "1,400", "a cap, not a level")]
    [InlineData("Kenya spent 250 million euros ($275 million) in 2022.", "275 million", "the figure before it written another way")]
    [InlineData("Germany will withdraw most of its roughly 1,100 soldiers from Mali by the end of May 2024.", "roughly 1,100", "a movement, not a level")]
    public void A_cap_a_conversion_or_what_will_move_is_no_level(string text, string figure, string reason)
    {
        var draft = Extract(text);

        draft.Claims<Target>().Should().BeEmpty();
        ExtractionHelpers.ReasonLeftOut(draft, figure).Should().Be(reason);
    }

    [Fact]
    public void Above_is_a_lower_bound()
    {
        Extract("There are above 300 troops in Kenya today.").Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("more than 300"));
    }

    [Theory]
    [InlineData("In January alone, some 16,000 people arrived in Chad.", "people-arrived/chad")]
    [InlineData("France ended its operation in Mali in August 2022, after nearly a decade in which 58 of its soldiers were killed.", "france-soldiers-killed/mali")]
    [InlineData("Core inflation in Croatia eased to 3.1% in March.", "core-inflation/croatia")]
    public void The_subject_keeps_the_words_that_say_what_is_counted(string text, string subject)
    {
        SingleSubject(text).Should().Be(subject);
    }

    [Theory]
    [InlineData("Energy prices in Croatia fell 2.4% year on year.", "2.4%")]
    [InlineData("Inflation in Kenya rose 3.8% in March.", "3.8%")]
    public void A_figure_right_after_a_verb_of_change_is_the_change_s_size(string text, string figure)
    {
        var draft = Extract(text);

        draft.Claims<Observation>().Should().BeEmpty();
        ExtractionHelpers.ReasonLeftOut(draft, figure).Should().Be("the size of a change, not a level");
    }

    [Fact]
    public void A_figure_after_rose_to_is_still_the_level()
    {
        Subjects("Inflation in Kenya rose to 3.8% in March.").Should().ContainSingle().Which.Should().Be("inflation/kenya");
    }

    [Fact]
    public void Kilometres_are_a_distance_not_a_duration()
    {
        ExtractionHelpers.ReasonLeftOut(Extract("Madeira lies some 1,000 km southwest of Lisbon."), "some 1,000").Should().Be("a distance, not a level");
    }

    [Theory]
    [InlineData("The Social Democratic Party took 19 of the 47 seats in Portugal on Sunday.", "social-democratic-party-seats/portugal")]
    [InlineData("Family doctors in Romania administered nearly 84,000 MMR doses in February.", "mmr-doses/romania")]
    [InlineData("Italy had 1,070 peacekeepers in Lebanon in 2022.", "italy-troops/lebanon")]
    [InlineData("Ghana lost two peacekeepers in Lebanon in 2019.", "peacekeepers-killed/lebanon")]
    public void A_part_counts_what_its_whole_counts_and_nouns_news_uses_are_read(string text, string subject)
    {
        SingleSubject(text).Should().Be(subject);
    }

    [Theory]
    [InlineData("A party needs 201 of the 400 seats in the National Assembly of Kenya for a majority.")]
    [InlineData("In Lisbon, the coalition took 7 of the 17 seats on the city council on Sunday.")]
    [InlineData("The Socialists came second in Portugal on Sunday with 11 seats.")]
    public void A_capitalised_word_that_opens_a_sentence_or_names_a_day_is_no_party(string text)
    {
        Subjects(text).Should().NotContain(s => s.StartsWith("a-", StringComparison.Ordinal) || s.StartsWith("in-", StringComparison.Ordinal) || s.StartsWith("sunday-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Government of Lithuania approved a budget which foresees revenue of EUR 15.6 billion in 2025.", "foresees")]
    [InlineData("Strikes in Germany's aviation sector had cost the economy more than 250 million euros since January.", "had-cost")]
    public void A_verb_before_a_money_noun_is_no_part_of_its_name(string text, string verb)
    {
        Subjects(text).Should().NotContain(s => s.Contains(verb, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chile had 18,480,432 inhabitants in 2024, an increase of 1,906,247 people.", "1,906,247", "the size of a change, not a level")]
    [InlineData("Spending on pensions in Lithuania will increase by EUR 410 million.", "410 million", "the size of a change, not a level")]
    [InlineData("The unemployment rate in Lithuania is expected to fall to 6.5 percent next year.", "6.5 percent", "a forecast, not a goal")]
    [InlineData("Kenya had 8.4 million residents in 2024, or 45.5% of the total.", "45.5%", "the figure before it written another way")]
    [InlineData("Hurricane Delia killed at least 14 people in Honduras and Guatemala on Tuesday.", "at least 14", "a figure of two places together")]
    [InlineData("Districts 5 and 7 of Milwaukee accounted for 71 of the homicides in 2024.", "71", "a part of a whole, not a level")]
    [InlineData("The storm was about 90 kilometers (55 miles) northwest of Guatemala City on Thursday.", "about 90", "a distance, not a level")]
    public void Changes_forecasts_conversions_parts_and_figures_of_two_places_are_no_levels(string text, string figure, string reason)
    {
        var draft = Extract(text);

        ExtractionHelpers.ReasonLeftOut(draft, figure).Should().Be(reason);
    }

    [Fact]
    public void Two_countries_counts_countries_not_the_missing()
    {
        var draft = Extract("Rescuers were searching for some 20 to 25 people reported missing in the two countries on Thursday.");

        draft.Claims<Observation>().Should().NotContain(o => o.Value == Quantity.Exactly(2));
    }

    [Fact]
    public void A_place_a_known_name_only_begins_is_a_place_the_desk_does_not_know()
    {
        var draft = Extract("Milwaukee recorded 148 homicides in 2024. Outside the city, the rest of Milwaukee County recorded 11 homicides in 2024.");

        draft.Claims<Observation>().Select(o => o.Subject).Should().Equal("homicides/milwaukee", "homicides/milwaukee-county");
    }

    [Theory]
    [InlineData("More than 62,000 people were in shelters across Honduras on Thursday.", "people-in-shelters/honduras")]
    [InlineData("Nearly 9,000 customers in Kenya were still without power on Wednesday.", "customers-without-power/kenya")]
    [InlineData("Nearly 2.3 million people in Chile live in rural areas.", "people-in-rural-areas/chile")]
    [InlineData("About 150,000 refugees are still living in makeshift sites in Chad.", "refugees-in-makeshift-sites/chad")]
    [InlineData("There were 300 soldiers in Kabul on Monday.", "troops/kabul")]
    public void Where_people_are_or_what_they_lack_is_part_of_what_is_counted(string text, string subject)
    {
        SingleSubject(text).Should().Be(subject);
    }

    [Fact]
    public void The_city_after_a_sentence_on_a_city_is_that_city()
    {
        Subjects("Milwaukee recorded 148 homicides in 2024. That is well above the 97 homicides the city saw in 2019.")
            .Should().Equal("homicides/milwaukee", "homicides/milwaukee");
    }

    [Theory]
    [InlineData("Floods have forced 185,000 people from their homes in Kenya.", "people-displaced/kenya")]
    [InlineData("In Kenya, 40,000 people were forced from their homes on Monday.", "people-displaced/kenya")]
    [InlineData("The storm left 12,000 people homeless in Kenya.", "people-homeless/kenya")]
    [InlineData("The pipeline in Madagascar currently supplies water to around 100,000 people.", "people-served/madagascar")]
    [InlineData("In April, WFP reached 742,000 people in Madagascar with food.", "people-reached/madagascar")]
    [InlineData("The number of dengue patients admitted to hospitals across Bangladesh has reached 102,436.", "patients-admitted/bangladesh")]
    [InlineData("Around 230 health workers in Yemen have been trained.", "workers-trained/yemen")]
    [InlineData("We have counted 1,250 homes in Peru that are uninhabitable.", "homes-uninhabitable/peru")]
    [InlineData("Nearly 6,000 people in Peru spent Sunday night in tents.", "people-in-tents/peru")]
    [InlineData("Spending on unemployment benefits in Spain reached 1,832 million euros in April.", "unemployment-spending/spain")]
    [InlineData("In 2018 more than 160 people drowned in Indonesia.", "people-killed/indonesia")]
    [InlineData("Spain had 2,607,850 registered unemployed in May.", "unemployed/spain")]
    [InlineData("Kenya had 2.8 million unemployed people in January.", "people-unemployed/kenya")]
    [InlineData("In Indonesia, 19 survivors were rescued on Monday.", "survivors-rescued/indonesia")]
    [InlineData("Some 1,211 candidates in Nepal contested the election.", "candidates/nepal")]
    [InlineData("In Kenya, about 10.2 million learners had enrolled in public primary schools by January.", "learners-enrolled/kenya")]
    [InlineData("UNMISS currently has about 13,900 uniformed personnel in South Sudan.", "troops/south-sudan")]
    [InlineData("Some 50 wildfires were burning in Greece on Wednesday.", "wildfires/greece")]
    [InlineData("Typhoon Kalayaan forced nearly 310,000 people from their homes in the Philippines on Monday.", "people-displaced/philippines")]
    [InlineData("Evacuation centres in the Philippines were housing about 118,000 people on Monday.", "people-housed/philippines")]
    [InlineData("Output in Germany was achieved by about 46.1 million persons in employment in the second quarter.", "people-in-employment/germany")]
    [InlineData("About 17.8 million people in Yemen lack access to safe water.", "people-lacking/yemen")]
    [InlineData("Some 4 million people in Yemen are in need.", "people-in-need/yemen")]
    [InlineData("About 1.8 million people in Thailand travelled out of the capital on Monday.", "people-travelled/thailand")]
    public void What_is_counted_is_named_by_the_words_news_uses_around_it(string text, string subject)
    {
        SingleSubject(text).Should().Be(subject);
    }

    [Theory]
    [InlineData("Small underground mines in Colombia employ some 15,000 people.", "some 15,000", "the staff of an employer, not a level")]
    [InlineData("A new garage in Austria is due to open in May at a cost of 12 million euros.", "12 million", "the cost of one thing, not a budget")]
    [InlineData("Rescuers in Colombia searched tunnels hundreds of meters underground on Monday.", "hundreds", "a distance, not a level")]
    [InlineData("Last year, 148 people were killed in mining accidents across Colombia. Cundinamarca alone accounted for 45 of those deaths.", "45", "a part of a figure before it, not a level")]
    [InlineData("South Sudan has 13,900 troops, against an authorized ceiling of 17,000 troops and 2,101 police.", "2,101", "a cap, not a level")]
    [InlineData("The centre in Britain held 900 people on Monday, well below its capacity of 1,600.", "1,600", "a cap, not a level")]
    [InlineData("Kenya still faces a shortage of some 98,000 teachers.", "some 98,000", "a shortage, not a level")]
    [InlineData("South Sudan said on Monday. The Malakal Protection of Civilians site now shelters more than 37,000 people.", "more than 37,000", ExtractionHelpers.UnknownPlace)]
    [InlineData("The remaining eight deaths were reported in Peru, among them a 74-year-old woman and two children aged six and nine.", "two", "a part of a whole, not a level")]
    [InlineData("The minister said 38 of the injured in Peru were in serious condition.", "38", "a part of a whole, not a level")]
    [InlineData("Women account for 1,552,400 of the registered unemployed in Spain.", "1,552,400", "a part of a whole, not a level")]
    [InlineData("Registered unemployment in Spain is down by 131,260 people.", "131,260", "the size of a change, not a level")]
    [InlineData("Spending on benefits in Spain reached 1,832 million euros in April, 3.1% more than a year earlier.", "3.1%", "the size of a change, not a level")]
    [InlineData("Filling a car in Britain now costs about 83 pounds.", "about 83", "money of no named budget or spending")]
    [InlineData("In India, Singh retained the seat by nearly 22,000 votes.", "nearly 22,000", "a margin, not a level")]
    [InlineData("A ferry carrying about 40 people capsized off Indonesia on Monday.", "about 40", "the people aboard one vessel, not a level")]
    [InlineData("The crossing in Indonesia is a trip of about 1.5 kilometers.", "about 1.5", "a distance, not a level")]
    [InlineData("Machogu said 1.28 million learners in Kenya joined Grade 7 this month.", "7", "a number in a name (\"Grade 7\")")]
    [InlineData("In Spain, services led the decline with 44,300 fewer jobseekers.", "44,300", "the size of a change, not a level")]
    [InlineData("Thailand's road deaths stand at about 25 deaths per 100,000 people.", "about 25", "a rate (\"40,000 a day\"), not a level")]
    [InlineData("Thailand's road deaths stand at about 25 deaths per 100,000 people.", "100,000", "a rate (\"40,000 a day\"), not a level")]
    [InlineData("Germany had about 46.1 million persons in employment, roughly 222,000 more than a year earlier.", "roughly 222,000", "the size of a change, not a level")]
    [InlineData("More than 300 soldiers, police and volunteers in Nepal searched on Monday.", "More than 300", "a count of several groups together")]
    public void A_figure_that_is_no_level_of_a_place_is_left_out_with_what_it_is(string text, string figure, string reason)
    {
        ExtractionHelpers.ReasonLeftOut(Extract(text), figure).Should().Be(reason);
    }

    [Fact]
    public void A_figure_more_than_another_is_no_addition()
    {
        // "more than" after a figure compares; the addition rule is for "500 more firefighters".
        var draft = Extract("Kenya had 4,000 more than Uganda on Monday.");

        draft.Skipped.Should().NotContain(s => s.Reason == "an addition, not a level");
    }

    [Theory]
    [InlineData("Kenya's education budget is KSh628 billion.", "628 billion", "shillings")]
    [InlineData("Kenya's education budget is Sh628 billion.", "628 billion", "shillings")]
    [InlineData("India's health budget is Rs500 crore.", "500 crore", "rupees")]
    public void A_currency_written_as_letters_against_its_figure_is_money(string text, string value, string unit)
    {
        var claim = Extract(text).Claims<Observation>().Should().ContainSingle().Subject;

        claim.Value.ToString().Should().Be(value);
        claim.Unit.ToString().Should().Be(unit);
    }

    [Fact]
    public void A_currency_written_as_letters_is_not_read_as_a_count_of_the_noun_after_it()
    {
        var draft = Extract("In Kenya, primary pupils receive Sh1,420 a year.");

        draft.Claims<Observation>().Should().BeEmpty();
        draft.Skipped.Should().ContainSingle().Which.Quote.Should().Be("1,420");
    }

    [Theory]
    [InlineData("Afghanistan began a campaign on Monday aimed at reaching about 9.8 million children.", "children-reached/afghanistan")]
    [InlineData("Officials in Afghanistan aim to cut the number of missed children to fewer than 500,000 by the end of the year.", "children-missed/afghanistan")]
    [InlineData("Britain aims to return more than 14,000 people who have no right to stay by the end of the year.", "people-returned/uk")]
    public void A_goal_names_the_people_it_is_for(string text, string subject)
    {
        Extract(text).Claims<Target>().Should().ContainSingle().Which.Subject.Should().Be(subject);
    }

    [Fact]
    public void An_organisation_s_budget_is_its_own_not_the_country_s()
    {
        SingleSubject("In South Sudan, UNMISS's budget for the year to June 2024 is $1.2 billion.").Should().Be("unmiss-budget/south-sudan");
    }

    [Fact]
    public void New_cases_beside_deaths_are_cases_and_the_deaths_deaths()
    {
        Subjects("In Malawi, 412 new cases and nine deaths were reported on Monday.").Should().Equal("cases/malawi", "people-killed/malawi");
    }

    [Theory]
    [InlineData("Honduras' disaster agency said 11 of the dead were in Honduras.", "people-killed/honduras")]
    [InlineData("Three more people died in Guatemala on Monday.", "people-killed/guatemala")]
    [InlineData("The group in Germany carried 123 million passengers in 2023.", "passengers/germany")]
    [InlineData("Zambia confirmed its first two cases on Sunday in the northern district of Vubwi.", "cases/zambia")]
    public void A_place_s_own_toll_or_total_is_still_drafted(string text, string subject)
    {
        SingleSubject(text).Should().Be(subject);
    }

    [Theory]
    [InlineData("Heat killed 1,300 pilgrims in Mecca during the haj in April.", "pilgrims-killed/mecca")]
    [InlineData("In Germany, car registrations jumped to 41,200 in April.", "registrations/germany")]
    [InlineData("Police in Nigeria detained 120 suspects on Monday.", "suspects/nigeria")]
    public void Nouns_news_counts_beyond_people_and_troops_name_the_figure(string text, string subject)
    {
        SingleSubject(text).Should().Be(subject);
    }

    [Fact]
    public void Two_words_before_the_noun_name_what_is_counted()
    {
        Extract("Poland's government aims to build 150,000 affordable rental flats by 2030.").Claims<Target>()
            .Should().ContainSingle().Which.Subject.Should().Be("affordable-rental-flats/poland");
    }

    [Fact]
    public void Two_words_before_a_noun_that_begins_a_new_sentence_are_not_its_compound()
    {
        Extract("Kenya said 400 big red Attacks were up.").Claims<Observation>().Should().BeEmpty();
    }

    [Theory]
    [InlineData("Kenya says 3,148,560 children had received the measles-rubella vaccine as of Sunday.")]
    [InlineData("Kenya says 3,148,560 children aged between nine months and five years had received the measles-rubella vaccine as of Sunday.")]
    [InlineData("Kenya says 3,148,560 children aged between 9 months and 5 years had received a first dose as of Sunday.")]
    public void Children_who_received_a_vaccine_are_the_vaccinated_past_their_age(string text)
    {
        SingleSubject(text).Should().Be("children-vaccinated/kenya");
    }

    [Fact]
    public void Children_who_received_anything_else_are_still_children()
    {
        SingleSubject("Kenya says 3,148,560 children had received school meals as of Sunday.").Should().Be("children/kenya");
    }

    [Theory]
    [InlineData("Homicides in Chicago fell by 8% last year to 573.", "homicides/chicago", "573")]
    [InlineData("The number of births in Japan fell 5% last year to 686,000.", "births/japan", "686,000")]
    public void A_level_a_change_moved_to_counts_the_noun_before_the_changes_size(string text, string subject, string value)
    {
        var level = Extract(text).Claims<Observation>().Should().ContainSingle().Subject;

        (level.Subject, level.Value).Should().Be((subject, Quantity.Parse(value)));
    }

    [Theory]
    [InlineData("Enrollments in Ohio's public schools fell by 2% last year to 1.6 million.")]
    [InlineData("Deaths fell by 9% in Arizona last year to 1,200.")]
    [InlineData("Deaths in the capital fell by 10% last year to 300.")]
    [InlineData("Drug overdose deaths in Ohio fell by 12% last year to 89.")]
    public void A_level_a_change_moved_to_is_left_out_when_its_noun_is_not_the_changes_subject_is_qualified_or_a_toll_has_no_place_of_its_own(string text)
    {
        Extract(text).Claims<Observation>().Should().BeEmpty();
    }

    [Fact]
    public void A_level_of_a_qualified_noun_a_change_moved_to_is_no_second_level_of_the_unqualified_subject()
    {
        // The second is named by the subject of its own verb, "international passengers", as of the forty-seventh pass.
        var levels = Extract("In Chile, domestic traffic rose 17.2% to 1.02 million passengers in June, while international passengers fell 3.5% to about 350,000.")
            .Claims<Observation>();
        levels.Where(static o => o.Subject == "passengers/chile").Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("1.02 million"));
        levels.Select(static o => o.Subject).Should().Equal("passengers/chile", "international-passengers/chile");
    }

    [Theory]
    [InlineData("Kenya received 158,000 asylum applications in April.", "asylum-applications/kenya")]
    [InlineData("Britain issued 110,000 student visas in April.", "student-visas/uk")]
    public void Applications_visas_and_cars_count_with_a_word_that_says_what_they_are(string text, string subject)
    {
        SingleSubject(text).Should().Be(subject);
    }

    [Theory]
    [InlineData("Japan's Shinkansen trains run with 16 cars each.")]
    [InlineData("The store in Kenya lists 2,000 applications.")]
    [InlineData("The embassy said it had granted 45,000 visas to Indian students in April.")]
    public void Bare_applications_visas_and_cars_count_nothing_the_desk_can_name(string text)
    {
        Extract(text).Claims<Observation>().Should().BeEmpty();
    }

    [Theory]
    [InlineData("Hurricane Tanya damaged or destroyed more than 23,000 homes across Jamaica in April.", "homes-damaged-or-destroyed/jamaica")]
    [InlineData("Hurricane Tanya destroyed more than 23,000 homes across Jamaica in April.", "homes-destroyed/jamaica")]
    [InlineData("In Jamaica, 37 homes were destroyed in April.", "homes-destroyed/jamaica")]
    [InlineData("The river burst its banks in April, inundating 47 villages in Indonesia.", "villages-flooded/indonesia")]
    public void Things_counted_by_what_was_done_to_them_are_no_stock_of_the_place(string text, string subject)
    {
        SingleSubject(text).Should().Be(subject);
    }

    [Fact]
    public void A_measure_keeps_the_name_its_own_verb_gives()
    {
        SingleSubject("Wildfires in Canada have burned about 2.7 million hectares since January.").Should().Be("area-burned/canada");
    }

    [Fact]
    public void People_staying_in_a_number_of_shelters_are_people_in_shelters()
    {
        Subjects("In Jamaica, 412 people were still staying in 27 public shelters on Wednesday.").Should().Contain("people-in-shelters/jamaica");
    }

    [Theory]
    [InlineData("Teachers kept schools shut in at least 21 of the country's 47 counties in Kenya on Monday.")]
    [InlineData("The river flooded 47 villages across nine of the regency's 19 districts in Indonesia in April.")]
    public void A_part_of_a_whole_after_it_counts_what_the_whole_counts_not_a_noun_before_it(string text)
    {
        Extract(text).Claims<Observation>().Should().NotContain(o => o.Value == Quantity.Parse("at least 21") || o.Value == Quantity.Parse("9"));
    }

    [Fact]
    public void A_level_a_change_over_a_span_moved_to_is_left_out_rather_than_dated_with_the_span()
    {
        Extract("In Scotland, the number of teachers in post fell by 224 between 2021 and 2022, to 54,166.").Claims<Observation>().Should().BeEmpty();
    }

    [Theory]
    [InlineData("The government has rebuilt 300 homes destroyed by last year's floods in Kenya.", "homes/kenya")]
    [InlineData("Fire razed 40 homes in Kenya on Sunday.", "homes-destroyed/kenya")]
    [InlineData("St Elizabeth suffered the worst damage in Jamaica, with 8,640 houses affected.", "houses-affected/jamaica")]
    public void What_was_done_to_things_names_them_only_when_it_is_what_the_figure_says(string text, string subject)
    {
        SingleSubject(text).Should().Be(subject);
    }

    [Theory]
    [InlineData("Kenya has 15 high school students per classroom.")]
    [InlineData("Japan had 1.15 births per woman in 2022.")]
    [InlineData("Manchester United has 1.1 billion fans worldwide.")]
    [InlineData("Egypt's tourist arrivals rose 5% from 2021 to 15.7 million.")]
    public void Rates_followings_and_levels_after_a_change_from_a_time_are_left_out(string text)
    {
        Extract(text).Claims<Observation>().Should().BeEmpty();
    }
}
