using System.Globalization;
using System.Text;

namespace FactCheck.Reporting;

/// <summary>Writes a <see cref="CheckReport"/> as Markdown for a pull-request comment: a summary line and a table.</summary>
public static class MarkdownReportWriter
{
    /// <summary>The report as Markdown, ending with a newline.</summary>
    public static string Write(CheckReport report, ReportContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        context ??= ReportContext.None;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"### FactCheck: {Count(report.Errors, "error")}, {Count(report.Warnings, "warning")}, {Count(report.Infos, "info")} in {Count(report.ClaimCount, "claim")}\n\n");
        if (report.Findings.Count == 0)
        {
            text.Append("No findings: the claims are consistent.\n");
            return text.ToString();
        }
        text.Append("| | Rule | Finding | Claims |\n|---|---|---|---|\n");
        foreach (var finding in report.Findings)
        {
            var icon = finding.Severity switch { Severity.Error => "❌ error", Severity.Warning => "⚠️ warning", _ => "ℹ️ info" };
            var claims = string.Join("<br>", finding.Claims.Select(id => context.LocationOf(id) is { File: { } file } where
                ? $"`{Escape(id)}` {Escape(ReportContext.PortablePath(file))}:{where.Line.ToString(CultureInfo.InvariantCulture)}"
                : $"`{Escape(id)}`"));
            text.Append(CultureInfo.InvariantCulture, $"| {icon} | {finding.RuleId} | {Escape(finding.Message)} | {claims} |\n");
        }
        return text.ToString();
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
