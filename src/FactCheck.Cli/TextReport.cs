using System.Globalization;
using FactCheck.Reporting;
using Spectre.Console;

namespace FactCheck.Cli;

/// <summary>The report for a terminal: one block per finding, the claims with their file and line, and a summary line.</summary>
internal static class TextReport
{
    internal static void Write(TextWriter output, CheckReport report, ReportContext context, bool colour)
    {
        if (colour) WriteColoured(output, report, context);
        else WritePlain(output, report, context);
    }

    /// <summary>
    /// Off a terminal: the same lines without markup, written straight out with "\n" on every machine, one finding
    /// per block so that logs and grep read it well, however many findings there are.
    /// </summary>
    private static void WritePlain(TextWriter output, CheckReport report, ReportContext context)
    {
        Span<char> digits = stackalloc char[11];
        foreach (var finding in report.Findings)
        {
            output.Write(SeverityText.Of(finding.Severity));
            output.Write(' ');
            output.Write(finding.RuleId);
            output.Write(": ");
            output.Write(finding.Message);
            output.Write('\n');
            foreach (var id in finding.Claims)
            {
                output.Write("  ");
                output.Write(id);
                // Written in pieces: a report of a million findings would otherwise make a string per claim line.
                if (context.LocationOf(id) is { File: { } file } at)
                {
                    output.Write(" at ");
                    output.Write(ReportContext.PortablePath(file));
                    output.Write(':');
                    at.Line.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
                    output.Write(digits[..length]);
                }
                output.Write('\n');
            }
        }
        output.Write(Summary(report));
        output.Write('\n');
    }

    private static void WriteColoured(TextWriter output, CheckReport report, ReportContext context)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        foreach (var finding in report.Findings)
        {
            var (style, word) = finding.Severity switch
            {
                Severity.Error => ("red bold", "error"),
                Severity.Warning => ("yellow bold", "warning"),
                _ => ("blue", "info"),
            };
            console.MarkupLine($"[{style}]{word}[/] [bold]{finding.RuleId}[/]: {Markup.Escape(finding.Message)}");
            foreach (var id in finding.Claims) console.MarkupLine($"  [grey]{Markup.Escape(id)}{Markup.Escape(Where(context, id))}[/]");
        }
        var summary = Summary(report);
        console.MarkupLine(report.Errors > 0 ? $"[red]{summary}[/]" : report.Warnings > 0 ? $"[yellow]{summary}[/]" : $"[green]{summary}[/]");
    }

    private static string Where(ReportContext context, string id) => context.LocationOf(id) is { File: { } file } at
        ? string.Create(CultureInfo.InvariantCulture, $" at {ReportContext.PortablePath(file)}:{at.Line}")
        : string.Empty;

    private static string Summary(CheckReport report) => string.Create(CultureInfo.InvariantCulture,
        $"{report.ClaimCount:#,##0} claims checked: {Plural(report.Errors, "error")}, {Plural(report.Warnings, "warning")}, {Plural(report.Infos, "info")}.");

    private static string Plural(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count:#,##0} {noun}{(count == 1 ? "" : "s")}");
}
