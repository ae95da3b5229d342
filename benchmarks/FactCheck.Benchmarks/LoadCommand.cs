using System.Diagnostics;
using System.Globalization;
using FactCheck.Serialization;

namespace FactCheck.Benchmarks;

/// <summary><c>load COUNT</c>: writes a generated set to a file and times reading it back (best of three), in MB/s.</summary>
internal static class LoadCommand
{
    public static int Run(string[] args)
    {
        var given = args.Length > 0 && File.Exists(args[0]);
        var count = given ? 0 : int.Parse(args.Length > 0 ? args[0].Replace("_", "", StringComparison.Ordinal) : "200000", CultureInfo.InvariantCulture);
        var path = given ? args[0] : Path.Combine(Path.GetTempPath(), $"factcheck-load-{count}.claims.json");
        if (!given) ClaimSetFiles.Save(ClaimSetGenerator.Generate(count).Claims, path);
        var bytes = new FileInfo(path).Length;
        var best = TimeSpan.MaxValue;
        var bestPause = TimeSpan.Zero;
        var bestCounts = (0, 0, 0);
        long allocated = 0;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            var pause = GC.GetTotalPauseDuration();
            var counts = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var before = GC.GetTotalAllocatedBytes(true);
            var watch = Stopwatch.StartNew();
            count = new ClaimSetReader().ReadFiles([path]).ClaimSet.Claims.Count;
            watch.Stop();
            allocated = GC.GetTotalAllocatedBytes(true) - before;
            if (watch.Elapsed < best)
            {
                best = watch.Elapsed;
                bestPause = GC.GetTotalPauseDuration() - pause;
                bestCounts = (GC.CollectionCount(0) - counts.Item1, GC.CollectionCount(1) - counts.Item2, GC.CollectionCount(2) - counts.Item3);
            }
        }
        if (!given) File.Delete(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} claims, {bytes / 1e6:N1} MB: {best.TotalMilliseconds:N0} ms, {bytes / 1e6 / best.TotalSeconds:N0} MB/s; "
            + $"collector paused {bestPause.TotalMilliseconds:N0} ms in {bestCounts.Item1:N0} collections ({bestCounts.Item2:N0} gen1, {bestCounts.Item3:N0} gen2); {allocated / (double)count:N0} B allocated per claim"));
        return 0;
    }
}
