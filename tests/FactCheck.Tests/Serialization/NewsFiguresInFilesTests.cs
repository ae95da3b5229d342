using FactCheck.Serialization;
using FactCheck.Tests.Rules;

namespace FactCheck.Tests.Serialization;

/// <summary>The value grammar's news figures as files state them: read, checked, written back as stated.</summary>
public class NewsFiguresInFilesTests
{
    private static string File(params string[] claims) =>
        "{ \"format\": \"factcheck/claims@1\", \"sources\": [ { \"id\": \"s1\", \"published\": \"2020-09-09\" } ], \"claims\": [ " + string.Join(", ", claims) + " ] }";

    private static ClaimSet Read(params string[] claims) => new ClaimSetReader().ReadString(File(claims), "news.claims.json").ClaimSet;

    private static ClaimSetProblem Problem(params string[] claims)
    {
        var act = () => Read(claims);
        return act.Should().Throw<ClaimSetException>().Which.Problems.Single();
    }

    [Fact]
    public void A_change_that_doubled_needs_no_direction()
    {
        var change = Read("""{ "id": "c", "kind": "change", "subject": "x", "magnitude": "doubled", "time": "2020", "source": "s1" }""").Claims.OfType<Change>().Single();
        (change.Direction, change.Magnitude!.Factor).Should().Be((ChangeDirection.Increase, 2m));
    }

    [Fact]
    public void A_change_that_halved_and_says_increase_is_a_located_problem()
    {
        var problem = Problem("""{ "id": "c", "kind": "change", "subject": "x", "direction": "increase", "magnitude": "halved", "time": "2020", "source": "s1" }""");
        // The model's sentence, the same a builder throws; the path names the claim.
        (problem.Path, problem.Message).Should().Be(("$.claims[0].magnitude", "A change that halved is a decrease; got 'increase'."));
    }

    [Fact]
    public void A_change_of_percentage_points_still_needs_its_direction() =>
        Problem("""{ "id": "c", "kind": "change", "subject": "x", "magnitude": "8 points", "time": "2020", "source": "s1" }""").Path.Should().Be("$.claims[0].direction");

    [Fact]
    public void An_unreadable_multiple_is_a_located_problem_that_quotes_it()
    {
        var problem = Problem("""{ "id": "c", "kind": "change", "subject": "x", "direction": "increase", "magnitude": "1 times", "time": "2020", "source": "s1" }""");
        (problem.Path, problem.Message).Should().Be(("$.claims[0].magnitude", "In claim 'c': '1 times' is not a valid multiple: A multiple of one is no change; say 'unchanged'."));
    }

    [Theory]
    [InlineData("8 percentage points", "8 percentage points")]
    [InlineData("8 pp", "8 percentage points")]
    [InlineData("about 8 points", "about 8 percentage points")]
    [InlineData("three times", "3 times")]
    [InlineData("tripled", "tripled")]
    [InlineData("significant", "significant")]
    [InlineData("10%", "10%")]
    public void A_change_size_is_written_in_the_grammar_and_reads_back_the_same(string stated, string written)
    {
        var set = Read($$"""{ "id": "c", "kind": "change", "subject": "x", "direction": "increase", "magnitude": "{{stated}}", "time": "2020", "source": "s1" }""");
        var text = ClaimSetWriter.WriteToString(set);
        text.Should().Contain($"\"magnitude\": \"{written}\"");
        var again = new ClaimSetReader().ReadString(text, "again.claims.json").ClaimSet;
        again.Should().Be(set);
        ClaimSetWriter.WriteToString(again).Should().Be(text);
    }

    [Theory]
    [InlineData("17.35 lakh")]
    [InlineData("2 crore")]
    [InlineData("about 3.42 trillion")]
    [InlineData("one in seven")]
    [InlineData("nearly two thirds")]
    public void A_news_figure_is_written_back_as_stated(string value)
    {
        var set = Read($$"""{ "id": "o", "kind": "observation", "subject": "x", "value": "{{value}}", "time": "2020", "source": "s1" }""");
        ClaimSetWriter.WriteToString(set).Should().Contain($"\"value\": \"{value}\"");
    }

    [Fact]
    public void A_share_of_one_in_zero_is_a_located_problem()
    {
        var problem = Problem("""{ "id": "sh", "kind": "share", "part": "a", "whole": "b", "value": "one in 0", "time": "2020", "source": "s1" }""");
        (problem.Path, problem.Message).Should().Be(("$.claims[0].value", "In claim 'sh': 'one in 0' is not a valid quantity: the whole of 'one in 0' must be at least one."));
    }

    private static CheckReport Shares(string part, string whole, string share) =>
        RuleTestKit.Check(b =>
        {
            b.PartOf("a", "b");
            b.Observation("part", "a", part).At("2020-09-09").From("s1");
            b.Observation("whole", "b", whole).At("2020-09-09").From("s1");
            b.Share("share", "a", "b", share).At("2020-09-09").From("s2");
        });

    [Fact]
    public void One_in_seven_agrees_with_1001_of_7001_and_not_with_2001_of_7001()
    {
        Shares("1,001", "7,001", "one in seven").Findings("FC005").Should().BeEmpty();
        Shares("2,001", "7,001", "one in seven").Findings("FC005").Should().ContainSingle();
    }

    [Fact]
    public void More_than_half_agrees_with_a_majority_and_not_with_a_minority()
    {
        Shares("3,601", "7,001", "more than half").Findings("FC005").Should().BeEmpty();
        Shares("3,401", "7,001", "more than half").Findings("FC005").Should().ContainSingle();
    }
}
