using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>Numbers that are not figures of a subject, and text that must not make claims.</summary>
public class NegativeCaseTests
{
    [Fact]
    public void Casualties_are_a_count_of_the_dead_not_a_troop_count()
    {
        var draft = ExtractionHelpers.Extract("Dozens of attacks in Baghdad since the beginning of the year have killed at least three American soldiers.");

        draft.Claims<Observation>().Should().NotContain(o => o.Subject == "us-troops/iraq");
        draft.Claims<Observation>().Should().Contain(o => o.Subject == "us-soldiers-killed/iraq" && o.Value == Quantity.AtLeast(3));
    }

    [Theory]
    [InlineData("The soldier, aged 45, served in Iraq for years.", "an age")]
    [InlineData("A 45-year-old American soldier in Iraq was promoted.", "an age")]
    [InlineData("Call the US embassy in Baghdad on 0123 4567.", "a phone number or code")]
    [InlineData("US troops stayed in Iraq for 18 months.", "a duration or a measure of time")]
    [InlineData("In 2014 the United States deployed thousands of troops to Iraq.", "a movement, not a level")]
    [InlineData("American forces in Iraq will hold 3 meetings.", "what it counts is not named")]
    public void A_number_that_is_no_figure_of_a_subject_is_left_out_with_the_reason(string text, string reason)
    {
        var draft = ExtractionHelpers.Extract(text);

        draft.Claims<Observation>().Should().BeEmpty();
        draft.Claims<Target>().Should().BeEmpty();
        draft.Skipped.Should().Contain(s => s.Reason == reason);
    }

    [Fact]
    public void Years_and_days_of_dates_are_times_not_figures()
    {
        var draft = ExtractionHelpers.Extract("On September 9, 2020, the White House said that in 2007 the war had peaked.");

        draft.Claims<Observation>().Should().BeEmpty();
        draft.Skipped.Should().BeEmpty();
    }

    [Fact]
    public void Money_is_a_figure_of_the_budget_it_belongs_to_never_a_troop_count()
    {
        var draft = ExtractionHelpers.Extract("Britain's defence budget for US troops in Iraq is $4.2 billion.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("uk-defence-budget/iraq");
        draft.Claims<Observation>().Should().NotContain(o => o.Subject.Contains("troops", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_whose_subject_cannot_be_named_is_not_extracted()
    {
        var draft = ExtractionHelpers.Extract("There are 40 soldiers.");

        draft.Claims.Claims.Should().BeEmpty();
        draft.Skipped.Should().ContainSingle().Which.Reason.Should().Be("no subject can be named: neither who nor where");
    }

    [Theory]
    [InlineData("in Tarin Kowt")]
    [InlineData("at Viseu")]
    [InlineData("near Viseu")]
    [InlineData("in Europe")]
    public void A_figure_in_a_place_the_desk_does_not_know_takes_no_place_from_an_earlier_sentence(string where)
    {
        var draft = ExtractionHelpers.Extract($"There are 8,600 soldiers in Afghanistan today. There are 300 soldiers {where} today.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("troops/afghanistan");
        draft.Skipped.Should().ContainSingle().Which.Should().Match<Skipped>(s => s.Quote == "300" && s.Reason == ExtractionHelpers.UnknownPlace);
    }

    [Fact]
    public void An_earlier_sentence_s_city_gives_a_figure_only_its_country()
    {
        ExtractionHelpers.Extract("There are 8,600 soldiers in Kabul today. Officials said 300 soldiers were there on Monday.").Claims<Observation>()
            .Select(o => o.Subject).Should().Equal("troops/kabul", "troops/afghanistan");
    }

    [Fact]
    public void A_figure_after_a_place_the_desk_does_not_know_takes_no_place_from_an_earlier_sentence()
    {
        var draft = ExtractionHelpers.Extract("There are 8,600 soldiers in Afghanistan today. In Viseu, there are 300 soldiers today.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Exactly(8_600));
    }

    [Fact]
    public void A_figure_in_a_place_the_desk_does_not_know_takes_no_known_place_past_another_figure()
    {
        var draft = ExtractionHelpers.Extract("There are 8,600 soldiers in Afghanistan today. There are 300 soldiers in Viseu, 200 soldiers in Kandahar today.");

        draft.Claims<Observation>().Should().NotContain(o => o.Value == Quantity.Exactly(300));
        draft.Claims<Observation>().Should().Contain(o => o.Value == Quantity.Exactly(200) && o.Subject == "troops/kandahar");
    }

    [Fact]
    public void Troops_in_a_place_the_desk_does_not_know_keep_the_country_it_lies_in()
    {
        // Troops at a base are deployed in its country ("about 2,500 troops at Ain al-Asad air base in Iraq"), as a review found.
        var draft = ExtractionHelpers.Extract("There are 8,600 soldiers in Afghanistan today. There are 300 soldiers in Tarin Kowt, in Afghanistan, today.");

        draft.Claims<Observation>().Should().HaveCount(2).And.OnlyContain(o => o.Subject == "troops/afghanistan");
    }

    [Theory]
    [InlineData("There are 300 schools in Tarin Kowt, in Afghanistan, today.")]
    [InlineData("There are 300 schools in the Tarin Kowt district of Afghanistan today.")]
    [InlineData("There are 300 schools in the town of Tarin Kowt in Afghanistan today.")]
    public void A_figure_in_a_place_the_desk_does_not_know_is_not_filed_under_the_country_that_place_lies_in(string second)
    {
        // Filed as Afghanistan's, the town's 300 would be a figure FC001 holds against the country's 8,600.
        var draft = ExtractionHelpers.Extract("There are 8,600 schools in Afghanistan today. " + second);

        draft.Claims<Observation>().Should().ContainSingle(o => o.Subject == "schools/afghanistan").Which.Value.Should().Be(Quantity.Exactly(8600));
    }

    [Fact]
    public void A_figure_in_a_known_place_of_its_own_words_keeps_it_past_an_unknown_one_in_another_clause()
    {
        var draft = ExtractionHelpers.Extract("Officials in Tarin Kowt said on Monday there are 300 soldiers in Afghanistan.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("troops/afghanistan");
    }

    [Theory]
    [InlineData("There are 300 soldiers there in September.")]
    [InlineData("There will be 300 soldiers in September.")]
    [InlineData("There are 300 soldiers in Trump's plan today.")]
    [InlineData("There are 300 soldiers from Fort Bragg there today.")]
    [InlineData("There are 300 soldiers in Q3 today.")]
    [InlineData("According to Reuters, there are 300 soldiers today.")]
    [InlineData("In a statement to Congress, officials said there are 300 soldiers today.")]
    public void A_figure_that_names_no_place_still_takes_the_place_of_an_earlier_sentence(string second)
    {
        var draft = ExtractionHelpers.Extract("There are 8,600 soldiers in Afghanistan today. " + second);

        draft.Claims.Claims.OfType<Observation>().Select(o => (o.Value, o.Subject)).Concat(draft.Claims.Claims.OfType<Target>().Select(t => (t.Value, t.Subject)))
            .Should().Contain((Quantity.Exactly(300), "troops/afghanistan"));
    }

    [Theory]
    [InlineData("The court in Iraq ruled five to four on Monday.")]
    [InlineData("Chapters one and two were published in Iraq on Monday.")]
    public void Small_number_words_that_are_no_figure_are_not_listed_as_left_out(string text)
    {
        var draft = ExtractionHelpers.Extract(text);

        draft.Skipped.Should().NotContain(s => s.Reason == "the value grammar does not read these words whole");
    }

    [Theory]
    [InlineData("Iraq has 300 and a few to a dozen more soldiers.")]
    [InlineData("He is one of a few to a dozen soldiers in Iraq.")]
    [InlineData("In 2019 a few to a dozen soldiers died in Iraq.")]
    public void Words_left_out_are_quoted_without_a_figure_or_time_before_them(string text)
    {
        var draft = ExtractionHelpers.Extract(text);

        draft.Skipped.Should().ContainSingle(s => s.Reason == "the value grammar does not read these words whole").Which.Quote.Should().Be("a few to a dozen");
    }

    [Fact]
    public void A_past_figure_with_no_time_is_left_out()
    {
        var draft = ExtractionHelpers.Extract("There were 40 American soldiers in Syria.");

        draft.Claims<Observation>().Should().BeEmpty();
        draft.Skipped.Should().ContainSingle().Which.Reason.Should().Be("a past figure with no time");
    }

    [Fact]
    public void Empty_and_figure_free_text_gives_no_claims()
    {
        ExtractionHelpers.Extract(string.Empty).Claims.Claims.Should().BeEmpty();
        ExtractionHelpers.Extract("Nothing happened.\n\n\n...").Claims.Claims.Should().BeEmpty();
    }

    [Fact]
    public void A_figure_stated_twice_in_one_article_is_one_claim_and_the_hedged_statement_is_kept()
    {
        var draft = ExtractionHelpers.Extract("The United States will reduce its troops in Iraq from 5,200 to 3,000. It will cut its forces in Iraq from approximately 5,200 to 3,000 soldiers by the end of the month.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Approximately(5_200));
        draft.Claims<Target>().Should().ContainSingle().Which.DeadlineDay.Should().Be(new LocalDate(2020, 9, 30));
    }

    [Fact]
    public void Two_articles_with_one_id_are_rejected()
    {
        var article = new Article("a1", "text", new LocalDate(2020, 9, 9));

        var extract = () => new RuleBasedExtractor().Extract([article, article]);

        extract.Should().Throw<ArgumentException>().WithMessage("*'a1'*");
    }

    [Fact]
    public void Front_matter_with_a_bad_date_is_a_located_error()
    {
        var parse = () => Article.Parse("a1", "---\npublished: 9 September\n---\nText.");

        parse.Should().Throw<FormatException>().WithMessage("*'9 September'*2020-09-09*");
    }
}
