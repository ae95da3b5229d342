using System.Text;
using System.Text.Json;
using FactCheck.Reporting;
using FactCheck.Serialization;
using FactCheck.Rules;
using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Reporting;

/// <summary>The writers give the same text whether they return a string, write a stream or write a text writer.</summary>
public class StreamingReportTests
{
    // Enough findings, with text outside ASCII, that the JSON goes out in many chunks.
    private static readonly CheckReport Large = new(5000, Enumerable.Range(0, 5000).Select(i => new Finding(
        "FC001", i % 3 == 0 ? Severity.Error : Severity.Warning,
        $"Région-{i}: ~1,976 in 2017 — “quoted” and 4,149 in 2017 cannot both be true: they differ by {i:N0}.",
        [$"c{i}", $"d{i}"], $"région-{i % 17}", Evidence.Of(("difference", i + 0.5), ("gap", i)))));

    private static readonly JsonReportWriter Json = new();
    private static readonly SarifReportWriter Sarif = new();
    private static readonly MarkdownReportWriter Markdown = new();

    /// <summary>Every built-in format, by name.</summary>
    public static TheoryData<string> Formats => [.. ReportWriters.BuiltIn.Names];

    [Fact]
    public void Json_sarif_and_text_write_each_message_whole_however_long_and_in_whatever_order_of_lengths()
    {
        // The message buffer grows for a long message and is then reused for short ones: each is written whole.
        var lengths = new[] { 10, 300, 5, 5000, 1, 257, 256 };
        var descriptor = new FindingDescriptor("FC001", "test", Severity.Error, "A test.", "{subject}: {text}.");
        var findings = lengths.Select((n, i) => Finding.Create(descriptor, [$"c{i}"], null, FindingArgument.Text("subject", $"s{i}"), FindingArgument.Text("text", new string((char)('a' + i), n)))).ToList();
        var report = new CheckReport(findings.Count, findings);

        using var json = JsonDocument.Parse(Json.Write(report));
        using var sarif = JsonDocument.Parse(Sarif.Write(report));

        var expected = findings.Select(f => f.Message).ToList();
        json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("message").GetString()).Should().Equal(expected);
        sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("message").GetProperty("text").GetString()).Should().Equal(expected);
        expected.Select(m => m.Length).Should().Equal(lengths.Select((n, i) => n + $"s{i}: .".Length));
        new PlainTextReportWriter().Write(report).Split('\n').Where(line => line.StartsWith("error FC001: ", StringComparison.Ordinal))
            .Select(line => line["error FC001: ".Length..]).Should().Equal(expected);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(ParallelFindings.BlockSize - 1)]
    [InlineData(ParallelFindings.BlockSize)]
    [InlineData(ParallelFindings.BlockSize + 1)]
    [InlineData(ParallelFindings.From)]
    [InlineData(9 * ParallelFindings.BlockSize + 7)]
    public void Json_report_is_the_same_bytes_whether_findings_are_written_one_by_one_or_in_blocks_on_every_core(int count)
    {
        var descriptor = new FindingDescriptor("FC001", "test", Severity.Warning, "A test.", "{subject}: {figures} figures, {text}.");
        var findings = Enumerable.Range(0, count).Select(i => i % 2 == 0
            ? Large.Findings[i % Large.Findings.Count]
            : Finding.Create(descriptor, [$"x{i}", $"y{i}"], $"s{i % 5}", FindingArgument.Text("subject", $"région {i}"), FindingArgument.Count("figures", i), FindingArgument.Text("text", new string('—', i % 300))));
        var report = new CheckReport(count, findings);

        var oneByOne = new JsonReportWriter { ParallelFrom = int.MaxValue }.Write(report);
        var inBlocks = new JsonReportWriter { ParallelFrom = 0 }.Write(report);
        using var stream = new MemoryStream();
        new JsonReportWriter { ParallelFrom = 0 }.Write(report, stream);

        inBlocks.Should().Be(oneByOne);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(oneByOne);
        Json.Write(report).Should().Be(oneByOne);
        using var parsed = JsonDocument.Parse(inBlocks);
        parsed.RootElement.GetProperty("findings").GetArrayLength().Should().Be(count);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(0)]
    public void A_message_that_cannot_be_written_fails_the_report_with_the_earliest_findings_own_exception_either_way(int parallelFrom)
    {
        // Two broken findings: the last of the first block and the first of the block formatted beside it, which fails
        // first in time. Writing one by one meets the first one first, and so must writing in blocks.
        var descriptor = new FindingDescriptor("FC001", "test", Severity.Error, "A test.", "{broken}.");
        var findings = Enumerable.Range(0, ParallelFindings.From).Select(i => i switch
        {
            ParallelFindings.BlockSize - 1 => Finding.Create(descriptor, [$"c{i:D5}"], null, new BrokenArgument("first")),
            ParallelFindings.BlockSize => Finding.Create(descriptor, [$"c{i:D5}"], null, new BrokenArgument("second")),
            _ => Finding.Create(descriptor, [$"c{i:D5}"], null, FindingArgument.Text("broken", $"fine {i}")),
        });
        var report = new CheckReport(ParallelFindings.From, findings);
        report.Findings[ParallelFindings.BlockSize - 1].Claims[0].Should().Be($"c{ParallelFindings.BlockSize - 1:D5}");

        var write = () => new JsonReportWriter { ParallelFrom = parallelFrom }.Write(report);

        write.Should().Throw<InvalidOperationException>().WithMessage("first");
    }

    [Fact]
    public void Reports_claim_files_and_baselines_break_lines_with_a_line_feed_on_every_machine()
    {
        // The writer's own default is the system's new line: on this machine it may be a line feed anyway.
        FactCheck.Utility.IndentedJson.Options.NewLine.Should().Be("\n");
        var report = new CheckReport(5, Large.Findings.Take(5));
        var builder = ClaimSet.CreateBuilder("lines");
        builder.Observation("a", "toll", "1,500").At(new NodaTime.LocalDate(2023, 2, 7));
        var claims = builder.Build();
        using var baseline = new MemoryStream();
        FactCheck.Baselines.FindingBaseline.From(report).Write(baseline);

        foreach (var text in new[] { Json.Write(report), Sarif.Write(report), ClaimSetWriter.WriteToString(claims), Encoding.UTF8.GetString(baseline.ToArray()) })
        {
            text.Should().Contain("\n").And.NotContain("\r");
        }
    }

    /// <summary>An argument whose text cannot be written, as a user's might fail.</summary>
    private sealed class BrokenArgument(string why) : FindingArgument("broken")
    {
        public override void AppendText(StringBuilder text) => throw new InvalidOperationException(why);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_writer_gives_the_same_text_through_a_stream_a_writer_and_a_string(string format)
    {
        var writer = ReportWriters.BuiltIn[format];
        var text = writer.Write(Large);
        using var stream = new MemoryStream();
        writer.Write(Large, stream);
        using var textWriter = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        writer.Write(Large, textWriter);

        writer.Name.Should().Be(format);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(text);
        textWriter.ToString().Should().Be(text);
        text.Should().EndWith("\n");
    }

    [Fact]
    public void Json_report_is_the_same_text_through_a_stream_a_writer_and_a_string()
    {
        var text = Json.Write(Large);
        using var stream = new MemoryStream();
        Json.Write(Large, stream);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Json.Write(Large, writer);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(text);
        writer.ToString().Should().Be(text);
        text.Length.Should().BeGreaterThan(4 << 16, "the report must span many chunks for this test to mean anything");
        text.Should().EndWith("}\n");
        using var parsed = JsonDocument.Parse(text);
        parsed.RootElement.GetProperty("findings").GetArrayLength().Should().Be(5000);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Json_report_through_a_utf8_stream_writer_keeps_its_place_among_the_writers_text(bool byteOrderMark)
    {
        // The writer passes a UTF-8 stream writer by and writes to its stream: what the writer holds must come first.
        var text = Json.Write(Large);
        var encoding = new UTF8Encoding(byteOrderMark);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, encoding, bufferSize: 1 << 16, leaveOpen: true))
        {
            writer.Write("before — ");
            Json.Write(Large, writer);
            writer.Write("after");
        }

        var bytes = stream.ToArray();
        bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }).Should().Be(byteOrderMark);
        Encoding.UTF8.GetString(bytes.AsSpan(encoding.GetPreamble().Length)).Should().Be("before — " + text + "after");
    }

    [Fact]
    public void Json_report_through_a_stream_writer_of_another_encoding_is_encoded_by_it()
    {
        var text = Json.Write(Large);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, Encoding.Unicode, bufferSize: 1 << 16, leaveOpen: true))
        {
            Json.Write(Large, writer);
        }

        Encoding.Unicode.GetString(stream.ToArray().AsSpan(Encoding.Unicode.GetPreamble().Length)).Should().Be(text);
    }

    [Fact]
    public void Sarif_report_is_the_same_text_through_a_stream_a_writer_and_a_string()
    {
        var context = new ReportContext { Rules = [ConflictingFiguresRule.Descriptor] };
        var text = Sarif.Write(Large, context);
        using var stream = new MemoryStream();
        Sarif.Write(Large, stream, context);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Sarif.Write(Large, writer, context);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(text);
        writer.ToString().Should().Be(text);
        using var parsed = JsonDocument.Parse(text);
        parsed.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().Should().Be(5000);
    }

    [Fact]
    public void Markdown_report_is_the_same_text_through_a_writer_and_a_string()
    {
        var text = Markdown.Write(Large);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Markdown.Write(Large, writer);

        writer.ToString().Should().Be(text);
        text.Split('\n').Should().HaveCount(5000 + 5, "a heading, a blank line, two table header lines, a row per finding and the final newline");
    }

    [Fact]
    public void Writers_leave_the_stream_open_for_the_caller()
    {
        using var stream = new MemoryStream();
        Json.Write(new CheckReport(0, []), stream);
        stream.CanWrite.Should().BeTrue();
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(Json.Write(new CheckReport(0, [])));
    }
}
