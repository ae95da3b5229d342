namespace FactCheck.Rules.Authoring;

/// <summary>
/// A sweep's open entries by a key, the least key at the top (a binary heap): by last day, to close them, and by the
/// bounds of their intervals (<see cref="HighestFirst"/>, <see cref="LowestFirst"/>), to find the most extreme one.
/// Entries of equal keys come out in no set order, which the sweep never depends on.
/// </summary>
/// <remarks>
/// The runtime's <see cref="PriorityQueue{TElement, TPriority}"/> did this. In the native tool its methods were called,
/// not inlined, and a peek copied the top's 16-byte bound out through the stack and read it back across two stores:
/// perf put 42–47 % of FC001's samples after the index in the three queues, a fifth to a third of those in one peek.
/// This one is the library's own code: its peek at the entry alone is inlined, its adds and removals are plain calls,
/// and for the library's own keys it is compiled ahead in the packages' images, where the framework's generic code over
/// the library's structs waits for the JIT at an app's first check.
/// </remarks>
/// <typeparam name="TKey">The key; its <see cref="IComparable{T}.CompareTo"/> orders the entries, the least first.</typeparam>
internal sealed class SweepHeap<TKey>
    where TKey : struct, IComparable<TKey>
{
    private Node[] nodes = new Node[16];
    private int count;

    /// <summary>How many entries the heap holds.</summary>
    internal int Count => count;

    /// <summary>Empties the heap, keeping its room.</summary>
    internal void Clear() => count = 0;

    /// <summary>The entry with the least key, and the key; false, with the entry −1, when the heap is empty.</summary>
    internal bool TryPeek(out int entry, out TKey key)
    {
        if (count == 0)
        {
            (entry, key) = (-1, default);
            return false;
        }
        ref readonly var top = ref nodes[0];
        (entry, key) = (top.Entry, top.Key);
        return true;
    }

    /// <summary>The entry with the least key; false, with the entry −1, when the heap is empty.</summary>
    internal bool TryPeek(out int entry)
    {
        entry = count == 0 ? -1 : nodes[0].Entry;
        return count != 0;
    }

    /// <summary>Adds <paramref name="entry"/> with <paramref name="key"/>.</summary>
    internal void Enqueue(int entry, TKey key)
    {
        if (count == nodes.Length) Array.Resize(ref nodes, count * 2);
        var node = new Node(key, entry);
        var i = count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (node.Key.CompareTo(nodes[parent].Key) >= 0) break;
            nodes[i] = nodes[parent];
            i = parent;
        }
        nodes[i] = node;
    }

    /// <summary>Removes the entry with the least key.</summary>
    /// <exception cref="InvalidOperationException">The heap is empty.</exception>
    internal void Dequeue()
    {
        if (count == 0) throw new InvalidOperationException("The heap is empty.");
        var last = nodes[--count];
        if (count == 0) return;
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= count) break;
            if (child + 1 < count && nodes[child + 1].Key.CompareTo(nodes[child].Key) < 0) child++;
            if (nodes[child].Key.CompareTo(last.Key) >= 0) break;
            nodes[i] = nodes[child];
            i = child;
        }
        nodes[i] = last;
    }

    private readonly record struct Node(TKey Key, int Entry);
}
