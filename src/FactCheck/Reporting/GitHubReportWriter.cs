using System.Globalization;
using System.Text;
using FactCheck.Rules;

namespace FactCheck.Reporting;

/// <summary>
/// Writes a <see cref="CheckReport"/> as GitHub Actions workflow commands, so that findings show as annotations
/// on the pull request: <c>::error file=…,line=…,title=FC001 ConflictingFigures::message</c>.
/// </summary>
/// <remarks>
/// GitHub shows at most 10 annotations of each kind a step and 50 a job, and drops the rest without a word. So
/// the most severe findings are annotated, at most <see cref="MaxPerSeverity"/> of each severity (errors, then
/// warnings, then infos, in report order), and the findings left out are counted in one closing notice that says
/// where the full report is. The summary line ends the output as plain log text.
/// </remarks>
public sealed class GitHubReportWriter : ReportWriter
{
    /// <summary>How many findings of one severity become annotations; GitHub shows no more a step.</summary>
    public const int MaxPerSeverity = 10;

    /// <inheritdoc />
    public override string Name => "github";

    /// <inheritdoc />
    public override void Write(CheckReport report, TextWriter output, ReportContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        context ??= ReportContext.None;
        Span<int> annotated = stackalloc int[3];
        Span<int> left = stackalloc int[3];
        foreach (var finding in report.Findings)
        {
            var kind = Kind(finding.Severity);
            if (annotated[kind] == MaxPerSeverity)
            {
                left[kind]++;
                continue;
            }
            annotated[kind]++;
            WriteAnnotation(output, finding, context);
        }
        var omitted = left[0] + left[1] + left[2];
        if (omitted > 0)
        {
            var parts = new List<string>();
            if (left[0] > 0) parts.Add(Count(left[0], "error"));
            if (left[1] > 0) parts.Add(Count(left[1], "warning"));
            if (left[2] > 0) parts.Add(Count(left[2], "info"));
            output.Write("::notice title=FactCheck::");
            output.Write(EscapeData(string.Create(CultureInfo.InvariantCulture,
                $"{Count(omitted, "more finding")} not annotated ({string.Join(", ", parts)}): GitHub shows {MaxPerSeverity} annotations of a kind a step. See the job summary or the full report (--format json or sarif).")));
            output.Write('\n');
        }
        output.Write(PlainTextReportWriter.Summary(report));
        output.Write('\n');
    }

    private static void WriteAnnotation(TextWriter output, Finding finding, ReportContext context)
    {
        output.Write("::");
        output.Write(finding.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" });
        var separator = ' ';
        var located = finding.Claims.Select(context.LocationOf).FirstOrDefault(l => l is { File: not null });
        if (located is { File: { } file } where)
        {
            output.Write(" file=");
            output.Write(EscapeProperty(ReportContext.PortablePath(file)));
            output.Write(",line=");
            output.Write(where.Line.ToString(CultureInfo.InvariantCulture));
            separator = ',';
        }
        output.Write(separator);
        output.Write("title=");
        output.Write(EscapeProperty(Title(finding, context)));
        output.Write("::");
        var body = new StringBuilder(finding.Message);
        if (finding.Claims.Count > 0)
        {
            body.Append("\nClaims: ");
            body.AppendJoin(", ", finding.Claims.Select(id => context.LocationOf(id) is { } at
                ? string.Create(CultureInfo.InvariantCulture, $"{id} (line {at.Line})") : id));
        }
        output.Write(EscapeData(body.ToString()));
        output.Write('\n');
    }

    private static string Title(Finding finding, ReportContext context)
    {
        var descriptor = context.Rules.FirstOrDefault(d => d.Id == finding.RuleId) ?? BuiltInRules.Find(finding.RuleId);
        return descriptor is null ? finding.RuleId : finding.RuleId + " " + descriptor.Name;
    }

    private static int Kind(Severity severity) => severity switch { Severity.Error => 0, Severity.Warning => 1, _ => 2 };

    private static string Count(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count:#,##0} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>A command's message, escaped as the runner reads it back: <c>%</c>, CR and LF.</summary>
    public static string EscapeData(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
    }

    /// <summary>A command's property value (file, title), escaped as the runner reads it back: also <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
