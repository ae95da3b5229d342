using System.Runtime;

namespace FactCheck.Memory;

/// <summary>
/// Keeps the collector from collecting while a large input is read and checked: from before the read, or failing that
/// once the claims are counted, until disposed (after the report, or under <c>--fix</c> before the fixed files are read
/// again).
/// </summary>
/// <remarks>
/// <para>Why: nearly everything a large load allocates is claims that live until the check is done, so a collection
/// frees little and marks, and may move, what is already there. On the independent million of long series
/// (benchmarks/README.md, twelfth pass) the collector made a full, compacting collection of some 340 MB while the report
/// was written: a pause of 410–470 ms in a command of about 2.5 s. The load collected too: four or five times on each
/// of the four million-claim files, two or three of them full collections, for 80–107 ms of pauses on the independent
/// files and 255 ms on the generated million (one run each, thirteenth pass). With a region from before the load, the
/// command pauses for nothing.</para>
/// <para><see cref="BeforeReading"/> asks for room for the load and the check together:
/// <see cref="BytesPerInputByte"/> bytes for each byte of input and <see cref="Margin"/>; the four million-claim files
/// allocate 1.3–1.4 times their size while loading and 2.0–3.5 times it by the end of the report. As a fallback, when the
/// load needed more than that, or the input was small, or the collector refused, <see cref="AfterReading"/> asks again
/// once the claims are counted: <see cref="BytesPerClaim"/> a claim and the margin, for the check alone (the checks of those files allocate
/// 95–446 bytes a claim).</para>
/// <para>The room is asked for small objects, and the runtime gives as much again to large ones when it is not told how
/// to split it (a split of 512 and 128 bytes a claim ended the generated million's region early, so it is not split).
/// It is committed, not written: only what the process allocates is memory it holds. What it allocates beyond
/// the room ends the region by itself, with the collection that would have come anyway. The region is asked for
/// without a full blocking collection: when the collector cannot make the room without one, there is none and the
/// read runs as it would have.</para>
/// <para>Only for inputs of <see cref="SmallestPausedInput"/> bytes or sets of <see cref="SmallestSet"/> claims or more, when
/// both rooms together are at most a quarter of the memory the process may use and fit below the point where the
/// machine's memory counts as under pressure, and not when <c>FACTCHECK_GC_REGION=0</c>. Garbage is not freed until
/// the region ends; the load leaves little (its peaks fell by 2–10 MiB with the region begun before it), but a check
/// that does can peak higher: 105–157 MiB on the generated million (twelfth pass).</para>
/// </remarks>
internal sealed class CollectionPause : IDisposable
{
    /// <summary>Inputs smaller than this load before a collection would matter.</summary>
    internal const long SmallestPausedInput = 8L << 20;

    /// <summary>The room asked for each byte of input, before it is read: for its claims and for their check.</summary>
    internal const long BytesPerInputByte = 5;

    /// <summary>Sets smaller than this are checked before a collection would matter.</summary>
    internal const int SmallestSet = 100_000;

    /// <summary>The room asked for each claim of the set, once it is read: for its check.</summary>
    internal const long BytesPerClaim = 512;

    /// <summary>The room asked for beyond the input's or the claims': the report's buffers and the rules' tables.</summary>
    internal const long Margin = 64L << 20;

    /// <summary>
    /// How many times the runtime commits the room a region asks for: once for small objects and again for large ones,
    /// as it does when not told how to split it.
    /// </summary>
    internal const int CommitsPerRoom = 2;

    /// <summary>The environment variable that turns this off when set to <c>0</c>.</summary>
    internal const string OptOutVariable = "FACTCHECK_GC_REGION";

    private const int NoRegion = -1;

    // The collections counted when this pause's region began, or NoRegion: starting a region counts one, and so does the
    // collection that ends it by itself, so a different count means the region in effect, if any, is not this one.
    private int collectionsAtStart = NoRegion;

    private CollectionPause()
    {
    }

    private static int started;
    private static int startedBeforeReading;
    private static int endedBeforeReadingAgain;

    /// <summary>How many regions this process has started; for tests.</summary>
    internal static int Started => Volatile.Read(ref started);

    /// <summary>How many of them began before an input was read; for tests.</summary>
    internal static int StartedBeforeReading => Volatile.Read(ref startedBeforeReading);

    /// <summary>How many regions <see cref="EndBeforeReadingAgain"/> ended; for tests.</summary>
    internal static int EndedBeforeReadingAgain => Volatile.Read(ref endedBeforeReadingAgain);

    /// <summary>Whether this pause's region is in effect: begun, not ended by a collection, not disposed.</summary>
    internal bool InEffect =>
        collectionsAtStart != NoRegion && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion && GC.CollectionCount(0) == collectionsAtStart;

    /// <summary>
    /// Starts a region of <paramref name="room"/> bytes, the room <see cref="RoomBeforeReading"/> gave for the input about
    /// to be read, when it gave one and the collector agrees. Always returns a pause, to be disposed whether or not its
    /// region began.
    /// </summary>
    internal static CollectionPause BeforeReading(long? room)
    {
        var pause = new CollectionPause();
        if (pause.TryStart(room)) Interlocked.Increment(ref startedBeforeReading);
        return pause;
    }

    /// <summary>
    /// The fallback, once <paramref name="claims"/> claims are read: unless the region begun before reading is still in
    /// effect, starts one for checking them, when that is worth it and the collector agrees.
    /// </summary>
    internal void AfterReading(int claims)
    {
        if (!InEffect) TryStart(RoomAfterReading(claims));
    }

    /// <summary>
    /// The room <see cref="AfterReading"/> asks for, for small objects and again for large ones, to check
    /// <paramref name="claims"/> claims in this process on this machine; null when it asks for none.
    /// </summary>
    internal static long? RoomAfterReading(int claims)
    {
        if (TurnedOff) return null;
        var (available, beforePressure) = MemoryNow();
        return RoomForSet(claims, available, beforePressure);
    }

    /// <summary>
    /// The room <see cref="BeforeReading"/> asks for, for small objects and again for large ones, before reading
    /// <paramref name="inputBytes"/> bytes of input in this process on this machine; null when it asks for none
    /// (turned off, too small to gain, or not fitting).
    /// </summary>
    /// <param name="inputBytes">The size of the input.</param>
    /// <param name="memory">The process's memory as <see cref="MemoryNow"/> gave it: one reading serves the pause and the huge-page window.</param>
    internal static long? RoomBeforeReading(long inputBytes, (long Available, long BeforePressure) memory) =>
        TurnedOff ? null : RoomForInput(inputBytes, memory.Available, memory.BeforePressure);

    /// <summary>
    /// The room to ask for, for small objects and again for large ones, before reading <paramref name="inputBytes"/>
    /// bytes of input in a process that may use <paramref name="availableMemory"/> bytes on a machine with
    /// <paramref name="memoryBeforePressure"/> bytes left before its memory counts as under pressure; null when the input
    /// is too small to gain or the room would not fit.
    /// </summary>
    internal static long? RoomForInput(long inputBytes, long availableMemory, long memoryBeforePressure) =>
        inputBytes < SmallestPausedInput || inputBytes > (long.MaxValue - Margin) / BytesPerInputByte
            ? null
            : Fitting((inputBytes * BytesPerInputByte) + Margin, availableMemory, memoryBeforePressure);

    /// <summary>
    /// The room to ask for, for small objects and again for large ones, for checking a set of <paramref name="claims"/>
    /// claims in a process that may use <paramref name="availableMemory"/> bytes on a machine with
    /// <paramref name="memoryBeforePressure"/> bytes left before its memory counts as under pressure; null when the set is
    /// too small to gain or the room would not fit.
    /// </summary>
    internal static long? RoomForSet(int claims, long availableMemory, long memoryBeforePressure) =>
        claims < SmallestSet ? null : Fitting((claims * BytesPerClaim) + Margin, availableMemory, memoryBeforePressure);

    // What the runtime commits for the room, written so that nothing can overflow: room * commits <= the most committable.
    private static long? Fitting(long room, long availableMemory, long memoryBeforePressure) =>
        room <= MostCommittable(availableMemory, memoryBeforePressure) / CommitsPerRoom ? room : null;

    /// <summary>
    /// The most a large read may have the process commit for it, a region's room (<see cref="CommitsPerRoom"/> times) or
    /// a huge-page window (<see cref="HugePageHeap"/>): a quarter of the <paramref name="availableMemory"/> bytes the
    /// process may use, and no more than the <paramref name="memoryBeforePressure"/> bytes the machine has left before
    /// its memory counts as under pressure; 0 when either is negative.
    /// </summary>
    internal static long MostCommittable(long availableMemory, long memoryBeforePressure) =>
        Math.Max(0, Math.Min(availableMemory / 4, memoryBeforePressure));

    /// <summary>Whether pauses are turned off (<c>FACTCHECK_GC_REGION=0</c>).</summary>
    private static bool TurnedOff => Environment.GetEnvironmentVariable(OptOutVariable) == "0";

    /// <summary>The memory this process may use, and what the machine has left before its memory counts as under pressure.</summary>
    internal static (long Available, long BeforePressure) MemoryNow()
    {
        var memory = GC.GetGCMemoryInfo();
        return (memory.TotalAvailableMemoryBytes, memory.HighMemoryLoadThresholdBytes - memory.MemoryLoadBytes);
    }

    private bool TryStart(long? room)
    {
        // Forgets any earlier region of this pause, which a collection ended: the callers start one only when this pause's
        // is not in effect, and none while one begun elsewhere is.
        collectionsAtStart = NoRegion;
        if (room is not { } size) return false;
        // One pause at a time looks and starts: asked for while another region is in effect, the runtime refuses, and
        // ends that region as it does.
        lock (Starting)
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return false;
            try
            {
                if (!GC.TryStartNoGCRegion(size, disallowFullBlockingGC: true)) return false;
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
            {
                // More than the collector can promise at once, or a region the app began itself on another thread since
                // the check above: the read runs as it would have.
                return false;
            }
            collectionsAtStart = GC.CollectionCount(0);
        }
        Interlocked.Increment(ref started);
        return true;
    }

    private static readonly Lock Starting = new();

    /// <summary>
    /// Ends the region before the input is read again (<c>--fix</c>): what was read first is garbage from here, which no
    /// collection could free inside the region, and the region's room is mostly used.
    /// </summary>
    internal void EndBeforeReadingAgain()
    {
        if (End()) Interlocked.Increment(ref endedBeforeReadingAgain);
    }

    /// <summary>Ends the region, unless what was allocated in it ended it already.</summary>
    public void Dispose() => End();

    /// <summary>Ends the region, if still in effect; whether this ended it.</summary>
    private bool End()
    {
        var inEffect = InEffect;
        collectionsAtStart = NoRegion;
        if (!inEffect) return false;
        try
        {
            GC.EndNoGCRegion();
            return true;
        }
        catch (InvalidOperationException)
        {
            // A collection came between the check above and here; the region is over either way.
            return false;
        }
    }
}
