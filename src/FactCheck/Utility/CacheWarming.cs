namespace FactCheck.Utility;

/// <summary>
/// Where loops that read memory only so that the reads overlap (the id table's and the subject pool's touches, before
/// a batch of lookups) leave what they read. A read whose value nothing uses may be dropped by the compiler; one that
/// ends up in a field may not.
/// </summary>
internal static class CacheWarming
{
    private static ulong kept;

    /// <summary>Keeps <paramref name="sum"/>, a value made from the reads, so that they are made.</summary>
    internal static void Keep(ulong sum) => Volatile.Write(ref kept, sum);
}
