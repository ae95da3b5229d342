using System.Diagnostics;
using System.Globalization;
using FactCheck.Serialization;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>load COUNT|PATH [--repeat N] [--allocations] [--scope]</c>: writes a generated set to a file (or takes the file at
/// PATH) and times reading it back, best of N (three by default), in MB/s, with the bytes the claim set keeps per claim
/// once read. More repetitions suit a profiler: the first, unoptimised read then weighs less. <c>--allocations</c> also
/// lists the types that reading allocates most, sampled from the runtime's events (which slows the read a little).
/// <c>--scope</c> reads each time inside a <see cref="LargeCheckScope"/> for the file's size, as an app that asks for one.
/// </summary>
internal static class LoadCommand
{
    public static int Run(string[] args)
    {
        var repeat = 3;
        var at = Array.IndexOf(args, "--repeat");
        if (at >= 0)
        {
            var option = at;
            repeat = Arguments.Count(Arguments.ValueAfter(args, ref option), "--repeat");
            args = [.. args[..at], .. args[(at + 2)..]];
        }
        var sampler = args.Contains("--allocations") ? new AllocationSampler() : null;
        var scoped = args.Contains("--scope");
        args = [.. args.Where(a => a is not "--allocations" and not "--scope")];
        var given = args.Length > 0 && File.Exists(args[0]);
        var count = given ? 0 : args.Length > 0 ? Arguments.Count(args[0], "The count (or an existing file)") : 200_000;
        var path = given ? args[0] : Path.Combine(Path.GetTempPath(), $"factcheck-load-{count}.claims.json");
        if (!given) ClaimSetFiles.Save(ClaimSetGenerator.Generate(count).Claims, path);
        var bytes = new FileInfo(path).Length;
        var best = TimeSpan.MaxValue;
        var bestCpu = TimeSpan.Zero;
        var bestPause = TimeSpan.Zero;
        var bestCounts = (0, 0, 0);
        long allocated = 0;
        for (var i = 0; i < repeat; i++)
        {
            GC.Collect();
            var pause = GC.GetTotalPauseDuration();
            var counts = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var before = GC.GetTotalAllocatedBytes(true);
            var cpu = Environment.CpuUsage.TotalTime;
            var watch = Stopwatch.StartNew();
            using (scoped ? LargeCheckScope.Begin(bytes) : null)
            {
                count = Read(path);
            }
            watch.Stop();
            cpu = Environment.CpuUsage.TotalTime - cpu;
            allocated = GC.GetTotalAllocatedBytes(true) - before;
            if (watch.Elapsed < best)
            {
                best = watch.Elapsed;
                bestCpu = cpu;
                bestPause = GC.GetTotalPauseDuration() - pause;
                bestCounts = (GC.CollectionCount(0) - counts.Item1, GC.CollectionCount(1) - counts.Item2, GC.CollectionCount(2) - counts.Item3);
            }
        }
        var retained = Retained(path);
        if (!given) File.Delete(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} claims, {bytes / 1e6:N1} MB: {best.TotalMilliseconds:N0} ms, {bytes / 1e6 / best.TotalSeconds:N0} MB/s, {bestCpu.TotalMilliseconds:N0} ms of processor time; "
            + $"collector paused {bestPause.TotalMilliseconds:N0} ms in {bestCounts.Item1:N0} collections ({bestCounts.Item2:N0} gen1, {bestCounts.Item3:N0} gen2); {allocated / (double)count:N0} B allocated per claim; "
            + $"{retained.Kept / (double)count:N0} B kept and at most {retained.Peak / (double)count:N0} B held per claim"));
        if (sampler is not null)
        {
            foreach (var line in sampler.Top(15, (long)count * repeat)) Console.WriteLine(line);
            foreach (var line in sampler.Collections()) Console.WriteLine(line);
            sampler.Dispose();
        }
        return 0;
    }

    /// <summary>
    /// The managed heap the claim set read from <paramref name="path"/> keeps, after a full collection, and the most
    /// the heap grew by while it was read (sampled every few milliseconds).
    /// </summary>
    private static (long Kept, long Peak) Retained(string path)
    {
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var sampler = new PeakSampler();
        ClaimSetDocument document;
        using (sampler.Start()) document = new ClaimSetReader().ReadFiles([path]);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(document);
        return (after - before, Math.Max(sampler.PeakBytes, after) - before);
    }

    // Not inlined, so that no slot of the caller's frame keeps one repetition's claims alive through the next.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int Read(string path) => new ClaimSetReader().ReadFiles([path]).ClaimSet.Claims.Count;
}
