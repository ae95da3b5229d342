using FactCheck.Utility;

namespace FactCheck.Serialization;

/// <summary>
/// Remembers what recent texts stood for (<c>about 65,000</c>, <c>late 2008-05</c>, a source id): a claim file
/// states the same values, dates and sources again and again, and parsing or looking them up in large tables is
/// dearer than this. Direct-mapped and small, so that a lookup stays in the processor's cache; a text that is not
/// held is simply worked out again. Smaller still until it has been used a while (<see cref="CacheGrowth"/>).
/// </summary>
/// <typeparam name="T">What a text stands for.</typeparam>
internal sealed class TextCache<T>
{
    private const int SlotBits = 12;

    private int slotBits = CacheGrowth.StartBits;
    private string?[] keys = new string?[1 << CacheGrowth.StartBits];
    private T[] values = new T[1 << CacheGrowth.StartBits];
    private CacheGrowth growth;

    /// <summary>What <paramref name="text"/> stood for when it was last seen, if it is still held.</summary>
    internal bool TryGet(string text, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        if (growth.Grows()) (slotBits, keys, values) = (SlotBits, new string?[1 << SlotBits], new T[1 << SlotBits]);
        var slot = Slot(text);
        if (keys[slot] is { } key && (ReferenceEquals(key, text) || key == text))
        {
            value = values[slot];
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>Remembers that <paramref name="text"/> stands for <paramref name="value"/>, in place of what its slot held.</summary>
    internal void Add(string text, T value)
    {
        var slot = Slot(text);
        keys[slot] = text;
        values[slot] = value;
    }

    /// <summary>
    /// The slot of <paramref name="text"/>, by the shared-string table's hash of its characters' bytes: a cache slot
    /// needs bits spread well, not the randomised hash that <see cref="string.GetHashCode()"/> computes to resist a
    /// chosen input, at several times the cost.
    /// </summary>
    private int Slot(string text) =>
        Utf8StringCache.Slot(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()), slotBits);
}
