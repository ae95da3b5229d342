using System.Globalization;

namespace FactCheck.Reporting;

/// <summary>
/// The report for logs and terminals: one block per finding (severity, rule id, message, then each claim with its
/// file and line), and a summary line; "\n" on every machine, so that grep and diffs read it well.
/// </summary>
public sealed class PlainTextReportWriter : ReportWriter
{
    /// <inheritdoc />
    public override string Name => "text";

    /// <inheritdoc />
    public override void Write(CheckReport report, TextWriter output, ReportContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        context ??= ReportContext.None;
        Span<char> digits = stackalloc char[11];
        var messages = new MessageText();
        foreach (var finding in report.Findings)
        {
            output.Write(SeverityText.Of(finding.Severity));
            output.Write(' ');
            output.Write(finding.RuleId);
            output.Write(": ");
            output.Write(messages.Format(finding));
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

    /// <summary>The closing line: <c>25 claims checked: 0 errors, 4 warnings, 1 info.</c></summary>
    public static string Summary(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        // On the stack, not in buffers rented from the shared pool: handing back the outer one after the inner ones had
        // filled the thread's slot made the pool time the processor's number lookup, about 0.25 ms of the native tool's start.
        return string.Create(CultureInfo.InvariantCulture, stackalloc char[128],
            $"{report.ClaimCount:#,##0} claims checked: {Plural(report.Errors, "error")}, {Plural(report.Warnings, "warning")}, {Plural(report.Infos, "info")}.");
    }

    /// <summary>The location of a claim as the report writes it: <c> at samples/x.claims.json:52</c>, or empty.</summary>
    public static string Where(ReportContext context, string claimId)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.LocationOf(claimId) is { File: { } file } at
            ? string.Create(CultureInfo.InvariantCulture, $" at {ReportContext.PortablePath(file)}:{at.Line}")
            : string.Empty;
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, stackalloc char[64], $"{count:#,##0} {noun}{(count == 1 ? "" : "s")}");
}
