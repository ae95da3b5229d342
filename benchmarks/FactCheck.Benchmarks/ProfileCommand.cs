using System.Diagnostics;
using System.Globalization;
using FactCheck.Checking;
using FactCheck.Rules;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>profile COUNT|PATH</c>: the index and each rule alone, timed once after a warm-up, with allocations, on generated
/// claims or on a claim file; for finding where time goes.
/// </summary>
internal static class ProfileCommand
{
    public static int Run(string[] args)
    {
        var claims = args.Length > 0 && File.Exists(args[0])
            ? new Serialization.ClaimSetReader().ReadFiles([args[0]]).ClaimSet
            : ClaimSetGenerator.Generate(int.Parse(args.Length > 0 ? args[0].Replace("_", "", StringComparison.Ordinal) : "1000000", CultureInfo.InvariantCulture)).Claims;
        var count = claims.Claims.Count;
        var settings = CheckSettings.Default;
        ClaimIndex.Build(claims, settings);
        var (_, indexTime, indexBytes) = Time(() => ClaimIndex.Build(claims, settings));
        Console.WriteLine($"index        {indexTime.TotalMilliseconds,9:N1} ms {indexBytes / (double)count,8:N0} B/claim");
        // Each rule alone through the engine; the index time above is part of every line.
        foreach (var rule in BuiltInRules.All)
        {
            var checker = new FactChecker(new FactCheckOptions { IncludeBuiltInRules = false, MaxDegreeOfParallelism = 1 }.AddRule(rule));
            checker.Check(claims);
            var (report, elapsed, bytes) = Time(() => checker.Check(claims));
            Console.WriteLine($"{rule.Descriptor.Id} {rule.Descriptor.Name,-20} {elapsed.TotalMilliseconds,9:N1} ms {bytes / (double)count,8:N0} B/claim  {report.Findings.Count} findings");
        }
        var all = new FactChecker();
        all.Check(claims);
        var (_, total, totalBytes) = Time(() => all.Check(claims));
        Console.WriteLine($"whole check  {total.TotalMilliseconds,9:N1} ms {totalBytes / (double)count,8:N0} B/claim");
        return 0;
    }

    private static (T, TimeSpan, long) Time<T>(Func<T> action)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(true);
        var watch = Stopwatch.StartNew();
        var result = action();
        watch.Stop();
        return (result, watch.Elapsed, GC.GetTotalAllocatedBytes(true) - before);
    }
}
