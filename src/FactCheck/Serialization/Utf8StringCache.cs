using FactCheck.Utility;

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
/// tries again. It starts smaller than that (<see cref="CacheGrowth"/>).
/// </remarks>
internal sealed class Utf8StringCache : Utf8StringTable
{
    /// <summary>The size of a small table: 8,192 values, which stays in the processor's cache.</summary>
    internal const int SmallTable = 13;

    /// <summary>Lookups between two looks at how often the table hits.</summary>
    private const int Round = 4096;

    /// <summary>Lookups the table sits out when fewer than one in sixteen of a round hit.</summary>
    private const int Pause = 16 * Round;

    private readonly int fullBits;
    private int slotBits;
    private Entry[] entries;
    private CacheGrowth growth;
    private int lookups;
    private int hits;
    private int paused;

    /// <summary>A table of 2^<paramref name="slotBits"/> values, once it has been used a while (<see cref="CacheGrowth"/>).</summary>
    internal Utf8StringCache(int slotBits = SmallTable)
    {
        fullBits = slotBits;
        this.slotBits = Math.Min(slotBits, CacheGrowth.StartBits);
        entries = new Entry[1 << this.slotBits];
    }

    private protected override string? Lookup(ReadOnlySpan<byte> utf8)
    {
        if (growth.Grows())
        {
            // Its hits so far were a small table's: the first round at full size says whether to pause.
            (slotBits, entries, lookups, hits) = (fullBits, new Entry[1 << fullBits], 0, 0);
        }
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
}
