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
/// <para>How much room: <see cref="BytesPerClaim"/> a claim and <see cref="Margin"/>, at most a quarter of the memory
/// the process may use. The checks of the three million-claim files in benchmarks/README.md allocate 95–411 bytes a
/// claim. What a check allocates beyond the room ends the region by itself, with the collection that would have come
/// anyway. The region is asked for without a full blocking collection: when the collector cannot make the room without
/// one, there is no region and the check runs as it would have.</para>
/// <para>Only for sets of <see cref="SmallestSet"/> claims or more, and not when <c>FACTCHECK_GC_REGION=0</c>. Memory
/// the check leaves behind is not freed until the region ends, so the command can peak higher (about 100 MB on the
/// generated million, nothing on the first independent one).</para>
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

    private CollectionPause()
    {
    }

    /// <summary>Starts a region for checking a set of <paramref name="claims"/> claims, when that is worth it and the collector agrees; null otherwise.</summary>
    internal static CollectionPause? Begin(int claims)
    {
        if (Environment.GetEnvironmentVariable(OptOutVariable) == "0") return null;
        if (RegionSize(claims, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes) is not { } size) return null;
        try
        {
            return GC.TryStartNoGCRegion(size, disallowFullBlockingGC: true) ? new CollectionPause() : null;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than the collector can promise at once, or a region already in effect: the check runs as it would have.
            return null;
        }
    }

    /// <summary>
    /// The room to ask for a set of <paramref name="claims"/> claims in a process that may use
    /// <paramref name="availableMemory"/> bytes; null when the set is too small to gain.
    /// </summary>
    internal static long? RegionSize(int claims, long availableMemory)
    {
        if (claims < SmallestSet) return null;
        var size = Math.Min(claims * BytesPerClaim + Margin, availableMemory / 4);
        return size > 0 ? size : null;
    }

    /// <summary>Ends the region, unless what was allocated in it ended it already.</summary>
    public void Dispose()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion) return;
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
