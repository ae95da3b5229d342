namespace FactCheck.Extraction.Tests;

/// <summary>
/// The places the embedded table holds: a region, state or city is its country's, and a name two countries' places
/// share is not held, so that a figure there is left out rather than put in the wrong country.
/// </summary>
public class GazetteerPlaceTests
{

    [Theory]
    [InlineData("in Chad", "troops/chad")]
    [InlineData("in Equatorial Guinea", "troops/equatorial-guinea")]
    [InlineData("in Guinea", "troops/guinea")]
    [InlineData("in Uganda", "troops/uganda")]
    public void A_figure_in_a_held_country_is_that_country_s(string where, string subject)
    {
        var draft = ExtractionHelpers.Extract($"There are 300 soldiers {where} today.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
        draft.Claims.Relations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("in Helmand", "troops/helmand", "troops/afghanistan")]
    [InlineData("in Herat", "troops/herat", "troops/afghanistan")]
    [InlineData("in Mazar-i-Sharif", "troops/mazar-i-sharif", "troops/afghanistan")]
    [InlineData("in Texas", "troops/texas", "troops/us")]
    [InlineData("in New Mexico", "troops/new-mexico", "troops/us")]
    [InlineData("in Gaza", "troops/gaza", "troops/palestine")]
    [InlineData("in the Gaza Strip", "troops/gaza", "troops/palestine")]
    [InlineData("in Donetsk", "troops/donetsk", "troops/ukraine")]
    [InlineData("in Porto", "troops/porto", "troops/portugal")]
    public void A_figure_in_a_held_city_or_region_is_the_place_s_and_a_part_of_its_country_s(string where, string subject, string country)
    {
        var draft = ExtractionHelpers.Extract($"There are 300 soldiers {where} today.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
        draft.Claims.Relations.Should().ContainSingle().Which.Should().Be(new Relation(subject, country));
    }

    [Fact]
    public void A_city_s_figure_beside_its_country_s_gives_no_conflict_of_figures()
    {
        var draft = ExtractionHelpers.Extract("There are 8,600 US troops in Afghanistan today. About 300 US troops are in Kandahar today.");

        draft.Claims<Observation>().Select(o => o.Subject).Should().Equal("us-troops/afghanistan", "us-troops/kandahar");
        new FactChecker().Check(draft.Claims).Findings.Should().BeEmpty("a city's troops are a part of the country's, not the same figure");
    }

    [Fact]
    public void A_toll_of_what_struck_in_a_city_stays_the_country_s_as_the_seed_sample_has_it()
    {
        ExtractionHelpers.Extract("Attacks in Baghdad since the beginning of the year have killed at least three American soldiers.").Claims<Observation>()
            .Should().ContainSingle().Which.Subject.Should().Be("us-soldiers-killed/iraq");
    }

    [Theory]
    [InlineData("A roadside bomb killed 12 civilians in Helmand Province on Tuesday.", "civilians-killed/helmand", "civilians-killed/afghanistan")]
    [InlineData("Israeli strikes killed 12 more people in Gaza on Tuesday.", "people-killed/gaza", "people-killed/palestine")]
    [InlineData("Floods killed 4,000 people in Ohio in 2021.", "people-killed/ohio", "people-killed/us")]
    [InlineData("In Texas, 1,200 people died in 2024.", "people-killed/texas", "people-killed/us")]
    [InlineData("England recorded 2,100 deaths in the week to March 1.", "people-killed/england", "people-killed/uk")]
    public void A_toll_its_own_words_put_in_a_held_city_or_region_is_the_place_s_and_a_part_of_its_country_s(string text, string subject, string country)
    {
        var draft = ExtractionHelpers.Extract(text);

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
        draft.Claims.Relations.Should().ContainSingle().Which.Should().Be(new Relation(subject, country));
    }

    [Theory]
    [InlineData("in Punjab")]
    [InlineData("in Georgia")]
    [InlineData("in Kashmir")]
    public void A_figure_in_a_place_two_countries_share_is_left_out_not_placed(string where)
    {
        var draft = ExtractionHelpers.Extract($"There are 8,600 soldiers in Afghanistan today. There are 300 soldiers {where} today.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Exactly(8_600));
        draft.Skipped.Should().ContainSingle(s => s.Quote == "300");
    }

    [Fact]
    public void A_city_of_another_country_than_the_storys_that_only_begins_a_longer_name_is_not_the_figures_place()
    {
        var draft = ExtractionHelpers.Extract("Italy's coast guard rescued 87 migrants on Monday.\n\nOfficials said they planned to shelter some 600 people in Porto Empedocle by Thursday.", published: new NodaTime.LocalDate(2025, 8, 12));

        draft.Claims<Target>().Should().BeEmpty();
        draft.ReasonLeftOut("some 600").Should().Be(ExtractionHelpers.UnknownPlace);
    }

    [Fact]
    public void A_citys_possessive_before_a_capitalised_name_is_still_the_city()
    {
        ExtractionHelpers.OnlyLevelSubject("London's Underground carried 1.1 billion passengers in 2023.", new NodaTime.LocalDate(2025, 8, 12)).Should().Be("passengers/london");
    }

    [Fact]
    public void A_citys_own_body_keeps_the_city_as_its_actor()
    {
        ExtractionHelpers.OnlyLevelSubject("The Lagos Business School said 1,200 students graduated in 2024.", new NodaTime.LocalDate(2025, 8, 12)).Should().Be("students/nigeria");
    }

    [Fact]
    public void A_citys_money_is_the_citys_own_not_its_countrys()
    {
        ExtractionHelpers.OnlyLevelSubject("The Milwaukee Common Council on Tuesday approved a $4.1 billion budget for the 2026 fiscal year.", new NodaTime.LocalDate(2025, 6, 18)).Should().Be("budget/milwaukee");
    }

    [Fact]
    public void A_figure_of_a_story_whose_first_sentence_is_a_citys_is_the_citys()
    {
        ExtractionHelpers.OnlyLevelSubject("Teachers in Nairobi went on strike on Monday, the union said.\n\nAbout 4,000 teachers had joined the strike by Tuesday.", new NodaTime.LocalDate(2025, 3, 12)).Should().Be("teachers/nairobi");
    }

    [Fact]
    public void A_dateline_city_is_no_city_the_story_is_in()
    {
        ExtractionHelpers.OnlyLevelSubject("NAIROBI, Kenya - Teachers went on strike on Monday, the union said.\n\nAbout 4,000 teachers had joined the strike by Tuesday.", new NodaTime.LocalDate(2025, 3, 12)).Should().Be("teachers/kenya");
    }

    [Fact]
    public void A_city_named_again_as_the_subject_after_its_dateline_is_the_figures_own()
    {
        ExtractionHelpers.OnlyLevelSubject("LISBON, Feb 11 (Reuters) - Lisbon's airport handled a record 35.1 million passengers last year.", new NodaTime.LocalDate(2025, 2, 11)).Should().Be("passengers/lisbon");
    }

    [Fact]
    public void A_citys_metropolitan_area_is_still_the_city()
    {
        ExtractionHelpers.OnlyLevelSubject("About 2,500 families were evacuated in the Greater Toronto Area on Monday.", new NodaTime.LocalDate(2025, 9, 24)).Should().Be("families/toronto");
    }

    [Fact]
    public void A_payment_to_a_city_is_not_the_payers_money()
    {
        ExtractionHelpers.Extract("Wisconsin's state shared revenue payment to Milwaukee will be $289 million in 2026, the budget office said.", published: new NodaTime.LocalDate(2025, 6, 18))
            .Claims<Target>().Should().ContainSingle().Which.Subject.Should().Be("revenue/milwaukee");
    }

    [Fact]
    public void A_longer_name_a_city_of_the_storys_own_country_begins_is_still_that_city()
    {
        ExtractionHelpers.OnlyLevelSubject("Kenya's capital is growing fast.\n\nNairobi Expressway carried 4 million vehicles in 2024.", new NodaTime.LocalDate(2025, 3, 10)).Should().Be("vehicles/nairobi");
    }

    [Fact]
    public void A_longer_name_a_city_of_another_country_begins_takes_no_earlier_sentences_place()
    {
        var draft = ExtractionHelpers.Extract("Kenya's health ministry reported new cholera cases.\n\nLagos Mainland recorded 12 cholera deaths in February.", published: new NodaTime.LocalDate(2025, 3, 10));

        draft.Claims<Observation>().Should().BeEmpty();
        draft.ReasonLeftOut("12").Should().Be(ExtractionHelpers.UnknownPlace);
    }
}
