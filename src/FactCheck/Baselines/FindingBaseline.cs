using System.Collections.Immutable;
using System.Text.Json;

namespace FactCheck.Baselines;

/// <summary>
/// The findings a team has accepted, by fingerprint (<see cref="FindingFingerprint"/>), as the file
/// <c>factcheck/baseline@1</c> records them; a check against it reports only the findings not in it.
/// </summary>
/// <remarks>
/// The file is JSON: <c>{ "format": "factcheck/baseline@1", "findings": [ { "fingerprint", "ruleId", "subject",
/// "claims", "message" } ] }</c>, in report order. Only <c>fingerprint</c> is read back; the rest is there for a
/// reviewer of the file. A fingerprint listed twice accepts two findings that share it.
/// </remarks>
public sealed class FindingBaseline
{
    /// <summary>The format identifier of the file.</summary>
    public const string Format = "factcheck/baseline@1";

    private readonly ImmutableArray<Finding> findings;

    private FindingBaseline(ImmutableArray<string> fingerprints, ImmutableArray<Finding> findings)
    {
        Fingerprints = fingerprints;
        this.findings = findings;
    }

    /// <summary>The accepted fingerprints, in the file's order.</summary>
    public ImmutableArray<string> Fingerprints { get; }

    /// <summary>A baseline that accepts every finding of <paramref name="report"/>.</summary>
    public static FindingBaseline From(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var all = report.Findings.ToImmutableArray();
        return new FindingBaseline([.. all.Select(FindingFingerprint.Of)], all);
    }

    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="InvalidDataException">The text is not a <c>factcheck/baseline@1</c> document; the message says where.</exception>
    public static FindingBaseline Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(input, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The baseline is not JSON: {e.Message}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
            {
                throw new InvalidDataException($"The baseline must be an object with \"format\": \"{Format}\".");
            }
            if (!root.TryGetProperty("findings", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException("The baseline has no \"findings\" array.");
            }
            var fingerprints = ImmutableArray.CreateBuilder<string>();
            var index = 0;
            foreach (var entry in list.EnumerateArray())
            {
                if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("fingerprint", out var print) || print.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(print.GetString()))
                {
                    throw new InvalidDataException($"Baseline entry {index} (findings[{index}]) has no \"fingerprint\" text.");
                }
                fingerprints.Add(print.GetString()!);
                index++;
            }
            return new FindingBaseline(fingerprints.ToImmutable(), []);
        }
    }

    /// <summary>Writes the baseline as indented UTF-8 JSON ending with a newline; the stream is left open.</summary>
    /// <remarks>A baseline read from a file has only its fingerprints to write; one made <see cref="From"/> a report also says what each finding was.</remarks>
    public void Write(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using (var json = new Utf8JsonWriter(output, Utility.IndentedJson.Options))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WritePropertyName("findings");
            json.WriteStartArray();
            for (var i = 0; i < Fingerprints.Length; i++)
            {
                json.WriteStartObject();
                json.WriteString("fingerprint", Fingerprints[i]);
                if (i < findings.Length)
                {
                    var finding = findings[i];
                    json.WriteString("ruleId", finding.RuleId);
                    if (finding.Subject is { } subject) json.WriteString("subject", subject);
                    json.WritePropertyName("claims");
                    json.WriteStartArray();
                    foreach (var claim in finding.Claims) json.WriteStringValue(claim);
                    json.WriteEndArray();
                    json.WriteString("message", finding.Message);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
    }

    /// <summary>Splits <paramref name="report"/> into the findings the baseline accepts and the new ones.</summary>
    public BaselineComparison Compare(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var print in Fingerprints) remaining[print] = remaining.GetValueOrDefault(print) + 1;
        var fresh = new List<Finding>();
        var known = 0;
        foreach (var finding in report.Findings)
        {
            var print = FindingFingerprint.Of(finding);
            if (remaining.TryGetValue(print, out var left) && left > 0)
            {
                remaining[print] = left - 1;
                known++;
            }
            else
            {
                fresh.Add(finding);
            }
        }
        return new BaselineComparison(new CheckReport(report.ClaimCount, fresh), known, remaining.Values.Sum());
    }
}
