using System.Buffers.Binary;
using System.Text;

namespace FactCheck.Serialization;

/// <summary>
/// Turns short UTF-8 values into strings, handing out one shared instance for a value seen recently. A claim file
/// repeats its subjects, units, sources, dates and values thousands of times; sharing them keeps the loaded claim
/// set small. The table is direct-mapped: a dictionary of every value ever seen was measured slower than allocating,
/// as each lookup missed the cache three times, and so was a table of 65,536 slots for a file's 40,000 subjects.
/// </summary>
/// <remarks>
/// A slot holds the string itself and its hash, not a copy of its bytes: a lookup reads the slot, and only when the
/// hashes match compares the bytes with the string's characters, so that a miss reads one cache line. Only ASCII values are
/// shared (their bytes and characters compare one to one). A table that hardly ever hits, as one for figures that are
/// all different, stops looking for a while and only decodes, then tries again.
/// </remarks>
internal sealed class Utf8StringCache
{
    /// <summary>Values longer than this are not shared.</summary>
    internal const int MaxBytes = 48;

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

    /// <summary>The string for <paramref name="utf8"/>: the shared one when the slot holds it, else a new one that takes the slot.</summary>
    internal string Get(ReadOnlySpan<byte> utf8) => Find(utf8) ?? Add(utf8);

    /// <summary>The shared string for <paramref name="utf8"/>, or null when the table does not hold it (or is not looking now).</summary>
    internal string? Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes || utf8.IsEmpty) return utf8.IsEmpty ? string.Empty : null;
        if (paused > 0)
        {
            paused--;
            return null;
        }
        var hash = Hash(utf8);
        var slot = SlotOf(hash, slotBits);
        // One read of one slot: the hash and the string side by side, in one cache line.
        var (knownHash, known) = entries[slot];
        var hit = knownHash == hash && known is not null && known.Length == utf8.Length && Ascii.Equals(utf8, known) ? known : null;
        if (hit is not null) hits++;
        Tally();
        return hit;
    }

    /// <summary>A new string for <paramref name="utf8"/>, which takes its slot unless it is too long or not ASCII.</summary>
    internal string Add(ReadOnlySpan<byte> utf8)
    {
        var text = Encoding.UTF8.GetString(utf8);
        // As many characters as bytes: ASCII, which compares byte for character next time.
        if (utf8.Length <= MaxBytes && text.Length == utf8.Length && paused == 0)
        {
            var hash = Hash(utf8);
            entries[SlotOf(hash, slotBits)] = new Entry(hash, text);
        }
        return text;
    }

    /// <summary>A slot: a shared string and the hash of its bytes.</summary>
    private readonly record struct Entry(ulong Hash, string? Value);

    /// <summary>Counts a lookup; after a round in which the table hardly hit, pauses it.</summary>
    private void Tally()
    {
        if (++lookups < Round) return;
        if (hits < Round / 16) paused = Pause;
        lookups = hits = 0;
    }

    /// <summary>The slot of <paramref name="utf8"/> in a table of 2^<paramref name="slotBits"/>.</summary>
    internal static int Slot(ReadOnlySpan<byte> utf8, int slotBits = SmallTable) => SlotOf(Hash(utf8), slotBits);

    /// <summary>The slot of a value with <paramref name="hash"/> (see <see cref="Hash"/>) in a table of 2^<paramref name="slotBits"/>: its top bits, which depend on every byte.</summary>
    internal static int SlotOf(ulong hash, int slotBits) => (int)(hash >> (64 - slotBits));

    /// <summary>
    /// A multiplicative hash of eight bytes at a time, cheaper than <see cref="HashCode.AddBytes"/>'s rounds on every
    /// four. A cache slot needs bits spread well, not a hash that resists a chosen input.
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
