using FactCheck.Utility;

namespace FactCheck.Serialization;

/// <summary>
/// Remembers what recent texts stood for, looked up by their UTF-8 bytes: what <see cref="TextCache{T}"/> does for
/// strings, for a reader that has only the bytes, so that a value it has seen costs neither a string nor a parse.
/// Direct-mapped and small, smaller still until it has been used a while (<see cref="CacheGrowth"/>); only ASCII texts
/// are held (their bytes and characters compare one to one).
/// </summary>
/// <typeparam name="T">What a text stands for.</typeparam>
internal sealed class Utf8TextCache<T>
{
    private const int SlotBits = 12;

    private int slotBits = CacheGrowth.StartBits;
    private Entry[] entries = new Entry[1 << CacheGrowth.StartBits];
    private CacheGrowth growth;

    /// <summary>What the text spelled by <paramref name="utf8"/> stood for when it was last seen, if it is still held.</summary>
    internal bool TryGet(ReadOnlySpan<byte> utf8, out T value)
    {
        if (growth.Grows()) (slotBits, entries) = (SlotBits, new Entry[1 << SlotBits]);
        var hash = Utf8StringTable.Hash(utf8);
        ref readonly var entry = ref entries[Utf8StringTable.SlotOf(hash, slotBits)];
        if (Utf8StringTable.Spells(entry.Hash, entry.Text, utf8, hash))
        {
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>Remembers that <paramref name="text"/>, spelled by <paramref name="utf8"/>, stands for <paramref name="value"/>, unless it is not ASCII.</summary>
    internal void Add(ReadOnlySpan<byte> utf8, string text, T value)
    {
        if (text.Length != utf8.Length) return;
        var hash = Utf8StringTable.Hash(utf8);
        entries[Utf8StringTable.SlotOf(hash, slotBits)] = new Entry(hash, text, value);
    }

    private readonly record struct Entry(ulong Hash, string? Text, T Value);
}
