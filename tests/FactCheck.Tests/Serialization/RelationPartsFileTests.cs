using FactCheck.Serialization;

namespace FactCheck.Tests.Serialization;

/// <summary>Relations that list their parts, as files write them.</summary>
public class RelationPartsFileTests
{
    private static string File(string relation) =>
        "{ \"format\": \"factcheck/claims@1\", \"relations\": [ " + relation + " ], \"claims\": [] }";

    private static ClaimSetProblem Problem(string relation)
    {
        var act = () => new ClaimSetReader().ReadString(File(relation));
        return act.Should().Throw<ClaimSetException>().Which.Problems.Should().ContainSingle().Subject;
    }

    [Fact]
    public void Both_forms_load_side_by_side_and_are_written_back_as_they_were()
    {
        var text = File("{ \"part\": \"a\", \"whole\": \"w\" }, { \"whole\": \"w\", \"parts\": [\"a\", \"b\"], \"complete\": true }, { \"whole\": \"v\", \"parts\": [\"c\"] }");
        var set = new ClaimSetReader().ReadString(text).ClaimSet;
        set.Relations.Should().HaveCount(3);
        set.Relations[0].ListsParts.Should().BeFalse();
        set.Relations[1].Parts.Should().Equal("a", "b");
        set.Relations[1].Complete.Should().BeTrue();
        set.Relations[2].Complete.Should().BeFalse();
        var written = ClaimSetWriter.WriteToString(set);
        written.Should().Contain("\"complete\": true").And.Contain("\"part\": \"a\"");
        ClaimSetWriter.WriteToString(new ClaimSetReader().ReadString(written).ClaimSet).Should().Be(written);
        new ClaimSetReader().ReadString(written).ClaimSet.Should().Be(set);
    }

    [Fact]
    public void Part_and_parts_together_are_a_located_problem() =>
        Problem("{ \"part\": \"a\", \"whole\": \"w\", \"parts\": [\"a\", \"b\"] }").Path.Should().Be("$.relations[0].part");

    [Fact]
    public void A_part_listed_twice_is_a_located_problem()
    {
        var problem = Problem("{ \"whole\": \"w\", \"parts\": [\"a\", \"b\", \"a\"] }");
        problem.Path.Should().Be("$.relations[0].parts[2]");
        problem.Message.Should().Contain("listed twice");
    }

    [Fact]
    public void A_part_that_is_the_whole_is_a_located_problem() =>
        Problem("{ \"whole\": \"w\", \"parts\": [\"a\", \"w\"] }").Path.Should().Be("$.relations[0].parts[1]");

    [Fact]
    public void Empty_parts_are_a_located_problem() =>
        Problem("{ \"whole\": \"w\", \"parts\": [] }").Path.Should().Be("$.relations[0].parts");

    [Fact]
    public void Parts_that_are_not_a_list_are_a_located_problem() =>
        Problem("{ \"whole\": \"w\", \"parts\": \"a\" }").Path.Should().Be("$.relations[0].parts");

    [Fact]
    public void Complete_that_is_not_true_or_false_is_a_located_problem() =>
        Problem("{ \"whole\": \"w\", \"parts\": [\"a\"], \"complete\": \"yes\" }").Path.Should().Be("$.relations[0].complete");

    [Fact]
    public void Complete_without_parts_is_a_located_problem() =>
        Problem("{ \"part\": \"a\", \"whole\": \"w\", \"complete\": true }").Path.Should().Be("$.relations[0].complete");

    [Fact]
    public void The_constructor_refuses_what_the_reader_refuses()
    {
        var twice = () => new Relation("w", ["a", "a"]);
        var itself = () => new Relation("w", ["w"]);
        var none = () => new Relation("w", Array.Empty<string>());
        twice.Should().Throw<ArgumentException>().WithMessage("*listed twice*");
        itself.Should().Throw<ArgumentException>().WithMessage("*part of itself*");
        none.Should().Throw<ArgumentException>().WithMessage("*at least one part*");
        new Relation("w", ["a", "b"], complete: true).ToString().Should().Be("a + b = w");
    }
}
