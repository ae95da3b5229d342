using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-third pass: a change stated with its size beside the level it reached ("fell 7.2% to 312,000", "up 169,000 from
/// December") is a change claim of the level's subject, which the judges of three passes found missed; and one FC004 would
/// hold against a figure of another kind is not drafted.
/// </summary>
public class SizedChangesTests
{
    private static readonly LocalDate Tuesday15July = new(2025, 7, 15);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Tuesday15July);

    private static Change SingleChange(string body) => Extract(body).Claims.Claims.OfType<Change>().Should().ContainSingle().Subject;

    [Fact]
    public void A_size_before_the_level_it_moved_to_is_a_change_of_the_levels_subject_over_its_time()
    {
        var change = SingleChange("Commencing enrolments in Australia fell 7.2% to 312,000 in 2024.");

        change.Subject.Should().Be("commencing-enrolments/australia");
        change.Direction.Should().Be(ChangeDirection.Decrease);
        change.Magnitude.Should().Be(ChangeMagnitude.Of(Quantity.Parse("7.2%")));
        change.Period.Should().Be(FuzzyTime.Year(2024));
    }

    [Fact]
    public void A_size_after_the_level_runs_from_the_time_after_from()
    {
        var change = SingleChange("Germany had 2.8 million unemployed people in January, up 169,000 from December.");

        change.Subject.Should().Be("people-unemployed/germany");
        change.Direction.Should().Be(ChangeDirection.Increase);
        change.Magnitude.Should().Be(ChangeMagnitude.Of(Quantity.Parse("169,000")));
        change.Period.Should().Be(FuzzyTime.Between(new LocalDate(2024, 12, 1), new LocalDate(2025, 1, 31)));
    }

    [Fact]
    public void A_size_counted_back_a_year_runs_from_a_year_before_the_level()
    {
        var change = SingleChange("Vietnam's seaports handled 29.9 million TEU in 2024, up 21% from a year earlier.");

        change.Subject.Should().Be("throughput/vietnam");
        change.Period.Should().Be(FuzzyTime.Between(new LocalDate(2023, 1, 1), new LocalDate(2024, 12, 31)));
    }

    [Fact]
    public void Percentage_points_are_the_figures_own_difference()
    {
        var draft = Extract("Britain's unemployment rate rose 0.2 percentage points to 4.6% in March.");

        draft.Claims.Claims.OfType<Change>().Should().ContainSingle().Which.Magnitude.Should().Be(ChangeMagnitude.PercentagePoints(Quantity.Parse("0.2")));
        draft.ReasonLeftOut("0.2").Should().Be("the size of a change, not a level");
    }

    [Fact]
    public void A_percentage_that_moves_by_a_percentage_is_no_change_of_a_size_it_can_say()
    {
        Extract("Inflation in Kenya rose 0.3% to 2.9% in March.").Claims.Claims.OfType<Change>().Should().BeEmpty();
    }

    [Fact]
    public void A_change_the_check_would_hold_against_a_figure_of_another_kind_in_its_period_is_not_drafted()
    {
        var draft = Extract("Chile's airports handled 6.7 million passengers in the first five months of 2025. In June they handled 1.37 million passengers, up 14% from a year earlier.");

        draft.Claims<Observation>().Should().HaveCount(2);
        draft.Claims.Claims.OfType<Change>().Should().BeEmpty();
    }

    [Fact]
    public void A_change_whose_start_the_article_gives_is_kept()
    {
        var draft = Extract("Chile's airports handled 1.2 million passengers in June 2024. In June 2025 they handled 1.37 million passengers, up 14% from a year earlier.");

        draft.Claims.Claims.OfType<Change>().Should().ContainSingle().Which.Period.Should().Be(FuzzyTime.Between(new LocalDate(2024, 6, 1), new LocalDate(2025, 6, 30)));
    }

    [Fact]
    public void A_change_with_its_size_and_both_figures_is_one_change_with_the_size_from_the_start_to_the_end()
    {
        var change = SingleChange("The airline's passengers in Chile rose 10% to 1.1 million passengers in March from 1 million passengers in February.");

        change.Magnitude.Should().Be(ChangeMagnitude.Of(Quantity.Parse("10%")));
        change.Period.Should().Be(FuzzyTime.Between(new LocalDate(2025, 2, 1), new LocalDate(2025, 3, 31)));
    }

    [Theory]
    [InlineData("STOCKHOLM - Car sales in Germany rose 21% to 148,900 in the third quarter.", "sales/germany")]
    [InlineData("STOCKHOLM - The waiting list in Germany fell to 7.36 million in March.", "waiting-list/germany")]
    public void A_count_noun_is_its_places_measure_with_no_actor_from_the_dateline(string text, string subject)
    {
        Extract(text).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
    }

    [Fact]
    public void Residents_are_people_so_that_figures_in_either_are_compared()
    {
        var draft = Extract("Jackson County in Oregon had about 6,800 residents under evacuation orders on Monday, and 214 people in Jackson County were in shelters.");

        draft.Claims<Observation>().Should().OnlyContain(o => o.Unit == Unit.Of("people"));
    }
}
