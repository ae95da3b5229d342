namespace FactCheck.Utility;

/// <summary>Two pieces of independent work run side by side: the index's halves, the series' arrays, a read's check.</summary>
internal static class SideBySide
{
    /// <summary>
    /// Runs <paramref name="first"/> on this thread while <paramref name="second"/> runs on the thread pool, and returns
    /// when both are done; one after the other, on this thread, when not <paramref name="parallel"/>.
    /// </summary>
    /// <remarks>
    /// The second is waited for as a task rather than through <see cref="Parallel.Invoke(Action[])"/>, so that what
    /// fails in either comes out as itself, not wrapped in an <see cref="AggregateException"/>; a second not yet started
    /// when the first is done runs on this thread.
    /// </remarks>
    internal static void Run(bool parallel, Action first, Action second)
    {
        if (!parallel)
        {
            first();
            second();
            return;
        }
        var other = Task.Run(second);
        first();
        other.GetAwaiter().GetResult();
    }
}
