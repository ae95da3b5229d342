using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-sixth pass's first round, from the same count given as two figures by two sources in the forty-fifth pass's
/// articles, which the draft had filed under two subjects or units, or not at all: a region a country's possessive owns is
/// where the figure is; "vessels" are ships, "deaths" people and "people working" workers, so two sources' figures meet;
/// the rescued "pulled alive", dogs vaccinated and a span after the day figures were published are read as written; and a
/// bound after a figure ("72 or fewer") is a bound.
/// </summary>
public class TwoSourcesOfOneCountTests
{
    private static readonly LocalDate Thursday26June = new(2025, 6, 26);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Thursday26June);

    [Theory]
    [InlineData("A heatwave has killed 412 people in Pakistan's southern Sindh province since June 19, the health department said.", "people-killed/sindh")]
    [InlineData("About 120,000 people were displaced in India's eastern state of Odisha on Monday.", "people-displaced/odisha")]
    public void A_region_a_countrys_possessive_owns_is_where_the_figure_is(string sentence, string subject)
    {
        Extract(sentence).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
    }

    [Fact]
    public void A_countrys_possessive_before_a_place_of_another_country_stays_the_countrys_own()
    {
        Extract("About 3,000 people were displaced in Pakistan's Kabul office on Monday.")
            .Claims<Observation>().Should().ContainSingle().Which.Subject.Should().NotBe("people-displaced/kabul");
    }

    [Fact]
    public void Two_sources_toll_in_people_and_in_deaths_is_one_count_that_cannot_be_both()
    {
        var draft = Extract("A heatwave has killed 412 people in Pakistan's southern Sindh province since June 19, the health department said on Wednesday. "
            + "The health secretary told a news conference on Wednesday that 468 heat-related deaths had been recorded across Sindh since the heatwave began.");

        draft.Claims<Observation>().Select(static o => (o.Subject, o.Unit)).Distinct().Should().ContainSingle();
        draft.RulesFound().Should().Equal("FC001");
    }

    [Fact]
    public void Vessels_and_ships_waiting_off_one_port_are_one_count()
    {
        var draft = Extract("As of Wednesday morning, 38 vessels were waiting at the outer anchorage off Durban in South Africa, the port authority said. "
            + "The freight forwarders' chief said 47 ships were queuing at anchorage outside Durban on Wednesday morning.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("ships/south-africa", "ships/south-africa");
        draft.RulesFound().Should().Equal("FC001");
    }

    [Fact]
    public void People_working_on_a_site_are_its_workers()
    {
        var draft = Extract("\"As of today we have 2,150 workers on this site in Tanzania,\" he said. \"There are 2,650 people working here right now,\" the commissioner said.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("workers/tanzania", "workers/tanzania");
        draft.RulesFound().Should().Equal("FC001");
    }

    [Fact]
    public void People_not_working_are_no_workers()
    {
        Extract("About 2,650 people in Tanzania were without power on Wednesday.")
            .Claims<Observation>().Should().ContainSingle().Which.Subject.Should().NotStartWith("workers");
    }

    [Theory]
    [InlineData("By Tuesday night 27 people had been pulled alive from the mud in Kenya.")]
    [InlineData("By Tuesday night 27 people in Kenya were pulled out of the rubble alive.")]
    public void People_pulled_alive_are_the_rescued(string sentence)
    {
        Extract(sentence).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("people-rescued/kenya");
    }

    [Fact]
    public void People_pulled_from_the_water_dead_are_no_rescued()
    {
        Extract("By Tuesday night rescuers had pulled 12 people from the water in Kenya, and all of them were dead.")
            .Claims<Observation>().Should().NotContain(o => o.Subject == "people-rescued/kenya");
    }

    [Fact]
    public void Dogs_vaccinated_as_a_report_shows_them_are_the_vaccinated_dogs()
    {
        var draft = Extract("The county's director of veterinary services said 48,600 dogs had been vaccinated in Kenya as of Friday. "
            + "Figures released by the county government on Friday showed 46,800 dogs vaccinated so far in Kenya.");

        draft.Claims<Observation>().Select(static o => o.Subject).Should().Equal("dogs-vaccinated/kenya", "dogs-vaccinated/kenya");
        draft.RulesFound().Should().Equal("FC001");
    }

    [Fact]
    public void A_span_after_the_day_figures_were_published_is_the_figures_time()
    {
        Extract("Interior ministry figures published on Tuesday showed that 10,882 migrants reached Spain by sea between January 1 and March 31.")
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(2025, 1, 1), new LocalDate(2025, 3, 31)));
    }

    [Fact]
    public void The_day_figures_were_published_dates_a_figure_with_no_time_of_its_own()
    {
        Extract("Figures released by the county government on Friday showed 46,800 dogs vaccinated so far in Kenya.")
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Day(new LocalDate(2025, 6, 20)));
    }

    [Theory]
    [InlineData("The strategy aims to halve annual road deaths in Ireland to 72 or fewer by 2030.", "at most 72")]
    [InlineData("Kenya has 300 or more buses.", "at least 300")]
    [InlineData("Inflation in Kenya was 5% or less in March.", "at most 5%")]
    public void A_bound_written_after_the_figure_is_a_bound(string sentence, string value)
    {
        Extract(sentence).Claims.Claims.Select(static c => c switch { Observation o => o.Value, Target t => t.Value, _ => default }).Should().Contain(Quantity.Parse(value));
    }

    [Fact]
    public void A_figure_or_another_is_no_bound()
    {
        Extract("Kenya has 300 or 400 buses.").Claims<Observation>().Should().NotContain(o => o.Value == Quantity.Parse("at least 300"));
    }
}
