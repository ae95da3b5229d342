using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-third pass: a place the desk does not hold, named with its kind ("Memba district", "the district of Vubwi",
/// "Milwaukee County"), is the figure's own, where the figure had been left out for want of a place. The judges of the
/// fortieth to forty-second passes counted those figures missed; filed under the country they would have been wrong.
/// </summary>
public class AreasNamedWithTheirKindTests
{
    private static readonly LocalDate Thursday15May = new(2025, 5, 15);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Thursday15May);

    [Theory]
    [InlineData("MAPUTO - Mozambique has recorded 3,100 cholera cases this year. Memba district alone accounted for 1,187 cases as of Sunday.", "1,187", "cases/memba-district")]
    [InlineData("COLOMBO - Turnout fell across Sri Lanka. In Mullaitivu district, turnout fell to 49.7 percent on Tuesday.", "49.7 percent", "turnout/mullaitivu-district")]
    [InlineData("LUSAKA - Zambia confirmed 12 cholera cases in the district of Vubwi on Monday.", "12", "cholera-cases/vubwi-district")]
    [InlineData("COLOMBO - Sri Lanka welcomed more tourists. Hotel occupancy in the Southern Province averaged 78% in March.", "78%", "hotel-occupancy/southern-province")]
    [InlineData("KINGSTON - In Jamaica, 1,200 homes were damaged in St Thomas parish on Monday.", "1,200", "homes-damaged/st-thomas-parish")]
    [InlineData("ISLAMABAD - Floods hit Pakistan. In Punjab's Kasur district, more than 210,000 people have been evacuated.", "more than 210,000", "people-evacuated/kasur-district")]
    [InlineData("DHAKA - Dengue is spreading in Bangladesh. Health workers confirmed 412 cases in Bandarban district on Monday.", "412", "cases/bandarban-district")]
    [InlineData("JOHANNESBURG - Murders rose in South Africa. The township of Nyanga recorded 58 murders last year.", "58", "murders/nyanga-township")]
    public void A_figure_in_an_area_named_with_its_kind_is_the_areas(string text, string quote, string subject)
    {
        var draft = Extract(text);

        draft.Claims<Observation>().Should().ContainSingle(o => o.Value == Quantity.Parse(quote)).Which.Subject.Should().Be(subject);
    }

    [Fact]
    public void A_county_keeps_its_kind_so_that_it_is_no_figure_of_the_city_of_its_name()
    {
        Extract("Milwaukee recorded 148 homicides in 2024. Outside the city, the rest of Milwaukee County recorded 11 homicides in 2024.")
            .Claims<Observation>().Select(o => o.Subject).Should().Equal("homicides/milwaukee", "homicides/milwaukee-county");
    }

    [Fact]
    public void A_figure_its_own_words_put_in_a_place_named_without_its_kind_takes_no_other_area()
    {
        var draft = Extract("MADRID - Schools reopened across Spain on Monday, with 158 schools in Castile-La Mancha and 131 in the Tarragona region.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("schools/tarragona-region");
        draft.ReasonLeftOut("158").Should().Be(ExtractionHelpers.UnknownPlace);
    }

    [Fact]
    public void An_area_past_another_figure_is_that_figures()
    {
        var draft = Extract("Residents fled the landslide. Nearly 600 residents from Sirnagalih and two neighbouring villages in Cipongkor district have been evacuated.");

        draft.Claims<Observation>().Should().NotContain(o => o.Value == Quantity.Parse("Nearly 600"));
    }

    [Fact]
    public void A_name_the_desk_does_not_hold_right_before_with_holds_its_figure()
    {
        var draft = Extract("Nigeria's census counted 230 million people. The smallest state remained Imo, with 2.9 million people.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("230 million"));
        draft.ReasonLeftOut("2.9 million").Should().Be(ExtractionHelpers.UnknownPlace);
    }

    [Theory]
    [InlineData("In Pakistan, about 40,000 households in sectors 11 and 12 were without power on Monday.", "11", "a number in a name (\"Grade 7\")")]
    [InlineData("In Pakistan, about 40,000 households in sectors 11 and 12 were without power on Monday.", "12", "a number in a name (\"Grade 7\")")]
    [InlineData("In India, the school serves a hamlet of about 140 residents in Pauri Garhwal district.", "about 140", "a place's population, not a level")]
    [InlineData("The cyclone hit Bangladesh's Bagerhat district with wind speeds of up to 120 kilometres an hour on Tuesday.", "up to 120", "a distance, not a level")]
    [InlineData("In India, the solar park in Kutch district will cover some 726 square kilometres.", "some 726", "an area's size, not a level")]
    public void A_figure_an_area_would_now_hold_that_is_no_level_is_left_out_with_what_it_is(string text, string quote, string reason)
    {
        Extract(text).ReasonLeftOut(quote).Should().Be(reason);
    }
}
