using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The fiftieth pass's review: the sentences of ordinary news that its first rules drafted wrong where the last stop drafted
/// them right, each pinned to the last stop's reading, and the edges it found in the new readings.
/// </summary>
public class ReviewedDaysTotalsAndWeeksTests
{
    private static readonly LocalDate Tuesday11March = new(2025, 3, 11);

    private static ExtractionResult Extract(string body, LocalDate? published = null) => ExtractionHelpers.Extract(body, published: published ?? Tuesday11March);

    private static IEnumerable<string> Subjects(string body, LocalDate? published = null) => Extract(body, published).Claims<Observation>().Select(static o => o.Subject);

    [Theory]
    [InlineData("Since the outbreak began in January, Nigeria has recorded 10,847 cholera cases, 386 of them in the past 24 hours.", "cholera-cases/nigeria")]
    [InlineData("Authorities in Kenya imposed a 24-hour curfew after 23 people were killed in clashes in Molo on Sunday.", "people-killed/kenya")]
    [InlineData("Rescuers in Turkey worked for 24 hours to reach the building, where 41 people were killed on Tuesday.", "people-killed/turkey")]
    public void Hours_that_count_nothing_or_a_window_after_a_total_leave_it_a_total(string sentence, string subject)
    {
        Subjects(sentence).Should().Contain(subject).And.NotContain(static s => s.StartsWith("daily-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_period_of_a_year_is_no_day_s_window()
    {
        Subjects("Zambia recorded 386 new cholera cases in the 24 hours to Thursday evening. Since January, Zambia has recorded 10,847 cholera cases, compared with 3,200 over the same period of 2024.")
            .Should().Equal("daily-cholera-cases/zambia", "cholera-cases/zambia", "cholera-cases/zambia");
    }

    [Theory]
    [InlineData("Kano state, home to 15 million people, reported 14 new deaths from cholera on Monday, bringing its death toll to 210.", "15 million")]
    [InlineData("Floods killed 12 people in Kenya on Thursday, taking the number of affected counties to 23.", "12")]
    public void A_running_total_takes_no_figure_of_another_clause_or_of_another_thing(string sentence, string kept)
    {
        Extract(sentence).Claims<Observation>().Should().Contain(o => o.Value.ToString() == kept);
    }

    [Fact]
    public void Of_the_recorded_deaths_breaks_down_the_deaths_as_before()
    {
        Subjects("Nigeria has recorded 2,400 cholera deaths since January, the health ministry said on Monday.\n\nOf the recorded deaths, 612 were in Kano, 188 in Lagos and 94 in Borno.")
            .Should().Equal("people-killed/nigeria", "people-killed/kano", "people-killed/lagos", "people-killed/borno");
    }

    [Fact]
    public void A_verb_before_reaching_states_the_way_and_a_word_of_another_phrase_does_not()
    {
        Extract("Despite falling prices, Kenya's tea exports grew, reaching 590,000 tonnes in 2024, compared with 561,000 tonnes in 2023.")
            .RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void The_end_of_a_movement_from_long_ago_still_needs_a_time_of_its_own()
    {
        Extract("During the financial crisis, unemployment in Spain rose to 26.1 per cent, from 8.2 per cent in 2007.")
            .Skipped.Should().Contain(static s => s.Quote == "26.1 per cent" && s.Reason == "a past figure with no time");
    }

    [Theory]
    [InlineData("About 40,000 people in Gaza have entered a third week without electricity, officials said on Monday.", "people/gaza")]
    [InlineData("Some 4,180 people entered Panama through the jungle in January.", "people-entered/panama")]
    [InlineData("Nearly 48,000 people in Vietnam were moved to safer ground on Wednesday.", "people-moved/vietnam")]
    public void People_entered_or_moved_only_somewhere(string sentence, string subject)
    {
        Subjects(sentence).Should().ContainSingle().Which.Should().Be(subject);
    }

    [Theory]
    [InlineData("By the week to Sunday, the total number of cholera cases in Sudan had reached 74,100.")]
    [InlineData("Active cholera cases in Sudan stood at 3,100 in the week to Sunday.")]
    public void A_week_s_total_or_active_cases_are_no_new_ones(string sentence)
    {
        Subjects(sentence).Should().ContainSingle().Which.Should().NotStartWith("new-");
    }

    [Fact]
    public void A_past_week_of_a_month_is_never_after_the_day_of_writing()
    {
        Extract("Malawi recorded 900 new cholera cases in the last week of March, the health ministry said.")
            .Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Between(new LocalDate(2024, 3, 25), new LocalDate(2024, 3, 31)));
    }

    [Fact]
    public void The_week_before_counts_back_from_the_week_when_the_day_was_said_without_on()
    {
        Extract("Khartoum state recorded 2,713 cholera cases in the week to Tuesday, Sudan's health ministry said Wednesday, down from 3,104 cases the week before.",
                new LocalDate(2025, 5, 28))
            .Claims<Observation>().Should().Contain(static o => o.Value.ToString() == "3,104" && o.Time == FuzzyTime.Between(new LocalDate(2025, 5, 14), new LocalDate(2025, 5, 20)));
    }

    [Fact]
    public void A_month_earlier_counts_back_from_the_day_it_was_said_where_the_sentence_names_no_time_of_the_figure()
    {
        Extract("After floods in August, Sudan had 190 cholera patients in hospital, the health ministry said on Wednesday, up from 140 a month earlier.", new LocalDate(2024, 10, 17))
            .Claims<Observation>().Should().NotContain(static o => o.Value.ToString() == "140" && o.Time == FuzzyTime.Month(2024, 7));
    }

    [Theory]
    [InlineData("Fighting that erupted in Khartoum on February 26 has killed 240 people in Sudan, according to the UN.")]
    [InlineData("On Wednesday, the army said that 97 people had been killed in Sudan.")]
    public void A_toll_told_in_the_perfect_is_no_day_s_deaths(string sentence)
    {
        Subjects("Cholera has killed 700 people in Sudan since January 1, the health ministry said. " + sentence)
            .Should().NotContain(static s => s.StartsWith("daily-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_toll_of_a_calendar_year_makes_no_crash_of_one_day_the_day_s()
    {
        Subjects("Road crashes killed 4,748 people in Kenya in 2024. A bus crash killed 25 people in Kenya on December 24.", new LocalDate(2025, 1, 3))
            .Should().NotContain(static s => s.StartsWith("daily-", StringComparison.Ordinal));
    }
}
