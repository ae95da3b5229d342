using System.Text.Json;

namespace FactCheck.Reporting;

/// <summary>
/// Writes a <see cref="CheckReport"/> as <c>factcheck/report@1</c>: a summary and the findings in report order,
/// each with ruleId, severity, claims and message, and subject and evidence where they apply.
/// </summary>
public sealed class JsonReportWriter : ReportWriter
{
    /// <summary>The format identifier of the report.</summary>
    public const string Format = "factcheck/report@1";

    /// <inheritdoc />
    public override string Name => "json";

    /// <summary>From how many findings they are formatted on every core (<see cref="ParallelFindings"/>); the text is the same either way.</summary>
    internal int ParallelFrom { get; init; } = ParallelFindings.From;

    /// <summary>Writes the report as UTF-8 JSON to <paramref name="output"/>, ending with a newline; the stream is left open.</summary>
    /// <remarks>The text goes out in chunks as it is written, so a report of any size needs only a few small buffers.</remarks>
    public override void Write(CheckReport report, Stream output, ReportContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var chunks = ChunkedJsonOutput.To(output);
        Write(report, chunks, ParallelFrom);
    }

    /// <summary>Writes the report as JSON text to <paramref name="output"/>, ending with a newline; the writer is left open.</summary>
    /// <remarks>The text goes out in chunks as it is written, so a report of any size needs only a few small buffers.</remarks>
    public override void Write(CheckReport report, TextWriter output, ReportContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var chunks = ChunkedJsonOutput.To(output);
        Write(report, chunks, ParallelFrom);
    }

    private static void Write(CheckReport report, ChunkedJsonOutput output, int parallelFrom)
    {
        var json = output.Json;
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WritePropertyName("summary");
        json.WriteStartObject();
        json.WriteNumber("claims", report.ClaimCount);
        json.WriteNumber("errors", report.Errors);
        json.WriteNumber("warnings", report.Warnings);
        json.WriteNumber("infos", report.Infos);
        json.WriteEndObject();
        json.WritePropertyName("findings");
        json.WriteStartArray();
        if (report.Findings.Count >= parallelFrom)
        {
            ParallelFindings.Write(output, report.Findings, WriteFinding);
        }
        else
        {
            foreach (var finding in report.Findings)
            {
                WriteFinding(json, output.Messages, finding);
                output.FlushIfFull();
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        output.Complete();
    }

    private static void WriteFinding(Utf8JsonWriter json, MessageText messages, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("severity", SeverityText.Of(finding.Severity));
        if (finding.Subject is { } subject) json.WriteString("subject", subject);
        json.WritePropertyName("claims");
        json.WriteStartArray();
        foreach (var id in finding.Claims) json.WriteStringValue(id);
        json.WriteEndArray();
        messages.Write(json, "message", finding);
        if (finding.Evidence.Count > 0)
        {
            json.WritePropertyName("evidence");
            WriteEvidence(json, finding.Evidence);
        }
        if (finding.Fixes.Count > 0)
        {
            // The edits a fixer makes together: each replaces one field's text in one claim.
            json.WritePropertyName("fix");
            json.WriteStartArray();
            foreach (var fix in finding.Fixes)
            {
                json.WriteStartObject();
                json.WriteString("claim", fix.ClaimId);
                json.WriteString("field", fix.Field);
                json.WriteString("old", fix.OldText);
                json.WriteString("new", fix.NewText);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    internal static void WriteEvidence(Utf8JsonWriter json, Evidence evidence)
    {
        json.WriteStartObject();
        foreach (var entry in evidence.Entries)
        {
            if (entry.Text is { } text)
            {
                json.WriteString(entry.Name, text);
            }
            else
            {
                // Whole numbers as integers (55, not 55.0); others in the shortest form that round-trips.
                var number = entry.Number;
                if (number == Math.Floor(number) && Math.Abs(number) < 1e15) json.WriteNumber(entry.Name, (long)number);
                else json.WriteNumber(entry.Name, number);
            }
        }
        json.WriteEndObject();
    }
}
