using System.Text;
using FactCheck.Reporting;

namespace FactCheck.Cli;

/// <summary>
/// With <c>--format github</c> in a GitHub Actions step, the Markdown report goes to the job summary too: the
/// runner names the file in <c>GITHUB_STEP_SUMMARY</c>, and each step appends to it.
/// </summary>
internal static class GitHubStepSummary
{
    internal const string Variable = "GITHUB_STEP_SUMMARY";

    internal static void AppendIfAsked(string format, CheckReport report, ReportContext context, TextWriter error)
    {
        if (!string.Equals(format, "github", StringComparison.OrdinalIgnoreCase)) return;
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } path) return;
        try
        {
            using var file = new StreamWriter(path, append: true, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            new MarkdownReportWriter().Write(report, file, context);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // The annotations are out already; a summary that cannot be written is worth a line, not a failed step.
            error.WriteLine($"factcheck: cannot append the summary to {Variable} ({path}): {e.Message}");
        }
    }
}
