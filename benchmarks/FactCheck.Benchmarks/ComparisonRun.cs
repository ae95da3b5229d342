using System.Diagnostics;
using System.Globalization;
using FactCheck.Rules;
using FactCheck.Serialization;
using Microsoft.Data.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>
/// One command, one table: at each size, on the same generated claims, the floor (sorting the claims by subject,
/// metric and start), the whole check, FC001 alone, a naive pairwise LINQ FC001, FC001 as a SQLite self-join and as two
/// DuckDB joins (plain, and as an IEJoin); peak memory and bytes allocated per claim; loading the claims from a file,
/// plainly and inside a <see cref="LargeCheckScope"/> (as an app that asks for one); the whole <c>factcheck check</c> command on that file as a process; extraction's throughput; and the tool's cold start
/// against <c>python3 -c pass</c> (<see cref="ColdStart"/>). Every variant's
/// conflicts are compared with FC001's, and the whole check's findings with the generator's, before any figure is printed.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/FactCheck.Benchmarks -- compare 100000 1000000 [--budget 600]
/// [--pairwise-max 100000] [--load-max 1000000] [--repeat 3] [--file PATH] [--tool PATH | --no-tool] [--idle 10]</c>; <c>--file</c>
/// adds a claim file made elsewhere, measured the same way (its findings are not known beforehand, but every variant must
/// agree with FC001). <c>--tool</c> names the factcheck binary to time (default: this repository's native build, else its
/// Release build). Times are the best of <c>--repeat</c> runs (default 3; 1 above a million claims), each variant in
/// process timed after untimed runs until the JIT is done with it (<see cref="JitWarmUp"/>, at most 15 s). A variant that
/// overruns <c>--budget</c> seconds is stopped and shown as &gt;budget. The command is also run once after the machine
/// has been idle for <c>--idle</c> seconds (0: not), as a user meets it (see <see cref="CommandRun"/>).
/// </remarks>
public static class ComparisonRun
{
    public static int Run(string[] args)
    {
        var sizes = new List<int>();
        var budget = TimeSpan.FromSeconds(600);
        var pairwiseMax = 100_000;
        var loadMax = 1_000_000;
        var repeat = 0;
        var files = new List<string>();
        string? toolGiven = null;
        var noTool = false;
        var idle = TimeSpan.FromSeconds(10);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--file": files.Add(Arguments.ValueAfter(args, ref i)); break;
                case "--budget": budget = TimeSpan.FromSeconds(Arguments.Seconds(Arguments.ValueAfter(args, ref i), "--budget")); break;
                case "--pairwise-max": pairwiseMax = Arguments.Count(Arguments.ValueAfter(args, ref i), "--pairwise-max"); break;
                case "--load-max": loadMax = Arguments.Count(Arguments.ValueAfter(args, ref i), "--load-max"); break;
                case "--repeat": repeat = Arguments.Count(Arguments.ValueAfter(args, ref i), "--repeat"); break;
                case "--tool": toolGiven = Arguments.ValueAfter(args, ref i); break;
                case "--no-tool": noTool = true; break;
                case "--idle": idle = TimeSpan.FromSeconds(Arguments.Seconds(Arguments.ValueAfter(args, ref i), "--idle", zero: true)); break;
                default: sizes.Add(Arguments.Count(args[i], "A size")); break;
            }
        }
        if (sizes.Count == 0 && files.Count == 0) sizes.AddRange([100_000, 1_000_000]);

        var tool = noTool ? null : CommandRun.Locate(toolGiven);
        if (!noTool && tool is null) Console.Error.WriteLine($"No factcheck tool to time as a process: build it (dotnet publish src/FactCheck.Cli -c Release -r {CommandRun.NativeIdentifiers().ElementAt(1)}) or name it with --tool PATH.");
        Console.WriteLine($"FactCheck comparison run — {Environment.ProcessorCount} cores, {RuntimeInformationText()}, server GC {System.Runtime.GCSettings.IsServerGC}");
        if (tool is not null) Console.WriteLine($"The factcheck command timed as a process: {tool}, peak memory and system time: {TimeCommand.OnThisMachine.Name}");
        Console.WriteLine();
        var rows = new List<Row>();
        foreach (var size in sizes)
        {
            var times = repeat > 0 ? repeat : size > 1_000_000 ? 1 : 3;
            var (row, load) = MeasureGenerated(size, budget, pairwiseMax, loadMax, times);
            row = row is null ? null : MeasureLoad(row, load, times, tool, idle);
            if (row is null) return 1;
            rows.Add(row);
        }
        foreach (var file in files)
        {
            var (row, load) = MeasureFile(file, budget, pairwiseMax, repeat);
            row = row is null ? null : MeasureLoad(row, load, repeat > 0 ? repeat : row.Claims > 1_000_000 ? 1 : 3, tool, idle);
            if (row is null) return 1;
            rows.Add(row);
        }
        Console.WriteLine();
        Console.WriteLine("| claims | floor: sort | whole check | check/floor | FC001 alone | pairwise LINQ | pairwise/FC001 | SQLite self-join | SQLite/FC001 | DuckDB self-join | DuckDB IEJoin | DuckDB best/FC001 | peak managed memory | allocated per claim (check) | load file | load file in a scope | `factcheck check` process | SQLite (rows + index + join)/process | SQLite (index + join)/process |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows) Console.WriteLine(r);
        Console.WriteLine();
        Console.WriteLine(Extraction(1_000));
        if (tool is not null) Console.WriteLine(ColdStart.Line(tool));
        if (sizes.Count >= 2)
        {
            var (first, last) = (rows[0], rows[sizes.Count - 1]);
            var n = (double)last.Claims / first.Claims;
            var nLogN = n * Math.Log(last.Claims) / Math.Log(first.Claims);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Growth of the whole check from {first.Claims:N0} to {last.Claims:N0} claims: ×{last.Check.TotalMilliseconds / first.Check.TotalMilliseconds:0.0} (n grew ×{n:0}, n log n ×{nLogN:0.0})."));
        }
        return 0;
    }

    // The two below return before the load is timed, so that their claims are no longer held when it is: a reader of
    // one file starts from a heap without a second million claims in it. Not inlined, so that no frame keeps them.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (Row? Row, LoadPlan? Load) MeasureGenerated(int size, TimeSpan budget, int pairwiseMax, int loadMax, int repeat)
    {
        Console.Error.WriteLine($"[{size}] generating…");
        var generated = ClaimSetGenerator.Generate(size);
        return Measure(string.Create(CultureInfo.InvariantCulture, $"{size:N0}"), generated.Claims, generated, null, budget, pairwiseMax, loadMax, repeat);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (Row? Row, LoadPlan? Load) MeasureFile(string file, TimeSpan budget, int pairwiseMax, int repeat)
    {
        // A file made elsewhere: its findings are not known beforehand, but every variant must still agree with FC001.
        Console.Error.WriteLine($"[{file}] reading…");
        var claims = new ClaimSetReader().ReadFiles([file]).ClaimSet;
        var label = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)} ({claims.Claims.Count:N0})");
        return Measure(label, claims, null, file, budget, pairwiseMax, int.MaxValue, repeat > 0 ? repeat : claims.Claims.Count > 1_000_000 ? 1 : 3);
    }

    /// <summary>
    /// A file to time the reading of, and the measured claims as the writer puts them (<see cref="ClaimSetFiles.Save"/>), to
    /// check what is read against.
    /// </summary>
    private sealed record LoadPlan(string Size, string Path, bool DeletePath, string Reference);

    /// <summary>Times reading the plan's file and checks that what is read writes out as the measured claims did; null when it does not.</summary>
    private static Row? MeasureLoad(Row row, LoadPlan? plan, int repeat, string? tool, TimeSpan idle)
    {
        if (plan is null) return row;
        Console.Error.WriteLine($"[{plan.Size}] loading a file…");
        ClaimSetDocument? document = null;
        void Read() => document = new ClaimSetReader().ReadFiles([plan.Path]);
        // Untimed reads first: at 100,000 claims the first reads run mostly in unoptimised code and time the JIT rather
        // than the reader. Each lets go of the last one's claims first, as the timed reads do.
        WarmUp(plan.Size, "the load", () =>
        {
            document = null;
            Read();
        });
        // The previous repetition's claims are let go before the next read, as a reader of one file would have them.
        var load = Best(repeat, Read, before: () => document = null);
        var bytes = new FileInfo(plan.Path).Length;
        var scoped = Best(repeat, () =>
        {
            using var scope = LargeCheckScope.Begin(bytes);
            Read();
        }, before: () => document = null);
        var written = System.IO.Path.GetTempFileName();
        ClaimSetFiles.Save(document!.ClaimSet, written);
        var same = File.ReadAllBytes(written).AsSpan().SequenceEqual(File.ReadAllBytes(plan.Reference));
        File.Delete(written);
        CommandRun.Measured? command = null;
        if (tool is not null)
        {
            Console.Error.WriteLine($"[{plan.Size}] the factcheck command ({tool})…");
            command = CommandRun.Measure(tool, plan.Path, repeat, idle);
            if (command is null) return null;
        }
        if (plan.DeletePath) File.Delete(plan.Path);
        if (plan.Reference != plan.Path) File.Delete(plan.Reference);
        if (!same)
        {
            Console.Error.WriteLine($"[{plan.Size}] the claims read back differ from the measured ones.");
            return null;
        }
        return row with { Load = load, LoadScoped = scoped, FileBytes = bytes, Command = command };
    }

    /// <summary>Measures every variant on <paramref name="claims"/>: generated (<paramref name="generated"/>, findings known) or read from <paramref name="file"/>.</summary>
    private static (Row? Row, LoadPlan? Load) Measure(string size, ClaimSet claims, GeneratedClaims? generated, string? file, TimeSpan budget, int pairwiseMax, int loadMax, int repeat)
    {
        var count = claims.Claims.Count;
        var observationCount = claims.Claims.Count(c => c is Observation);
        Collect();

        Console.Error.WriteLine($"[{size}] floor…");
        WarmUp(size, "the floor", () => Floor(claims));
        var floor = Best(repeat, () => Floor(claims));

        Console.Error.WriteLine($"[{size}] whole check…");
        var checker = new FactChecker();
        CheckReport? report = null;
        long allocated = 0;
        var sampler = new PeakSampler();
        WarmUp(size, "the whole check", () => checker.Check(claims));
        var check = Best(repeat, () =>
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            using (sampler.Start())
            {
                report = checker.Check(claims);
            }
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        });
        if (generated is not null)
        {
            var differences = generated.Differences(report!);
            if (differences.Count > 0)
            {
                Console.Error.WriteLine($"[{size}] the check does not give the injected findings exactly:");
                foreach (var d in differences.Take(20)) Console.Error.WriteLine("  " + d);
                return (null, null);
            }
            Console.Error.WriteLine($"[{size}] the check gives exactly the {generated.Expected.Count:N0} injected findings.");
        }
        else
        {
            Console.Error.WriteLine($"[{size}] the check gives {report!.Findings.Count:N0} findings ({report.Findings.Count(f => f.RuleId == "FC001"):N0} of them FC001).");
        }

        Console.Error.WriteLine($"[{size}] FC001 alone…");
        var fc001Checker = new FactChecker(new FactCheckOptions { IncludeBuiltInRules = false }.AddRule(new ConflictingFiguresRule()));
        CheckReport? fc001Report = null;
        WarmUp(size, "FC001", () => fc001Checker.Check(claims));
        var fc001 = Best(repeat, () => fc001Report = fc001Checker.Check(claims));
        var conflicts = fc001Report!.Findings.Select(f => (f.Claims[0], f.Claims[1])).Select(Ordered).ToHashSet();

        TimeSpan? pairwise = null;
        var pairwiseTried = count <= pairwiseMax;
        if (pairwiseTried)
        {
            Console.Error.WriteLine($"[{size}] pairwise LINQ…");
            HashSet<(string, string)>? found = null;
            pairwise = Best(1, () => found = PairwiseFc001.Find(claims, budget));
            if (found is null) pairwise = null;
            else if (!found.SetEquals(conflicts)) return (Mismatch(size, "pairwise LINQ", found, conflicts), null);
        }

        Console.Error.WriteLine($"[{size}] SQLite…");
        var sqlite = SqliteFc001.Find(claims, budget);
        if (sqlite.Conflicts is { } sqliteConflicts && !Agree(size, "SQLite", sqliteConflicts, conflicts, fc001Report, generated is not null)) return (null, null);

        Console.Error.WriteLine($"[{size}] DuckDB…");
        var duck = DuckDbFc001.Find(claims, budget);
        foreach (var (variant, result) in new[] { ("DuckDB plain", duck.Plain), ("DuckDB IEJoin", duck.Ranged) })
        {
            if (result.Conflicts is not { } duckConflicts) continue;
            if (!Agree(size, variant, duckConflicts, conflicts, fc001Report, generated is not null)) return (null, null);
            // Both databases answer the same question: their pairs must be the same, whatever FC001 groups.
            if (sqlite.Conflicts is { } sqlitePairs && !duckConflicts.SetEquals(sqlitePairs)) return (Mismatch(size, variant, duckConflicts, sqlitePairs, "SQLite"), null);
        }

        LoadPlan? plan = null;
        if (count <= loadMax)
        {
            var path = file ?? Path.Combine(Path.GetTempPath(), $"factcheck-bench-{count}.claims.json");
            var reference = file is null ? path : Path.GetTempFileName();
            ClaimSetFiles.Save(claims, reference);
            plan = new LoadPlan(size, path, file is null, reference);
        }

        return (new Row(size, count, observationCount, floor, check, fc001, pairwise, pairwiseTried, sqlite.Query, sqlite.Load, sqlite.Index,
            duck.Plain.Query, duck.Ranged.Query, duck.Load, sampler.PeakBytes, allocated, null, null, 0, null, budget), plan);
    }

    /// <summary>
    /// Extraction throughput on the corpus of <see cref="ExtractionBenchmarks"/> (the sample articles repeated to
    /// <paramref name="articles"/>), after untimed runs until the compiler is done with them: best of five, as MB of article text per second.
    /// </summary>
    private static string Extraction(int articles)
    {
        Console.Error.WriteLine($"[extraction] {articles:N0} articles…");
        var benchmark = new ExtractionBenchmarks { Articles = articles };
        benchmark.Setup();
        var characters = ExtractionBenchmarks.Characters[articles];
        var claims = 0;
        // Tiered compilation goes on compiling the readers for some five seconds here (about 120 runs); a second alone, and
        // then ten runs in a row no faster than the fastest, had stopped while it did, so that the line moved two- to
        // eightfold from one run to the next.
        JitWarmUp.Run(() => claims = benchmark.Extract(), TimeSpan.FromSeconds(30));
        var best = Best(5, () => claims = benchmark.Extract());
        return string.Create(CultureInfo.InvariantCulture,
            $"Extraction (rule-based, {articles:N0} sample articles, {characters / 1e6:0.00} MB of text, {claims:N0} draft claims): {best.TotalMilliseconds:#,##0} ms, {characters / 1e6 / best.TotalSeconds:0.00} MB/s.");
    }

    /// <summary>The least any engine must do: put the claims in order of subject, metric and first day.</summary>
    private static void Floor(ClaimSet claims)
    {
        var keys = new (string Subject, string Metric, int Start, int Index)[claims.Claims.Count];
        var n = 0;
        for (var i = 0; i < claims.Claims.Count; i++)
        {
            switch (claims.Claims[i])
            {
                case Observation o: keys[n++] = (o.Subject, o.Metric, o.Time.Start.DayNumber(), i); break;
                case Target t: keys[n++] = (t.Subject, t.Metric, t.Deadline?.Start.DayNumber() ?? int.MinValue, i); break;
                case Change c: keys[n++] = (c.Subject, c.Metric, c.Period.Start.DayNumber(), i); break;
                case Event e: keys[n++] = (e.Subject, string.Empty, e.Time.Start.DayNumber(), i); break;
            }
        }
        Array.Sort(keys, 0, n, KeyOrder.Instance);
    }

    private sealed class KeyOrder : IComparer<(string Subject, string Metric, int Start, int Index)>
    {
        internal static readonly KeyOrder Instance = new();

        public int Compare((string Subject, string Metric, int Start, int Index) x, (string Subject, string Metric, int Start, int Index) y)
        {
            var c = string.CompareOrdinal(x.Subject, y.Subject);
            if (c == 0) c = string.CompareOrdinal(x.Metric, y.Metric);
            if (c == 0) c = x.Start.CompareTo(y.Start);
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        }
    }

    /// <summary>
    /// Whether a SQL variant's conflicting pairs agree with FC001's findings. On generated claims every conflict is a lone
    /// pair, so the pairs must be the same. On a file made elsewhere FC001 reports less than every pair, by design: the
    /// figures of one time that cannot all be true are one finding, and a figure for an overlapping time meets only the
    /// nearest figures above and below it. There every figure FC001 names must be in a pair the SQL finds, and every pair
    /// the SQL finds must have a figure that FC001 names: nothing reported that SQL does not find, nothing missed.
    /// </summary>
    private static bool Agree(string size, string variant, HashSet<(string, string)> found, HashSet<(string, string)> conflicts, CheckReport fc001, bool exact)
    {
        if (exact)
        {
            if (found.SetEquals(conflicts)) return true;
            Mismatch(size, variant, found, conflicts);
            return false;
        }
        var named = fc001.Findings.SelectMany(f => f.Claims).ToHashSet(StringComparer.Ordinal);
        var paired = found.SelectMany(p => new[] { p.Item1, p.Item2 }).ToHashSet(StringComparer.Ordinal);
        var unfound = named.Where(id => !paired.Contains(id)).Order(StringComparer.Ordinal).Take(10).ToList();
        var missed = found.Where(p => !named.Contains(p.Item1) && !named.Contains(p.Item2)).Take(10).ToList();
        if (unfound.Count == 0 && missed.Count == 0)
        {
            Console.Error.WriteLine($"[{size}] {variant}: {found.Count:N0} conflicting pairs, every one with a figure among the {named.Count:N0} that FC001's {fc001.Findings.Count:N0} findings name, and each of those in a pair.");
            return true;
        }
        Console.Error.WriteLine($"[{size}] {variant} and FC001 disagree:");
        foreach (var id in unfound) Console.Error.WriteLine($"  FC001 names {id}, in no pair of {variant}'s");
        foreach (var pair in missed) Console.Error.WriteLine($"  only {variant}: {pair}");
        return false;
    }

    private static Row? Mismatch(string size, string variant, HashSet<(string, string)> found, HashSet<(string, string)> conflicts, string reference = "FC001")
    {
        Console.Error.WriteLine($"[{size}] {variant} finds {found.Count:N0} conflicts, {reference} {conflicts.Count:N0}; they differ:");
        foreach (var extra in found.Except(conflicts).Take(10)) Console.Error.WriteLine($"  only {variant}: {extra}");
        foreach (var missing in conflicts.Except(found).Take(10)) Console.Error.WriteLine($"  only {reference}: {missing}");
        return null;
    }

    internal static (string, string) Ordered((string A, string B) pair) => string.CompareOrdinal(pair.A, pair.B) <= 0 ? pair : (pair.B, pair.A);

    /// <summary>
    /// Untimed runs of a variant until the JIT is done with it (<see cref="JitWarmUp"/>), for at most fifteen seconds, as the
    /// extraction's are for thirty: the databases it is set against run compiled code from their first query.
    /// </summary>
    private static void WarmUp(string size, string what, Action run)
    {
        var watch = Stopwatch.StartNew();
        TimeSpan? first = null;
        var runs = JitWarmUp.Run(() =>
        {
            var one = Stopwatch.StartNew();
            run();
            first ??= one.Elapsed;
        }, TimeSpan.FromSeconds(15));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{size}] {what} warmed up in {runs} untimed runs ({watch.Elapsed.TotalSeconds:0.0} s; the first took {first!.Value.TotalMilliseconds:#,##0} ms)."));
    }

    private static TimeSpan Best(int repeat, Action action, Action? before = null)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < repeat; i++)
        {
            before?.Invoke();
            Collect();
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            if (watch.Elapsed < best) best = watch.Elapsed;
        }
        return best;
    }

    private static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    private static string RuntimeInformationText() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription + ", " + System.Runtime.InteropServices.RuntimeInformation.OSDescription;

    private static int DayNumber(this NodaTime.LocalDate date) => date == NodaTime.LocalDate.MinIsoValue ? int.MinValue : date.DayOfYear + (date.Year * 366);

    private sealed record Row(string Label, int Claims, int Observations, TimeSpan Floor, TimeSpan Check, TimeSpan Fc001, TimeSpan? Pairwise, bool PairwiseTried, TimeSpan? Sqlite, TimeSpan SqliteLoad, TimeSpan SqliteIndex,
        TimeSpan? DuckPlain, TimeSpan? DuckRanged, TimeSpan DuckLoad, long PeakBytes, long Allocated, TimeSpan? Load, TimeSpan? LoadScoped, long FileBytes, CommandRun.Measured? Command, TimeSpan Budget)
    {
        public override string ToString()
        {
            var c = CultureInfo.InvariantCulture;
            string Ms(TimeSpan t) => t.TotalMilliseconds < 10 ? t.TotalMilliseconds.ToString("0.00", c) + " ms" : t.TotalMilliseconds.ToString("#,##0", c) + " ms";
            string Ratio(TimeSpan? a, TimeSpan b) => a is { } x ? (x.TotalMilliseconds / b.TotalMilliseconds).ToString("0.0", c) + "×" : "—";
            var pairwise = Pairwise is { } p ? Ms(p) : PairwiseTried ? $">{Budget.TotalSeconds:0} s" : "not run";
            var pairwiseRatio = Pairwise is { } pr ? Ratio(pr, Fc001) : PairwiseTried ? $">{(Budget.TotalMilliseconds / Fc001.TotalMilliseconds).ToString("0", c)}×" : "—";
            var sqlite = Sqlite is { } s ? $"{Ms(s)} (+{Ms(SqliteLoad)} rows, +{Ms(SqliteIndex)} index)" : $">{Budget.TotalSeconds:0} s";
            var sqliteRatio = Sqlite is { } q ? Ratio(q, Fc001) : $">{(Budget.TotalMilliseconds / Fc001.TotalMilliseconds).ToString("0", c)}×";
            string Loaded(TimeSpan? time) => time is { } l ? $"{Ms(l)}, {(FileBytes / 1e6 / l.TotalSeconds).ToString("0", c)} MB/s" : "—";
            string Duck(TimeSpan? t) => t is { } d ? Ms(d) : $">{Budget.TotalSeconds:0} s";
            TimeSpan? duckBest = DuckPlain is { } dp && DuckRanged is { } dr ? (dp < dr ? dp : dr) : DuckPlain ?? DuckRanged;
            var duckRatio = duckBest is { } best ? Ratio(best, Fc001) : $">{(Budget.TotalMilliseconds / Fc001.TotalMilliseconds).ToString("0", c)}×";
            // What /usr/bin/time did not say (it is not everywhere) is shown as not known, not as nothing.
            string Run(CommandRun.Result run) => Ms(run.Elapsed) + (run.System is { } system ? $" ({system.TotalSeconds.ToString("0.00", c)} s system)" : "");
            string Peak(CommandRun.Result run) => run.PeakBytes is { } peak ? (peak / 1e6).ToString("N0", c) + " MB" : "— MB";
            var command = Command is { Best: var fastest } measured
                ? $"{Run(fastest)}, {Peak(fastest)}" + (measured.AfterIdle is { } idle ? $"; after idle {Run(idle)}" : "")
                : "—";
            // SQLite's join and what came before it, over the whole command as a process: run one after another, and after idling.
            string OverProcess(TimeSpan before) => Command is { } r && Sqlite is { } sq
                ? Ratio(before + sq, r.Best.Elapsed) + (r.AfterIdle is { } idle ? $" ({Ratio(before + sq, idle.Elapsed)} after idle)" : "")
                : "—";
            var commandRatio = OverProcess(SqliteLoad + SqliteIndex);
            // The issue's measure: the join with its index, the table already filled.
            var indexedRatio = OverProcess(SqliteIndex);
            return string.Create(c, $"| {Label} | {Ms(Floor)} | {Ms(Check)} | {Ratio(Check, Floor)} | {Ms(Fc001)} | {pairwise} | {pairwiseRatio} | {sqlite} | {sqliteRatio} | {Duck(DuckPlain)} | {Duck(DuckRanged)} (+{Ms(DuckLoad)} load) | {duckRatio} | {PeakBytes / 1e6:N0} MB | {(double)Allocated / Claims:N0} B | {Loaded(Load)} | {Loaded(LoadScoped)} | {command} | {commandRatio} | {indexedRatio} |");
        }
    }
}
