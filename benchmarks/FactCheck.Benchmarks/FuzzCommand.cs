using System.Diagnostics;
using System.Globalization;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>fuzz [COUNT] [--seed N]</c>: runs COUNT (200,000 by default) seeded mutations of the samples through the reader,
/// the writer and the checker (see <see cref="MutationFuzzer"/>) and prints what failed, with an example of each.
/// </summary>
internal static class FuzzCommand
{
    public static int Run(string[] args)
    {
        var seed = 1;
        var at = Array.IndexOf(args, "--seed");
        if (at >= 0)
        {
            var option = at;
            seed = Arguments.Seed(Arguments.ValueAfter(args, ref option), "--seed");
            args = [.. args[..at], .. args[(at + 2)..]];
        }
        var count = args.Length > 0 ? Arguments.Count(args[0], "The count") : 200_000;
        var root = RepositoryAbove(AppContext.BaseDirectory) ?? RepositoryAbove(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("Run from within the repository: the samples are the seeds.");
        var watch = Stopwatch.StartNew();
        var tally = new MutationFuzzer(MutationFuzzer.Seeds(root), seed).Run(count, new FactChecker());
        Console.WriteLine(tally);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalSeconds:0.0} s"));
        return tally.FailureCount == 0 ? 0 : 1;
    }

    private static string? RepositoryAbove(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactCheck.sln"))) return dir.FullName;
        }
        return null;
    }
}
