namespace FactCheck.Cli;

/// <summary>What <see cref="HugePageHeap"/> did, and if nothing, why.</summary>
internal enum HugePageOutcome
{
    /// <summary>A window of the heap is usable and advised to take huge pages.</summary>
    Applied,

    /// <summary>The input is too small for the faults to matter.</summary>
    TooSmall,

    /// <summary><c>FACTCHECK_HUGE_PAGES=0</c> is set.</summary>
    OptedOut,

    /// <summary>Not Linux, or Linux does not offer huge pages to memory that asks.</summary>
    NotOffered,

    /// <summary>The collector is not the runtime's own in regions, so its range may not be what the window assumes.</summary>
    CollectorConfigured,

    /// <summary>The heap's mapping was not found as expected.</summary>
    NotFound,

    /// <summary>Linux refused to make the window usable or to take the advice.</summary>
    Refused,
}
