namespace FactCheck.Checking;

/// <summary>
/// From how many claims a check works on more than the calling thread. Below it the index's two halves, the sorts of
/// its series and the rules run one after another: the whole check of a couple of thousand claims takes about a
/// millisecond, less than handing work to the thread pool, and in a new process less than starting the pool's threads
/// (the command's check of the 25-claim seed sample started three).
/// </summary>
internal static class CheckParallelism
{
    /// <summary>The fewest claims checked on several threads.</summary>
    internal const int From = 2_048;

    /// <summary>Whether a check of <paramref name="claims"/> claims may use several threads.</summary>
    internal static bool Worthwhile(int claims) => claims >= From;
}
