using System.Globalization;
using System.Text;

namespace FactCheck.Reporting;

/// <summary>Writes a <see cref="CheckReport"/> as Markdown for a pull-request comment: a summary line and a table.</summary>
public sealed class MarkdownReportWriter : ReportWriter
{
    /// <inheritdoc />
    public override string Name => "markdown";

    /// <summary>Writes the report as Markdown to <paramref name="output"/>, ending with a newline; the writer is left open.</summary>
    public override void Write(CheckReport report, TextWriter output, ReportContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        context ??= ReportContext.None;
        output.Write($"### FactCheck: {Count(report.Errors, "error")}, {Count(report.Warnings, "warning")}, {Count(report.Infos, "info")} in {Count(report.ClaimCount, "claim")}\n\n");
        if (report.Findings.Count == 0)
        {
            output.Write("No findings: the claims are consistent.\n");
            return;
        }
        output.Write("| | Rule | Finding | Claims |\n|---|---|---|---|\n");
        foreach (var finding in report.Findings)
        {
            var icon = finding.Severity switch { Severity.Error => "❌ error", Severity.Warning => "⚠️ warning", _ => "ℹ️ info" };
            var claims = string.Join("<br>", finding.Claims.Select(id => context.LocationOf(id) is { File: { } file } where
                ? $"`{Escape(id)}` {Escape(ReportContext.PortablePath(file))}:{where.Line.ToString(CultureInfo.InvariantCulture)}"
                : $"`{Escape(id)}`"));
            output.Write(string.Create(CultureInfo.InvariantCulture, $"| {icon} | {finding.RuleId} | {Escape(finding.Message)} | {claims} |\n"));
        }
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:#,##0} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>Keeps message text from breaking the table or becoming markup.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '|' or '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#') escaped.Append('\\');
            escaped.Append(c is '\n' or '\r' ? ' ' : c);
        }
        return escaped.ToString();
    }
}
