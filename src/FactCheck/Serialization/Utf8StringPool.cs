namespace FactCheck.Serialization;

/// <summary>
/// Every distinct value up to a bound, each one shared string: for subjects. A file of a million claims about 40,000
/// subjects in random order evicts most of them from a small direct-mapped cache before they come round again, and
/// each evicted one costs a string per claim kept for as long as the claim set lives, an object more for the collector
/// to move, and a comparison of characters wherever the engine groups by subject, where a shared one compares by
/// reference.
/// </summary>
/// <remarks>
/// Open addressing with linear probing, at most three quarters full (a lookup reads about two slots, mostly in one
/// cache line; a table kept half full was twice the size, and its lookups missed the processor's cache more often):
/// the table doubles from 1,024 slots up to <see cref="MaxSlotBits"/> (262,144 slots, 196,608 values, 4 MiB); past
/// that, new values are decoded and not kept, so a file of millions of distinct subjects costs no more memory here
/// than a file of 196,608.
/// </remarks>
internal sealed class Utf8StringPool : Utf8StringTable
{
    /// <summary>The most slots, as a power of two.</summary>
    internal const int MaxSlotBits = 18;

    private const int InitialSlotBits = 10;

    private Entry[] entries = new Entry[1 << InitialSlotBits];
    private int slotBits = InitialSlotBits;
    private int count;

    /// <summary>How many values the pool holds.</summary>
    internal int Count => count;

    private protected override string? Lookup(ReadOnlySpan<byte> utf8)
    {
        var hash = Utf8StringCache.Hash(utf8);
        var mask = entries.Length - 1;
        for (var slot = Utf8StringCache.SlotOf(hash, slotBits); ; slot = (slot + 1) & mask)
        {
            ref readonly var entry = ref entries[slot];
            if (entry.Value is null) return null;
            if (entry.Holds(utf8, hash)) return entry.Value;
        }
    }

    private protected override void Keep(ReadOnlySpan<byte> utf8, string text)
    {
        if (count >= entries.Length / 4 * 3)
        {
            if (slotBits == MaxSlotBits) return;
            Grow();
        }
        Insert(entries, slotBits, new Entry(Utf8StringCache.Hash(utf8), text));
        count++;
    }

    private void Grow()
    {
        var larger = new Entry[entries.Length * 2];
        foreach (var entry in entries)
        {
            if (entry.Value is not null) Insert(larger, slotBits + 1, entry);
        }
        entries = larger;
        slotBits++;
    }

    private static void Insert(Entry[] table, int bits, Entry entry)
    {
        var mask = table.Length - 1;
        var slot = Utf8StringCache.SlotOf(entry.Hash, bits);
        while (table[slot].Value is not null) slot = (slot + 1) & mask;
        table[slot] = entry;
    }
}
