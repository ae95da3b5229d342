using FactCheck.Memory;

namespace FactCheck;

/// <summary>
/// Sets up this process's memory for reading and checking one large claim set, as the <c>factcheck</c> command does for
/// its input: from <see cref="Begin"/> until disposed, the collector does not collect (a no-GC region with room for the
/// read and the check), and on Linux the heap the read fills takes huge pages (2 MB) instead of 4 KB ones.
/// </summary>
/// <remarks>
/// <para>Why: nearly everything a large read allocates is claims that live until the check is done, so a collection
/// frees little and copies, or marks, what is already there; and each 4 KB page first written costs a fault. An app on
/// the packages that read and checked a file of a million claims (165 MB) in a new process took 2.10–2.23 s inside a
/// scope against 2.98–3.06 s without, collecting once instead of 45 times (four alternating runs each; the repository's
/// benchmarks/README.md, twenty-ninth pass).</para>
/// <para>What it changes is the whole process's, so it is for a job that reads a large set and checks it, not for a
/// service that reads small ones: garbage that other threads make while it lasts is not freed until it ends. Each part
/// applies only where it is known to be safe and worth it, and otherwise is left out without a word:</para>
/// <list type="bullet">
/// <item><description>The pause, for inputs of 8 MiB or more (or, through <see cref="PrepareCheck"/>, sets of 100,000
/// claims or more), asks for room for 5 bytes of each input byte and 64 MiB (512 bytes a claim and 64 MiB for a check
/// alone), which the runtime commits twice, for small and large objects: only when that is at most a quarter of the
/// memory the process may use and below what the machine has left before its memory counts as under pressure, and only
/// when no other no-GC region is in effect. What is allocated beyond the room ends the pause by itself, with the
/// collection that would have come anyway.</description></item>
/// <item><description>Huge pages, for inputs of 32 MiB or more, on Linux with 2 MB transparent huge pages offered and
/// the runtime's own collector in regions with no hard limit (a container's memory limit sets one): a window of the
/// heap the size of the pause's room and the input, or four times the input without a pause, and at most a quarter of
/// the memory the process may use, is made usable at once with the kernel's advice. It stays so after the scope ends:
/// pages of it never written are never backed, but the kernel counts the window as committed until the collector
/// takes it back.</description></item>
/// </list>
/// <para>The environment variables <c>FACTCHECK_GC_REGION=0</c> and <c>FACTCHECK_HUGE_PAGES=0</c> turn each part off.
/// Scopes may be begun on any thread; they pause one at a time, and a scope begun while another's pause, or an app's own
/// no-GC region, is in effect pauses nothing. A scope itself is not thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// using var scope = LargeCheckScope.Begin(new FileInfo(path).Length);
/// var claims = ClaimSetFiles.Load(path);
/// scope.PrepareCheck(claims.Claims.Count);
/// var report = new FactChecker().Check(claims);
/// </code>
/// </example>
public sealed class LargeCheckScope : IDisposable
{
    private readonly CollectionPause pause;
    private readonly HugePageOutcome hugePages;

    private LargeCheckScope(CollectionPause pause, HugePageOutcome hugePages)
    {
        this.pause = pause;
        this.hugePages = hugePages;
    }

    /// <summary>
    /// Prepares the process for reading <paramref name="inputBytes"/> bytes of claim files (their total size on disk) and
    /// checking what they hold. Always returns a scope, to be disposed whether or not anything was prepared.
    /// </summary>
    /// <param name="inputBytes">The size of the input about to be read; 0 or less prepares nothing.</param>
    public static LargeCheckScope Begin(long inputBytes)
    {
        // One reading of the memory, and one room, for both: the huge-page window covers the room the pause asks for,
        // and is held to the same limit.
        var memory = CollectionPause.MemoryNow();
        var room = CollectionPause.RoomBeforeReading(inputBytes, memory);
        var hugePages = HugePageHeap.Prepare(inputBytes, room, memory);
        return new LargeCheckScope(CollectionPause.BeforeReading(room), hugePages);
    }

    /// <summary>
    /// Prepares the check of the <paramref name="claimCount"/> claims just read: when the pause begun before the read is
    /// no longer in effect (the read needed more room, or the input was small, or the collector refused), a pause for
    /// the check alone begins, with room for its claims, when there are 100,000 or more. Optional; call it between the
    /// read and the check.
    /// </summary>
    /// <param name="claimCount">How many claims the set holds.</param>
    /// <exception cref="ObjectDisposedException">The scope was disposed.</exception>
    public void PrepareCheck(int claimCount)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        pause.AfterReading(claimCount);
    }

    /// <summary>Whether the collector is paused now by this scope: begun, not ended by what was allocated, not disposed.</summary>
    public bool PausesCollections => pause.InEffect;

    /// <summary>Whether the heap the read fills was advised to take huge pages.</summary>
    public bool UsesHugePages => hugePages == HugePageOutcome.Applied;

    /// <summary>
    /// Ends the pause before the same input is read again (the command's <c>--fix</c>): what was read first is garbage
    /// from then on, which no collection could free inside the pause.
    /// </summary>
    internal void EndBeforeReadingAgain() => pause.EndBeforeReadingAgain();

    /// <summary>Ends the pause, unless what was allocated ended it already. Huge pages advised stay advised.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        pause.Dispose();
    }

    private bool disposed;
}
