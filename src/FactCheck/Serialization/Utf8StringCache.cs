using System.Buffers.Binary;
using System.Text;

namespace FactCheck.Serialization;

/// <summary>
/// Turns short UTF-8 values into strings, handing out one shared instance for a value seen recently. A claim file
/// repeats its subjects, units, sources, dates and values thousands of times; sharing them keeps the loaded claim
/// set small. The table is direct-mapped: a dictionary of every value ever seen was measured slower than allocating,
/// as each lookup missed the cache three times. Its size is the caller's: names of subjects and sources are few
/// but spread through a file, so they get a table large enough to hold tens of thousands; dates and values a small one.
/// </summary>
internal sealed class Utf8StringCache
{
    /// <summary>Values longer than this are not shared.</summary>
    internal const int MaxBytes = 48;

    private readonly int slotBits;
    private readonly byte[] keys;
    private readonly byte[] lengths;
    private readonly string?[] values;

    /// <summary>The size of a small table: 8,192 values, a few hundred kilobytes, which stays in the processor's cache.</summary>
    internal const int SmallTable = 13;

    /// <summary>A table of 2^<paramref name="slotBits"/> values.</summary>
    internal Utf8StringCache(int slotBits = SmallTable)
    {
        this.slotBits = slotBits;
        keys = new byte[(1 << slotBits) * MaxBytes];
        lengths = new byte[1 << slotBits];
        values = new string?[1 << slotBits];
    }

    /// <summary>The string for <paramref name="utf8"/>: the shared one when the slot holds it, else a new one that takes the slot.</summary>
    internal string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes || utf8.IsEmpty) return utf8.IsEmpty ? string.Empty : Encoding.UTF8.GetString(utf8);
        var slot = Slot(utf8, slotBits);
        var key = keys.AsSpan(slot * MaxBytes, utf8.Length);
        if (lengths[slot] == utf8.Length && values[slot] is { } known && key.SequenceEqual(utf8)) return known;
        var text = Encoding.UTF8.GetString(utf8);
        utf8.CopyTo(key);
        lengths[slot] = (byte)utf8.Length;
        values[slot] = text;
        return text;
    }

    /// <summary>
    /// The slot of <paramref name="utf8"/>: a multiplicative hash of eight bytes at a time, cheaper than
    /// <see cref="HashCode.AddBytes"/>'s rounds on every four. A cache slot needs bits spread well, not a hash that
    /// resists a chosen input.
    /// </summary>
    internal static int Slot(ReadOnlySpan<byte> utf8, int slotBits = SmallTable)
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
        // The top bits of a product depend on every bit of the input; the bottom ones only on the bottom ones.
        return (int)(hash >> (64 - slotBits));
    }
}
