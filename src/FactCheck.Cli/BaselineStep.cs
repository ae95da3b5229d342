using System.Globalization;
using FactCheck.Baselines;
using FactCheck.Reporting;
using FactCheck.Utility;

namespace FactCheck.Cli;

/// <summary><c>--write-baseline</c> and <c>--baseline</c>: record the findings, or keep only those not recorded.</summary>
internal static class BaselineStep
{
    /// <summary>Writes the baseline of <paramref name="report"/>; false, with the reason on <paramref name="error"/>, when it cannot.</summary>
    internal static bool TryWrite(string path, CheckReport report, TextWriter error)
    {
        if (!AtomicFile.TryWrite(path, stream => FindingBaseline.From(report).Write(stream), out var failure))
        {
            error.WriteLine($"factcheck: cannot write the baseline to '{ReportContext.PortablePath(path)}': {failure}");
            return false;
        }
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"factcheck: recorded {Count(report.Findings.Count, "finding")} in the baseline {ReportContext.PortablePath(path)}."));
        return true;
    }

    /// <summary>The report with only the findings <paramref name="path"/> does not accept, or null (with the reason) when the file cannot be read.</summary>
    internal static CheckReport? Filter(string path, CheckReport report, TextWriter error)
    {
        FindingBaseline baseline;
        try
        {
            using var input = File.OpenRead(path);
            baseline = FindingBaseline.Read(input);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"factcheck: the baseline '{ReportContext.PortablePath(path)}' cannot be used: {e.Message}");
            return null;
        }
        var comparison = baseline.Compare(report);
        var gone = comparison.Gone == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
            $"; {Count(comparison.Gone, "baseline entry", "baseline entries")} no longer {(comparison.Gone == 1 ? "occurs" : "occur")} (rewrite the baseline to drop {(comparison.Gone == 1 ? "it" : "them")})");
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"factcheck: baseline {ReportContext.PortablePath(path)}: {Count(comparison.NewFindings.Findings.Count, "new finding")}, {comparison.Known:#,##0} known{gone}."));
        return comparison.NewFindings;
    }

    private static string Count(int count, string noun, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:#,##0} {(count == 1 ? noun : plural ?? noun + "s")}");
}
