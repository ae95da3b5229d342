using System.Diagnostics;
using System.Globalization;

namespace FactCheck.Benchmarks;

/// <summary>
/// The whole <c>factcheck check FILE --format json</c> as a user runs it: a new process that starts, loads, checks and
/// writes its JSON report to a file. Timed from start to exit, best of N run one after another, and once after the
/// machine has been idle; peak resident memory and system time from <c>/usr/bin/time</c> where it exists
/// (<see cref="TimeCommand"/>).
/// </summary>
/// <remarks>
/// Why a run after idling: on the virtual machines measured here, memory a process frees is taken back by the host within
/// a second or so, and a process that then writes memory for the first time waits for the host to provide it; run at
/// once after another, it gets back what the last one freed, already provided. A user runs the command once, after
/// other work, so the run after idling is the one a user meets: on the independent million it took 0.2–0.9 s longer,
/// mostly system time (benchmarks/README.md, thirtieth pass).
/// </remarks>
internal static class CommandRun
{
    /// <summary>
    /// One measured run: wall-clock time, the process's peak resident bytes and its processor time in system mode (each
    /// null when <c>/usr/bin/time</c> did not say), and the tool that ran.
    /// </summary>
    public sealed record Result(TimeSpan Elapsed, long? PeakBytes, TimeSpan? System, string Tool);

    /// <summary>The best of the runs one after another, and the run after idling (null when not run).</summary>
    public sealed record Measured(Result Best, Result? AfterIdle);

    /// <summary>
    /// The tool to run: <paramref name="given"/> (a native binary, or a <c>.dll</c> run through <c>dotnet</c>), else the
    /// native build in this repository for this machine (<c>dotnet publish src/FactCheck.Cli -c Release -r linux-x64</c>,
    /// or <c>osx-arm64</c> on a Mac), else its framework-dependent Release build; null when there is none.
    /// </summary>
    public static string? Locate(string? given)
    {
        if (given is not null) return File.Exists(given) ? Path.GetFullPath(given) : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "FactCheck.sln"))) continue;
            var bin = Path.Combine(dir.FullName, "src", "FactCheck.Cli", "bin", "Release", "net10.0");
            var native = NativeIdentifiers().Select(rid => Path.Combine(bin, rid, "publish", "FactCheck.Cli")).FirstOrDefault(File.Exists);
            var managed = Path.Combine(bin, "FactCheck.Cli.dll");
            return native ?? (File.Exists(managed) ? managed : null);
        }
        return null;
    }

    /// <summary>
    /// The runtime identifiers a native build for this machine may be published under: the runtime's own, then the portable
    /// one for its system and processor (a distribution's own .NET names itself <c>ubuntu.24.04-x64</c>, say, while
    /// <c>-r linux-x64</c> is what one publishes), then linux-x64.
    /// </summary>
    internal static IEnumerable<string> NativeIdentifiers()
    {
        yield return System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        var system = OperatingSystem.IsMacOS() ? "osx" : OperatingSystem.IsWindows() ? "win" : "linux";
        yield return system + "-" + System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        yield return "linux-x64";
    }

    /// <summary>A process that runs <paramref name="arguments"/>: the program, then its arguments each as it is.</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(arguments[0]);
        foreach (var a in arguments.Skip(1)) start.ArgumentList.Add(a);
        return start;
    }

    /// <summary>
    /// The command line of one check of <paramref name="file"/> by <paramref name="tool"/> (a <c>.dll</c> through
    /// <c>dotnet</c>), its JSON report written to <paramref name="report"/>, whatever it finds.
    /// </summary>
    public static List<string> CheckCommand(string tool, string file, string report)
    {
        List<string> command = tool.EndsWith(".dll", StringComparison.Ordinal) ? ["dotnet", tool] : [tool];
        command.AddRange(["check", file, "--format", "json", "--fail-on", "never", "--output", report]);
        return command;
    }

    /// <summary>
    /// Starts a process with its input closed and its output and errors redirected, reads both to the end and waits for it,
    /// at most <paramref name="limit"/> (then it is killed, and its exit code is -1): its exit code, its errors, and the
    /// wall-clock time from its start to its exit.
    /// </summary>
    public static (int ExitCode, string Errors, TimeSpan Elapsed) RunToExit(ProcessStartInfo start, TimeSpan? limit = null)
    {
        start.UseShellExecute = false;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(limit ?? Timeout.InfiniteTimeSpan))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, $"stopped after {limit!.Value.TotalSeconds:0} s", watch.Elapsed);
        }
        process.WaitForExit();
        watch.Stop();
        output.Wait();
        return (process.ExitCode, errors.Result, watch.Elapsed);
    }

    /// <summary>
    /// Runs <paramref name="tool"/> on <paramref name="file"/> once after <paramref name="idle"/> (none when zero), then
    /// <paramref name="repeat"/> times one after another; null when a run fails.
    /// </summary>
    public static Measured? Measure(string tool, string file, int repeat, TimeSpan idle)
    {
        Result? afterIdle = null;
        if (idle > TimeSpan.Zero)
        {
            Thread.Sleep(idle);
            if ((afterIdle = RunOnce(tool, file)) is null) return null;
        }
        Result? best = null;
        for (var i = 0; i < repeat; i++)
        {
            if (RunOnce(tool, file) is not { } run) return null;
            if (best is null || run.Elapsed < best.Elapsed) best = run;
        }
        return best is null ? null : new Measured(best, afterIdle);
    }

    /// <summary>One run of the command as a new process; null when it fails.</summary>
    private static Result? RunOnce(string tool, string file)
    {
        var report = Path.GetTempFileName();
        var measures = Path.GetTempFileName();
        try
        {
            var timer = TimeCommand.OnThisMachine;
            var (exitCode, errors, elapsed) = RunToExit(timer.StartInfo(CheckCommand(tool, file, report), measures));
            if (exitCode != 0)
            {
                Console.Error.WriteLine($"factcheck exited with {exitCode}: {errors}");
                return null;
            }
            var (peak, system) = timer.Read(File.ReadAllText(measures), errors);
            return new Result(elapsed, peak, system, tool);
        }
        finally
        {
            File.Delete(report);
            File.Delete(measures);
        }
    }
}
