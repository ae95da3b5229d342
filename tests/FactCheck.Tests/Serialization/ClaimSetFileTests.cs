using FactCheck.Serialization;
using FactCheck.Tests.Seed;

namespace FactCheck.Tests.Serialization;

public class ClaimSetFileTests
{
    private static ClaimSet Read(string json) => new ClaimSetReader().ReadString(json, "test.claims.json").ClaimSet;

    private static ValueArray<ClaimSetProblem> Problems(string json)
    {
        var act = () => new ClaimSetReader().ReadString(json, "test.claims.json");
        return act.Should().Throw<ClaimSetException>().Which.Problems;
    }

    private static string Claims(params string[] claims) =>
        "{ \"format\": \"factcheck/claims@1\", \"sources\": [ { \"id\": \"s1\", \"published\": \"2020-09-09\" } ], \"claims\": [ " + string.Join(", ", claims) + " ] }";

    [Fact]
    public void Seed_sample_file_is_the_seed_claim_set_built_in_code() =>
        ClaimSetFiles.Load(RepositoryFiles.Sample("us-force-levels-2020.claims.json")).Should().Be(SeedClaims.Build());

    [Theory]
    [InlineData("us-force-levels-2020.claims.json")]
    [InlineData("riverland-economy-2024.claims.json")]
    [InlineData("lakeside-election-2024.claims.json")]
    public void Writing_a_sample_and_reading_it_back_gives_an_equal_claim_set(string sample)
    {
        var original = ClaimSetFiles.Load(RepositoryFiles.Sample(sample));
        Read(ClaimSetWriter.WriteToString(original)).Should().Be(original);
    }

    [Fact]
    public void Every_value_form_survives_a_round_trip()
    {
        var set = ClaimSet.CreateBuilder("forms").AsOf(new LocalDate(2020, 1, 1));
        set.Source("ref", published: new LocalDate(2020, 1, 1), trust: SourceTrust.Reference, url: "https://example.org/x", publisher: "Office");
        var values = new[] { "8,600", "about 5,200", "nearly 5,000", "at least 3", "more than 3", "at most 5,000", "less than 5,000", "between 4,000 and 5,000", "dozens", "a few", "5.2 million", "-3.5", "3.42 billion", "as many as one million", "4–5 million", "1.03 million" };
        for (var i = 0; i < values.Length; i++) set.Observation($"o{i}", "x" + i, values[i]).At("2020").From("ref");
        set.Observation("excl", "y", Quantity.Range(4000, true, 5000, false)).At("../2020-11-03").Quoting("words", new TextSpan(3, 9));
        set.Observation("pct", "z", "69%").Metric("rate").At("2020-Q3");
        set.Share("sh", "p", "w", "a third").At("late 2018");
        set.Share("sh2", "p", "w", "the bulk").At("2018-09/..");
        set.Change("ch", "x0", ChangeDirection.Decrease).By("10%").Over("2019/2020");
        set.Change("ch2", "x0", ChangeDirection.Unchanged).Over("2020");
        set.Target("t", "x0", "under 4,000").By("2021-12").Stated("early 2020-09").SaidBy("someone");
        set.Event("e", "ev").At("mid 2020-09").OnA(IsoDayOfWeek.Monday);
        set.Entity("p1", "Kenneth McKenzie", "person", "Frank McKenzie");
        set.Mention("m", "Kenneth McKenzie").Of("p1").As("Commander");
        set.PartOf("p", "w");
        var original = set.Build();
        var text = ClaimSetWriter.WriteToString(original);
        Read(text).Should().Be(original);
        text.Should().Contain("\"value\": \"at least 3\"").And.Contain("\"minExclusive\": true").And.NotContain("≥");
        text.Should().Contain("\"value\": \"3.42 billion\"").And.Contain("\"value\": \"between 4 million and 5 million\"").And.Contain("\"value\": \"1.03 million\"");
    }

    [Fact]
    public void Percentage_keeps_its_stated_decimals_through_a_file()
    {
        var set = ClaimSet.CreateBuilder("pct").AsOf(new LocalDate(2020, 1, 1));
        set.Observation("a", "x", "60.0%").Metric("rate").At("2020");
        set.Observation("b", "y", "60%").Metric("rate").At("2020");
        var original = set.Build();
        var text = ClaimSetWriter.WriteToString(original);
        text.Should().Contain("\"value\": \"60.0%\"").And.Contain("\"value\": \"60%\"");
        var read = Read(text);
        read.Should().Be(original);
        ((Observation)read.FindClaim("a")!).Value.ToInterval().Should().Be(ValueInterval.Closed(59.95, 60.05));
    }

    [Fact]
    public void Writer_output_is_byte_identical_every_time()
    {
        var set = SeedClaims.Build();
        ClaimSetWriter.WriteToString(set).Should().Be(ClaimSetWriter.WriteToString(SeedClaims.Build()));
    }

    [Fact]
    public void Value_object_forms_are_read()
    {
        var set = Read(Claims(
            "{ \"id\": \"a\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": {\"exactly\": 8600}, \"source\": \"s1\" }",
            "{ \"id\": \"b\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": {\"approximately\": 5200}, \"source\": \"s1\" }",
            "{ \"id\": \"c\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": {\"min\": 4000, \"max\": 5000, \"maxExclusive\": true}, \"source\": \"s1\" }",
            "{ \"id\": \"d\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": {\"max\": 5000}, \"source\": \"s1\" }"));
        set.Claims.Cast<Observation>().Select(o => o.Value).Should().Equal(
            Quantity.Exactly(8600), Quantity.Approximately(5200), Quantity.Range(4000, false, 5000, true), Quantity.AtMost(5000));
    }

    [Theory]
    [InlineData("last month", "2020-08")]
    [InlineData("on Tuesday", "2020-09-08")]
    [InlineData("last Wednesday", "2020-09-02")]
    [InlineData("by the end of the month", "2020-09-30")]
    public void Relative_times_resolve_against_the_claims_source(string written, string expected)
    {
        var set = Read(Claims($"{{ \"id\": \"e\", \"kind\": \"event\", \"subject\": \"x\", \"time\": \"{written}\", \"source\": \"s1\" }}"));
        ((Event)set["e"]).Time.Should().Be(FuzzyTime.Parse(expected));
    }

    [Fact]
    public void Time_defaults_to_the_sources_publication_date_then_as_of()
    {
        var set = Read("{ \"format\": \"factcheck/claims@1\", \"asOf\": \"2021-01-01\", \"sources\": [ { \"id\": \"s1\", \"published\": \"2020-09-09\" }, { \"id\": \"s2\" } ], \"claims\": [" +
            "{ \"id\": \"a\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": \"1\", \"source\": \"s1\" }," +
            "{ \"id\": \"b\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": \"1\", \"source\": \"s2\" } ] }");
        ((Observation)set["a"]).Time.Should().Be(FuzzyTime.Day(2020, 9, 9));
        ((Observation)set["b"]).Time.Should().Be(FuzzyTime.Day(2021, 1, 1));
    }

    [Fact]
    public void Comments_trailing_commas_and_extension_fields_are_accepted()
    {
        var set = Read("""
            { // a claim set
              "format": "factcheck/claims@1",
              "x-pipeline": { "run": 42, "deep": [[[1]]] },
              "claims": [ { "id": "a", "kind": "mention", "name": "X", "x-note": "checked", }, ],
            }
            """);
        set.Claims.Should().ContainSingle();
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_with_path_line_and_column()
    {
        var problems = Problems("""
            {
              "format": "factcheck/claims@1",
              "sources": [ { "id": "s1" }, { "id": "s1" } ],
              "claims": [
                { "id": "a", "kind": "observation", "subject": "x", "value": "between 5,000 and 4,000", "time": "2020-09-09", "source": "s1" },
                { "id": "b", "kind": "observashun", "subject": "x" },
                { "id": "c", "kind": "observation", "value": "lots", "time": "2021-02-29", "source": "s9" },
                { "id": "a", "kind": "event", "subject": "e", "time": "2020-13-45", "weekday": "Funday" },
                { "id": "d", "kind": "target", "subject": "x", "value": "1", "deadLine": "2020-11-03" },
                { "id": "e", "kind": "mention", "entity": "ghost" }
              ]
            }
            """);
        problems.Select(p => p.Path).Should().Equal(
            "$.sources[1].id", "$.claims[0].value", "$.claims[1].kind", "$.claims[2].subject", "$.claims[2].value", "$.claims[2].time",
            "$.claims[2].source", "$.claims[3].id", "$.claims[3].time", "$.claims[3].weekday", "$.claims[4].deadLine", "$.claims[5].name", "$.claims[5].entity");
        problems.Should().OnlyContain(p => p.File == "test.claims.json" && p.Line != null && p.Column != null);
        problems.Single(p => p.Path == "$.claims[2].time").Should().BeEquivalentTo(new { Line = 7, Message = "In claim 'c': '2021-02-29' is not a valid time: 2021-02 has 28 days; got day 29." });
        problems.Single(p => p.Path == "$.claims[0].value").Message.Should().Contain("inverted");
        problems.Single(p => p.Path == "$.claims[4].deadLine").Message.Should().Contain("Unknown field 'deadLine'");
    }

    [Fact]
    public void Sources_and_entities_may_come_after_the_claims_that_name_them()
    {
        var set = Read("""
            { "format": "factcheck/claims@1",
              "claims": [ { "id": "m", "kind": "mention", "name": "N", "entity": "p", "source": "late" } ],
              "sources": [ { "id": "late", "published": "2020-09-09" } ],
              "entities": [ { "id": "p", "name": "N" } ] }
            """);
        set["m"].SourceId.Should().Be("late");
        var problems = Problems("""
            { "format": "factcheck/claims@1",
              "claims": [ { "id": "m", "kind": "mention", "name": "N", "entity": "q", "source": "nowhere" } ],
              "sources": [ { "id": "late" } ] }
            """);
        problems.Select(p => (p.Path, p.Line)).Should().Equal(("$.claims[0].entity", 2), ("$.claims[0].source", 2));
    }

    [Fact]
    public void Unknown_format_version_is_rejected_naming_the_version_found() =>
        Problems("{ \"format\": \"factcheck/claims@2\", \"claims\": [] }").Single().Message.Should().Contain("factcheck/claims@2");

    [Fact]
    public void Missing_format_and_claims_are_both_reported() =>
        Problems("{ \"title\": \"x\" }").Select(p => p.Path).Should().Equal("$.format", "$.claims");

    [Theory]
    [InlineData("", "empty")]
    [InlineData("[]", "JSON object")]
    [InlineData("{ \"format\": \"factcheck/claims@1\", \"claims\": [ { \"id\": \"a\", ] }", "not valid JSON")]
    [InlineData("{ \"format\": \"factcheck/claims@1\", \"claims\": [] } {}", "not valid JSON")]
    public void Text_that_is_not_a_claim_set_is_rejected_with_a_reason(string json, string reason) =>
        Problems(json).Should().Contain(p => p.Message.Contains(reason, StringComparison.Ordinal));

    [Fact]
    public void Invalid_json_is_located()
    {
        var problem = Problems("{\n  \"format\": \"factcheck/claims@1\",\n  \"claims\": [ { \"id\": \"a\" ,, } ]\n}").Single();
        (problem.Line, problem.Column).Should().Be((3, 28), "the second comma stands at column 28");
    }

    [Fact]
    public void Nesting_ten_thousand_levels_deep_is_a_clear_error_not_a_crash()
    {
        var json = "{ \"format\": \"factcheck/claims@1\", \"x-deep\": " + new string('[', 10_000) + new string(']', 10_000) + ", \"claims\": [] }";
        Problems(json).Single().Message.Should().Contain("nests deeper");
    }

    [Fact]
    public void A_100_MB_string_is_refused_after_reading_a_bounded_amount()
    {
        using var stream = new GeneratedStream("{ \"format\": \"factcheck/claims@1\", \"claims\": [ { \"id\": \"a\", \"kind\": \"mention\", \"name\": \"", (byte)'x', 100L * 1024 * 1024, "\" } ] }");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var act = () => new ClaimSetReader().Read(stream, "huge.claims.json");
        act.Should().Throw<ClaimSetException>().Which.Problems.Single().Message.Should().Contain("longer than 1 MiB");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(16L * 1024 * 1024);
        stream.Position.Should().BeLessThan(8L * 1024 * 1024, "reading stops once the value is known to be too long");
    }

    [Fact]
    public void A_gigabyte_of_broken_claims_stops_after_the_problem_limit()
    {
        var claim = "{ \"id\": \"x\", \"kind\": \"observation\" }, ";
        using var stream = new GeneratedStream("{ \"format\": \"factcheck/claims@1\", \"claims\": [ ", claim, 1024L * 1024 * 1024, "] }");
        var act = () => new ClaimSetReader().Read(stream);
        var problems = act.Should().Throw<ClaimSetException>().Which.Problems;
        problems.Count.Should().Be(ClaimSetReaderOptions.Default.MaxProblems + 1);
        problems[^1].Message.Should().Contain("Reading stopped");
        problems[^1].Line.Should().BeGreaterThanOrEqualTo(1, "every problem is located, the last one where the list ends");
        problems[^1].Column.Should().BeGreaterThanOrEqualTo(1);
        stream.Position.Should().BeLessThan(64L * 1024 * 1024);
    }

    [Fact]
    public void Several_files_are_one_claim_set_with_ids_unique_across_them()
    {
        var directory = Directory.CreateTempSubdirectory("factcheck-");
        try
        {
            var first = Path.Combine(directory.FullName, "a.claims.json");
            var second = Path.Combine(directory.FullName, "b.claims.json");
            File.WriteAllText(first, Claims("{ \"id\": \"x\", \"kind\": \"observation\", \"subject\": \"s\", \"value\": \"5,200\", \"source\": \"s1\" }"));
            File.WriteAllText(second, "{ \"format\": \"factcheck/claims@1\", \"claims\": [\n { \"id\": \"y\", \"kind\": \"observation\", \"subject\": \"s\", \"value\": \"3,000\", \"time\": \"2020-09-09\", \"source\": \"s1\" } ] }");
            var document = new ClaimSetReader().ReadFiles([first, second]);
            document.ClaimSet.Claims.Select(c => c.Id).Should().Equal("x", "y");
            document.LocationOf("y").Should().Be(new ClaimLocation(second, 2, 2));
            new FactChecker().Check(document.ClaimSet).Findings.Single().RuleId.Should().Be("FC001");

            File.WriteAllText(second, "{ \"format\": \"factcheck/claims@1\", \"claims\": [ { \"id\": \"x\", \"kind\": \"mention\", \"name\": \"N\" } ] }");
            var act = () => new ClaimSetReader().ReadFiles([first, second]);
            var problem = act.Should().Throw<ClaimSetException>().Which.Problems.Single();
            problem.File.Should().Be(second);
            problem.Message.Should().Contain("'x' is used twice").And.Contain("a.claims.json");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Missing_file_is_a_problem_naming_the_path()
    {
        var act = () => new ClaimSetReader().ReadFiles(["/nonexistent/dir/x.claims.json"]);
        act.Should().Throw<ClaimSetException>().Which.Problems.Single().File.Should().Be("/nonexistent/dir/x.claims.json");
    }

    [Fact]
    public void As_of_option_replaces_the_files_date()
    {
        var json = "{ \"format\": \"factcheck/claims@1\", \"asOf\": \"2020-01-01\", \"claims\": [ { \"id\": \"a\", \"kind\": \"event\", \"subject\": \"x\" } ] }";
        var set = new ClaimSetReader(ClaimSetReaderOptions.Default with { AsOf = new LocalDate(2022, 2, 2) }).ReadString(json).ClaimSet;
        ((Event)set["a"]).Time.Should().Be(FuzzyTime.Day(2022, 2, 2));
    }

    [Fact]
    public void Saving_replaces_the_file_whole()
    {
        var path = Path.Combine(Path.GetTempPath(), $"factcheck-{Guid.NewGuid():N}.claims.json");
        try
        {
            File.WriteAllText(path, new string('x', 100_000));
            ClaimSetFiles.Save(SeedClaims.Build(), path);
            ClaimSetFiles.Load(path).Should().Be(SeedClaims.Build());
            File.Exists(path + ".partial").Should().BeFalse();
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A stream of a prefix, a repeated filler up to a length, and a suffix, made as it is read: huge inputs without huge memory.</summary>
    private sealed class GeneratedStream : Stream
    {
        private readonly byte[] prefix;
        private readonly byte[] filler;
        private readonly byte[] suffix;
        private readonly long fillerLength;
        private long position;

        public GeneratedStream(string prefix, byte filler, long fillerLength, string suffix)
            : this(prefix, ((char)filler).ToString(), fillerLength, suffix)
        {
        }

        public GeneratedStream(string prefix, string filler, long fillerLength, string suffix)
        {
            this.prefix = System.Text.Encoding.UTF8.GetBytes(prefix);
            this.filler = System.Text.Encoding.UTF8.GetBytes(filler);
            this.suffix = System.Text.Encoding.UTF8.GetBytes(suffix);
            this.fillerLength = fillerLength - (fillerLength % this.filler.Length);
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => prefix.Length + fillerLength + suffix.Length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var written = 0;
            while (written < count && position < Length)
            {
                buffer[offset + written++] = ByteAt(position++);
            }
            return written;
        }

        private byte ByteAt(long at)
        {
            if (at < prefix.Length) return prefix[at];
            at -= prefix.Length;
            if (at < fillerLength) return filler[at % filler.Length];
            return suffix[at - fillerLength];
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
