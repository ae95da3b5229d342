using System.Diagnostics;
using System.Globalization;
using FactCheck.Serialization;

namespace FactCheck.Benchmarks;

/// <summary><c>load COUNT</c>: writes a generated set to a file and times reading it back (best of three), in MB/s.</summary>
internal static class LoadCommand
{
    public static int Run(string[] args)
    {
        var count = int.Parse(args.Length > 0 ? args[0].Replace("_", "", StringComparison.Ordinal) : "200000", CultureInfo.InvariantCulture);
        var path = Path.Combine(Path.GetTempPath(), $"factcheck-load-{count}.claims.json");
        ClaimSetFiles.Save(ClaimSetGenerator.Generate(count).Claims, path);
        var bytes = new FileInfo(path).Length;
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            new ClaimSetReader().ReadFiles([path]);
            watch.Stop();
            if (watch.Elapsed < best) best = watch.Elapsed;
        }
        File.Delete(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} claims, {bytes / 1e6:N1} MB: {best.TotalMilliseconds:N0} ms, {bytes / 1e6 / best.TotalSeconds:N0} MB/s"));
        return 0;
    }
}
