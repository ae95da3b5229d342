using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-fourth pass: a sum named by its verb, which the judges found left out as "money of no named budget or spending":
/// what was collected, earned or brought in is revenue, named by the words that brought it in; what was set aside, allocated
/// or earmarked is an allocation. And a market a sum came from is not its place.
/// </summary>
public class MoneyNamedByItsVerbTests
{
    private static readonly LocalDate Tuesday8July = new(2025, 7, 8);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Tuesday8July);

    [Theory]
    [InlineData("In Kenya, domestic taxes brought in 1.74 trillion shillings in the year to June.", "domestic-taxes-revenue/kenya")]
    [InlineData("Tea exports brought in $1.4 billion for Kenya in 2024.", "tea-exports-revenue/kenya")]
    [InlineData("The Kenya Revenue Authority collected 2.571 trillion shillings in the fiscal year that ended on June 30.", "revenue/kenya")]
    [InlineData("Morocco has earmarked nearly 15 billion dirhams for the renovation of six stadiums.", "allocation/morocco")]
    public void A_sum_named_by_its_verb_is_drafted(string text, string subject)
    {
        Extract(text).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
    }

    [Fact]
    public void Money_raised_may_be_borrowed_and_stays_out()
    {
        Extract("Kenya raised $1.5 billion from a Eurobond sale in February.").Claims<Observation>().Should().BeEmpty();
    }

    [Fact]
    public void A_market_the_money_came_from_is_not_its_place()
    {
        var draft = Extract("Nepal's capacity grew, and the country earned Rs 17 billion from electricity exports to India in the fiscal year 2023/24.");

        draft.Claims<Observation>().Should().ContainSingle(o => o.Unit == Unit.Of("rupees")).Which.Subject.Should().Be("revenue/nepal");
    }
}
