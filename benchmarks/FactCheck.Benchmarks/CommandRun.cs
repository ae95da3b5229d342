using System.Diagnostics;
using System.Globalization;

namespace FactCheck.Benchmarks;

/// <summary>
/// The whole <c>factcheck check FILE --format json</c> as a user runs it: a new process that starts, loads, checks and
/// writes its JSON report to a file. Timed from start to exit, best of N; peak resident memory from
/// <c>/usr/bin/time</c> where it exists.
/// </summary>
internal static class CommandRun
{
    /// <summary>One measured run: wall-clock time, the process's peak resident bytes (0 when unknown), and the tool that ran.</summary>
    public sealed record Result(TimeSpan Elapsed, long PeakBytes, string Tool);

    private const string Time = "/usr/bin/time";

    /// <summary>
    /// The tool to run: <paramref name="given"/> (a native binary, or a <c>.dll</c> run through <c>dotnet</c>), else the
    /// native build in this repository (<c>dotnet publish src/FactCheck.Cli -c Release -r linux-x64</c>), else its
    /// framework-dependent Release build; null when there is none.
    /// </summary>
    public static string? Locate(string? given)
    {
        if (given is not null) return File.Exists(given) ? Path.GetFullPath(given) : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "FactCheck.sln"))) continue;
            var bin = Path.Combine(dir.FullName, "src", "FactCheck.Cli", "bin", "Release", "net10.0");
            var native = Path.Combine(bin, "linux-x64", "publish", "FactCheck.Cli");
            var managed = Path.Combine(bin, "FactCheck.Cli.dll");
            return File.Exists(native) ? native : File.Exists(managed) ? managed : null;
        }
        return null;
    }

    /// <summary>
    /// Starts a process with its output and errors redirected, reads both to the end and waits for it: its exit code, its
    /// errors, and the wall-clock time from its start to its exit.
    /// </summary>
    public static (int ExitCode, string Errors, TimeSpan Elapsed) RunToExit(ProcessStartInfo start)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        return (process.ExitCode, errors.Result, watch.Elapsed);
    }

    /// <summary>Runs <paramref name="tool"/> on <paramref name="file"/> <paramref name="repeat"/> times; null when a run fails.</summary>
    public static Result? Measure(string tool, string file, int repeat)
    {
        var report = Path.GetTempFileName();
        var memory = Path.GetTempFileName();
        try
        {
            Result? best = null;
            for (var i = 0; i < repeat; i++)
            {
                var start = new ProcessStartInfo { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
                var timed = File.Exists(Time);
                start.FileName = timed ? Time : tool.EndsWith(".dll", StringComparison.Ordinal) ? "dotnet" : tool;
                if (timed)
                {
                    foreach (var a in new[] { "-f", "%M", "-o", memory }) start.ArgumentList.Add(a);
                    if (tool.EndsWith(".dll", StringComparison.Ordinal)) start.ArgumentList.Add("dotnet");
                    start.ArgumentList.Add(tool);
                }
                else if (tool.EndsWith(".dll", StringComparison.Ordinal))
                {
                    start.ArgumentList.Add(tool);
                }
                foreach (var a in new[] { "check", file, "--format", "json", "--fail-on", "never", "--output", report }) start.ArgumentList.Add(a);

                var (exitCode, errors, elapsed) = RunToExit(start);
                if (exitCode != 0)
                {
                    Console.Error.WriteLine($"factcheck exited with {exitCode}: {errors}");
                    return null;
                }
                var peak = timed && long.TryParse(File.ReadAllText(memory).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : 0;
                if (best is null || elapsed < best.Elapsed) best = new Result(elapsed, peak, tool);
            }
            return best;
        }
        finally
        {
            File.Delete(report);
            File.Delete(memory);
        }
    }
}
