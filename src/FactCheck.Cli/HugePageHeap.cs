using System.Collections;
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
/// <para>Only where that is known to be safe: on Linux, with huge pages offered (<c>always</c> or <c>madvise</c>), with no
/// collector setting that changes its range, and only over plain anonymous memory that runs on without a gap from the
/// heap's own region. The window is at most half the memory the collector may use, which its range always holds
/// (the range is at least twice that, or 256 GB). Anything unexpected leaves the heap as it was. Setting
/// <c>FACTCHECK_HUGE_PAGES=0</c> turns it off.</para>
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
        if (CollectorConfigured(Environment.GetEnvironmentVariables())) return HugePageOutcome.CollectorConfigured;
        var limit = (ulong)Math.Max(0, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes) / 2;
        var maps = ReadOrNull("/proc/self/maps");
        if (maps is null) return HugePageOutcome.NotFound;

        var probe = new byte[256];
        var pinned = GCHandle.Alloc(probe, GCHandleType.Pinned);
        try
        {
            var mappings = new List<MemoryMapping>();
            foreach (var line in maps.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                if (MemoryMapping.TryParse(line, out var mapping)) mappings.Add(mapping);
            }
            if (Window(mappings, (ulong)pinned.AddrOfPinnedObject(), Math.Min(wanted, limit)) is not var (start, end)) return HugePageOutcome.NotFound;
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
            pinned.Free();
            GC.KeepAlive(probe);
        }
    }

    /// <summary>
    /// The window to advise: from the start of the plain anonymous mapping that holds <paramref name="anchor"/> (an object
    /// on the heap) up through the mappings that follow it without a gap, at most <paramref name="wanted"/> bytes; null
    /// when the anchor is not in such a mapping or the window would be smaller than a huge page.
    /// </summary>
    internal static (ulong Start, ulong End)? Window(IReadOnlyList<MemoryMapping> mappings, ulong anchor, ulong wanted)
    {
        var at = -1;
        for (var i = 0; i < mappings.Count; i++)
        {
            if (mappings[i].Start <= anchor && anchor < mappings[i].End)
            {
                at = i;
                break;
            }
        }
        if (at < 0 || !mappings[at].IsPlainAnonymous || mappings[at].Permissions != "rw-p") return null;
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
    /// Whether the environment sets any of the collector's settings (<c>DOTNET_GC…</c> or <c>COMPlus_GC…</c>): its range,
    /// limits, region size or the collector itself may then differ from what the window's bound assumes.
    /// </summary>
    internal static bool CollectorConfigured(IDictionary environment)
    {
        foreach (DictionaryEntry variable in environment)
        {
            if (variable.Key is not string name) continue;
            var setting = name.StartsWith("DOTNET_", StringComparison.Ordinal) ? name["DOTNET_".Length..]
                : name.StartsWith("COMPlus_", StringComparison.Ordinal) ? name["COMPlus_".Length..]
                : null;
            if (setting is not null && setting.StartsWith("GC", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
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
