using System.Runtime;

namespace FactCheck.Cli;

/// <summary>
/// After a large set is read, asks the collector not to collect while it is checked and its report written (a no-GC
/// region), until disposed.
/// </summary>
/// <remarks>
/// <para>Why: by the end of a large load nearly all of the heap is claims that live until the command ends, so a
/// collection during the check frees little and marks, and may move, the whole set. On the independent million of long
/// series (benchmarks/README.md, twelfth pass) the collector made a full, compacting collection of some 340 MB while the
/// report was written: a pause of 410–470 ms in a command of about 2.5 s. With the region the check and the report
/// paused for nothing.</para>
/// <para>How much room: <see cref="BytesPerClaim"/> a claim and <see cref="Margin"/> for small objects, and as much
/// again for large ones (the runtime gives each kind the whole size when it is not told how to split it; the checks of
/// the three million-claim files in benchmarks/README.md allocate 95–446 bytes a claim of both together, and a split of
/// 512 and 128 bytes ended the generated million's region early). The room is committed, not written: only what the
/// check allocates is memory the process holds. What a check allocates beyond the room ends the region by itself, with
/// the collection that would have come anyway. The region is asked for without a full blocking collection: when the
/// collector cannot make the room without one, there is no region and the check runs as it would have.</para>
/// <para>Only for sets of <see cref="SmallestSet"/> claims or more, when both rooms together are at most a quarter of
/// the memory the process may use and fit below the point where the machine's memory counts as under pressure, and not
/// when <c>FACTCHECK_GC_REGION=0</c>. Garbage the check leaves is not freed until the region ends, so the command can
/// peak higher: 105–157 MiB on the generated million, 5–19 MiB on the million of long series, nothing on the first
/// independent million.</para>
/// </remarks>
internal sealed class CollectionPause : IDisposable
{
    /// <summary>Sets smaller than this are checked before a collection would matter.</summary>
    internal const int SmallestSet = 100_000;

    /// <summary>The room asked for each claim of the set.</summary>
    internal const long BytesPerClaim = 512;

    /// <summary>The room asked for beyond the claims': the report's buffers and the rules' tables.</summary>
    internal const long Margin = 64L << 20;

    /// <summary>The environment variable that turns this off when set to <c>0</c>.</summary>
    internal const string OptOutVariable = "FACTCHECK_GC_REGION";

    // The collections counted when the region began: starting it counts one, and so does the collection that ends it
    // by itself, so a different count means the region in effect, if any, is not this one. Once this pause has ended
    // its region, there is none in effect, or a later one that counted its own start: a second Dispose leaves it alone.
    private readonly int collectionsAtStart;

    private CollectionPause(int collectionsAtStart) => this.collectionsAtStart = collectionsAtStart;

    private static int started;

    /// <summary>How many regions this process has started; for tests.</summary>
    internal static int Started => Volatile.Read(ref started);

    /// <summary>Starts a region for checking a set of <paramref name="claims"/> claims, when that is worth it and the collector agrees; null otherwise.</summary>
    internal static CollectionPause? Begin(int claims)
    {
        if (Environment.GetEnvironmentVariable(OptOutVariable) == "0") return null;
        var memory = GC.GetGCMemoryInfo();
        if (RegionSize(claims, memory.TotalAvailableMemoryBytes, memory.HighMemoryLoadThresholdBytes - memory.MemoryLoadBytes) is not { } size) return null;
        try
        {
            if (!GC.TryStartNoGCRegion(size, disallowFullBlockingGC: true)) return null;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than the collector can promise at once, or a region already in effect: the check runs as it would have.
            return null;
        }
        Interlocked.Increment(ref started);
        return new CollectionPause(GC.CollectionCount(0));
    }

    /// <summary>
    /// The room to ask for, for small objects and again for large ones, for a set of <paramref name="claims"/> claims in
    /// a process that may use <paramref name="availableMemory"/> bytes on a machine with <paramref name="memoryBeforePressure"/>
    /// bytes left before its memory counts as under pressure; null when the set is too small to gain or the room would
    /// not fit.
    /// </summary>
    internal static long? RegionSize(int claims, long availableMemory, long memoryBeforePressure)
    {
        if (claims < SmallestSet) return null;
        var size = (claims * BytesPerClaim) + Margin;
        // Both rooms together.
        return 2 * size <= availableMemory / 4 && 2 * size <= memoryBeforePressure ? size : null;
    }

    /// <summary>Ends the region, unless what was allocated in it ended it already.</summary>
    public void Dispose()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion || GC.CollectionCount(0) != collectionsAtStart) return;
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // A collection came between the check above and here; the region is over either way.
        }
    }
}
