namespace FactCheck.Serialization;

/// <summary>
/// Every distinct value up to a bound, each one shared string: for subjects. A file of a million claims about 40,000
/// subjects in random order evicts most of them from a small direct-mapped cache before they come round again, and
/// each evicted one costs a string per claim kept for as long as the claim set lives, an object more for the collector
/// to move, and a comparison of characters wherever the engine groups by subject, where a shared one compares by
/// reference.
/// </summary>
/// <remarks>
/// Open addressing with linear probing, at most half full (a hit reads about one and a half slots, a miss two and a
/// half, mostly in one cache line; three quarters full read no faster, and its clusters grew long enough to run past
/// <see cref="MaxProbes"/> for ordinary subjects): the table doubles from 1,024 slots up to 2^<see cref="MaxSlotBits"/>
/// (262,144 slots, 131,072 values, 4 MiB); past that, new values are decoded and not kept, so a file of millions of
/// distinct subjects costs no more memory here than a file of 131,072. Each value kept is numbered, from 1 in the order
/// kept (<see cref="Get(ReadOnlySpan{byte}, out int)"/>): the engine groups claims by that number instead of hashing
/// the subject's characters again (see <see cref="ClaimSet.SubjectNumbers"/>). The hash is not made to resist a chosen input,
/// so no value is looked for, or kept, more than <see cref="MaxProbes"/> slots from its own: values made to collide
/// cost a bounded walk each and are then decoded like any value not kept, instead of one cluster that every lookup
/// walks.
/// </remarks>
internal sealed class Utf8StringPool : Utf8StringTable
{
    /// <summary>The base-2 logarithm of the most slots the pool grows to.</summary>
    internal const int MaxSlotBits = 18;

    /// <summary>The farthest from its own slot a value is looked for or kept.</summary>
    internal const int MaxProbes = 128;

    private const int InitialSlotBits = 10;

    // A value's number lives in the low bits of its hash: a slot stays 16 bytes, four to a cache line. Slots come from the
    // hash's top bits (SlotOf), at most MaxSlotBits of them, which the number's bits must leave alone; and so the hashes
    // are compared without the number (not with Entry.Holds, which compares them whole).
    private const int NumberBits = 20;
    private const ulong NumberMask = (1UL << NumberBits) - 1;

    private Entry[] entries = new Entry[1 << InitialSlotBits];
    private int slotBits = InitialSlotBits;
    private int count;
    private int numbered;
    private int lastNumber;

    /// <summary>How many values the pool holds.</summary>
    internal int Count => count;

    /// <summary>
    /// The string for <paramref name="utf8"/>, as <see cref="Utf8StringTable.Get(ReadOnlySpan{byte})"/> gives it, and
    /// its <paramref name="number"/>: from 1, in the order the pool kept its values, the same for every lookup of the
    /// value; 0 when the pool does not keep it.
    /// </summary>
    internal string Get(ReadOnlySpan<byte> utf8, out int number)
    {
        lastNumber = 0;
        var text = Get(utf8);
        number = lastNumber;
        return text;
    }

    /// <summary>
    /// Reads the first slot where each of the values <paramref name="coming"/> places in <paramref name="bytes"/> is
    /// looked for, and then the strings those slots hold: each lookup waits for its slot and then for its string, far
    /// apart in memory, and reads made beforehand for a batch of lookups, in loops that use none of them, overlap. A
    /// string's last character is read as well as its first: a subject of some twenty characters or more spans two cache
    /// lines, and with the first alone fetched, the comparison waited for the second (perf put 8 % of the converting
    /// thread's samples in it, 1.4 % after).
    /// </summary>
    internal void Touch(ReadOnlySpan<byte> bytes, ReadOnlySpan<(int Start, int Length)> coming)
    {
        var table = entries;
        Span<int> slots = coming.Length <= 256 ? stackalloc int[coming.Length] : new int[coming.Length];
        ulong sum = 0;
        for (var i = 0; i < coming.Length; i++)
        {
            var (start, length) = coming[i];
            slots[i] = length is 0 or > MaxBytes ? -1 : SlotOf(Hash(bytes.Slice(start, length)), slotBits);
        }
        // Each kind of read in a loop of its own (as ClaimIdTable.Touch): with the hashing beside them, few reads fitted
        // in the processor's window at once.
        for (var i = 0; i < coming.Length; i++)
        {
            if (slots[i] >= 0) sum += table[slots[i]].Hash;
        }
        for (var i = 0; i < coming.Length; i++)
        {
            if (slots[i] >= 0 && table[slots[i]].Value is { } text) sum += (uint)text[0] + text[^1];
        }
        Utility.CacheWarming.Keep(sum);
    }

    private protected override string? Lookup(ReadOnlySpan<byte> utf8)
    {
        var slot = Probe(entries, slotBits, Hash(utf8), utf8);
        if (slot < 0) return null;
        lastNumber = (int)(entries[slot].Hash & NumberMask);
        return entries[slot].Value;
    }

    private protected override void Keep(ReadOnlySpan<byte> utf8, string text)
    {
        if (count >= entries.Length / 2)
        {
            if (slotBits == MaxSlotBits) return;
            Grow();
        }
        var hash = Hash(utf8);
        // A free slot within reach (~slot): not held, and room to keep it.
        if (Probe(entries, slotBits, hash, utf8) is < 0 and not int.MinValue and var free)
        {
            // Values are kept at most 2^(MaxSlotBits - 1) times, and again only when a growth drops them: far fewer than
            // the numbers' bits hold, but a value past them is kept unnumbered rather than given another's number.
            lastNumber = numbered < (int)NumberMask ? ++numbered : 0;
            entries[~free] = new Entry(hash & ~NumberMask | (uint)lastNumber, text);
            count++;
        }
    }

    private void Grow()
    {
        var larger = new Entry[entries.Length * 2];
        var kept = 0;
        foreach (var entry in entries)
        {
            // Entries are distinct already: only a free slot is looked for.
            if (entry.Value is not null && Probe(larger, slotBits + 1, entry.Hash, default) is < 0 and not int.MinValue and var free)
            {
                larger[~free] = entry;
                kept++;
            }
        }
        (entries, count) = (larger, kept);
        slotBits++;
    }

    /// <summary>
    /// Walks <paramref name="table"/> from the slot of <paramref name="hash"/>, at most <see cref="MaxProbes"/> slots:
    /// the slot holding the value spelled by <paramref name="utf8"/> (not looked for when empty); else the complement
    /// (~slot) of the first free slot; else <see cref="int.MinValue"/>, when neither is within reach.
    /// </summary>
    private static int Probe(Entry[] table, int bits, ulong hash, ReadOnlySpan<byte> utf8)
    {
        var mask = table.Length - 1;
        var slot = SlotOf(hash, bits);
        for (var probe = 0; probe < MaxProbes; probe++, slot = (slot + 1) & mask)
        {
            ref readonly var entry = ref table[slot];
            if (entry.Value is null) return ~slot;
            if (!utf8.IsEmpty && Spells(entry.Hash & ~NumberMask, entry.Value, utf8, hash & ~NumberMask)) return slot;
        }
        return int.MinValue;
    }
}
