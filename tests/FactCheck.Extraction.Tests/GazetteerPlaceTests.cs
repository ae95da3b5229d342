namespace FactCheck.Extraction.Tests;

/// <summary>
/// The places the embedded table holds: a region, state or city is its country's, and a name two countries' places
/// share is not held, so that a figure there is left out rather than put in the wrong country.
/// </summary>
public class GazetteerPlaceTests
{
    [Theory]
    [InlineData("in Helmand", "troops/afghanistan")]
    [InlineData("in Herat", "troops/afghanistan")]
    [InlineData("in Mazar-i-Sharif", "troops/afghanistan")]
    [InlineData("in Texas", "troops/us")]
    [InlineData("in New Mexico", "troops/us")]
    [InlineData("in Chad", "troops/chad")]
    [InlineData("in Gaza", "troops/palestine")]
    [InlineData("in the Gaza Strip", "troops/palestine")]
    [InlineData("in Donetsk", "troops/ukraine")]
    [InlineData("in Equatorial Guinea", "troops/equatorial-guinea")]
    [InlineData("in Guinea", "troops/guinea")]
    [InlineData("in Porto", "troops/portugal")]
    public void A_figure_in_a_held_place_is_placed_in_its_country(string where, string subject)
    {
        var draft = ExtractionHelpers.Extract($"There are 300 soldiers {where} today.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
    }

    [Theory]
    [InlineData("in Punjab")]
    [InlineData("in Georgia")]
    [InlineData("in Kashmir")]
    public void A_figure_in_a_place_two_countries_share_is_left_out_not_placed(string where)
    {
        var draft = ExtractionHelpers.Extract($"There are 8,600 soldiers in Kabul today. There are 300 soldiers {where} today.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Exactly(8_600));
        draft.Skipped.Should().ContainSingle(s => s.Quote == "300");
    }
}
