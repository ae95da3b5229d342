using System.Diagnostics;

namespace FactCheck.Benchmarks;

/// <summary>
/// Untimed runs before a measure, until the JIT is done with what is measured, as BenchmarkDotNet's warm-up aims at.
/// </summary>
/// <remarks>
/// Why runs until no method is compiled, and not a count or a time: a method with a loop starts unoptimised and is
/// replaced while it runs (on-stack replacement), and is compiled fully only after 30 calls, in the background. The
/// index's two loops are called twice a check, so the comparison's three checks, and FC001's three after them, all ran
/// that code: on `indep`, FC001 alone took 724, 535, 410, 408, 324 and 241 ms in its first six runs in a process and
/// 172–241 ms from the twentieth on (benchmarks/README.md, thirty-first pass). Tiered compilation goes on compiling for
/// some seconds; ten runs in a row that compiled nothing say it is done.
/// </remarks>
internal static class JitWarmUp
{
    /// <summary>
    /// Runs <paramref name="run"/> for at least a second and until ten runs in a row compiled no method, but for no longer
    /// than <paramref name="most"/>; how many runs it made.
    /// </summary>
    internal static int Run(Action run, TimeSpan most)
    {
        var warming = Stopwatch.StartNew();
        var (compiled, quiet, runs) = (System.Runtime.JitInfo.GetCompiledMethodCount(), 0, 0);
        while (warming.Elapsed < most && (warming.Elapsed < TimeSpan.FromSeconds(1) || quiet < 10))
        {
            run();
            runs++;
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            (compiled, quiet) = (now, now == compiled ? quiet + 1 : 0);
        }
        return runs;
    }
}
