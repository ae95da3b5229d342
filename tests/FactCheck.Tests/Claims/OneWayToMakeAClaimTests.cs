using FactCheck.Serialization;

namespace FactCheck.Tests.Claims;

/// <summary>
/// A claim is made one way, whether it comes from a constructor, a builder or a file: the same model check gives the
/// same sentence, thrown by the first two and located at the field by the others; ids and references are checked
/// by the claim-set builder for code and files alike.
/// </summary>
public class OneWayToMakeAClaimTests
{
    private static ValueArray<ClaimSetProblem> Problems(string json)
    {
        var act = () => new ClaimSetReader().ReadString(json, "t.claims.json");
        return act.Should().Throw<ClaimSetException>().Which.Problems;
    }

    private static string File(string sources, params string[] claims) =>
        "{ \"format\": \"factcheck/claims@1\",\n\"sources\": [ " + sources + " ],\n\"claims\": [\n" + string.Join(",\n", claims) + "\n] }";

    private const string Dated = "{ \"id\": \"s1\", \"published\": \"2020-09-09\" }";

    [Fact]
    public void A_share_that_is_not_a_percentage_is_refused_in_the_same_words_by_constructor_builder_and_file()
    {
        const string expected = "A share is a percentage ('69%'), a fraction ('a third') or 'majority'; got '5'.";
        var constructor = () => new Share("sh", "a", "b", Quantity.Exactly(5), FuzzyTime.Year(2020));
        constructor.Should().Throw<ArgumentException>().WithParameterName("value").Which.Message.Should().StartWith(expected);
        var builder = () => ClaimSet.CreateBuilder().Share("sh", "a", "b", "5");
        builder.Should().Throw<ArgumentException>().WithParameterName("value").Which.Message.Should().StartWith(expected);

        Problems(File(Dated, "{ \"id\": \"sh\", \"kind\": \"share\", \"part\": \"a\", \"whole\": \"b\",\n  \"value\": \"5\", \"time\": \"2020\" }"))
            .Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "$.claims[0].value", Line = 5, Message = expected });
    }

    [Fact]
    public void An_unchanged_claim_with_a_magnitude_is_refused_at_its_magnitude_by_constructor_and_file()
    {
        const string expected = "An unchanged claim has no magnitude; got '5'.";
        var constructor = () => new Change("c", "x", ChangeDirection.Unchanged, FuzzyTime.Year(2020), ChangeMagnitude.Of(Quantity.Exactly(5)));
        constructor.Should().Throw<ArgumentException>().WithParameterName("magnitude").Which.Message.Should().StartWith(expected);

        Problems(File(Dated, "{ \"id\": \"c\", \"kind\": \"change\", \"subject\": \"x\", \"direction\": \"unchanged\",\n  \"magnitude\": \"5\", \"time\": \"2020\" }"))
            .Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "$.claims[0].magnitude", Line = 5, Message = expected });
    }

    [Fact]
    public void An_open_ended_deadline_in_a_file_is_located_at_the_deadline_not_at_the_claim()
    {
        var problem = Problems(File(Dated, "{ \"id\": \"t\", \"kind\": \"target\", \"subject\": \"x\", \"value\": \"5\", \"source\": \"s1\",\n  \"deadline\": \"2020/..\" }")).Should().ContainSingle().Which;
        problem.Should().BeEquivalentTo(new { Path = "$.claims[0].deadline", Line = 5, Column = 15 });
        problem.Message.Should().StartWith("A deadline needs a last day");
    }

    [Fact]
    public void A_relative_time_that_cannot_be_placed_against_a_listed_source_is_located_at_the_time()
    {
        var problem = Problems(File("{ \"id\": \"s1\", \"published\": \"0001-03-01\" }",
            "{ \"id\": \"o\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": \"5\", \"source\": \"s1\",\n  \"time\": \"last year\" }")).Should().ContainSingle().Which;
        problem.Should().BeEquivalentTo(new { Path = "$.claims[0].time", Line = 5 });
    }

    [Fact]
    public void A_claim_read_before_its_source_takes_the_sources_date_once_the_source_is_read()
    {
        var json = "{ \"format\": \"factcheck/claims@1\", \"claims\": [ { \"id\": \"o\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": \"5\", \"source\": \"late\" },"
            + " { \"id\": \"e\", \"kind\": \"event\", \"subject\": \"y\", \"time\": \"last month\", \"source\": \"late\" } ],"
            + " \"sources\": [ { \"id\": \"late\", \"published\": \"2020-09-09\" } ] }";
        var set = new ClaimSetReader().ReadString(json).ClaimSet;
        ((Observation)set["o"]).Time.Should().Be(FuzzyTime.Day(2020, 9, 9));
        ((Event)set["e"]).Time.Should().Be(FuzzyTime.Month(2020, 8));
    }

    [Fact]
    public void A_file_claim_naming_an_unlisted_source_is_named_and_located_at_its_source_even_beside_other_problems()
    {
        var problems = Problems(File(Dated,
            "{ \"id\": \"a\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": \"5 to\",\n  \"source\": \"s2\" }"));
        problems.Select(p => (p.Path, p.Line)).Should().Equal(("$.claims[0].value", 4), ("$.claims[0].source", 5));
        problems[1].Message.Should().Be("Claim 'a' names source 's2', which is not among the sources.");
    }

    [Fact]
    public void A_duplicate_claim_id_from_a_builder_says_where_the_id_was_first_used()
    {
        var set = ClaimSet.CreateBuilder().AsOf(new LocalDate(2020, 1, 1));
        set.Observation("a", "x", "5");
        set.Event("b", "y");
        set.Observation("a", "z", "6");
        set.Invoking(s => s.Build()).Should().Throw<ClaimSetException>().Which.Problems.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Path = "$.claims[2].id", Message = "The claim id 'a' is used twice; it was first used at $.claims[0]." });
    }

    [Fact]
    public void A_builder_claim_with_an_unknown_source_reports_it_and_every_other_problem_of_the_set()
    {
        var set = ClaimSet.CreateBuilder();
        set.Source("s1");
        set.Source("s1");
        set.Observation("a", "x", "5").From("s2");
        set.Mention("a", "N").Of("ghost");
        var problems = set.Invoking(s => s.Build()).Should().Throw<ClaimSetException>().Which.Problems;
        problems.Select(p => p.Path).Should().BeEquivalentTo("$.sources[1].id", "$.claims[0].source", "$.claims[0].time", "$.claims[1].id", "$.claims[1].entity");
        problems.Single(p => p.Path == "$.claims[0].source").Message.Should().Be("Claim 'a' names source 's2', which is not among the sources.");
    }

    [Fact]
    public void Building_twice_reports_a_duplicate_id_both_times()
    {
        var set = ClaimSet.CreateBuilder().AsOf(new LocalDate(2020, 1, 1));
        set.Observation("a", "x", "5");
        set.Observation("a", "y", "6");
        set.Invoking(s => s.Build()).Should().Throw<ClaimSetException>();
        set.Invoking(s => s.Build()).Should().Throw<ClaimSetException>().Which.Problems.Should().ContainSingle(p => p.Path == "$.claims[1].id");
    }

    [Fact]
    public void The_claim_set_constructor_checks_through_the_same_builder()
    {
        var claim = new Observation("a", "x", Quantity.Exactly(5), FuzzyTime.Year(2020), provenance: new Provenance("s9"));
        var act = () => new ClaimSet([claim, null!, claim], [new Source("s1"), new Source("s1")]);
        act.Should().Throw<ClaimSetException>().Which.Problems.Select(p => p.Path).Should().BeEquivalentTo(
            "$.sources[1].id", "$.claims[0].source", "$.claims[1]", "$.claims[2].id", "$.claims[2].source");
    }

    [Fact]
    public void A_revision_of_an_unknown_claim_is_reported_by_the_builder_for_code_as_for_files()
    {
        var set = ClaimSet.CreateBuilder().AsOf(new LocalDate(2020, 1, 1));
        set.Observation("a", "x", "5").Revises("nope");
        set.Invoking(s => s.Build()).Should().Throw<ClaimSetException>().Which.Problems.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Path = "$.claims[0].revises", Message = "Observation 'a' revises 'nope', which is not among the claims." });
        var claim = new Observation("b", "x", Quantity.Exactly(5), FuzzyTime.Year(2020)) { Revises = "b" };
        var act = () => new ClaimSet([claim]);
        act.Should().Throw<ClaimSetException>().Which.Problems.Should().ContainSingle().Which.Path.Should().Be("$.claims[0].revises");
    }
}
