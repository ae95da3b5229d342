using System.Diagnostics;
using System.Globalization;
using FactCheck.Checking;
using FactCheck.Rules;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>profile COUNT|PATH [--repeat N] [--rule ID] [--allocations]</c>: the index and each rule alone (or the one rule
/// named), timed after a warm-up (<see cref="JitWarmUp"/>, at most five seconds each), with allocations, on generated
/// claims or on a claim file; for finding where time goes. With a repeat, each line gives the fastest and the slowest of
/// the N runs, since other work on the machine shows in single runs, and the least processor time of one run.
/// <c>--allocations</c> lists, under each rule, the types its runs allocate most.
/// </summary>
internal static class ProfileCommand
{
    // Less than the comparison's fifteen seconds: a profile of every rule warms eighteen things up.
    private static readonly TimeSpan WarmUpAtMost = TimeSpan.FromSeconds(5);

    public static int Run(string[] args)
    {
        var repeat = 1;
        string? only = null;
        var allocations = false;
        var positional = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--repeat") repeat = Arguments.Count(Arguments.ValueAfter(args, ref i), "--repeat");
            else if (args[i] == "--rule") only = Arguments.ValueAfter(args, ref i);
            else if (args[i] == "--allocations") allocations = true;
            else positional.Add(args[i]);
        }
        var claims = positional.Count > 0 && File.Exists(positional[0])
            ? new Serialization.ClaimSetReader().ReadFiles([positional[0]]).ClaimSet
            : ClaimSetGenerator.Generate(positional.Count > 0 ? Arguments.Count(positional[0], "The count (or an existing file)") : 1_000_000).Claims;
        var count = claims.Claims.Count;
        var settings = CheckSettings.Default;
        JitWarmUp.Run(() => ClaimIndex.Build(claims, settings), WarmUpAtMost);
        var (_, indexTime, indexBytes) = Time(() => ClaimIndex.Build(claims, settings), repeat);
        Console.WriteLine($"index        {indexTime} {indexBytes / (double)count,8:N0} B/claim");
        // Each rule alone through the engine; the index time above is part of every line.
        foreach (var rule in BuiltInRules.All)
        {
            if (only is not null && !string.Equals(rule.Descriptor.Id, only, StringComparison.OrdinalIgnoreCase)) continue;
            var checker = new FactChecker(new FactCheckOptions { IncludeBuiltInRules = false, MaxDegreeOfParallelism = 1 }.AddRule(rule));
            JitWarmUp.Run(() => checker.Check(claims), WarmUpAtMost);
            using var sampler = allocations ? new AllocationSampler() : null;
            var (report, elapsed, bytes) = Time(() => checker.Check(claims), repeat);
            Console.WriteLine($"{rule.Descriptor.Id} {rule.Descriptor.Name,-20} {elapsed} {bytes / (double)count,8:N0} B/claim  {report.Findings.Count} findings");
            if (sampler is null) continue;
            foreach (var line in sampler.Top(15, (long)count * repeat)) Console.WriteLine("    " + line);
        }
        var all = new FactChecker();
        JitWarmUp.Run(() => all.Check(claims), WarmUpAtMost);
        var (_, total, totalBytes) = Time(() => all.Check(claims), repeat);
        Console.WriteLine($"whole check  {total} {totalBytes / (double)count,8:N0} B/claim");
        return 0;
    }

    /// <summary>Runs <paramref name="action"/> <paramref name="repeat"/> times; the last result, the fastest and slowest times, and the bytes of one run.</summary>
    private static (T, string, long) Time<T>(Func<T> action, int repeat)
    {
        T result = default!;
        double fastest = double.MaxValue, slowest = 0, leastCpu = double.MaxValue, fastestPause = 0;
        long bytes = 0;
        var fastestCollections = 0;
        for (var i = 0; i < repeat; i++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(true);
            var cpu = Environment.CpuUsage.TotalTime;
            var pause = GC.GetTotalPauseDuration();
            var collections = GC.CollectionCount(0);
            var watch = Stopwatch.StartNew();
            result = action();
            watch.Stop();
            leastCpu = Math.Min(leastCpu, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds);
            bytes = GC.GetTotalAllocatedBytes(true) - before;
            // The collector's share is the fastest run's, as the load command gives it.
            if (watch.Elapsed.TotalMilliseconds < fastest)
            {
                fastestPause = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
                fastestCollections = GC.CollectionCount(0) - collections;
            }
            fastest = Math.Min(fastest, watch.Elapsed.TotalMilliseconds);
            slowest = Math.Max(slowest, watch.Elapsed.TotalMilliseconds);
        }
        // Processor time as well: on a shared machine it moves less than the wall clock (both cores count in it).
        var range = repeat == 1 ? string.Create(CultureInfo.InvariantCulture, $"{fastest,9:N1}") : string.Create(CultureInfo.InvariantCulture, $"{fastest,9:N1}–{slowest,9:N1}");
        var times = string.Create(CultureInfo.InvariantCulture, $"{range} ms (least cpu {leastCpu,7:N0} ms; fastest run's collector {fastestPause,5:N0} ms in {fastestCollections} collections)");
        return (result, times, bytes);
    }
}
