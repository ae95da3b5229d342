using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-sixth pass's second round, from 18 articles written before the first round's mends: a commissioner is a title,
/// not the start of a place the desk does not know; "since the start of January" is a span however a "by" stands before it,
/// and what a measure is of stops before it; a toll counts no other thing a noun near it names. Each had left out one of
/// two sources' figures of one count, or filed it under another unit.
/// </summary>
public class TitlesSpansAndTollsTests
{
    private static readonly LocalDate Tuesday9September = new(2025, 9, 9);

    private static ExtractionResult Extract(string body, LocalDate? published = null) => ExtractionHelpers.Extract(body, published: published ?? Tuesday9September);

    [Fact]
    public void A_state_commissioners_figure_is_the_states()
    {
        var draft = Extract("Kano State Commissioner for Health Dr. Hadiza Sani Bello told reporters on Monday that the state had recorded 1,527 suspected cases as of Sunday.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("suspected-cases/kano");
    }

    [Fact]
    public void Two_sources_cases_in_one_state_on_one_day_cannot_be_both()
    {
        var draft = Extract("As of Sunday, 1,482 suspected cases had been recorded in Kano, according to the Nigeria Centre for Disease Control. "
            + "Kano State Commissioner for Health Dr. Hadiza Sani Bello told reporters on Monday that the state had recorded 1,527 suspected cases as of Sunday.");

        draft.RulesFound().Should().Equal("FC001");
    }

    [Fact]
    public void A_toll_after_cases_counts_no_cases()
    {
        var draft = Extract("In Kano, the commissioner said the state had recorded 1,527 suspected cases as of Sunday and that the death toll stood at 73.");

        var toll = draft.Claims<Observation>().Should().ContainSingle(o => o.Subject == "people-killed/kano").Subject;
        toll.Unit.Should().Be(default(Unit));
    }

    [Theory]
    [InlineData("Sudan's plant protection teams have treated about 41,300 hectares of land infested by desert locusts since the start of January, the ministry said on Tuesday.", "land/sudan")]
    [InlineData("Sudan's teams have treated about 41,300 hectares of farmland since the start of January, the ministry said on Tuesday.", "farmland/sudan")]
    public void Since_the_start_of_a_month_is_a_span_to_the_day_of_writing(string sentence, string subject)
    {
        var observation = Extract(sentence, new LocalDate(2025, 2, 18)).Claims<Observation>().Should().ContainSingle().Subject;

        observation.Subject.Should().Be(subject);
        observation.Time.Should().Be(FuzzyTime.Between(new LocalDate(2025, 1, 1), new LocalDate(2025, 2, 18)));
    }

    [Fact]
    public void A_by_before_an_event_still_makes_its_day_a_deadline()
    {
        Extract("Kenya aims to vaccinate 2 million children by the elections on November 3.")
            .Claims<Target>().Should().ContainSingle().Which.DeadlineDay.Should().Be(new LocalDate(2025, 11, 3));
    }
}
