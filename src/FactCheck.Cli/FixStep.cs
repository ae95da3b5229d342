using System.Globalization;
using FactCheck.Reporting;
using FactCheck.Serialization;

namespace FactCheck.Cli;

/// <summary><c>--fix</c>: applies the findings' fixes to the claim files, and says what it did and what it left.</summary>
internal static class FixStep
{
    /// <summary>Applies the fixes; false (with the reason on <paramref name="error"/>) when a file could not be written.</summary>
    /// <returns>Whether any file changed, so the claims must be read again.</returns>
    internal static bool TryApply(ClaimSetDocument document, CheckReport report, TextWriter error, out bool failed)
    {
        failed = false;
        ClaimFixOutcome outcome;
        try
        {
            outcome = ClaimFileFixer.Apply(document, report.Findings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"factcheck: cannot apply the fixes: {e.Message}");
            failed = true;
            return false;
        }
        foreach (var skipped in outcome.Skipped) error.WriteLine("factcheck: fix not applied: " + skipped);
        var files = string.Join(", ", outcome.Files.Select(ReportContext.PortablePath));
        error.WriteLine(outcome.Applied == 0
            ? "factcheck: no fixes to apply."
            : string.Create(CultureInfo.InvariantCulture, $"factcheck: applied {outcome.Applied:#,##0} fix{(outcome.Applied == 1 ? "" : "es")} to {files}; the report below is of the fixed files."));
        return outcome.Applied > 0;
    }
}
