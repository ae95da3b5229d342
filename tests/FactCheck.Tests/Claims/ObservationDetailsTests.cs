using NodaTime;

namespace FactCheck.Tests.Claims;

/// <summary>An observation's rarely stated parts (time of day, basis, projection, revision), kept apart from the figure.</summary>
public class ObservationDetailsTests
{
    private static Observation Figure() => new("o1", "us-troops/afghanistan", Quantity.Exactly(8600), FuzzyTime.Day(new LocalDate(2020, 9, 9)));

    [Fact]
    public void An_observation_that_states_the_defaults_equals_one_that_states_nothing()
    {
        var stated = Figure() with { Projection = false, Basis = null, Revises = null, Instant = null };
        stated.Should().Be(Figure());
        stated.GetHashCode().Should().Be(Figure().GetHashCode());
    }

    [Fact]
    public void Each_stated_part_reads_back_and_makes_the_observation_differ()
    {
        var at = new LocalDateTime(2020, 9, 9, 8, 0).WithOffset(Offset.FromHours(3));
        var stated = Figure() with { Instant = at, Basis = "gross", Projection = true, Revises = "o0" };
        stated.Instant.Should().Be(at);
        stated.Basis.Should().Be("gross");
        stated.Projection.Should().BeTrue();
        stated.Revises.Should().Be("o0");
        stated.Should().NotBe(Figure());
        (Figure() with { Basis = "gross" }).Should().NotBe(Figure() with { Basis = "net" });
    }

    [Fact]
    public void Stating_a_part_and_then_its_default_again_leaves_an_observation_equal_to_one_that_states_nothing()
    {
        var undone = (Figure() with { Projection = true }) with { Projection = false };
        undone.Should().Be(Figure());
        undone.Projection.Should().BeFalse();
    }
}
