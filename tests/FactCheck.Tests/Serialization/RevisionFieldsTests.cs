using FactCheck.Serialization;

namespace FactCheck.Tests.Serialization;

/// <summary>The fields of running totals, revisions, bases and projections in a claim file.</summary>
public class RevisionFieldsTests
{
    private static string File(string claims, string entities = "") =>
        "{ \"format\": \"factcheck/claims@1\", \"sources\": [ { \"id\": \"s1\", \"published\": \"2020-09-09\" } ]" + entities + ", \"claims\": [ " + claims + " ] }";

    private const string Old = "{ \"id\": \"a\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": \"5\", \"time\": \"2020-09-09\", \"source\": \"s1\" }";

    private static ClaimSetException Problem(string text) =>
        FluentActions.Invoking(() => new ClaimSetReader().ReadString(text)).Should().Throw<ClaimSetException>().Which;

    [Fact]
    public void The_new_fields_load_into_the_model()
    {
        var set = new ClaimSetReader().ReadString(File(
            Old + ", { \"id\": \"b\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": \"6\", \"time\": \"2020-09-09\", \"basis\": \"gross\", \"projection\": true, \"revises\": \"a\" }" +
            ", { \"id\": \"t\", \"kind\": \"target\", \"subject\": \"x\", \"value\": \"6\", \"stated\": \"2020-09-09\", \"basis\": \"net\" }" +
            ", { \"id\": \"s\", \"kind\": \"share\", \"part\": \"x\", \"whole\": \"y\", \"value\": \"10%\", \"time\": \"2020-09-09\", \"basis\": \"adults\" }",
            ", \"entities\": [ { \"id\": \"x\", \"name\": \"X\", \"cumulative\": true } ]")).ClaimSet;
        set.FindEntity("x")!.Cumulative.Should().BeTrue();
        var b = (Observation)set["b"];
        (b.Basis, b.Projection, b.Revises).Should().Be(("gross", true, "a"));
        ((Observation)set["a"]).Should().Match<Observation>(o => o.Basis == null && !o.Projection && o.Revises == null);
        ((Target)set["t"]).Basis.Should().Be("net");
        ((Share)set["s"]).Basis.Should().Be("adults");
    }

    [Fact]
    public void A_revision_of_a_claim_that_could_not_be_read_gives_the_reading_problem_not_an_internal_error()
    {
        // The claim it revises fails to read (no value), and the one before it too: the claims that were built are
        // fewer than the claims numbered, and the revision check must not look one up by its number among them.
        var problems = Problem(File(
            "{ \"id\": \"b\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": \"6\", \"time\": \"2020-09-09\", \"revises\": \"a\" }" +
            ", { \"id\": \"c\", \"kind\": \"observation\", \"subject\": \"x\", \"time\": \"2020-09-09\" }" +
            ", { \"id\": \"a\", \"kind\": \"observation\", \"subject\": \"x\", \"time\": \"2020-09-09\" }")).Problems;
        problems.Select(p => p.Path).Should().Equal("$.claims[1].value", "$.claims[2].value");
    }

    [Fact]
    public void A_file_without_the_new_fields_writes_none_of_them()
    {
        var text = ClaimSetWriter.WriteToString(new ClaimSetReader().ReadString(File(Old, ", \"entities\": [ { \"id\": \"x\", \"name\": \"X\" } ]")).ClaimSet);
        text.Should().NotContainAny("basis", "projection", "revises", "cumulative");
    }

    [Fact]
    public void A_projection_that_is_not_true_or_false_is_a_located_problem()
    {
        var problem = Problem(File(Old.Replace("\"source\"", "\"projection\": \"yes\", \"source\"", StringComparison.Ordinal))).Problems.Should().ContainSingle().Which;
        problem.Path.Should().Be("$.claims[0].projection");
    }

    [Fact]
    public void A_cumulative_flag_that_is_not_true_or_false_is_a_located_problem() =>
        Problem(File(Old, ", \"entities\": [ { \"id\": \"x\", \"name\": \"X\", \"cumulative\": 1 } ]")).Problems.Should().ContainSingle()
            .Which.Path.Should().Be("$.entities[0].cumulative");

    [Fact]
    public void Revising_an_unknown_claim_is_a_located_problem()
    {
        var problem = Problem(File(Old + ", { \"id\": \"b\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": \"6\", \"time\": \"2020-09-09\", \"revises\": \"nope\" }")).Problems.Should().ContainSingle().Which;
        problem.Path.Should().Be("$.claims[1].revises");
        problem.Message.Should().Be("Observation 'b' revises 'nope', which is not among the claims.");
        problem.Line.Should().NotBeNull();
    }

    [Fact]
    public void Revising_itself_is_a_located_problem() =>
        Problem(File(Old.Replace("\"source\"", "\"revises\": \"a\", \"source\"", StringComparison.Ordinal))).Problems.Should().ContainSingle()
            .Which.Message.Should().Be("Observation 'a' revises itself; 'revises' names an earlier observation.");

    [Fact]
    public void Revising_a_claim_that_is_not_an_observation_is_a_located_problem() =>
        Problem(File("{ \"id\": \"e\", \"kind\": \"event\", \"subject\": \"x\", \"time\": \"2020-09-09\" }, " + Old.Replace("\"source\"", "\"revises\": \"e\", \"source\"", StringComparison.Ordinal)))
            .Problems.Should().ContainSingle().Which.Message.Should().Be("Observation 'a' revises 'e', which is not an observation (its kind is 'event').");

    [Fact]
    public void Revisions_in_a_circle_are_one_problem_and_do_not_hang()
    {
        var claims = string.Join(", ", Enumerable.Range(0, 3).Select(i =>
            $"{{ \"id\": \"c{i}\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": \"{i}\", \"time\": \"2020-09-09\", \"revises\": \"c{(i + 1) % 3}\" }}"));
        Problem(File(claims)).Problems.Should().ContainSingle().Which.Message.Should().Contain("go round in a circle");
    }

    [Fact]
    public void A_long_chain_of_revisions_loads() =>
        new ClaimSetReader().ReadString(File(string.Join(", ", Enumerable.Range(0, 5000).Select(i =>
            $"{{ \"id\": \"c{i}\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": \"{i}\", \"time\": \"2020-09-09\"{(i > 0 ? $", \"revises\": \"c{i - 1}\"" : "")} }}"))))
            .ClaimSet.Claims.Should().HaveCount(5000);

    [Fact]
    public void A_claim_set_built_in_code_checks_revisions_too()
    {
        var builder = ClaimSet.CreateBuilder().AsOf(new LocalDate(2020, 9, 9));
        builder.Observation("a", "x", "5").At("2020-09-09").Revises("missing");
        FluentActions.Invoking(builder.Build).Should().Throw<ClaimSetException>().Which.Problems.Should().ContainSingle()
            .Which.Path.Should().Be("$.claims[0].revises");
    }

    [Fact]
    public void A_blank_basis_is_no_basis() =>
        ((Observation)new ClaimSetReader().ReadString(File(Old.Replace("\"source\"", "\"basis\": \"  \", \"source\"", StringComparison.Ordinal))).ClaimSet["a"]).Basis.Should().BeNull();
}
