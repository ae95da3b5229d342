using FactCheck.Tests.Seed;

namespace FactCheck.Tests.Claims;

public class ClaimSetTests
{
    [Fact]
    public void Builder_reports_every_problem_at_once()
    {
        var builder = ClaimSet.CreateBuilder();
        builder.Source("s1");
        builder.Source("s1");
        builder.Observation("a", "x", "5").At("2020").From("nowhere");
        builder.Observation("a", "x", "5").At("2020").From("s1");
        builder.Observation("b", "x", "5").From("s1");
        builder.Mention("m", "Someone").Of("ghost").From("s1");
        var act = () => builder.Build();
        var problems = act.Should().Throw<ClaimSetException>().Which.Problems;
        problems.Select(p => p.Path).Should().BeEquivalentTo(
            "$.claims[2].time", "$.sources[1].id", "$.claims[1].id", "$.claims[0].source", "$.claims[3].entity");
        problems.Should().Contain(p => p.Message.Contains("'nowhere'", StringComparison.Ordinal));
    }

    [Fact]
    public void Observation_without_a_time_takes_its_sources_publication_date()
    {
        var set = ClaimSet.CreateBuilder();
        set.Source("s1", published: new LocalDate(2020, 9, 9));
        set.Observation("a", "x", "8,600").From("s1");
        ((Observation)set.Build()["a"]).Time.Should().Be(FuzzyTime.Day(2020, 9, 9));
    }

    [Fact]
    public void Observation_without_a_time_or_a_dated_source_falls_back_to_as_of()
    {
        var set = ClaimSet.CreateBuilder().AsOf(new LocalDate(2021, 1, 1));
        set.Source("s1");
        set.Observation("a", "x", "8,600").From("s1");
        ((Observation)set.Build()["a"]).Time.Should().Be(FuzzyTime.Day(2021, 1, 1));
    }

    [Fact]
    public void Relative_times_resolve_against_the_claims_own_source()
    {
        var set = ClaimSet.CreateBuilder().AsOf(new LocalDate(2000, 1, 1));
        set.Source("s1", published: new LocalDate(2020, 9, 9));
        set.Event("e", "x").At("last month").From("s1");
        ((Event)set.Build()["e"]).Time.Should().Be(FuzzyTime.Month(2020, 8));
    }

    [Fact]
    public void Relative_time_with_nothing_to_resolve_against_is_a_located_problem()
    {
        var set = ClaimSet.CreateBuilder();
        set.Event("e", "x").At("last month");
        var act = () => set.Build();
        act.Should().Throw<ClaimSetException>().Which.Problems.Single().Path.Should().Be("$.claims[0].time");
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("between 5,000 and 4,000")]
    public void Bad_value_in_the_builder_throws_at_once_naming_the_parameter_and_value(string value)
    {
        var act = () => ClaimSet.CreateBuilder().Observation("a", "x", value);
        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "value").WithMessage($"*'{value}'*");
    }

    [Fact]
    public void Impossible_date_in_the_builder_throws_at_once()
    {
        var act = () => ClaimSet.CreateBuilder().Observation("a", "x", "5").At("2021-02-29");
        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "when").WithMessage("*2021-02-29*28 days*");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" padded")]
    public void Blank_or_padded_ids_are_rejected_naming_the_parameter(string id)
    {
        var act = () => new Observation(id, "x", Quantity.Exactly(1), FuzzyTime.Year(2020));
        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "id").WithMessage($"*'{id}'*");
    }

    [Fact]
    public void Claims_are_values()
    {
        var a = new Observation("a", "x", Quantity.Parse("8,600"), FuzzyTime.Day(2020, 9, 9), Unit.Of("Soldiers"), provenance: new Provenance("s1"));
        var b = new Observation("a", "x", Quantity.Parse("8600"), FuzzyTime.Parse("2020-09-09"), Unit.Of("soldiers"), "count", new Provenance("s1"));
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.ToString().Should().Be("x: 8,600 soldiers on 2020-09-09");
    }

    [Fact]
    public void Claim_sets_built_alike_are_equal() => SeedClaims.Build().Should().Be(SeedClaims.Build());

    [Fact]
    public void Claim_sets_differing_in_one_claim_are_not_equal()
    {
        var changed = new ClaimSet(SeedClaims.Build().Claims.Skip(1), SeedClaims.Build().Sources, SeedClaims.Build().Entities, SeedClaims.Build().Relations, SeedClaims.Build().Title, SeedClaims.Build().AsOf);
        changed.Should().NotBe(SeedClaims.Build());
    }

    [Fact]
    public void Deadline_without_a_last_day_is_rejected()
    {
        var act = () => new Target("t", "x", Quantity.Exactly(1), FuzzyTime.Parse("2020/.."), FuzzyTime.Year(2020));
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("deadline");
    }

    [Fact]
    public void Share_must_be_a_percentage()
    {
        var act = () => new Share("s", "p", "w", Quantity.Exactly(5), FuzzyTime.Year(2020));
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void Subject_cannot_be_part_of_itself()
    {
        var act = () => new Relation("x", "x");
        act.Should().Throw<ArgumentException>().WithMessage("*'x'*");
    }

    [Fact]
    public void Unchanged_claim_cannot_have_a_magnitude()
    {
        var act = () => new Change("c", "x", ChangeDirection.Unchanged, FuzzyTime.Year(2020), ChangeMagnitude.Significant);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("magnitude");
    }

    [Fact]
    public void Weekday_none_is_rejected()
    {
        var act = () => new Event("e", "x", FuzzyTime.Year(2020), IsoDayOfWeek.None);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("weekday");
    }

    [Fact]
    public void Units_compare_through_the_alias_table()
    {
        var units = UnitAliasTable.Default;
        units.AreCompatible(Unit.Of("Troops"), Unit.Of("service members")).Should().BeTrue();
        units.AreCompatible(Unit.Of("troops"), Unit.Of("dollars")).Should().BeFalse();
        units.AreCompatible(Unit.None, Unit.Of("dollars")).Should().BeTrue();
        units.Canonicalize(Unit.Of("Soldiers")).Should().Be(Unit.Of("troops"));
    }
}
