using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>Each row of the table "What is extracted" in spec/extraction-v1.md, in an article dated 2020-09-09 (a Wednesday).</summary>
public class SpecTableTests
{
    [Fact]
    public void A_current_figure_deployed_there_is_an_observation_on_the_published_day()
    {
        var draft = ExtractionHelpers.Extract("In Afghanistan, there are currently 8,600 American soldiers deployed there.");

        var figure = draft.Claims<Observation>().Should().ContainSingle().Subject;
        figure.Subject.Should().Be("us-troops/afghanistan");
        figure.Value.Should().Be(Quantity.Exactly(8_600));
        figure.Time.Should().Be(FuzzyTime.Day(2020, 9, 9));
        figure.Unit.Should().Be(Unit.Of("soldiers"));
        figure.Provenance.Quote.Should().Be("there are currently 8,600 American soldiers deployed there");
    }

    [Theory]
    [InlineData("two dozen", 24)]
    [InlineData("five dozen", 60)]
    [InlineData("two thousand dozen", 24_000)]
    public void A_figure_in_dozens_is_the_dozens_multiplied_out(string words, int figure)
    {
        var draft = ExtractionHelpers.Extract($"In Afghanistan, there are currently {words} American soldiers deployed there.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Exactly(figure));
    }

    [Theory]
    [InlineData("a dozen", "12")]
    [InlineData("a hundred", "100")]
    [InlineData("a thousand", "1,000")]
    [InlineData("a million", "1 million")]
    [InlineData("one million", "1 million")]
    [InlineData("half a million", "0.5 million")]
    [InlineData("a half million", "0.5 million")]
    [InlineData("a quarter of a million", "0.25 million")]
    [InlineData("three quarters of a million", "0.75 million")]
    [InlineData("one and a half million", "1.5 million")]
    [InlineData("two and a half million", "2.5 million")]
    [InlineData("two million and a half", "2.5 million")]
    [InlineData("half a dozen", "6")]
    [InlineData("an estimated half a million", "about 0.5 million")]
    [InlineData("more than a million", "more than 1 million")]
    [InlineData("several thousand", "several thousand")]
    [InlineData("a few hundred", "a few hundred")]
    [InlineData("a few dozen", "a few dozen")]
    [InlineData("a trillion", "1 trillion")]
    [InlineData("one lakh", "1 lakh")]
    [InlineData("5 lakh", "5 lakh")]
    [InlineData("two crore", "2 crore")]
    [InlineData("1.5 crore", "1.5 crore")]
    [InlineData("between a quarter of a million and half a million", "0.25 million to 0.5 million")]
    public void A_figure_news_writes_in_words_is_read_whole_as_the_value_grammar_reads_it(string words, string value)
    {
        var draft = ExtractionHelpers.Extract($"In Afghanistan, there are currently {words} American soldiers deployed there.");

        var figure = draft.Claims<Observation>().Should().ContainSingle().Subject;
        figure.Value.Should().Be(Quantity.Parse(value));
        figure.Provenance.Quote.Should().Contain(words + " American soldiers");
        draft.Skipped.Should().BeEmpty();
    }

    [Theory]
    [InlineData("several hundred to a thousand")]
    [InlineData("a few hundred to a thousand")]
    [InlineData("between several hundred and a thousand")]
    [InlineData("between a few and a dozen")]
    [InlineData("between a half and three quarters of a million")]
    [InlineData("a few billion")]
    [InlineData("several hundred thousand")]
    [InlineData("a few hundred thousand")]
    [InlineData("a million and three quarters")]
    [InlineData("a few hundred and fifty")]
    public void A_figure_the_grammar_does_not_read_whole_gives_no_claim_of_a_part_of_it(string words)
    {
        var draft = ExtractionHelpers.Extract($"In Afghanistan, there are currently {words} American soldiers deployed there.");

        draft.Claims<Observation>().Should().BeEmpty();
        draft.Claims<Target>().Should().BeEmpty();
    }

    [Theory]
    [InlineData("several hundred to a thousand")]
    [InlineData("between several hundred and a thousand")]
    [InlineData("between a few and a dozen")]
    [InlineData("between a half and three quarters of a million")]
    [InlineData("a few billion")]
    [InlineData("several hundred million")]
    [InlineData("a few hundred thousand")]
    [InlineData("more than a few hundred")]
    [InlineData("at least several thousand")]
    public void Words_of_a_figure_the_grammar_does_not_read_whole_are_left_out_with_the_reason(string words)
    {
        var draft = ExtractionHelpers.Extract($"In Afghanistan, there are currently {words} American soldiers deployed there.");

        var skipped = draft.Skipped.Should().ContainSingle().Subject;
        skipped.Quote.Should().Be(words);
        skipped.Reason.Should().Be("the value grammar does not read these words whole");
    }

    [Theory]
    [InlineData("A British soldier in Iraq was promoted on Monday.")]
    [InlineData("Half of the soldiers in Iraq went home on Monday.")]
    [InlineData("A few soldiers in Iraq went home on Monday.")]
    [InlineData("One of the soldiers in Iraq went home on Monday.")]
    [InlineData("Several soldiers in Iraq went home on Monday.")]
    public void A_or_half_or_a_few_without_a_multiplying_word_is_no_figure(string text)
    {
        var draft = ExtractionHelpers.Extract(text);

        draft.Claims<Observation>().Should().BeEmpty();
        draft.Skipped.Should().BeEmpty();
    }

    [Theory]
    [InlineData("five to ten dozen", 60, 120)]
    [InlineData("between five and five hundred", 5, 500)]
    public void A_range_in_dozens_or_hundreds_multiplies_a_bare_lower_end_while_it_stays_below(string words, int low, int high)
    {
        var draft = ExtractionHelpers.Extract($"In Afghanistan, there are currently {words} American soldiers deployed there.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Between(low, high));
    }

    [Fact]
    public void An_estimated_figure_by_late_2018_is_approximate_and_placed_in_late_2018()
    {
        var draft = ExtractionHelpers.Extract("By late 2018, there were an estimated 5,200 US troops in Iraq.");

        var figure = draft.Claims<Observation>().Should().ContainSingle().Subject;
        figure.Subject.Should().Be("us-troops/iraq");
        figure.Value.Should().Be(Quantity.Approximately(5_200));
        figure.Time.Should().Be(FuzzyTime.PartOfYear(PeriodPart.Late, 2018));
    }

    [Fact]
    public void An_aim_by_the_elections_on_November_3_is_a_target_with_its_deadline_and_an_election_event()
    {
        var draft = ExtractionHelpers.Extract("the White House aims to reach between 4,000 and 5,000 troops in Afghanistan by the presidential elections on November 3.");

        var target = draft.Claims<Target>().Should().ContainSingle().Subject;
        target.Subject.Should().Be("us-troops/afghanistan");
        target.Value.Should().Be(Quantity.Between(4_000, 5_000));
        target.Deadline.Should().Be(FuzzyTime.Day(2020, 11, 3));
        target.Provenance.Attribution.Should().Be("the White House");
        draft.Claims<Event>().Should().ContainSingle(e => e.Subject == "us-presidential-election-2020" && e.Time == FuzzyTime.Day(2020, 11, 3));
    }

    [Fact]
    public void A_goal_said_last_month_is_an_open_ended_target_stated_last_month()
    {
        var draft = ExtractionHelpers.Extract(
            "The Pentagon said last month that its goal is to reduce the number of its personnel in Afghanistan to less than five thousand soldiers.");

        var target = draft.Claims<Target>().Should().ContainSingle().Subject;
        target.Subject.Should().Be("us-troops/afghanistan");
        target.Value.Should().Be(Quantity.LessThan(5_000));
        target.Deadline.Should().BeNull();
        target.Stated.Should().Be(FuzzyTime.Month(2020, 8));
        target.Provenance.Attribution.Should().Be("the Pentagon");
    }

    [Fact]
    public void A_plan_from_one_figure_to_another_during_a_month_is_the_current_figure_a_target_due_at_the_month_end_and_a_future_change()
    {
        var draft = ExtractionHelpers.Extract("The United States has decided to reduce its military presence in Iraq from approximately 5,200 to 3,000 personnel during the month of September.");

        draft.Claims<Observation>().Should().ContainSingle(o => o.Subject == "us-troops/iraq" && o.Value == Quantity.Approximately(5_200) && o.Time == FuzzyTime.Day(2020, 9, 9));
        var target = draft.Claims<Target>().Should().ContainSingle().Subject;
        target.Value.Should().Be(Quantity.Exactly(3_000));
        target.DeadlineDay.Should().Be(new LocalDate(2020, 9, 30));
        var plan = draft.Claims<Change>().Should().ContainSingle().Subject;
        plan.Subject.Should().Be("us-troops/iraq");
        plan.Direction.Should().Be(ChangeDirection.Decrease);
        plan.Period.Should().Be(FuzzyTime.Month(2020, 9));
        plan.Tense.Should().Be(ClaimTense.Future, "a plan is not a trend: FC004 holds only past changes against the figures");
        new FactChecker().Check(draft.Claims).Findings.Should().NotContain(f => f.RuleId == "FC004");
    }

    [Fact]
    public void A_significant_reduction_in_recent_months_is_a_past_decrease_over_the_six_months_to_the_published_month()
    {
        var draft = ExtractionHelpers.Extract("The United States has already significantly reduced the size of its forces in Iraq in recent months.");

        var change = draft.Claims<Change>().Should().ContainSingle().Subject;
        change.Subject.Should().Be("us-troops/iraq");
        change.Direction.Should().Be(ChangeDirection.Decrease);
        change.Magnitude.Should().Be(ChangeMagnitude.Significant);
        change.Period.Should().Be(FuzzyTime.Parse("2020-03/2020-09"));
    }

    [Theory]
    [InlineData("General Kenneth MacKenzie, the Commander of the US Central Command, told reporters today, Wednesday, that more would follow.", "2020-09-09", "mackenzie-briefing")]
    [InlineData("The US military announced on Wednesday, September 9, a cut of its troops in Iraq.", "2020-09-09", "us-iraq-drawdown-announcement")]
    public void A_dated_statement_is_an_event_with_the_weekday_as_stated(string text, string day, string subject)
    {
        var draft = ExtractionHelpers.Extract(text);

        var found = draft.Claims<Event>().Should().ContainSingle().Subject;
        found.Subject.Should().Be(subject);
        found.Time.Should().Be(FuzzyTime.Parse(day));
        found.Weekday.Should().Be(IsoDayOfWeek.Wednesday);
    }

    [Fact]
    public void A_title_and_name_with_a_role_before_them_is_a_mention_with_that_role()
    {
        var draft = ExtractionHelpers.Extract("Reporters heard from the Commander of the US Central Command, General Kenneth MacKenzie, on the plan.");

        var mention = draft.Claims<Mention>().Should().ContainSingle().Subject;
        mention.Name.Should().Be("Kenneth MacKenzie");
        mention.Role.Should().Be("Commander of US Central Command");
    }

    [Fact]
    public void The_bulk_of_a_larger_figure_is_an_observation_of_the_whole_and_a_majority_share()
    {
        var draft = ExtractionHelpers.Extract("By late 2018, an estimated 5,200 US troops were in Iraq, the bulk of the then 7,500 coalition forces, according to US officials.");

        draft.Claims<Observation>().Should().Contain(o => o.Subject == "coalition-troops/iraq" && o.Value == Quantity.Exactly(7_500) && o.Time == FuzzyTime.PartOfYear(PeriodPart.Late, 2018));
        var share = draft.Claims<Share>().Should().ContainSingle().Subject;
        (share.Part, share.Whole, share.Value.Word).Should().Be(("us-troops/iraq", "coalition-troops/iraq", "majority"));
        draft.Claims.Relations.Should().ContainSingle(r => r.Part == "us-troops/iraq" && r.Whole == "coalition-troops/iraq");
        share.Provenance.Attribution.Should().Be("US officials");
    }
}
