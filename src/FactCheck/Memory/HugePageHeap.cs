using System.Runtime.InteropServices;

namespace FactCheck.Memory;

/// <summary>
/// Before a large load, asks Linux to back the part of the collector's heap that the load will fill with transparent
/// huge pages (2 MB) instead of 4 KB ones.
/// </summary>
/// <remarks>
/// <para>Why: a million claims fill about 370 MB of heap, and each 4 KB page costs a fault when first written. On the
/// two-core machines the project is measured on, the native process took about 94,000 faults to check the independent
/// million; with huge pages it takes about 4,000, and the whole command ran in 0.75 of the time (0.84–0.90 on three
/// files of a million claims with the server collector; benchmarks/README.md, tenth pass).</para>
/// <para>How: the collector reserves one large range of addresses and makes each piece readable and writable (64 KB at a
/// time) just before it uses it, so no 2 MB-aligned block is ever wholly usable when it is first written, and Linux
/// falls back to small pages even where huge pages are always on. Making a window of the range usable at once, with the
/// kernel's huge-page advice, lets each first write take a huge page. The collector's own bookkeeping is untouched:
/// what it commits later is already usable (its calls succeed as before), and what it decommits it replaces with
/// fresh unusable memory, as always.</para>
/// <para>Only where that is known to be safe: on Linux with 2 MB huge pages offered (<c>always</c> or <c>madvise</c>),
/// with the runtime's own collector in regions and no hard limit, and only inside the collector's range
/// (<see cref="HeapWindow"/>). Anything unexpected leaves the heap as it was. <c>FACTCHECK_HUGE_PAGES=0</c> turns it
/// off.</para>
/// </remarks>
internal static partial class HugePageHeap
{
    /// <summary>
    /// Inputs smaller than this load too quickly for the faults to matter. Larger than
    /// <see cref="CollectionPause.SmallestPausedInput"/>: an input of 8–32 MiB reads in a no-GC region on small pages.
    /// </summary>
    internal const long SmallestAdvisedInput = 32L << 20;

    /// <summary>The environment variable that turns this off when set to <c>0</c>.</summary>
    internal const string OptOutVariable = "FACTCHECK_HUGE_PAGES";

    private const int ProtReadWrite = 3;      // PROT_READ | PROT_WRITE
    // MADV_DODUMP, which the collector's commits set on each 64 KB piece: the window must carry it already, or those
    // calls would split it into mappings of different flags, none of which could hold a whole huge page.
    private const int AdviseDump = 17;
    private const int AdviseHugePage = 14;    // MADV_HUGEPAGE
    private const int AdviseCollapse = 25;    // MADV_COLLAPSE (Linux 6.1): make the range huge pages now, with what is in it

    /// <summary>
    /// Prepares the heap for reading <paramref name="inputBytes"/> bytes of input, when that is large enough to gain, with
    /// a no-GC region to ask for <paramref name="regionRoom"/> bytes before reading
    /// (<see cref="CollectionPause.RoomBeforeReading"/>), or none (null), in a process whose
    /// <paramref name="memory"/> is as <see cref="CollectionPause.MemoryNow"/> gave it.
    /// </summary>
    internal static HugePageOutcome Prepare(long inputBytes, long? regionRoom, (long Available, long BeforePressure) memory) =>
        inputBytes < SmallestAdvisedInput ? HugePageOutcome.TooSmall : Apply(WindowFor(inputBytes, regionRoom, memory.Available, memory.BeforePressure), out _);

    /// <summary>
    /// <see cref="WindowFor(long, long?)"/>, at most what a large read may have the process commit
    /// (<see cref="CollectionPause.MostCommittable"/>), as a no-GC region's room is.
    /// </summary>
    /// <remarks>
    /// Why: the window is made usable at once, so Linux counts all of it as committed (<c>Committed_AS</c>) from then on,
    /// written or not, until the collector takes it back; where the kernel keeps to its commit limit, an input overstated
    /// by an app would hold the machine's limit for as long as the process lives.
    /// </remarks>
    internal static ulong WindowFor(long inputBytes, long? regionRoom, long availableMemory, long memoryBeforePressure) =>
        Math.Min(WindowFor(inputBytes, regionRoom), (ulong)CollectionPause.MostCommittable(availableMemory, memoryBeforePressure));

    /// <summary>
    /// As a check starts, once in a process: the first huge page of the collector's small objects, where a small run's
    /// objects all go, made one huge page now, with the pages already written in it. Later calls are
    /// <see cref="HugePageOutcome.AlreadyPrepared"/>.
    /// </summary>
    /// <remarks>
    /// Why: a first write to a 4 KB page costs a fault, and on the two-core machines the project is measured on a fault
    /// costs about 10 µs; making a huge page of what is there cost 0.3 ms in a C program and about 1 ms in the command. A
    /// check of the seed sample took 414 faults, of which the collector clearing fresh small-object pages took 127, and 347
    /// with the collapse (sixteenth pass, in benchmarks/README.md, where this and the pass's other mends took about 1 ms
    /// off a start of 13–17 ms). The huge page is advised after the runtime has started, so without the collapse the pages
    /// already written in it would keep Linux from using it. Linux makes the huge page at once, compacting memory for it if
    /// it must, whatever its setting for faults says: the collapse took 0.26 ms at the median of 60 starts and 3.6 ms once;
    /// on a busy machine whose memory is fragmented it can take longer. Only where <see cref="Apply"/> would advise a
    /// window, and not for the large objects, which a small run hardly writes. Not for the commands that allocate little
    /// (<c>rules</c>, <c>--version</c>), which it made 1.07–1.08 times slower.
    /// </remarks>
    internal static HugePageOutcome PrepareStart() =>
        Interlocked.Exchange(ref startPrepared, 1) == 0 ? Apply(HeapWindow.HugePage, out _, collapse: true) : HugePageOutcome.AlreadyPrepared;

    private static int startPrepared;

    /// <summary>
    /// The most bytes worth advising before reading <paramref name="inputBytes"/> bytes, when a no-GC region
    /// (<see cref="CollectionPause"/>) will ask for <paramref name="regionRoom"/> bytes before reading, or none (null).
    /// The window follows the room asked for, not the room granted: advised before the region begins, it cannot know
    /// whether the collector agrees. When it does not, the window is wider than what the load writes, at no cost: pages of
    /// it never written are never backed.
    /// </summary>
    /// <remarks>
    /// With a region, the window is the input's size (the heap it starts from and the slack) and the room as often as the
    /// collector commits it (<see cref="CollectionPause.CommitsPerRoom"/>): at once, and then fills it in no set
    /// order, so the window covers all of it. With a window of four times the input, the regions it committed beyond took
    /// small pages (10,900–14,100 faults on the independent million-claim files instead of 2,400–2,600, and 53,900
    /// instead of 2,900 on the generated million; benchmarks/README.md, thirteenth pass). Without a region the collector
    /// commits as the heap grows, and four times the input covers what a load and its check fill. Each huge page the
    /// command writes to, even in part, is held whole (2 MB), as it would be wherever huge pages are always on.
    /// </remarks>
    internal static ulong WindowFor(long inputBytes, long? regionRoom)
    {
        var input = (ulong)Math.Clamp(inputBytes, 0, long.MaxValue / 16);
        return regionRoom is { } room ? input + (CollectionPause.CommitsPerRoom * (ulong)Math.Clamp(room, 0, long.MaxValue / 16)) : 4 * input;
    }

    /// <summary>Advises a window of up to <paramref name="wanted"/> bytes of the heap, where that is safe.</summary>
    /// <param name="wanted">The most bytes worth advising.</param>
    /// <param name="window">The window advised, when the outcome is <see cref="HugePageOutcome.Applied"/>.</param>
    /// <param name="collapse">
    /// Whether to make the window huge pages at once, with what is already written in it, and to look for the small
    /// objects' heap only; otherwise each huge page of the window is made when it is first written.
    /// </param>
    internal static HugePageOutcome Apply(ulong wanted, out (ulong Start, ulong End) window, bool collapse = false)
    {
        window = default;
        if (!OperatingSystem.IsLinux()) return HugePageOutcome.NotOffered;
        if (Environment.GetEnvironmentVariable(OptOutVariable) == "0") return HugePageOutcome.OptedOut;
        if (!Offered(SystemFile.ReadSetting("/sys/kernel/mm/transparent_hugepage/enabled"), SystemFile.ReadSetting("/sys/kernel/mm/transparent_hugepage/hpage_pmd_size")))
        {
            return HugePageOutcome.NotOffered;
        }
        if (RegionRange(GC.GetConfigurationVariables()) is not { } range) return HugePageOutcome.CollectorNotSuited;

        // One object of each heap the load fills most: the small objects' and the large ones' regions (the first from
        // about 85,000 bytes), which the collector may have placed either way round. The mappings are read after, so
        // that they show whatever the probes made the collector commit.
        var probes = collapse ? new[] { new byte[256] } : new[] { new byte[256], new byte[128 * 1024] };
        var pinned = Array.ConvertAll(probes, probe => GCHandle.Alloc(probe, GCHandleType.Pinned));
        try
        {
            if (SystemFile.ReadMappings() is not { } mappings) return HugePageOutcome.NotFound;
            var anchors = Array.ConvertAll(pinned, handle => (ulong)handle.AddrOfPinnedObject());
            if (HeapWindow.Find(mappings, anchors, wanted, range) is not var (start, end)) return HugePageOutcome.NotFound;
            // Linux collapses only whole aligned huge pages, and says nothing of a range that holds none. The collector's
            // regions are aligned (4 MB), so this is a heap laid out otherwise.
            if (collapse && start % HeapWindow.HugePage != 0) return HugePageOutcome.NotFound;
            var length = (nuint)(end - start);
            if (Protect((nint)start, length, ProtReadWrite) != 0) return HugePageOutcome.Refused;
            // Advice that fails leaves the window usable as the collector would have made it, page by page.
            if (Advise((nint)start, length, AdviseDump) != 0 || Advise((nint)start, length, AdviseHugePage) != 0) return HugePageOutcome.Refused;
            // A collapse refused (an older kernel, or no huge page free) leaves the window advised, as above.
            if (collapse && Advise((nint)start, length, AdviseCollapse) != 0) return HugePageOutcome.Refused;
            window = (start, end);
            return HugePageOutcome.Applied;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return HugePageOutcome.NotOffered;
        }
        finally
        {
            foreach (var handle in pinned) handle.Free();
        }
    }

    /// <summary>
    /// Whether Linux's setting (<c>always [madvise] never</c>) offers huge pages to memory that asks for them, and they
    /// are the 2 MB the window is measured in (an Arm64 kernel of 64 KB pages has huge pages of 512 MB).
    /// </summary>
    internal static bool Offered(string? setting, string? hugePageSize) =>
        setting is not null
        && (setting.Contains("[always]", StringComparison.Ordinal) || setting.Contains("[madvise]", StringComparison.Ordinal))
        && hugePageSize?.Trim() == HeapWindow.HugePage.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The size of the range the collector reserved for its regions, from its settings as in effect; null when it runs
    /// another way (a collector of its own name or path, or on large pages it commits at once), or under a hard limit,
    /// which pages filled whole would let the process pass.
    /// </summary>
    internal static ulong? RegionRange(IReadOnlyDictionary<string, object> settings)
    {
        foreach (var (name, value) in settings)
        {
            var set = value is string { Length: > 0 } or true || (value is long number && number != 0);
            if (set && (name is "GCName" or "GCPath" or "GCLargePages" || name.StartsWith("GCHeapHardLimit", StringComparison.Ordinal))) return null;
        }
        return settings.TryGetValue("GCRegionRange", out var range) && range is long size and > 0 ? (ulong)size : null;
    }

    [LibraryImport("libc", EntryPoint = "mprotect")]
    private static partial int Protect(nint address, nuint length, int protection);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Advise(nint address, nuint length, int advice);
}
