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

    [Theory]
    [InlineData(false, null, false, null)]
    [InlineData(true, "gross", true, "o0")]
    [InlineData(false, "  ", false, null)]
    [InlineData(false, null, true, null)]
    public void An_observation_made_from_tested_identifiers_equals_the_one_the_public_constructor_makes(bool timed, string? basis, bool projection, string? revises)
    {
        var time = FuzzyTime.Day(new LocalDate(2020, 9, 9));
        OffsetDateTime? instant = timed ? new LocalDateTime(2020, 9, 9, 8, 0).WithOffset(Offset.FromHours(3)) : null;
        foreach (var metric in new[] { null, "headcount" })
        {
            var made = new Observation("o1", "us-troops/afghanistan", Quantity.Approximately(8600), time, Unit.Of("troops"), metric, new Provenance("s1"))
            {
                Instant = instant,
                Basis = basis,
                Projection = projection,
                Revises = revises,
            };
            var prechecked = new Observation(Prechecked.Identifiers, "o1", "us-troops/afghanistan", Quantity.Approximately(8600), time, Unit.Of("troops"), metric, new Provenance("s1"), instant, basis, projection, revises);

            prechecked.Should().Be(made);
            (prechecked.Metric, prechecked.Basis, prechecked.ToString()).Should().Be((made.Metric, made.Basis, made.ToString()));
        }
    }

    [Fact]
    public void An_observation_made_from_tested_identifiers_still_checks_its_rare_parts()
    {
        var day = FuzzyTime.Day(new LocalDate(2020, 9, 9));
        var otherDay = new LocalDateTime(2020, 9, 10, 8, 0).WithOffset(Offset.Zero);
        var make = (OffsetDateTime? instant, string? basis, string? revises) => new Observation(Prechecked.Identifiers, "o1", "s", Quantity.Exactly(1), day, default, null, null, instant, basis, false, revises);
        var set = (OffsetDateTime? instant, string? basis, string? revises) => new Observation("o1", "s", Quantity.Exactly(1), day) { Instant = instant, Basis = basis, Revises = revises };

        foreach (var (instant, basis, revises) in new (OffsetDateTime?, string?, string?)[] { (otherDay, null, null), (null, "net\u0001", null), (null, null, " o0") })
        {
            var refused = make.Invoking(m => m(instant, basis, revises)).Should().Throw<ArgumentException>().Which;
            var refusedAlike = set.Invoking(s => s(instant, basis, revises)).Should().Throw<ArgumentException>().Which;
            (refused.ParamName, refused.Message).Should().Be((refusedAlike.ParamName, refusedAlike.Message));
        }
    }

    [Fact]
    public void Stating_a_part_and_then_its_default_again_leaves_an_observation_equal_to_one_that_states_nothing()
    {
        var undone = (Figure() with { Projection = true }) with { Projection = false };
        undone.Should().Be(Figure());
        undone.Projection.Should().BeFalse();
    }
}
