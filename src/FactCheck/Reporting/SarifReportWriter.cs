using System.Text;
using System.Text.Json;
using FactCheck.Rules;
using FactCheck.Serialization;
using FactCheck.Utility;

namespace FactCheck.Reporting;

/// <summary>
/// Writes a <see cref="CheckReport"/> as SARIF 2.1.0 for code-scanning services: one run, every rule that ran
/// (with short and full descriptions and help), one result per finding located at the line of its first claim's
/// object in the claim file, and a partial fingerprint that stays the same while the finding does.
/// </summary>
public sealed class SarifReportWriter : ReportWriter
{
    private const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string InformationUri = "https://github.com/factcheck-dotnet/factcheck";

    /// <inheritdoc />
    public override string Name => "sarif";

    /// <summary>Writes the report as UTF-8 SARIF to <paramref name="output"/>, ending with a newline; the stream is left open.</summary>
    /// <param name="report">The findings.</param>
    /// <param name="output">Where the text goes, in chunks as it is written.</param>
    /// <param name="context">Where claims stand in files, the rules that ran (<see cref="ReportContext.Rules"/>; FC900 is always listed), and the tool version.</param>
    public override void Write(CheckReport report, Stream output, ReportContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var chunks = ChunkedJsonOutput.To(output);
        Write(report, chunks, context);
    }

    /// <summary>Writes the report as SARIF text to <paramref name="output"/>, ending with a newline; the writer is left open.</summary>
    /// <param name="report">The findings.</param>
    /// <param name="output">Where the text goes, in chunks as it is written.</param>
    /// <param name="context">Where claims stand in files, the rules that ran (<see cref="ReportContext.Rules"/>; FC900 is always listed), and the tool version.</param>
    public override void Write(CheckReport report, TextWriter output, ReportContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var chunks = ChunkedJsonOutput.To(output);
        Write(report, chunks, context);
    }

    private static void Write(CheckReport report, ChunkedJsonOutput output, ReportContext? context)
    {
        ArgumentNullException.ThrowIfNull(report);
        context ??= ReportContext.None;
        var descriptors = context.Rules.Concat([EngineDescriptors.RuleFailed]).DistinctBy(r => r.Id).ToList();
        foreach (var finding in report.Findings)
        {
            if (descriptors.TrueForAll(d => d.Id != finding.RuleId))
            {
                descriptors.Add(new RuleDescriptor(finding.RuleId, finding.RuleId, finding.Severity, "A finding of rule " + finding.RuleId + ".", "No description is available for this rule."));
            }
        }
        descriptors.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var json = output.Json;
        var files = new ClaimFileCache();
        json.WriteStartObject();
        json.WriteString("$schema", Schema);
        json.WriteString("version", "2.1.0");
        json.WritePropertyName("runs");
        json.WriteStartArray();
        json.WriteStartObject();
        WriteTool(json, descriptors, context);
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WritePropertyName("results");
        json.WriteStartArray();
        foreach (var finding in report.Findings)
        {
            WriteResult(output, finding, descriptors.FindIndex(d => d.Id == finding.RuleId), context, files);
            output.FlushIfFull();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        output.Complete();
    }

    private static void WriteTool(Utf8JsonWriter json, List<RuleDescriptor> descriptors, ReportContext context)
    {
        json.WritePropertyName("tool");
        json.WriteStartObject();
        json.WritePropertyName("driver");
        json.WriteStartObject();
        json.WriteString("name", "FactCheck");
        json.WriteString("version", context.ToolVersion);
        json.WriteString("semanticVersion", context.ToolVersion);
        json.WriteString("informationUri", InformationUri);
        json.WritePropertyName("rules");
        json.WriteStartArray();
        foreach (var rule in descriptors)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            Message(json, "shortDescription", rule.Summary);
            Message(json, "fullDescription", FirstParagraph(rule.HelpText));
            json.WritePropertyName("help");
            json.WriteStartObject();
            json.WriteString("text", rule.HelpText);
            json.WriteString("markdown", $"**{rule.Id} {rule.Name}**\n\n{rule.HelpText}");
            json.WriteEndObject();
            json.WritePropertyName("defaultConfiguration");
            json.WriteStartObject();
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            // Each way the rule's message reads, with positional placeholders; a result names its own and gives the arguments.
            if (!rule.Messages.IsEmpty)
            {
                json.WritePropertyName("messageStrings");
                json.WriteStartObject();
                foreach (var message in rule.Messages) Message(json, message.MessageId, message.PositionalFormat);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(ChunkedJsonOutput output, Finding finding, int ruleIndex, ReportContext context, ClaimFileCache files)
    {
        var json = output.Json;
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        WriteMessage(output, finding);
        json.WritePropertyName("locations");
        json.WriteStartArray();
        // The first claim that has a place in a file locates the result; a finding about no claim (FC900)
        // still needs one, so it points at the first file.
        var located = finding.Claims.Select(id => (Id: id, Where: context.LocationOf(id))).FirstOrDefault(c => c.Where is { File: not null });
        if (located.Where is { File: { } file } where) WriteLocation(json, file, where.Line, where.Column, located.Id);
        else if (context.Document is { Files.Length: > 0 } document) WriteLocation(json, document.Files[0], 1, null, null);
        json.WriteEndArray();
        if (finding.Fixes.Count > 0) WriteFixes(json, finding, context, files);
        json.WritePropertyName("partialFingerprints");
        json.WriteStartObject();
        json.WriteString("factcheckFinding/v1", Fingerprint(finding));
        json.WriteEndObject();
        json.WritePropertyName("properties");
        json.WriteStartObject();
        json.WritePropertyName("claims");
        json.WriteStartArray();
        foreach (var claim in finding.Claims) json.WriteStringValue(claim);
        json.WriteEndArray();
        if (finding.Subject is { } subject) json.WriteString("subject", subject);
        if (finding.Evidence.Count > 0)
        {
            json.WritePropertyName("evidence");
            JsonReportWriter.WriteEvidence(json, finding.Evidence);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The result's message: its text, and for a finding reported through a descriptor, the message string's id and its arguments.</summary>
    private static void WriteMessage(ChunkedJsonOutput output, Finding finding)
    {
        var json = output.Json;
        json.WritePropertyName("message");
        json.WriteStartObject();
        output.Messages.Write(json, "text", finding);
        if (finding.Descriptor is { } descriptor)
        {
            json.WriteString("id", descriptor.MessageId);
            json.WritePropertyName("arguments");
            json.WriteStartArray();
            foreach (var argument in descriptor.ArgumentTexts(finding.Arguments)) json.WriteStringValue(argument);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    /// <summary>
    /// The finding's fix as SARIF's one <c>fix</c>: for each claim file, the replacement of each field's string token
    /// (its region found in the file as it is now). Edits whose field cannot be found are left out, and a fix with
    /// none is not written.
    /// </summary>
    private static void WriteFixes(Utf8JsonWriter json, Finding finding, ReportContext context, ClaimFileCache files)
    {
        var changes = new SortedDictionary<string, List<(FieldToken Token, string Text)>>(StringComparer.Ordinal);
        foreach (var fix in finding.Fixes)
        {
            if (context.LocationOf(fix.ClaimId) is not { File: { } file } at || files.Read(file) is not { } text) continue;
            if (ClaimFieldLocator.Find(text, at, fix.Field) is not { } token) continue;
            if (!changes.TryGetValue(file, out var list)) changes[file] = list = [];
            list.Add((token, fix.NewText));
        }
        if (changes.Count == 0) return;
        json.WritePropertyName("fixes");
        json.WriteStartArray();
        json.WriteStartObject();
        Message(json, "description", string.Join("; ", finding.Fixes.Select(f => $"Set {f.ClaimId}'s {f.Field} to \"{f.NewText}\"")) + ".");
        json.WritePropertyName("artifactChanges");
        json.WriteStartArray();
        foreach (var (file, edits) in changes)
        {
            json.WriteStartObject();
            json.WritePropertyName("artifactLocation");
            json.WriteStartObject();
            json.WriteString("uri", Uri(file));
            json.WriteEndObject();
            json.WritePropertyName("replacements");
            json.WriteStartArray();
            foreach (var (token, text) in edits.OrderBy(e => e.Token.Start))
            {
                json.WriteStartObject();
                json.WritePropertyName("deletedRegion");
                json.WriteStartObject();
                json.WriteNumber("startLine", token.Line);
                json.WriteNumber("startColumn", token.StartColumn);
                json.WriteNumber("endLine", token.Line);
                json.WriteNumber("endColumn", token.EndColumn);
                json.WriteEndObject();
                json.WritePropertyName("insertedContent");
                json.WriteStartObject();
                // The whole token is replaced, quotes included, so the inserted text is the new JSON string.
                json.WriteString("text", Encoding.UTF8.GetString(ClaimFileFixer.JsonString(text)));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>The claim files' text, read once each while a report is written; null for a file that cannot be read.</summary>
    private sealed class ClaimFileCache
    {
        private readonly Dictionary<string, ClaimFileText?> files = new(StringComparer.Ordinal);

        internal ClaimFileText? Read(string file)
        {
            if (files.TryGetValue(file, out var text)) return text;
            try
            {
                text = new ClaimFileText(File.ReadAllBytes(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                text = null;
            }
            files[file] = text;
            return text;
        }
    }

    private static void WriteLocation(Utf8JsonWriter json, string file, int line, int? column, string? claimId)
    {
        json.WriteStartObject();
        json.WritePropertyName("physicalLocation");
        json.WriteStartObject();
        json.WritePropertyName("artifactLocation");
        json.WriteStartObject();
        json.WriteString("uri", Uri(file));
        json.WriteEndObject();
        json.WritePropertyName("region");
        json.WriteStartObject();
        json.WriteNumber("startLine", line);
        if (column is { } c) json.WriteNumber("startColumn", c);
        json.WriteEndObject();
        json.WriteEndObject();
        if (claimId is not null)
        {
            json.WritePropertyName("logicalLocations");
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("name", claimId);
            json.WriteString("kind", "object");
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    /// <summary>Rule and claims identify a finding across edits of the message's figures; hashed to keep it short.</summary>
    private static string Fingerprint(Finding finding)
    {
        var key = finding.RuleId + "|" + finding.Subject + "|" + string.Join(",", finding.Claims);
        return Sha256.HalfHex(key);
    }

    private static string Uri(string file)
    {
        var portable = ReportContext.PortablePath(file);
        return Path.IsPathRooted(file) ? new Uri(Path.GetFullPath(file)).AbsoluteUri : string.Join('/', portable.Split('/').Select(System.Uri.EscapeDataString));
    }

    private static void Message(Utf8JsonWriter json, string name, string text)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string FirstParagraph(string text)
    {
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        return (end > 0 ? text[..end] : text).Replace('\n', ' ');
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
