using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// A movement told with a time at each end ("rose from 3.1% in 2019 to 4.2% in 2021", "4.2% in 2021, up from 3.1% in
/// 2019") states two levels, each at its own time; and a span of years is a time, not a range of some count. The
/// thirty-ninth pass found the end of such a movement dropped without a word, or dated with its start's time.
/// </summary>
public class LevelsAtBothEndsOfAMovementTests
{
    private static readonly LocalDate March10 = new(2025, 3, 10);

    private static List<(string Subject, Quantity Value, FuzzyTime Time)> Levels(string text) =>
        [.. ExtractionHelpers.Extract(text, published: March10).Claims<Observation>().Select(o => (o.Subject, o.Value, o.Time))];

    [Theory]
    [InlineData("Unemployment in Kenya rose from 3.1% in 2019 to 4.2% in 2021.")]
    [InlineData("Unemployment in Kenya rose from 3.1% in March 2019 to 4.2% in June 2021.")]
    [InlineData("Unemployment in Kenya was 4.2% in 2021, up from 3.1% in 2019.")]
    public void Both_ends_of_a_movement_with_their_own_times_are_levels_at_those_times(string text)
    {
        var levels = Levels(text);

        levels.Should().HaveCount(2).And.OnlyContain(l => l.Subject == "unemployment/kenya");
        levels.Should().ContainSingle(l => l.Value == Quantity.Parse("3.1%")).Which.Time.Start.Year.Should().Be(2019);
        levels.Should().ContainSingle(l => l.Value == Quantity.Parse("4.2%")).Which.Time.Start.Year.Should().Be(2021);
    }

    [Theory]
    [InlineData("Kenya's debt grew from $50 billion in 2015 to $70 billion in 2020.")]
    [InlineData("Kenya's debt grew from 50 billion dollars in 2015 to 70 billion dollars in 2020.")]
    public void A_sum_s_end_takes_its_own_time_past_its_sign_or_unit(string text)
    {
        Levels(text).Select(l => l.Time).Should().Equal(FuzzyTime.Year(2015), FuzzyTime.Year(2020));
    }

    [Fact]
    public void The_start_s_time_never_dates_the_end()
    {
        Levels("The number of cases in Kenya fell from 1,200 in January to 300 in February.")
            .Should().Equal(("cases/kenya", Quantity.Exactly(1_200), FuzzyTime.Month(2025, 1)), ("cases/kenya", Quantity.Exactly(300), FuzzyTime.Month(2025, 2)));
    }

    [Fact]
    public void A_start_with_no_time_of_its_own_is_still_left_out()
    {
        var draft = ExtractionHelpers.Extract("Unemployment in Kenya rose from 3.1% to 4.2% in 2021.", published: March10);

        draft.Claims<Observation>().Should().ContainSingle().Which.Value.Should().Be(Quantity.Parse("4.2%"));
        draft.ReasonLeftOut("3.1%").Should().Be("the start of a past movement");
    }

    [Theory]
    [InlineData("Inflation in Kenya slowed to 4.1% in May.")]
    [InlineData("Inflation in Kenya eased to 4.1% in May.")]
    [InlineData("Inflation in Kenya jumped to 4.1% in May.")]
    public void A_rate_s_movement_in_the_past_dates_a_month_after_the_day_of_writing_last_year(string text)
    {
        Levels(text).Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Month(2024, 5));
    }

    [Theory]
    [InlineData("Between 2019 and 2021, 4,000 people died in Ohio.", 2019, 2021)]
    [InlineData("Kenya recorded 300 cases of polio from 2015 to 2020.", 2015, 2020)]
    [InlineData("Kenya recorded 300 cases of polio from 2015 through 2020.", 2015, 2020)]
    public void A_span_of_years_is_the_time_from_the_first_s_start_to_the_last_s_end(string text, int from, int to)
    {
        Levels(text).Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(from, 1, 1), new LocalDate(to, 12, 31)));
    }

    [Fact]
    public void A_span_of_years_is_no_range_of_a_count()
    {
        ExtractionHelpers.Extract("Some 2,000 homes were built in Texas between 2019 and 2021.", published: March10).Skipped
            .Should().NotContain(s => s.Quote.Contains("2019", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_goal_joined_by_and_to_is_a_goal_of_the_same_measure_by_its_own_deadline()
    {
        var targets = ExtractionHelpers.Extract("Turkey's central bank aims to bring inflation down to 24% by the end of 2025 and to 12% by the end of 2026.", published: March10)
            .Claims<Target>();

        targets.Select(t => (t.Subject, t.Value, t.Deadline)).Should().Equal(
            ("inflation/turkey", Quantity.Parse("24%"), (FuzzyTime?)FuzzyTime.Day(2025, 12, 31)),
            ("inflation/turkey", Quantity.Parse("12%"), (FuzzyTime?)FuzzyTime.Day(2026, 12, 31)));
    }

    [Fact]
    public void Two_levels_joined_by_and_each_take_their_own_time()
    {
        Levels("Unemployment in Kenya was 4.1% in January and 4.3% in February.").Select(l => l.Time).Should().Equal(FuzzyTime.Month(2025, 1), FuzzyTime.Month(2025, 2));
    }

    [Fact]
    public void A_central_bank_s_held_is_past_and_its_verb_no_part_of_the_measure_s_name()
    {
        Levels("Turkey's central bank held its one-week repo rate at 46% in April.").Should().ContainSingle()
            .Which.Should().Be(("repo-rate/turkey", Quantity.Parse("46%"), FuzzyTime.Month(2024, 4)));
    }

    [Fact]
    public void A_participle_after_be_takes_the_tense_of_its_auxiliary()
    {
        ExtractionHelpers.Extract("The presidential elections will be held on November 3.", published: March10).Claims.Claims.OfType<Event>()
            .Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Day(2025, 11, 3));
    }

    [Theory]
    [InlineData("Colombia's central bank increased its inflation forecast to 5.2% for December.", "a forecast, not a level")]
    [InlineData("Unemployment in South Africa will fall from 33% in 2024 to 30% in 2026, the Treasury projected.", "a forecast, not a goal")]
    public void A_forecast_is_no_level_nor_goal_whatever_its_verb(string text, string reason)
    {
        var draft = ExtractionHelpers.Extract(text, published: March10);

        draft.Claims.Claims.OfType<Observation>().Should().BeEmpty();
        draft.Claims.Claims.OfType<Target>().Should().BeEmpty();
        draft.Skipped.Should().Contain(s => s.Reason == reason);
    }

    [Fact]
    public void A_movement_over_a_span_of_years_starts_in_its_first_year_and_ends_in_its_last_and_is_a_change()
    {
        var draft = ExtractionHelpers.Extract("Vaccination coverage in Italy rose from 60% to 85% between 2019 and 2022.", published: March10);

        draft.Claims<Observation>().Select(o => (o.Value, o.Time)).Should().Equal((Quantity.Parse("60%"), FuzzyTime.Year(2019)), (Quantity.Parse("85%"), FuzzyTime.Year(2022)));
        draft.Claims.Claims.OfType<Change>().Should().ContainSingle().Which.Direction.Should().Be(ChangeDirection.Increase);
    }

    [Fact]
    public void Months_written_without_their_year_are_put_in_the_order_the_movement_states()
    {
        Levels("Cholera cases in Chad fell from 312 in March to 87 in April, health officials said.").Select(l => l.Time)
            .Should().Equal(FuzzyTime.Month(2024, 3), FuzzyTime.Month(2024, 4));
    }

    [Fact]
    public void The_months_to_a_month_are_the_months_up_to_its_end()
    {
        Levels("The UK unemployment rate rose to 4.7% in the three months to June.").Should().ContainSingle()
            .Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(2024, 4, 1), new LocalDate(2024, 6, 30)));
    }

    [Fact]
    public void A_goal_s_own_time_before_the_next_figure_is_its_deadline_and_a_goal_joined_past_its_start_is_a_goal()
    {
        var targets = ExtractionHelpers.Extract(
            "The government aims to cut the budget deficit in Kenya to 4.5% of gross domestic product in 2025/26 from an estimated 4.8% in the current year, and to 3% by 2028.",
            published: March10).Claims<Target>();

        targets.Select(t => (t.Value, t.Deadline)).Should().Equal(
            (Quantity.Parse("4.5%"), (FuzzyTime?)FuzzyTime.Between(new LocalDate(2025, 7, 1), new LocalDate(2026, 6, 30))),
            (Quantity.Parse("3%"), (FuzzyTime?)FuzzyTime.Year(2028)));
    }

    [Theory]
    [InlineData("Kenya's central bank lowered the benchmark lending rate to 9.75% from 10% on Tuesday.", "9.75%", 2025, 3, 4)]
    [InlineData("Japan's core inflation slowed to 3.3% from 3.7% in January.", "3.3%", 2025, 1, 1)]
    public void A_time_after_to_a_from_b_is_the_move_s_and_so_the_new_level_s(string text, string level, int year, int month, int day)
    {
        var draft = ExtractionHelpers.Extract(text, published: March10);

        draft.Claims<Observation>().Should().ContainSingle(o => o.Value == Quantity.Parse(level))
            .Which.Time.Start.Should().Be(new LocalDate(year, month, day));
    }

    [Fact]
    public void A_day_after_to_a_from_b_leaves_the_start_without_a_time_of_its_own()
    {
        ExtractionHelpers.Extract("Kenya's central bank lowered the benchmark lending rate to 9.75% from 10% on Tuesday.", published: March10)
            .Claims<Observation>().Should().ContainSingle();
    }

    [Theory]
    [InlineData("Japan's core inflation slowed to 3.3% from 3.7% in January.", "3.7%", "2024-12")]
    [InlineData("Wheat production in Sindh province increased to 3.85 million tonnes from 4.12 million tonnes in 2023/24, the data showed.", "4.12 million", "2022-07/2023-06")]
    [InlineData("Exports from Kenya fell to 5,000 tonnes from 6,100 tonnes in 2024.", "6,100", "2023")]
    [InlineData("Kenya's exports rose to 5,000 tonnes from 4,100 tonnes in the first quarter.", "4,100", "2024-10/2024-12")]
    public void A_period_after_to_a_from_b_puts_the_start_in_the_period_before_of_the_same_length(string text, string start, string time)
    {
        var draft = ExtractionHelpers.Extract(text, published: March10);

        draft.Claims<Observation>().Should().ContainSingle(o => o.Value == Quantity.Parse(start))
            .Which.Time.Should().Be(FuzzyTime.Parse(time));
        draft.Claims<Change>().Should().ContainSingle();
    }

    [Fact]
    public void This_year_is_a_goal_s_own_deadline_before_the_next_goal_s()
    {
        ExtractionHelpers.Extract("Colombia aims to cut its fiscal deficit to 5.1% of GDP this year and to 3% by 2028.", published: March10).Claims<Target>()
            .Select(t => t.Deadline).Should().Equal(FuzzyTime.Year(2025), FuzzyTime.Year(2028));
    }

    [Fact]
    public void A_start_in_a_goal_s_sentence_keeps_its_own_time()
    {
        Levels("Senegal aims to cut its budget deficit to 7.1% of GDP in 2025 from 11.6% in 2024 and to 3% by 2027.")
            .Should().ContainSingle().Which.Should().Be(("budget-deficit/senegal", Quantity.Parse("11.6%"), FuzzyTime.Year(2024)));
    }

    [Fact]
    public void A_central_bank_s_decision_with_no_time_holds_at_publication()
    {
        Levels("The Reserve Bank of India kept its repo rate at 5.5% and lowered its inflation forecast to 3.1% for the fiscal year.")
            .Should().ContainSingle().Which.Should().Be(("repo-rate/india", Quantity.Parse("5.5%"), FuzzyTime.Day(March10)));
    }

    [Fact]
    public void A_share_is_named_by_the_whole_its_of_names()
    {
        Levels("Nationwide, the share of suspected cases that were tested fell to 38% in January from 54% in December in Uganda.")
            .Select(l => l.Subject).Distinct().Should().Equal("suspected-cases-share/uganda");
    }
}
