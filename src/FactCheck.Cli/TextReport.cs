using System.Globalization;
using FactCheck.Reporting;
using Spectre.Console;

namespace FactCheck.Cli;

/// <summary>The report for a terminal: one block per finding, the claims with their file and line, and a summary line.</summary>
internal static class TextReport
{
    internal static void Write(TextWriter output, CheckReport report, ReportContext context, bool colour)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        // Off a terminal, never wrap: one finding per line reads well in logs and in grep.
        if (!colour) console.Profile.Width = 100_000;
        foreach (var finding in report.Findings)
        {
            var (style, word) = finding.Severity switch
            {
                Severity.Error => ("red bold", "error"),
                Severity.Warning => ("yellow bold", "warning"),
                _ => ("blue", "info"),
            };
            console.MarkupLine($"[{style}]{word}[/] [bold]{finding.RuleId}[/]: {Markup.Escape(finding.Message)}");
            foreach (var id in finding.Claims)
            {
                var where = context.LocationOf(id) is { File: { } file } at
                    ? string.Create(CultureInfo.InvariantCulture, $" at {ReportContext.PortablePath(file)}:{at.Line}")
                    : string.Empty;
                console.MarkupLine($"  [grey]{Markup.Escape(id)}{Markup.Escape(where)}[/]");
            }
        }
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{report.ClaimCount:#,##0} claims checked: {Plural(report.Errors, "error")}, {Plural(report.Warnings, "warning")}, {Plural(report.Infos, "info")}.");
        console.MarkupLine(report.Errors > 0 ? $"[red]{summary}[/]" : report.Warnings > 0 ? $"[yellow]{summary}[/]" : $"[green]{summary}[/]");
    }

    internal static string Render(CheckReport report, ReportContext context, bool colour)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, report, context, colour);
        return writer.ToString();
    }

    private static string Plural(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count:#,##0} {noun}{(count == 1 ? "" : "s")}");
}
