using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The fifty-third pass, from the 36 articles of benchmarks/judged/53a–53f: a figure in a clause told of a past event ("the 2017-18
/// epidemic, in which 114 people died") is of that event's time; an age ("were under five") and a kind's number ("type 2") are
/// no figures; a list's next name right before its figure holds it, held or not; a region that reports a toll in a later
/// clause keeps it; what each one of a kind does, people who said something, an electorate, one loan and children in some of
/// the country's wards are no levels of the place's.
/// </summary>
public class PastEventsListedPlacesAndPartsCountedTests
{
    private static readonly LocalDate Monday15January = new(2024, 1, 15);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Monday15January);

    private const string Zambia = "Zambia's cholera outbreak has killed 412 people since October, the ministry said on Monday. ";

    [Theory]
    [InlineData("The outbreak is deadlier than the 2017-18 epidemic, in which 114 people died.", "114", 2017, 7, 2018, 6)]
    [InlineData("It is less severe than the 2019-2020 dry season, when saline water left nearly 96,000 households short of water.", "nearly 96,000", 2019, 7, 2020, 6)]
    [InlineData("It is worse than the 2015 floods, during which 3,000 homes were destroyed.", "3,000", 2015, 1, 2015, 12)]
    [InlineData("It recalls the 2017 outbreak in Lusaka, in which 114 people died.", "114", 2017, 1, 2017, 12)]
    public void A_figure_of_a_clause_told_of_a_past_event_is_of_that_events_time(string sentence, string quote, int fromYear, int fromMonth, int toYear, int toMonth)
    {
        var time = Extract(Zambia + sentence).Claims<Observation>().Single(o => o.Value == Quantity.Parse(quote)).Time;

        time.Start.Should().Be(new LocalDate(fromYear, fromMonth, 1));
        time.End.Should().Be(new LocalDate(toYear, toMonth, 1).With(DateAdjusters.EndOfMonth));
    }

    [Fact]
    public void A_past_epidemics_toll_is_no_second_figure_of_todays()
    {
        Extract(Zambia + "The outbreak is deadlier than the 2017-18 epidemic, in which 114 people died.").RulesFound().Should().BeEmpty();
    }

    [Theory]
    [InlineData("Yemen recorded 77 measles deaths in 2022, and 52 of the dead were under five.", "under five")]
    [InlineData("Yemen recorded 77 measles deaths in 2022; most of the dead were over 65.", "over 65")]
    public void An_age_the_counted_were_under_or_over_is_no_figure(string sentence, string quote) =>
        Extract(sentence).ReasonLeftOut(quote).Should().Be("an age");

    [Fact]
    public void A_count_under_a_figure_with_a_place_after_it_is_still_a_figure()
    {
        Extract("Deaths were under 20 in Yemen last week.").Claims<Observation>().Should().ContainSingle()
            .Which.Value.Should().Be(Quantity.Parse("under 20"));
    }

    [Theory]
    [InlineData("Nigeria has confirmed 43 cases of circulating vaccine-derived poliovirus type 2 so far this year.")]
    [InlineData("Nigeria has confirmed 43 cases of dengue serotype 3 so far this year.")]
    public void A_kinds_number_is_no_figure(string sentence)
    {
        var draft = Extract(sentence);

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("43"));
        draft.RulesFound().Should().BeEmpty();
    }

    private const string Pakistan = "Monsoon rains have killed 312 people across Pakistan since late June, the authority said on Monday. ";

    [Fact]
    public void A_lists_next_name_holds_its_figure_not_the_one_before()
    {
        Extract(Pakistan + "Gilgit-Baltistan reported 12 cases and Sindh nine.").Claims<Observation>().Where(o => o.Value != Quantity.Parse("312"))
            .Select(static o => o.Subject.ToString()).Should().Equal("cases/gilgit-baltistan", "cases/sindh");
    }

    [Fact]
    public void A_lists_later_items_count_what_its_first_counts()
    {
        Extract(Pakistan + "Sindh reported 39 deaths, Khyber Pakhtunkhwa 27 and Balochistan 12.").Claims<Observation>().Where(o => o.Value != Quantity.Parse("312"))
            .Select(static o => o.Subject.ToString()).Should().Equal("people-killed/sindh", "people-killed/khyber-pakhtunkhwa", "people-killed/balochistan");
    }

    [Fact]
    public void A_figure_after_a_list_that_is_no_item_of_it_does_not_take_its_noun()
    {
        Extract(Pakistan + "Sindh reported 39 deaths, Khyber Pakhtunkhwa 27, and rescuers saved 12.").Claims<Observation>()
            .Should().NotContain(static o => o.Value == Quantity.Parse("12") && o.Subject.ToString().StartsWith("people-killed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Gilgit-Baltistan reported 12 deaths and Muzaffarabad nine.", "nine")]
    [InlineData("Gilgit-Baltistan reported 12 deaths and Pakistan-administered Kashmir 7.", "7")]
    public void A_lists_next_name_the_desk_does_not_hold_is_an_unknown_place(string sentence, string quote)
    {
        var draft = Extract(Pakistan + sentence);

        draft.ReasonLeftOut(quote).Should().Be(ExtractionHelpers.UnknownPlace);
        draft.RulesFound().Should().BeEmpty();
    }

    [Theory]
    [InlineData("Gilgit-Baltistan reported 13 deaths, and Sindh reported 8.", "people-killed/sindh")]
    [InlineData("Gilgit-Baltistan reported 13 deaths, while Sindh has recorded 8.", "people-killed/sindh")]
    public void A_region_that_reports_a_toll_in_a_later_clause_keeps_it(string sentence, string subject) =>
        Extract(Pakistan + sentence).Claims<Observation>().Single(o => o.Value == Quantity.Parse("8")).Subject.ToString().Should().Be(subject);

    [Fact]
    public void What_each_one_of_a_kind_serves_is_no_level()
    {
        var draft = Extract("Iraq has opened 64 clinics in four provinces home to about 7.6 million people. Each clinic is designed to serve up to 15,000 people.");

        draft.ReasonLeftOut("up to 15,000").Should().Be("what each event of a kind counts, not a level");
        draft.RulesFound().Should().BeEmpty();
    }

    [Theory]
    [InlineData("Nearly 100,000 people told the city they do not want the zone.", "Nearly 100,000")]
    [InlineData("Some 40,000 people said they would not vote.", "Some 40,000")]
    public void People_who_said_something_are_no_level(string sentence, string quote) =>
        Extract("Krakow has about 800,000 inhabitants. " + sentence).ReasonLeftOut(quote).Should().Be("people who said something, not a level");

    [Theory]
    [InlineData("Some 40 people reported missing in Krakow on Monday were found.")]
    [InlineData("More than 40,000 people told to leave their homes in Krakow have moved to camps.")]
    [InlineData("Some 500 people said to have fled the fighting have reached Krakow.")]
    [InlineData("Some 40,000 people signed a petition against the plan in Krakow.")]
    public void People_told_or_said_to_have_done_something_are_still_counted(string sentence) =>
        Extract(sentence).Claims<Observation>().Should().ContainSingle();

    [Theory]
    [InlineData("The death toll in Yemen from the strike is over 40, medics said on Friday.", "over 40")]
    [InlineData("The number of survivors pulled from the rubble in Yemen is under ten, rescuers said.", "under ten")]
    public void A_count_over_or_under_a_number_is_no_age(string sentence, string quote) =>
        Extract(sentence).Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse(quote));

    [Theory]
    [InlineData("Every one of the 412 deaths in Zambia was preventable, the WHO said on Friday.", "412")]
    [InlineData("Each clinic serves up to 15,000 people and the network now reaches 7.6 million people in Iraq.", "7.6 million")]
    public void A_figure_of_all_of_them_or_of_another_clause_is_no_per_unit_figure(string sentence, string quote) =>
        Extract(sentence).Claims<Observation>().Select(static o => o.Value).Should().Contain(Quantity.Parse(quote));

    [Fact]
    public void Residents_entitled_to_vote_are_the_electorate()
    {
        var draft = Extract("Krakow has about 800,000 inhabitants. Of roughly 590,000 residents entitled to vote, 161,660 cast ballots on Sunday.");

        draft.Claims<Observation>().Single(o => o.Value == Quantity.Parse("roughly 590,000")).Subject.ToString().Should().StartWith("eligible-voters/");
        draft.RulesFound().Should().BeEmpty();
    }

    [Theory]
    [InlineData("The budget comes as Kenya faces a $2 billion Eurobond repayment due in June.", "2 billion")]
    [InlineData("The budget follows a request to the International Monetary Fund for a $4.5 billion loan.", "4.5 billion")]
    public void One_payment_or_loan_is_no_budget(string sentence, string quote)
    {
        var draft = Extract("Kenya's Treasury presented a 3.68 trillion shilling budget on Thursday. " + sentence);

        draft.ReasonLeftOut(quote).Should().Be("money of one payment or loan, not a budget");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void Children_in_some_of_the_countrys_wards_are_no_level_of_the_countrys_children()
    {
        var draft = Extract("Nigeria's polio campaign targets 14.8 million children. Officials estimate that between 250,000 and 300,000 children live in about 140 wards that vaccinators cannot safely enter.");

        draft.ReasonLeftOut("between 250,000 and 300,000").Should().Be(ExtractionHelpers.UnknownPlace);
        draft.Claims<Observation>().Should().NotContain(static o => o.Subject.ToString().StartsWith("vaccinators", StringComparison.Ordinal));
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void Areas_counted_where_something_was_held_are_still_counted()
    {
        Extract("Run-offs were held in Poland on Sunday in 748 municipalities.").Claims<Observation>().Should().ContainSingle()
            .Which.Subject.ToString().Should().Be("municipalities/poland");
    }

    [Theory]
    [InlineData("Gran Canaria registered 6,900 arrivals and Tenerife 4,120.", "arrivals/gran-canaria", "arrivals/tenerife")]
    [InlineData("Dhi Qar received 19 clinics and Maysan 13.", "clinics/dhi-qar", "clinics/maysan")]
    public void Islands_and_provinces_the_news_names_are_held(string sentence, string first, string second) =>
        Extract(sentence).Claims<Observation>().Select(static o => o.Subject.ToString()).Should().Contain(first).And.Contain(second);
}
