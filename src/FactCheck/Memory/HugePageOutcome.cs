namespace FactCheck.Memory;

/// <summary>What <see cref="HugePageHeap"/> did, and if nothing, why.</summary>
internal enum HugePageOutcome
{
    /// <summary>A window of the heap is usable and advised to take huge pages.</summary>
    Applied,

    /// <summary>The input is too small for the faults to matter.</summary>
    TooSmall,

    /// <summary><c>FACTCHECK_HUGE_PAGES=0</c> is set.</summary>
    OptedOut,

    /// <summary>Not Linux, huge pages of another size than 2 MB, none offered to memory that asks, or no libc to ask with.</summary>
    NotOffered,

    /// <summary>
    /// The collector is not the runtime's own in regions, or it has a hard limit (a container's memory limit sets one),
    /// which pages filled whole would let the process pass.
    /// </summary>
    CollectorNotSuited,

    /// <summary>The heap's mapping was not found as expected.</summary>
    NotFound,

    /// <summary>
    /// Linux refused to make the window usable, to take the advice or to make the huge page at once; part of it may be
    /// usable already, as the collector would make it.
    /// </summary>
    Refused,

    /// <summary>The start of the heap was prepared earlier in this process (<see cref="HugePageHeap.PrepareStart"/>).</summary>
    AlreadyPrepared,
}
