using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-third pass: figures the judges of the fortieth to forty-second passes found left out as "what it counts is not
/// named" though the sentence names it (sums in cedis, CFA francs or naira; branches, centres and vessels; capacity in
/// megawatts, throughput in TEU, area in acres), goals of adding ("to recruit 3,000 additional teachers") left out as
/// additions, and the figures that lexicon would otherwise have made levels of: a measure of nothing named, a share of one,
/// what each one gets, closures, the means of one operation, a forecast and the size of a cut.
/// </summary>
public class CurrenciesMeasuresAndGoalsOfAddingTests
{
    private static readonly LocalDate Monday20January = new(2025, 1, 20);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Monday20January);

    /// <summary>The subject and unit of the one claim a sentence gives, a level or a goal.</summary>
    private static (string Subject, Unit Unit) Single(string body) => Extract(body).Claims.Claims.Should().ContainSingle().Subject switch
    {
        Observation o => (o.Subject, o.Unit),
        Target t => (t.Subject, t.Unit),
        var other => throw new InvalidOperationException($"Not a figure: {other}"),
    };

    [Theory]
    [InlineData("Ghana's government on Tuesday presented a 2025 budget with total spending of 271.2 billion cedis.", "spending/ghana", "cedis")]
    [InlineData("Nigeria's 2025 budget of 54.99 trillion naira was passed on Monday.", "budget/nigeria", "naira")]
    [InlineData("Niger's budget for the dam has climbed to 740 billion CFA francs.", "budget/niger", "francs")]
    [InlineData("Russia's defence budget will rise to 13.5 trillion roubles in 2025.", "defence-budget/russia", "roubles")]
    public void A_sum_in_a_currency_news_names_in_words_is_money(string sentence, string subject, string unit)
    {
        var claim = Single(sentence);

        claim.Subject.Should().Be(subject);
        claim.Unit.Should().Be(Unit.Of(unit));
    }

    [Theory]
    [InlineData("The bank had 455 branches in Australia in 2015.", "branches/australia")]
    [InlineData("Kenya's prisons service said 33 examination centres were closed on Monday.", "examination-centres-closed/kenya")]
    [InlineData("The Nairobi Securities Exchange listed 62 companies in Kenya at the end of September.", "companies/kenya")]
    [InlineData("Tanzania's shipping regulator said it had inspected 1,460 small passenger vessels in 2024.", "small-passenger-ships/tanzania")]
    public void Things_news_counts_are_named_by_their_noun(string sentence, string subject)
    {
        Single(sentence).Subject.Should().Be(subject);
    }

    [Theory]
    [InlineData("Rajasthan has about 35 GW of installed renewable capacity, officials said on Monday.", "renewable-capacity/rajasthan")]
    [InlineData("Tamil Nadu has 11.7 GW of wind capacity, officials said on Monday.", "wind-capacity/tamil-nadu")]
    [InlineData("Karachi's demand peaked at a record 3,530 megawatts on Tuesday.", "demand/karachi")]
    [InlineData("The Port of Mombasa in Kenya handled 41 million tonnes in 2024.", "throughput/kenya")]
    [InlineData("Vietnam's seaports handled 29.9 million TEU in 2024.", "throughput/vietnam")]
    [InlineData("That compares with 125.5 million tonnes harvested in Brazil in 2023.", "harvest/brazil")]
    [InlineData("Across Oregon, wildfires had burned about 610,000 acres by Thursday.", "area-burned/oregon")]
    [InlineData("In Chad, authorities said about 3,200 hectares had burned this year.", "area-burned/chad")]
    public void A_measure_is_named_by_what_it_measures(string sentence, string subject)
    {
        Single(sentence).Subject.Should().Be(subject);
    }

    [Theory]
    [InlineData("The ranch in Texas has 40,000 acres and 3,000 animals.", "40,000")]
    [InlineData("Water in Chad's camps is below the emergency standard of 15 litres.", "15")]
    public void A_measure_of_nothing_named_is_left_out(string sentence, string quote)
    {
        Extract(sentence).ReasonLeftOut(quote).Should().Be("a measure of nothing named");
    }

    [Theory]
    [InlineData("In Bulawayo, Zimbabwe, residents said: We get 20 litres of water a person.", "20", "a rate (\"40,000 a day\"), not a level")]
    [InlineData("Malaysia's government allocated aid, with each affected household to receive 5,000 ringgit.", "5,000", "an amount for each, not a total")]
    [InlineData("Westbridge Bank will close 41 branches across Australia by the end of October.", "41", "closures, not a level")]
    [InlineData("Italy will transfer 600 people to Sicily, using two ferries and a navy vessel.", "two", "the means of one operation, not a level")]
    [InlineData("Tax revenue in Colombia is now expected to reach 288 trillion pesos this year.", "288 trillion", "a forecast, not a goal")]
    [InlineData("Colombia's framework includes spending cuts of about 12 trillion pesos.", "about 12 trillion", "the size of a change, not a level")]
    public void A_figure_the_new_nouns_would_make_a_level_of_is_left_out_with_what_it_is(string sentence, string quote, string reason)
    {
        Extract(sentence).ReasonLeftOut(quote).Should().Be(reason);
    }

    [Fact]
    public void Each_other_and_each_time_are_no_amount_for_each()
    {
        Extract("Units convert into each other. There are 8,600 US troops in Afghanistan today.").Claims<Observation>().Should().ContainSingle();
    }

    [Theory]
    [InlineData("The government of Greece has pledged to hire 500 more seasonal firefighters by 2026.", "firefighters-hired/greece", "500")]
    [InlineData("The Scottish Government in the UK has pledged to recruit 3,000 additional teachers by May 2026.", "teachers-recruited/uk", "3,000")]
    [InlineData("Kenya's ministry aims to vaccinate a further 10,000 children by the end of July.", "children-vaccinated/kenya", "10,000")]
    [InlineData("The government of Pakistan plans to build 5,000 more homes by June.", "homes-built/pakistan", "5,000")]
    public void A_goal_of_adding_is_a_target_of_what_is_added(string sentence, string subject, string value)
    {
        var goal = Extract(sentence).Claims<Target>().Should().ContainSingle().Subject;

        goal.Subject.Should().Be(subject);
        goal.Value.Should().Be(Quantity.Parse(value));
    }

    [Fact]
    public void A_goal_of_adding_is_no_stock_to_hold_a_level_against()
    {
        var draft = Extract("Scotland in the UK had 54,166 teachers in 2024. The Scottish Government in the UK has pledged to recruit 3,000 additional teachers by May 2026.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("teachers/uk");
        draft.Claims<Target>().Should().ContainSingle().Which.Subject.Should().Be("teachers-recruited/uk");
    }

    [Theory]
    [InlineData("Canada's government plans to recruit 5,000 more by the end of the year.", "5,000")]
    [InlineData("Greece said 40 more people were evacuated on Monday.", "40")]
    public void An_addition_of_nothing_named_or_of_no_goal_stays_left_out(string sentence, string quote)
    {
        Extract(sentence).ReasonLeftOut(quote).Should().Be("an addition, not a level");
    }
}
