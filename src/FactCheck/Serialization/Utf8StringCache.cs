using System.Buffers.Binary;

namespace FactCheck.Serialization;

/// <summary>
/// The values seen recently, one shared string each: for fields whose values a claim file repeats thousands of times
/// and has few of at a time (sources, units, metrics, dates, figures). The table is direct-mapped: a dictionary of every
/// value ever seen was measured slower than allocating for these, as each lookup missed the cache three times; subjects,
/// which a claim set keeps for as long as it lives, are pooled instead (<see cref="Utf8StringPool"/>).
/// </summary>
/// <remarks>
/// A slot holds the string itself and its hash, not a copy of its bytes: a lookup reads the slot, and only when the
/// hashes match compares the bytes with the string's characters, so that a miss reads one cache line. A cache that
/// hardly ever hits, as one for figures that are all different, stops looking for a while and only decodes, then
/// tries again.
/// </remarks>
internal sealed class Utf8StringCache : Utf8StringTable
{
    /// <summary>The size of a small table: 8,192 values, which stays in the processor's cache.</summary>
    internal const int SmallTable = 13;

    /// <summary>Lookups between two looks at how often the table hits.</summary>
    private const int Round = 4096;

    /// <summary>Lookups the table sits out when fewer than one in sixteen of a round hit.</summary>
    private const int Pause = 16 * Round;

    private readonly int slotBits;
    private readonly Entry[] entries;
    private int lookups;
    private int hits;
    private int paused;

    /// <summary>A table of 2^<paramref name="slotBits"/> values.</summary>
    internal Utf8StringCache(int slotBits = SmallTable)
    {
        this.slotBits = slotBits;
        entries = new Entry[1 << slotBits];
    }

    private protected override string? Lookup(ReadOnlySpan<byte> utf8)
    {
        if (paused > 0)
        {
            paused--;
            return null;
        }
        var hash = Hash(utf8);
        ref readonly var entry = ref entries[SlotOf(hash, slotBits)];
        var hit = entry.Holds(utf8, hash) ? entry.Value : null;
        if (hit is not null) hits++;
        if (++lookups >= Round)
        {
            if (hits < Round / 16) paused = Pause;
            lookups = hits = 0;
        }
        return hit;
    }

    private protected override void Keep(ReadOnlySpan<byte> utf8, string text)
    {
        if (paused > 0) return;
        var hash = Hash(utf8);
        entries[SlotOf(hash, slotBits)] = new Entry(hash, text);
    }

    /// <summary>The slot of <paramref name="utf8"/> in a table of 2^<paramref name="slotBits"/>.</summary>
    internal static int Slot(ReadOnlySpan<byte> utf8, int slotBits = SmallTable) => SlotOf(Hash(utf8), slotBits);

    /// <summary>The slot of a value with <paramref name="hash"/> (see <see cref="Hash"/>) in a table of 2^<paramref name="slotBits"/>: its top bits, which depend on every byte.</summary>
    internal static int SlotOf(ulong hash, int slotBits) => (int)(hash >> (64 - slotBits));

    /// <summary>
    /// A multiplicative hash of eight bytes at a time, cheaper than <see cref="HashCode.AddBytes"/>'s rounds on every
    /// four. A slot needs bits spread well, not a hash that resists a chosen input: values made to collide only evict one
    /// another here, and the pool bounds how far it probes (<see cref="Utf8StringPool.MaxProbes"/>).
    /// </summary>
    internal static ulong Hash(ReadOnlySpan<byte> utf8)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15UL;
        var hash = (ulong)utf8.Length;
        var i = 0;
        for (; i + 8 <= utf8.Length; i += 8) hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8[i..])) * Multiplier;
        if (i < utf8.Length)
        {
            ulong tail = 0;
            for (var j = utf8.Length - 1; j >= i; j--) tail = tail << 8 | utf8[j];
            hash = (hash ^ tail) * Multiplier;
        }
        return hash;
    }
}
