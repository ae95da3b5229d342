using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using FactCheck.Benchmarks;
using FactCheck.Serialization;

namespace FactCheck.Tests.Serialization;

/// <summary>
/// Plain claims are drafted straight from their bytes, the rest read as nodes: either way a file must give the same
/// claims, the same locations and the same problems at the same places. Each test reads its input both ways and compares.
/// </summary>
public class ClaimBytesReadingTests
{
    private static readonly ClaimSetReader BytesFirst = new();
    private static readonly ClaimSetReader NodesOnly = new(new ClaimSetReaderOptions { ReadsClaimBytes = false });

    /// <summary>All a read gives, as text: the claims written back and where each stands, or every problem and where.</summary>
    private static string Outcome(ClaimSetReader reader, byte[] input)
    {
        try
        {
            var document = reader.Read(new MemoryStream(input), "f.claims.json");
            var text = new StringBuilder("loaded\n").Append(ClaimSetWriter.WriteToString(document.ClaimSet));
            foreach (var claim in document.ClaimSet.Claims) text.Append('\n').Append(claim.Id).Append(" at ").Append(document.LocationOf(claim.Id));
            return text.ToString();
        }
        catch (ClaimSetException e)
        {
            return "refused\n" + string.Join("\n", e.Problems.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.File}:{p.Line}:{p.Column} {p.Path}: {p.Message}")));
        }
    }

    private static void ReadsAlike(string json) => ReadsAlike(Encoding.UTF8.GetBytes(json));

    private static void ReadsAlike(byte[] input)
    {
        Outcome(BytesFirst, input).Should().Be(Outcome(NodesOnly, input));
        // The same claims by value too, not only written alike: a claim drafted from its bytes is made by another constructor.
        if (Loaded(BytesFirst, input) is { } fromBytes && Loaded(NodesOnly, input) is { } fromNodes) fromBytes.Claims.Should().Equal(fromNodes.Claims);
    }

    private static ClaimSet? Loaded(ClaimSetReader reader, byte[] input)
    {
        try
        {
            return reader.Read(new MemoryStream(input), "f.claims.json").ClaimSet;
        }
        catch (ClaimSetException)
        {
            return null;
        }
    }

    private static string File(params string[] claims) =>
        "{ \"format\": \"factcheck/claims@1\",\n\"sources\": [ { \"id\": \"s1\", \"published\": \"2020-09-09\" }, { \"id\": \"s2\" } ],\n\"claims\": [\n"
        + string.Join(",\n", claims) + "\n] }";

    [Theory]
    [InlineData("us-force-levels-2020.claims.json")]
    [InlineData("riverland-economy-2024.claims.json")]
    [InlineData("lakeside-election-2024.claims.json")]
    public void A_sample_reads_the_same_from_bytes_as_from_nodes(string sample) => ReadsAlike(System.IO.File.ReadAllBytes(RepositoryFiles.Sample(sample)));

    [Fact]
    public void Mutated_files_read_the_same_from_bytes_as_from_nodes()
    {
        var fuzzer = new MutationFuzzer(MutationFuzzer.Seeds(RepositoryFiles.Root), seed: 17);
        var loaded = 0;
        for (var i = 0; i < 1500; i++)
        {
            var input = fuzzer.Next();
            var outcome = Outcome(BytesFirst, input);
            outcome.Should().Be(Outcome(NodesOnly, input), "mutation {0} must read alike", i);
            if (outcome.StartsWith("loaded", StringComparison.Ordinal)) loaded++;
        }
        loaded.Should().BeGreaterThan(150, "enough mutations must load to compare claims, not only problems");
    }

    [Theory]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "about 5,200", "unit": "troops", "metric": "headcount", "time": "2020-05", "source": "s1", "attribution": "a spokesman", "quote": "some 5,200 troops" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": {"approximately": 5200}, "time": "2020-05" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": {"exactly": 5200, "min": 3}, "time": "2020-05" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": {"min": 4000, "max": 5000}, "time": "2020-05" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": {"max": 5000}, "time": "2020-05" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": {"min": 5000, "max": 4000}, "time": "2020-05" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": {"min": 4000, "minExclusive": true}, "time": "2020-05" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": {"about": 4000}, "time": "2020-05" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": {}, "time": "2020-05" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": 5200, "time": "2020-05" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": 1e400, "time": "2020-05" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": true, "time": "2020-05" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "lots", "time": "2020-05" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200 troops", "unit": null, "time": "2020-05" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200 troops", "time": "2020-05" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200", "unit": "  ", "time": "2020-05" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200", "time": "2020-05-01T10:30+02:00" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200", "time": "last month", "source": "s1" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200", "time": "last month", "source": "s2" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200", "time": "last month" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200", "time": "someday" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200", "time": "2020", "source": "elsewhere" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200", "time": "2020", "basis": " ", "projection": true, "revises": "b" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200", "time": "2020", "projection": null }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200", "time": "2020", "projection": "yes" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200", "time": "2020", "span": [3, 9] }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200", "time": "2020", "x-note": {"any": [1, 2]} }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200", "time": "2020", "colour": "red" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "subject": "t", "value": "5,200", "time": "2020" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s\u00e9", "value": "5,200", "time": "2020" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "région", "value": "5,200", "time": "2020" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": " s", "value": "5,200", "time": "2020" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "", "value": "5,200", "time": "2020" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": 7, "value": "5,200", "time": "2020" }""")]
    [InlineData("""{ "id": " a", "kind": "observation", "subject": "s", "value": "5,200", "time": "2020" }""")]
    [InlineData("""{ "id": 7, "kind": "observation", "subject": "s", "value": "5,200", "time": "2020" }""")]
    [InlineData("""{ "kind": "observation", "subject": "s", "value": "5,200", "time": "2020" }""")]
    [InlineData("""{ "id": "a", "kind": "forecast", "subject": "s", "value": "5,200", "time": "2020" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200", "time": "2020", "deadline": "2021" }""")]
    [InlineData("""{ "id": "a", /* said twice */ "kind": "observation", "subject": "s", "value": "5,200", "time": "2020", }""")]
    [InlineData("""{ "id": "a", "kind": "target", "subject": "s", "value": "4,000 to 5,000", "deadline": "2020-11-03", "stated": "2020-09-09", "tense": "future", "basis": "troops in country" }""")]
    [InlineData("""{ "id": "a", "kind": "target", "subject": "s", "value": "4,000", "deadline": "2020-01-03", "stated": "2020-09-09" }""")]
    [InlineData("""{ "id": "a", "kind": "target", "subject": "s", "value": "4,000", "deadline": "2020-01-03T10:00+01:00", "stated": "2020-09-09" }""")]
    [InlineData("""{ "id": "a", "kind": "target", "subject": "s", "value": "4,000", "stated": "yesterday", "source": "s1", "tense": "present" }""")]
    [InlineData("""{ "id": "a", "kind": "event", "subject": "s", "time": "2020-09-09", "tense": "past" }""")]
    [InlineData("""{ "id": "a", "kind": "event", "subject": "s", "time": "2020-09-09", "weekday": "Tuesday" }""")]
    [InlineData("""{ "id": "a", "kind": "change", "subject": "s", "direction": "increase", "magnitude": "doubled", "time": "2020" }""")]
    [InlineData("""{ "id": "a", "kind": "mention", "name": "J. Smith", "role": "minister" }""")]
    [InlineData("""{ "id": "a", "kind": "share", "part": "p", "whole": "w", "value": "40%", "time": "2020" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "between 4,000 and 5,000", "time": "2019-12-12/2019-12-27" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "between 5,000 and 4,000", "time": "2020-05-01" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "at most 5 000", "unit": "troops", "time": "2020-05-01" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "~5.50", "time": "2020-02-29" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "007", "time": "2021-02-29" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200", "time": "2019-12-27/2019-12-12" }""")]
    [InlineData("""{ "id": "a", "kind": "observation", "subject": "s", "value": "5,200", "time": "0000-01-01" }""")]
    [InlineData("""{ "id": "a", "kind": "target", "subject": "s", "value": "at least 3", "deadline": "2020-11-03", "stated": "2020-02-29" }""")]
    [InlineData("""["not", "a", "claim"]""")]
    public void A_claim_reads_the_same_from_bytes_as_from_nodes(string claim)
    {
        ReadsAlike(File(claim));
        // Spread over lines, so that each value is located by its own line and column.
        ReadsAlike(File(claim.Replace(", \"", ",\n      \"", StringComparison.Ordinal)));
        // With a plain claim before it, and again after it with the same id.
        ReadsAlike(File("""{ "id": "first", "kind": "observation", "subject": "s", "value": "1", "time": "2020" }""", claim, claim));
    }

    [Fact]
    public void Escapes_and_text_that_is_not_utf8_read_the_same_from_bytes_as_from_nodes()
    {
        ReadsAlike(File("""{ "id": "a\u0062", "kind": "observation", "subject": "s\n", "value": "5,200", "time": "2020" }"""));
        ReadsAlike(File("""{ "id": "a", "kind": "observation", "subject": "\ud800", "value": "5,200", "time": "2020" }"""));
        var broken = Encoding.UTF8.GetBytes(File("""{ "id": "a", "kind": "observation", "subject": "s?", "value": "5,200", "time": "2020" }"""));
        broken[Array.IndexOf(broken, (byte)'?')] = 0xC3;
        ReadsAlike(broken);
    }

    [Fact]
    public void A_claim_whose_problem_the_builder_finds_is_located_alike_from_bytes()
    {
        // A deadline open at its end is found when the claim is built, after it was drafted from its bytes.
        var claim = "{ \"id\": \"t\",\n  \"kind\": \"target\",\n  \"subject\": \"s\",\n  \"value\": \"4,000\",\n  \"deadline\": \"2020/..\",\n  \"stated\": \"2020-09-09\" }";
        var problems = new ClaimSetReader().Invoking(r => r.ReadString(File(claim), "f.claims.json")).Should().Throw<ClaimSetException>().Which.Problems;
        problems.Should().ContainSingle().Which.Should().Match<ClaimSetProblem>(p => p.Path == "$.claims[0].deadline" && p.Line == 8 && p.Column == 15);
        ReadsAlike(File(claim));
    }

    [Fact]
    public void A_large_file_with_claims_across_the_reading_buffer_reads_the_same_from_bytes_as_from_nodes()
    {
        var claims = Enumerable.Range(0, 4000).Select(i => i % 97 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{{ \"id\": \"c{i}\", \"kind\": \"observation\", \"subject\": \"s{i % 40}\",\n \"value\": {{\"min\": {i}, \"max\": {i + 10}}}, \"time\": \"2020-0{1 + (i % 9)}\", \"source\": \"s1\" }}")
            : i % 31 == 0 ? string.Create(CultureInfo.InvariantCulture, $"{{ \"id\": \"c{i}\", \"kind\": \"event\", \"subject\": \"e{i}\", \"time\": \"2020-05-0{1 + (i % 7)}\", \"weekday\": \"Monday\" }}")
            : string.Create(CultureInfo.InvariantCulture, $"{{ \"id\": \"c{i}\", \"kind\": \"observation\", \"subject\": \"s{i % 40}\", \"value\": \"about {1000 + (i % 7)}\", \"time\": \"2020-0{1 + (i % 9)}\", \"source\": \"s1\" }}")).ToList();
        ReadsAlike(File([.. claims]));
        ReadsAlike(File([.. claims.Select((c, i) => i == 2500 ? c.Replace("\"s1\"", "\"missing\"", StringComparison.Ordinal) : c)]));
    }

    [Theory]
    [InlineData(nameof(ClaimNumbering.WhereIdle))]
    [InlineData(nameof(ClaimNumbering.ReadingThread))]
    [InlineData(nameof(ClaimNumbering.Converter))]
    [InlineData(OneThread)]
    public void A_large_file_reads_alike_whichever_thread_numbers_its_claims(string thread)
    {
        // Ids taken again in later batches, entries that are not claims, claims read as nodes among those read from
        // their bytes, a claim without an id and one the builder refuses, spread over some twenty batches: each is
        // numbered where it stands, by either thread.
        var claims = Enumerable.Range(0, 5000).Select(i => i switch
        {
            1300 or 2999 => "{ \"id\": \"c7\", \"kind\": \"observation\", \"subject\": \"s1\", \"value\": \"5\", \"time\": \"2020\" }",
            700 or 4100 => "3",
            1800 or 1801 => string.Create(CultureInfo.InvariantCulture, $"{{ \"id\": \"c{i}\", \"kind\": \"observation\", \"subject\": \"s1\", \"value\": \"5\", \"time\": \"2020\", \"x-note\": {{\"a\": [1]}} }}"),
            2222 => "{ \"kind\": \"observation\", \"subject\": \"s1\", \"value\": \"5\", \"time\": \"2020\" }",
            3333 => "{ \"id\": \"c3333\", \"kind\": \"observation\", \"subject\": \"s1\", \"value\": \"5\", \"time\": \"2020\", \"source\": \"missing\" }",
            _ => string.Create(CultureInfo.InvariantCulture, $"{{ \"id\": \"c{i}\", \"kind\": \"observation\", \"subject\": \"s{i % 40}\", \"value\": \"about {1000 + (i % 7)}\", \"time\": \"2020-0{1 + (i % 9)}\", \"source\": \"s1\" }}"),
        }).ToArray();
        var reader = new ClaimSetReader(Threads(thread));
        var clean = Encoding.UTF8.GetBytes(File([.. claims.Where((_, i) => i is not (1300 or 2999 or 700 or 4100 or 2222 or 3333))]));
        var broken = Encoding.UTF8.GetBytes(File(claims));

        Outcome(reader, clean).Should().StartWith("loaded").And.Be(Outcome(NodesOnly, clean));
        Outcome(reader, broken).Should().StartWith("refused").And.Contain("c7").And.Be(Outcome(NodesOnly, broken));
        Outcome(new ClaimSetReader(Threads(thread) with { MaxClaims = 3000 }), clean)
            .Should().Be(Outcome(new ClaimSetReader(new ClaimSetReaderOptions { ReadsClaimBytes = false, MaxClaims = 3000 }), clean));
    }

    [Theory]
    [InlineData(nameof(ClaimNumbering.WhereIdle), 0)]
    [InlineData(nameof(ClaimNumbering.WhereIdle), 2560)]
    [InlineData(nameof(ClaimNumbering.ReadingThread), 0)]
    [InlineData(nameof(ClaimNumbering.ReadingThread), 2560)]
    [InlineData(nameof(ClaimNumbering.ReadingThread), 4864)]
    [InlineData(nameof(ClaimNumbering.Converter), 0)]
    [InlineData(nameof(ClaimNumbering.Converter), 2560)]
    [InlineData(nameof(ClaimNumbering.Converter), 4864)]
    [InlineData(OneThread, 0)]
    [InlineData(OneThread, 2560)]
    [InlineData(OneThread, 4864)]
    public void A_failure_while_a_batch_is_numbered_ends_the_read_with_that_failure(string thread, int failingBatch)
    {
        // A failure while claims are numbered (no memory for the tables, say) once left its batch unnumbered: the
        // converter waited for it, and the reading thread for the converter. The read must end, with the failure, for a
        // batch at the start, in the middle and the last one, numbered when the reading thread completes the read.
        var claims = Enumerable.Range(0, 5000).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"{{ \"id\": \"c{i}\", \"kind\": \"observation\", \"subject\": \"s{i % 40}\", \"value\": \"about {1000 + (i % 7)}\", \"time\": \"2020-0{1 + (i % 9)}\" }}"));
        var input = Encoding.UTF8.GetBytes(File([.. claims]));
        var injected = new InsufficientMemoryException("No room for the tables (injected).");
        var numbered = new System.Collections.Concurrent.ConcurrentBag<int>();
        var reader = new ClaimSetReader(Threads(thread) with
        {
            BeforeNumbering = first =>
            {
                numbered.Add(first);
                if (first == failingBatch) throw injected;
            },
        });

        var read = Task.Run(() => reader.Read(new MemoryStream(input), "f.claims.json"));
        var ended = ((IAsyncResult)read).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(60));

        ended.Should().BeTrue("a read whose numbering failed must end, not wait for a batch no one numbers");
        read.Exception!.InnerExceptions.Should().ContainSingle().Which.Should().BeSameAs(injected);
        // Each batch up to the failing one, once: the failing batch numbered again would register its claims twice.
        numbered.Order().Should().Equal(Enumerable.Range(0, (failingBatch / 256) + 1).Select(batch => batch * 256),
            "each batch is numbered once, and nothing after the failure");
    }

    /// <summary>Read on the reading thread alone, as on a machine of one core.</summary>
    private const string OneThread = "one thread";

    /// <summary>Options for a read whose claims <paramref name="thread"/> numbers (a <see cref="ClaimNumbering"/>), or that one thread does all of.</summary>
    private static ClaimSetReaderOptions Threads(string thread) => thread == OneThread
        ? new ClaimSetReaderOptions { ConvertsOnReadingThread = true }
        : new ClaimSetReaderOptions { Numbering = Enum.Parse<ClaimNumbering>(thread), ConvertsOnReadingThread = false };

    private static readonly string[] Kinds = ["observation", "observation", "observation", "target", "target", "event", "event", "change", "mention", "share", "forecast"];

    /// <summary>
    /// Each field a claim may have (and two it may not): the kinds that have it (o, t, e, c, m, s; * for all), whether a
    /// claim of those kinds nearly always gives it, and values of every sort a file may give it, the first
    /// <c>Good</c> of them well formed, the rest blank, of another type, out of range, or unknown.
    /// </summary>
    private static readonly (string Name, string Kinds, bool Core, int Good, string[] Values)[] Fields =
    [
        ("kind", "*", true, 1, ["?", "3", "null"]),
        ("id", "*", true, 1, ["?", "\"a\"", "\" a\"", "\"\"", "7", "null"]),
        ("subject", "otec", true, 3, ["\"s\"", "\"t\"", "\"région\"", "\" s\"", "\"\"", "5", "null"]),
        ("value", "ots", true, 10, ["\"about 5,200\"", "\"5,200 troops\"", "\"4,000 to 5,000\"", "\"40%\"", "5200", "{\"approximately\": 5200}",
            "{\"min\": 1, \"max\": 2}", "{\"exactly\": 1, \"x-a\": 2}", "{\"max\": 7}", "{\"min\": 1, \"minExclusive\": true}",
            "\"lots\"", "1e400", "{\"min\": 5, \"max\": 1}", "{}", "true", "null"]),
        ("time", "oecs", true, 5, ["\"2020\"", "\"2020-05-01\"", "\"last month\"", "\"2020-05-01T10:30+02:00\"", "\"late 2019\"", "\"someday\"", "\"2020/..\"", "null", "3"]),
        ("deadline", "t", true, 2, ["\"2020-11-03\"", "\"next year\"", "\"2020/..\"", "\"never\""]),
        ("stated", "t", true, 2, ["\"2020-09-09\"", "\"yesterday\"", "\"bad\""]),
        ("direction", "c", true, 2, ["\"increase\"", "\"decrease\"", "\"up\""]),
        ("name", "m", true, 1, ["\"J. Smith\"", "\"\""]),
        ("part", "s", true, 1, ["\"p\"", "\"\""]),
        ("whole", "s", true, 1, ["\"w\"", "\"p\""]),
        ("unit", "otc", false, 2, ["\"troops\"", "\"km\"", "\" \"", "\"\"", "null", "3"]),
        ("metric", "otcs", false, 2, ["\"headcount\"", "\"count\"", "\"\"", "null"]),
        ("source", "*", false, 2, ["\"s1\"", "\"s2\"", "\"missing\"", "\"\"", "null"]),
        ("attribution", "*", false, 1, ["\"a spokesman\"", "\"\"", "null"]),
        ("quote", "*", false, 1, ["\"some 5,200\"", "\" \"", "null"]),
        ("tense", "tec", false, 2, ["\"past\"", "\"future\"", "\"present\"", "null"]),
        ("basis", "ots", false, 1, ["\"troops in country\"", "\" \"", "null"]),
        ("projection", "o", false, 2, ["true", "false", "null", "\"yes\""]),
        ("revises", "o", false, 1, ["null", "\"a\"", "\"\""]),
        ("weekday", "e", false, 1, ["\"Monday\"", "\"Funday\""]),
        ("span", "*", false, 1, ["[1, 2]", "[2, 1]"]),
        ("x-note", "*", false, 2, ["{\"a\": [1]}", "\"x\""]),
        ("colour", "", false, 0, ["\"red\""]),
    ];

    /// <summary>
    /// Claim <paramref name="index"/> of a file, from one number per field (whether it is there, which value), one for
    /// its kind, one for the order of its fields and one for its layout.
    /// </summary>
    private static string ClaimOf(int[] choices, int index)
    {
        var kind = Kinds[choices[^3] % Kinds.Length];
        var parts = new List<string>();
        for (var f = 0; f < Fields.Length; f++)
        {
            var (name, kinds, core, good, values) = Fields[f];
            var has = kinds == "*" || (kinds.Length > 0 && kinds.Contains(kind[0], StringComparison.Ordinal) && kind != "forecast");
            var percent = choices[f] % 100;
            if (percent >= (has ? (core ? 92 : 30) : 3)) continue;
            var pick = choices[f] / 100;
            var value = values[percent % 8 == 7 || good == 0 ? pick % values.Length : pick % good];
            if (value == "?") value = name == "kind" ? $"\"{kind}\"" : $"\"c{index}\"";
            parts.Add($"\"{name}\": {value}");
        }
        // Fields in a rotated order, now and then one given twice; on one line, or one field a line.
        var turn = parts.Count == 0 ? 0 : choices[^2] % parts.Count;
        parts = [.. parts.Skip(turn), .. parts.Take(turn)];
        if (parts.Count > 0 && choices[^2] % 11 == 0) parts.Add(parts[0]);
        return "{" + string.Join(choices[^1] % 2 == 0 ? ", " : ",\n  ", parts) + "}";
    }

    [Fact]
    public void Any_claims_read_the_same_from_bytes_as_from_nodes()
    {
        var loaded = 0;
        Gen.Int[0, 1_000_000].Array[Fields.Length + 3].Array[1, 4].Sample(claims =>
        {
            var input = Encoding.UTF8.GetBytes(File([.. claims.Select((choices, i) => ClaimOf(choices, i))]));
            var outcome = Outcome(BytesFirst, input);
            if (outcome.StartsWith("loaded", StringComparison.Ordinal)) loaded++;
            return outcome == Outcome(NodesOnly, input);
        }, iter: 4000, seed: "0N0XIzNsQ0O2");
        loaded.Should().BeGreaterThan(200, "enough generated files must load to compare claims, not only problems");
    }

    [Fact]
    public void Lines_are_counted_across_a_refill_of_the_reading_buffer_that_falls_between_claims()
    {
        // Claims that end on a line of their own, about 70 bytes each, and a bad one past the reader's first 64 KiB:
        // one of the paddings puts the buffer's end between a claim's closing brace and the next claim.
        for (var padding = 0; padding < 80; padding++)
        {
            var text = new StringBuilder("{\"format\":\"factcheck/claims@1\",\"asOf\":\"2020-01-01\",\"claims\":[\n");
            for (var i = 0; i < 1000; i++)
            {
                var subject = i == 0 ? "s" + new string('x', padding) : "s";
                text.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"c{i}\",\"kind\":\"observation\",\"subject\":\"{subject}\",\"value\":\"1\",\"time\":\"2020\"\n}},\n");
            }
            text.Append("{\"id\":\"bad\",\"kind\":\"observation\",\"subject\":\"s\",\"value\":\"lots\",\"time\":\"2020\"\n}\n]}");
            var json = text.ToString();
            var at = json.IndexOf("\"lots\"", StringComparison.Ordinal);
            var line = json.AsSpan(0, at).Count('\n') + 1;
            var column = at - json.LastIndexOf('\n', at);
            foreach (var reader in new[] { BytesFirst, NodesOnly })
            {
                var problem = reader.Invoking(r => r.ReadString(json, "f.claims.json")).Should().Throw<ClaimSetException>().Which.Problems.Should().ContainSingle().Which;
                (problem.Line, problem.Column).Should().Be((line, column), "padding {0} puts the bad value there", padding);
            }
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Line_ends_inside_claims_read_by_hand_count_toward_the_places_after_them(string newline)
    {
        // Each claim spread over several lines: the lines of a claim read from its bytes are counted only when the next
        // claim is located, and must still place it, and a problem after the last one, where they stand.
        var text = new StringBuilder("{\"format\":\"factcheck/claims@1\",\"asOf\":\"2020-01-01\",\"claims\":[" + newline);
        for (var i = 0; i < 1000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {{{newline}    \"id\": \"c{i}\",{newline}    \"kind\": \"observation\",{newline}    \"subject\": \"s\",{newline}    \"value\": \"{i}\",{newline}    \"time\": \"2020\"{newline}  }},{newline}");
        }
        var bad = text.Length + 2;
        text.Append(CultureInfo.InvariantCulture, $"  @{newline}]}}");
        var json = text.ToString();
        ReadsAlike(json);
        var document = BytesFirst.ReadString(json.Remove(bad, 1 + newline.Length), "f.claims.json");
        document.LocationOf("c999").Should().Be(new ClaimLocation("f.claims.json", 2 + (999 * 7), 3));
        var problem = BytesFirst.Invoking(r => r.ReadString(json, "f.claims.json")).Should().Throw<ClaimSetException>().Which.Problems.Should().ContainSingle().Which;
        (problem.Line, problem.Column).Should().Be((2 + (1000 * 7), 3));
        // A file that ends after a claim, past a refill of the reading buffer: the problem stands where the node reader puts it.
        ReadsAlike(json[..(bad - 2)]);
        ReadsAlike(json[..(bad - 2 - newline.Length - 1)]);
    }

    [Fact]
    public void A_plain_observation_is_drafted_from_its_bytes()
    {
        var bytes = """{"id":"o1","kind":"observation","subject":"region/garrison","value":"about 2,700,000","unit":"troops","time":"2023-08-23","source":"wire-1"}"""u8;
        var layout = Scanned(bytes);
        layout.Plain.Should().BeTrue();

        var reader = new ClaimBytesReader();
        reader.TryRead(bytes, "o1", idChecked: true, layout.Fields, layout.ValueObject).Should().BeTrue();

        var draft = reader.Draft;
        (draft.Kind, draft.Id, draft.Subject, draft.Source).Should().Be((ClaimKind.Observation, "o1", "region/garrison", "wire-1"));
        draft.Value.Should().Be(Quantity.Approximately(2_700_000));
        draft.Unit.Should().Be(Unit.Of("troops"));
        draft.Time.Fixed.Should().Be(FuzzyTime.Day(new NodaTime.LocalDate(2023, 8, 23)));
    }

    [Theory]
    [InlineData("""{"id":"o1","kind":"observation","subject":"s","value":"1","time":"2020","span":[1,2]}""")]
    [InlineData("""{"id":"o1","kind":"mention","name":"J. Smith"}""")]
    [InlineData("""{"id":"o1","kind":"observation","subject":"s","value":"1","time":"2020","colour":"red"}""")]
    [InlineData("""{"id":"o1","kind":"observation","subject":"s","value":"1","time":"soon-ish"}""")]
    public void A_claim_the_drafter_does_not_take_is_left_to_the_node_reader(string claim)
    {
        var bytes = Encoding.UTF8.GetBytes(claim);
        var layout = Scanned(bytes);
        (layout.Plain && new ClaimBytesReader().TryRead(bytes, "o1", idChecked: true, layout.Fields, layout.ValueObject)).Should().BeFalse();
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(",\n{\"kind\":\"observation\",\"id\":\"late\",\"subject\":\"s1\",\"value\":\"5\",\"time\":\"2020-01-01\"}", true)]
    [InlineData(" {\"kind\":\"event\"}", false)]
    [InlineData(",\n{\"kind\":\"event\",\"id\":\"e-late\",\"subject\":\"s1\",\"time\":\"2020-01-01\"} x", false)]
    [InlineData(",,", false)]
    [InlineData(",/* between */{\"kind\":\"event\",\"id\":\"e-c\",\"subject\":\"s1\",\"time\":\"2020-01-01\"}", true)]
    [InlineData(" ,\n\t {\"kind\":\"event\",\"id\":\"e-w\",\"subject\":\"s1\",\"time\":\"2020-01-01\"}", true)]
    [InlineData(", [1]", false)]
    [InlineData(",\n{\n  \"kind\": \"event\",\n  \"id\": \"e-lines\",\n  \"subject\": \"s1\",\n  \"time\": \"2020-01-01\"\n}\n, {\"kind\": tru }", false)]
    [InlineData(",\n{\n  \"kind\": \"event\",\n  \"id\": \"e-lines\",\n  \"subject\": \"s1\",\n  \"time\": \"2020-01-01\"\n}\n\n  x", false)]
    [InlineData(", {\"kind\":\"event\",\"id\":\"o5\",\"subject\":\"s1\",\"time\":\"2020-01-01\"}", false)]
    [InlineData(", /* the end */", true)]
    [InlineData(",\n{\"kind\":\"observation\",\"id\":\"cut\",\"subject\":\"s1\",\"value\":\"5\",\"time\":\"2020-01", false)]
    public void Flat_claims_read_by_hand_among_claims_the_general_reader_takes_read_as_nodes_do(string after, bool loads)
    {
        // Flat claims after claims with escapes, value objects, comments, trailing commas and nested extensions: the
        // reader goes on from the state the general reader left after a claim, and every claim, and every problem that
        // follows, stands where it does when the file is read as nodes alone. Enough claims to cross the read buffer.
        var claims = new List<string>();
        for (var i = 0; i < 1200; i++)
        {
            var subject = $"s{i % 7}";
            var day = 1 + (i % 9);
            claims.Add((i % 9) switch
            {
                0 => $$"""{"kind":"observation","id":"o{{i}}","subject":"{{subject}}","value":{"exactly": {{i}}},"time":"2020-01-0{{day}}"}""",
                1 => $$"""{"kind":"observation","id":"o{{i}}","subject":"{{subject}}","value":"about {{i}}","time":"2020-01-02", /* note */ "unit":"troops",}""",
                2 => $$"""{"kind":"observation","id":"o {{i}}","subject":"{{subject}}","value":"{{i}}","time":"2020-01-03"}""",
                3 => $$"""{"kind":"event","id":"e{{i}}","subject":"{{subject}}","time":"2020-02-0{{day}}","x-extra":[1,{"a":null}]}""",
                4 => $$"""{"kind":"observation","id":"o{{i}}","subject":"{{subject}}","value":"{{i}}","time":"2020-01-0{{day}}","x-n":-1.5e3,"x-t":true,"x-z":null}""",
                _ => $$"""{ "kind" : "observation" ,"id":"o{{i}}","subject":"{{subject}}","value":"{{i * 10:N0}}","time":"2020-01-0{{day}}","unit":"soldiers" }""",
            });
        }
        var file = "{ \"format\": \"factcheck/claims@1\",\n\"claims\": [\n" + string.Join(",\n", claims) + after + "\n]}";

        ReadsAlike(file);
        Outcome(BytesFirst, Encoding.UTF8.GetBytes(file)).Should().StartWith(loads ? "loaded" : "refused");
    }

    /// <summary>The layout of <paramref name="claim"/>, a whole object, as the reading thread notes it.</summary>
    private static ClaimLayout Scanned(ReadOnlySpan<byte> claim)
    {
        var layout = new ClaimLayout();
        var reader = new Utf8JsonReader(claim, isFinalBlock: true, default);
        layout.Scan(ref reader, out _).Should().BeTrue();
        return layout;
    }
}
