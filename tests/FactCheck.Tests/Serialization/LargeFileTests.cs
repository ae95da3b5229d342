using System.Globalization;
using System.Text;
using FactCheck.Serialization;

namespace FactCheck.Tests.Serialization;

/// <summary>
/// Files long enough that their claims are converted on a second thread while the first reads on: what comes out
/// must be exactly what a one-thread read gives — the same claims, and the same problems in the same order.
/// </summary>
public class LargeFileTests
{
    private const int Count = 3_000;

    private static string Claim(int i, string? time = null) => string.Create(CultureInfo.InvariantCulture,
        $$"""{ "id": "c{{i}}", "kind": "observation", "subject": "s{{i % 40}}", "value": "about {{1000 + (i % 7)}}", "time": "{{time ?? "2020-0" + (1 + (i % 9))}}", "source": "s1" }""");

    /// <summary>A claim set of <paramref name="count"/> claims, one per line (claim i on line i + 4), with some replaced.</summary>
    private static string File(int count, Func<int, string?>? replace = null, string end = "\n] }")
    {
        var text = new StringBuilder("{ \"format\": \"factcheck/claims@1\",\n\"sources\": [ { \"id\": \"s1\", \"published\": \"2020-09-09\" } ],\n\"claims\": [\n");
        for (var i = 0; i < count; i++)
        {
            text.Append(replace?.Invoke(i) ?? Claim(i)).Append(i < count - 1 ? ",\n" : "");
        }
        return text.Append(end).ToString();
    }

    private static ValueArray<ClaimSetProblem> Problems(string json, ClaimSetReaderOptions? options = null)
    {
        var act = () => new ClaimSetReader(options ?? ClaimSetReaderOptions.Default).ReadString(json, "big.claims.json");
        return act.Should().Throw<ClaimSetException>().Which.Problems;
    }

    [Fact]
    public void A_large_set_written_to_a_stream_as_it_goes_is_the_text_written_whole()
    {
        var claims = new ClaimSetReader().ReadString(File(Count), "big.claims.json").ClaimSet;
        using var stream = new CountingStream();

        ClaimSetWriter.Write(claims, stream);

        stream.Length.Should().BeGreaterThan(1 << 18);
        stream.Writes.Should().BeGreaterThan(3, "the text is passed on in pieces as it is made, not held whole");
        stream.Flushes.Should().Be(1, "the caller's stream is flushed once, at the end");
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(ClaimSetWriter.WriteToString(claims), "both give a file's text, ending with a newline");
    }

    /// <summary>A memory stream that counts the writes and flushes it is given.</summary>
    private sealed class CountingStream : MemoryStream
    {
        internal int Writes { get; private set; }

        internal int Flushes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            base.Write(buffer);
        }

        public override void Flush()
        {
            Flushes++;
            base.Flush();
        }
    }

    [Fact]
    public void A_large_file_gives_every_claim_in_file_order()
    {
        var document = new ClaimSetReader().ReadString(File(Count), "big.claims.json");
        document.ClaimSet.Claims.Select(c => c.Id).Should().Equal(Enumerable.Range(0, Count).Select(i => "c" + i));
        document.LocationOf("c2999").Should().Be(new ClaimLocation("big.claims.json", 3003, 1));
        document.ClaimSet["c1234"].Should().BeOfType<Observation>().Which.Value.Should().Be(Quantity.Approximately(1000 + (1234 % 7)));
    }

    [Fact]
    public void Every_read_of_a_file_sized_on_the_way_gives_every_claim()
    {
        // Past the first claims the reader sizes its tables for the rest of the file while the converter adds
        // claims beside it; a table resized by the wrong thread once lost claims silently, now and then.
        var json = File(40_000);
        var expected = Enumerable.Range(0, 40_000).Select(i => "c" + i).ToArray();
        for (var read = 0; read < 25; read++)
        {
            var claims = new ClaimSetReader().ReadString(json, "big.claims.json").ClaimSet.Claims;
            claims.Select(c => c.Id).Should().Equal(expected, $"read {read}");
        }
    }

    [Fact]
    public void Problems_throughout_a_large_file_come_in_file_order_on_every_read()
    {
        var json = File(Count, i => i % 250 == 7 ? Claim(i, time: "2020-13") : null);
        var expected = Enumerable.Range(0, Count).Where(i => i % 250 == 7).Select(i => $"$.claims[{i}].time").ToList();

        for (var read = 0; read < 5; read++)
        {
            var problems = Problems(json);
            problems.Select(p => p.Path).Should().Equal(expected);
            problems.Select(p => p.Line).Should().Equal(expected.Select((_, k) => (int?)(250 * k + 7 + 4)));
        }
    }

    [Fact]
    public void Claims_read_as_nodes_among_claims_read_as_bytes_are_numbered_in_file_order()
    {
        // Claims that come as bytes are numbered together before their batch goes; a claim read as a node (its quote has
        // an escape) between them is numbered after those before it and before those after it, as a one-thread read does.
        static string Escaped(string id) => $$"""{ "id": "{{id}}", "kind": "observation", "subject": "s1", "value": "5", "time": "2020-01", "source": "s1", "quote": "\"five\"" }""";
        var json = File(Count, i => i switch { 100 => Escaped("c40"), 200 => Escaped("c201"), _ => null });

        Problems(json).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.claims[100].id", "The claim id 'c40' is used twice; it was first used at big.claims.json(44,1)."),
            ("$.claims[201].id", "The claim id 'c201' is used twice; it was first used at big.claims.json(204,1)."));
    }

    [Fact]
    public void Sources_and_entities_a_large_file_lacks_are_each_reported_in_file_order()
    {
        // A large read's claims are checked on two cores while every one names what there is; any that does not sends
        // the whole set to the one-core check, which reports each in order, the same one-source string or not.
        static string Mention(int i, string entity) =>
            string.Create(CultureInfo.InvariantCulture, $$"""{ "id": "c{{i}}", "kind": "mention", "entity": "{{entity}}", "name": "Someone", "source": "s1" }""");
        var json = File(Count, i => i switch
        {
            10 or 2_500 => Claim(i).Replace("\"s1\"", "\"s9\"", StringComparison.Ordinal),
            1_500 => Mention(i, "nobody"),
            2_999 => Claim(i).Replace("\"s1\"", "\"s9\"", StringComparison.Ordinal),
            _ => null,
        });

        Problems(json).Select(p => (p.Path, p.Line)).Should().Equal(
            ("$.claims[10].source", 14),
            ("$.claims[1500].entity", 1504),
            ("$.claims[2500].source", 2504),
            ("$.claims[2999].source", 3003));
    }

    private const string Sources = "\"sources\": [ { \"id\": \"s1\", \"published\": \"2020-09-09\" } ],\n";

    /// <summary>The same file with its sources listed after its claims: no claim's source is known as it is read.</summary>
    private static string SourcesLast(string file)
    {
        var moved = file.Replace(Sources, string.Empty, StringComparison.Ordinal)
            .Replace("\n] }", "\n],\n" + Sources.TrimEnd(',', '\n') + " }", StringComparison.Ordinal);
        moved.Should().NotBe(file);
        return moved;
    }

    /// <summary>Claim i with a quote whose escape sends it to the node reader.</summary>
    private static string Escaped(int i, string source = "s1") => string.Create(CultureInfo.InvariantCulture,
        $$"""{ "id": "c{{i}}", "kind": "observation", "subject": "s1", "value": "5", "time": "2020-01", "source": "{{source}}", "quote": "\"five\"" }""");

    [Theory]
    [InlineData(Count, false)]
    [InlineData(Count, true)]
    [InlineData(3, false)]
    public void Claims_read_before_their_sources_are_listed_equal_those_read_after(int count, bool oneReadAsNode)
    {
        // With the sources first, every claim's source is known as it is read, and the set is checked without reading the
        // claims again; with the sources last (or with one claim read as a node), each claim is looked at once more. All
        // give the same claims.
        var sourcesFirst = File(count, i => oneReadAsNode && i == count / 2 ? Escaped(i) : null);

        var first = new ClaimSetReader().ReadString(sourcesFirst, "big.claims.json").ClaimSet;
        var last = new ClaimSetReader().ReadString(SourcesLast(sourcesFirst), "big.claims.json").ClaimSet;

        first.Claims.Should().HaveCount(count).And.Equal(last.Claims);
        first.Claims.Should().OnlyContain(c => c.SourceId == "s1");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_source_that_is_never_listed_is_reported_where_the_claim_names_it_with_the_sources_first_or_last(bool sourcesLast)
    {
        var json = File(Count, i => i == 2_000 ? Claim(i).Replace("\"s1\"", "\"s9\"", StringComparison.Ordinal) : null);
        Problems(sourcesLast ? SourcesLast(json) : json).Should().ContainSingle().Which.Should()
            .BeEquivalentTo(new { Path = "$.claims[2000].source", Line = sourcesLast ? 2003 : 2004 });
    }

    [Fact]
    public void A_claim_read_as_a_node_among_claims_read_as_bytes_still_has_its_unknown_source_reported() =>
        Problems(File(Count, i => i == 1_500 ? Escaped(i, source: "s9") : null)).Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Path = "$.claims[1500].source", Line = 1504 });

    [Fact]
    public void A_mention_of_a_listed_entity_among_claims_read_as_bytes_is_built()
    {
        const string Mention = """{ "id": "c1500", "kind": "mention", "entity": "p1", "name": "Someone", "source": "s1" }""";
        var json = File(Count, i => i == 1_500 ? Mention : null)
            .Replace("\"claims\": [", "\"entities\": [ { \"id\": \"p1\", \"kind\": \"person\", \"name\": \"Someone\" } ],\n\"claims\": [", StringComparison.Ordinal);

        var claims = new ClaimSetReader().ReadString(json, "big.claims.json").ClaimSet;

        claims.Claims.Should().HaveCount(Count);
        claims["c1500"].Should().BeOfType<Mention>().Which.Entity.Should().Be("p1");
    }

    [Fact]
    public void Revisions_in_a_large_file_are_checked_as_in_a_small_one()
    {
        static string Revising(int i, string revised) =>
            string.Create(CultureInfo.InvariantCulture, $$"""{ "id": "c{{i}}", "kind": "observation", "subject": "s1", "value": "5", "time": "2020-01", "source": "s1", "revises": "{{revised}}" }""");

        var read = new ClaimSetReader().ReadString(File(Count, i => i == 2_000 ? Revising(i, "c3") : null), "big.claims.json").ClaimSet;
        ((Observation)read["c2000"]).Revises.Should().Be("c3");

        Problems(File(Count, i => i == 2_000 ? Revising(i, "c9999") : null)).Should().ContainSingle().Which.Message.Should()
            .Be("Observation 'c2000' revises 'c9999', which is not among the claims.");
    }

    [Fact]
    public void An_id_used_again_far_down_names_where_it_was_first_used()
    {
        var json = File(Count, i => i == 2_900 ? Claim(12) : null);
        Problems(json).Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Path = "$.claims[2900].id",
            Line = 2904,
            Message = "The claim id 'c12' is used twice; it was first used at big.claims.json(16,1).",
        });
    }

    [Fact]
    public void Broken_json_after_many_claims_comes_after_the_problems_of_the_claims_before_it()
    {
        var json = File(Count, i => i is 5 or 2_000 ? "{ \"id\": \"c" + i + "\", \"kind\": \"observation\" }" : null, end: "\n, } }");
        var problems = Problems(json);
        problems.Select(p => p.Path).Should().Equal(
            "$.claims[5].subject", "$.claims[5].value", "$.claims[2000].subject", "$.claims[2000].value", "$.claims[3000]");
        problems[^1].Message.Should().Contain("not valid JSON");
    }

    [Fact]
    public void Broken_json_within_a_large_file_is_located_at_the_claim_that_breaks_it()
    {
        var problems = Problems(File(Count, i => i == 2_500 ? "{ \"id\": \"c2500\", \"kind\": }" : null));
        problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Path = "$.claims[2500]", Line = 2504 });
        problems[0].Message.Should().Contain("not valid JSON");
    }

    [Fact]
    public void The_problem_limit_keeps_the_first_problems_of_a_large_file()
    {
        var json = File(Count, i => i >= 600 ? "{ \"id\": \"c" + i + "\", \"kind\": \"event\", \"subject\": \"e\", \"time\": \"someday\" }" : null);
        var problems = Problems(json, ClaimSetReaderOptions.Default with { MaxProblems = 10 });
        problems.Select(p => p.Path).Should().Equal(
            Enumerable.Range(600, 10).Select(i => $"$.claims[{i}].time").Append("$"));
        problems[^1].Message.Should().Contain("Reading stopped after 10 problems");
    }

    [Fact]
    public void Entries_that_are_not_objects_are_located_among_many_claims() =>
        Problems(File(Count, i => i == 1_500 ? "42" : null)).Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Path = "$.claims[1500]", Line = 1504, Message = "Each entry of 'claims' is an object; got a number." });
}
