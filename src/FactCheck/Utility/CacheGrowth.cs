namespace FactCheck.Utility;

/// <summary>
/// When a direct-mapped cache (the reader's, and <see cref="IdentityCache{TValue}"/>) grows to its full size: it starts
/// at 2^<see cref="StartBits"/> slots and grows once, empty, at its <see cref="GrowAfter"/>th lookup. A file of a few claims never reaches it; at full size
/// from the start, the caches of one read took about 1.5 MB, zeroed at their first write, and a check of the seed
/// sample spent most of its page faults on them. A file of many claims grows them within its first few hundred claims,
/// and forgets at most the 64 values each held.
/// </summary>
internal struct CacheGrowth
{
    /// <summary>The base-2 logarithm of the slots a cache starts with.</summary>
    internal const int StartBits = 6;

    /// <summary>The lookup at which a cache grows.</summary>
    internal const int GrowAfter = 1024;

    private int lookups;

    /// <summary>Counts a lookup; true once, at the lookup at which the cache should grow.</summary>
    internal bool Grows() => lookups < GrowAfter && ++lookups == GrowAfter;
}
