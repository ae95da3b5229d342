namespace FactCheck.Memory;

/// <summary>Where in the process's memory a window of the collector's regions lies, from Linux's list of mappings and objects known to be on the heap.</summary>
internal static class HeapWindow
{
    /// <summary>A huge page on x64 Linux, and the least window worth advising.</summary>
    internal const ulong HugePage = 2UL << 20;

    /// <summary>
    /// The window: from the start of the lowest usable plain anonymous mapping that holds one of <paramref name="anchors"/>
    /// up through the mappings that follow it without a gap, at most <paramref name="wanted"/> bytes (in whole huge
    /// pages); null when no anchor is in such a mapping or the window would be smaller than a huge page.
    /// </summary>
    /// <remarks>
    /// The window never ends more than <paramref name="range"/> bytes above the start of the gap-free run of plain
    /// anonymous mappings that holds it. The collector's reservation of <paramref name="range"/> bytes is such a run
    /// (what it commits, decommits or resets stays plain anonymous memory), so that run starts at or below the
    /// reservation, and the window ends inside it whatever lies next to it.
    /// </remarks>
    /// <param name="mappings">The process's mappings in address order, as Linux lists them.</param>
    /// <param name="anchors">Addresses of objects on the heap.</param>
    /// <param name="wanted">The most bytes worth advising.</param>
    /// <param name="range">The size of the collector's reserved range.</param>
    internal static (ulong Start, ulong End)? Find(IReadOnlyList<MemoryMapping> mappings, IReadOnlyCollection<ulong> anchors, ulong wanted, ulong range)
    {
        var at = -1;
        for (var i = 0; i < mappings.Count && at < 0; i++)
        {
            var mapping = mappings[i];
            if (mapping.IsPlainAnonymous && mapping.Permissions == "rw-p" && anchors.Any(a => mapping.Start <= a && a < mapping.End)) at = i;
        }
        if (at < 0) return null;
        var first = at;
        while (first > 0 && mappings[first - 1].End == mappings[first].Start && mappings[first - 1].IsPlainAnonymous) first--;

        var start = mappings[at].Start;
        var last = Math.Min(Above(start, wanted / HugePage * HugePage), Above(mappings[first].Start, range));
        var end = Math.Min(mappings[at].End, last);
        for (var i = at + 1; i < mappings.Count && end < last && mappings[i].Start == end && mappings[i].IsPlainAnonymous; i++)
        {
            end = Math.Min(mappings[i].End, last);
        }
        return end > start && end - start >= HugePage ? (start, end) : null;
    }

    private static ulong Above(ulong address, ulong length) => address > ulong.MaxValue - length ? ulong.MaxValue : address + length;
}
