using System.Runtime.InteropServices;

namespace FactCheck.Cli;

/// <summary>
/// Before a large load, asks Linux to back the part of the collector's heap that the load will fill with transparent
/// huge pages (2 MB) instead of 4 KB ones.
/// </summary>
/// <remarks>
/// <para>Why: a million claims fill about 370 MB of heap, and each 4 KB page costs a fault when first written. On the
/// two-core machines the project is measured on, those 90,000 faults took about a second of processor time; with huge
/// pages the same load takes about 12,000 faults and the whole command ran 0.83× as long on the independent million
/// (benchmarks/README.md, tenth pass).</para>
/// <para>How: the collector reserves one large range of addresses and makes each piece readable and writable (64 KB at a
/// time) just before it uses it, so no 2 MB-aligned block is ever wholly usable when it is first written, and Linux
/// falls back to small pages even where huge pages are always on. Making a window of the range usable at once, with the
/// kernel's huge-page advice, lets each first write take a huge page. The collector's own bookkeeping is untouched:
/// what it commits later is already usable (its calls succeed as before), and what it decommits it decommits.</para>
/// <para>Only where that is known to be safe: on Linux, with huge pages offered (<c>always</c> or <c>madvise</c>), with the
/// runtime's own collector in regions, and only over plain anonymous memory that runs on without a gap from the
/// regions of the heap's first objects. The collector places regions from the bottom of its range up, and the window
/// is at most half that range (its size is one of the collector's settings as in effect), so it stays inside it.
/// Anything unexpected leaves the heap as it was. Setting <c>FACTCHECK_HUGE_PAGES=0</c> turns it off.</para>
/// </remarks>
internal static partial class HugePageHeap
{
    /// <summary>Inputs smaller than this load too quickly for the faults to matter.</summary>
    internal const long SmallestInput = 32L << 20;

    /// <summary>The environment variable that turns this off when set to <c>0</c>.</summary>
    internal const string OptOutVariable = "FACTCHECK_HUGE_PAGES";

    /// <summary>A huge page, the least window worth advising.</summary>
    private const ulong HugePage = 2UL << 20;

    private const int ProtReadWrite = 3;      // PROT_READ | PROT_WRITE
    private const int AdviseDump = 17;        // MADV_DODUMP: the collector's commits mark each piece so; the window must match
    private const int AdviseHugePage = 14;    // MADV_HUGEPAGE

    /// <summary>Prepares the heap for reading <paramref name="files"/>, when they are large enough to gain.</summary>
    internal static HugePageOutcome Prepare(IReadOnlyList<string> files)
    {
        long total = 0;
        foreach (var file in files)
        {
            try
            {
                total += new FileInfo(file).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // The reader reports a file it cannot read; the size only sizes the window.
            }
        }
        if (total < SmallestInput) return HugePageOutcome.TooSmall;
        // A claim set in memory takes 2.3–3.6 times its file (benchmarks/README.md); pages never written cost nothing.
        return Apply((ulong)Math.Min(total, long.MaxValue / 8) * 4 + (64UL << 20));
    }

    /// <summary>Advises a window of up to <paramref name="wanted"/> bytes of the heap, where that is safe.</summary>
    internal static HugePageOutcome Apply(ulong wanted)
    {
        if (!OperatingSystem.IsLinux()) return HugePageOutcome.NotOffered;
        if (Environment.GetEnvironmentVariable(OptOutVariable) == "0") return HugePageOutcome.OptedOut;
        if (!Offered(ReadOrNull("/sys/kernel/mm/transparent_hugepage/enabled"))) return HugePageOutcome.NotOffered;
        if (RegionRange(GC.GetConfigurationVariables()) is not { } range) return HugePageOutcome.CollectorConfigured;
        var maps = ReadOrNull("/proc/self/maps");
        if (maps is null) return HugePageOutcome.NotFound;

        // One object of each heap the load fills most: the small objects' and the large ones' regions (the first from
        // about 85,000 bytes), which the collector may have placed either way round.
        var probes = new[] { new byte[256], new byte[128 * 1024] };
        var pinned = Array.ConvertAll(probes, probe => GCHandle.Alloc(probe, GCHandleType.Pinned));
        try
        {
            var mappings = new List<MemoryMapping>();
            foreach (var line in maps.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                if (MemoryMapping.TryParse(line, out var mapping)) mappings.Add(mapping);
            }
            var anchors = Array.ConvertAll(pinned, handle => (ulong)handle.AddrOfPinnedObject());
            if (Window(mappings, anchors, Math.Min(wanted, range / 2)) is not var (start, end)) return HugePageOutcome.NotFound;
            var length = (nuint)(end - start);
            if (Protect((nint)start, length, ProtReadWrite) != 0) return HugePageOutcome.Refused;
            // Advice that fails leaves the window usable as the collector would have made it, page by page.
            return Advise((nint)start, length, AdviseDump) == 0 && Advise((nint)start, length, AdviseHugePage) == 0
                ? HugePageOutcome.Applied
                : HugePageOutcome.Refused;
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
    /// The window to advise: from the start of the lowest usable plain anonymous mapping that holds one of
    /// <paramref name="anchors"/> (objects on the heap) up through the mappings that follow it without a gap, at most
    /// <paramref name="wanted"/> bytes; null when no anchor is in such a mapping or the window would be smaller than a
    /// huge page.
    /// </summary>
    internal static (ulong Start, ulong End)? Window(IReadOnlyList<MemoryMapping> mappings, IReadOnlyCollection<ulong> anchors, ulong wanted)
    {
        var at = -1;
        for (var i = 0; i < mappings.Count && at < 0; i++)
        {
            if (mappings[i].IsPlainAnonymous && mappings[i].Permissions == "rw-p" && anchors.Any(a => mappings[i].Start <= a && a < mappings[i].End)) at = i;
        }
        if (at < 0) return null;
        var start = mappings[at].Start;
        var last = start > ulong.MaxValue - wanted ? ulong.MaxValue : start + wanted;
        var end = Math.Min(mappings[at].End, last);
        for (var i = at + 1; i < mappings.Count && end < last && mappings[i].Start == end && mappings[i].IsPlainAnonymous; i++)
        {
            end = Math.Min(mappings[i].End, last);
        }
        return end - start >= HugePage ? (start, end) : null;
    }

    /// <summary>Whether Linux's setting (<c>always [madvise] never</c>) offers huge pages to memory that asks for them.</summary>
    internal static bool Offered(string? setting) =>
        setting is not null && (setting.Contains("[always]", StringComparison.Ordinal) || setting.Contains("[madvise]", StringComparison.Ordinal));

    /// <summary>
    /// The size of the range the collector reserved for its regions, from its settings as in effect; null when it runs
    /// another way (a collector of its own name or path, or on large pages it commits at once), where the window's
    /// reasoning does not hold.
    /// </summary>
    internal static ulong? RegionRange(IReadOnlyDictionary<string, object> settings)
    {
        if (settings.TryGetValue("GCName", out var name) && name is string { Length: > 0 }) return null;
        if (settings.TryGetValue("GCPath", out var path) && path is string { Length: > 0 }) return null;
        if (settings.TryGetValue("GCLargePages", out var large) && large is true) return null;
        if (!settings.TryGetValue("GCRegionRange", out var range)) return null;
        return range switch
        {
            long and > 0 => (ulong)(long)range,
            ulong and > 0 => (ulong)range,
            _ => null,
        };
    }

    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "mprotect", SetLastError = true)]
    private static partial int Protect(nint address, nuint length, int protection);

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Advise(nint address, nuint length, int advice);
}
