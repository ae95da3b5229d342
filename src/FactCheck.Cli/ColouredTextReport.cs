using FactCheck.Reporting;
using Spectre.Console;

namespace FactCheck.Cli;

/// <summary>
/// The text report on a terminal: the lines of <see cref="PlainTextReportWriter"/>, with severities and the summary
/// in colour. Off a terminal the library's plain writer is used as it is.
/// </summary>
internal static class ColouredTextReport
{
    internal static void Write(TextWriter output, CheckReport report, ReportContext context)
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
            // The colours are the command's; the word is the one vocabulary's.
            var style = finding.Severity switch
            {
                Severity.Error => "red bold",
                Severity.Warning => "yellow bold",
                _ => "blue",
            };
            console.MarkupLine($"[{style}]{SeverityText.Of(finding.Severity)}[/] [bold]{finding.RuleId}[/]: {Markup.Escape(finding.Message)}");
            foreach (var id in finding.Claims) console.MarkupLine($"  [grey]{Markup.Escape(id)}{Markup.Escape(PlainTextReportWriter.Where(context, id))}[/]");
        }
        var summary = PlainTextReportWriter.Summary(report);
        console.MarkupLine(report.Errors > 0 ? $"[red]{summary}[/]" : report.Warnings > 0 ? $"[yellow]{summary}[/]" : $"[green]{summary}[/]");
    }
}
