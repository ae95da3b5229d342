using System.Diagnostics;
using System.Globalization;

namespace FactCheck.Benchmarks;

/// <summary>
/// The installed tool's cold start against <c>python3 -c pass</c>, as the issue sets the target (at most half): the tool
/// checks the seed sample and the interpreter starts and stops, <see cref="Runs"/> times each, interleaved in alternating
/// order (20 of each had been too few to tell two builds a millisecond apart), each a new
/// process timed from its start to its exit; the medians and their ratio. The interpreter is the system's
/// (<c>/usr/bin/python3</c> when there is one, else the first <c>python3</c> on PATH that is not a script): a version
/// manager's <c>python3</c> on PATH is a shell script that starts the interpreter, several times slower than it, and
/// once made this ratio look five times better than it was. <c>benchmarks/startup.sh</c> measures the same from a shell.
/// </summary>
internal static class ColdStart
{
    /// <summary>How many runs of each command the medians are taken over.</summary>
    internal const int Runs = 40;

    /// <summary>The line for the comparison run's output, or why there is none.</summary>
    internal static string Line(string tool)
    {
        var sample = Sample();
        var python = Interpreter();
        if (sample is null) return "Cold start: not measured (the seed sample is not found above this program).";
        if (python is null) return "Cold start: not measured (no python3 interpreter to compare with).";
        Console.Error.WriteLine("[cold start] the tool on the seed sample and python3 -c pass…");
        var toolTimes = new List<double>();
        var pythonTimes = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            // The order alternates, so that neither side always runs just after the other.
            if (i % 2 == 0) toolTimes.Add(Elapsed(tool, ["check", sample]));
            pythonTimes.Add(Elapsed(python, ["-c", "pass"]));
            if (i % 2 == 1) toolTimes.Add(Elapsed(tool, ["check", sample]));
        }
        var (t, p) = (Median(toolTimes), Median(pythonTimes));
        return string.Create(CultureInfo.InvariantCulture,
            $"Cold start (the tool checking the seed sample against {python} -c pass, median of {Runs} each, interleaved): {t:0.0} ms against {p:0.0} ms, {t / p:0.00}× (target: at most 0.5×).");
    }

    /// <summary>
    /// Milliseconds from starting <paramref name="file"/> (a <c>.dll</c> through <c>dotnet</c>) with
    /// <paramref name="arguments"/> to its exit, output discarded.
    /// </summary>
    private static double Elapsed(string file, IReadOnlyList<string> arguments)
    {
        var managed = file.EndsWith(".dll", StringComparison.Ordinal);
        var start = new ProcessStartInfo { FileName = managed ? "dotnet" : file };
        if (managed) start.ArgumentList.Add(file);
        return CommandRun.RunToExit(start).Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> times)
    {
        times.Sort();
        return times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
    }

    /// <summary>The seed sample in the repository above this program, or null.</summary>
    private static string? Sample()
    {
        var sample = Path.Combine(ExtractionBenchmarks.RepositoryRoot(), "samples", "us-force-levels-2020.claims.json");
        return File.Exists(sample) ? sample : null;
    }

    /// <summary>The system's python3, or the first one on PATH that is a binary rather than a script; null when none.</summary>
    private static string? Interpreter()
    {
        if (File.Exists("/usr/bin/python3")) return "/usr/bin/python3";
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "python3");
            if (File.Exists(candidate) && !IsScript(candidate)) return candidate;
        }
        return null;
    }

    private static bool IsScript(string path)
    {
        Span<byte> start = stackalloc byte[2];
        using var file = File.OpenRead(path);
        return file.Read(start) == 2 && start[0] == '#' && start[1] == '!';
    }
}
