using System.Buffers.Binary;

namespace FactCheck.Serialization;

/// <summary>
/// Turns short UTF-8 values into strings, sharing one instance of a value the table holds. Two kinds:
/// <see cref="Utf8StringCache"/> keeps the values seen recently, for fields whose values recur soon after one another
/// (sources, units, metrics, dates, figures); <see cref="Utf8StringPool"/> keeps every value up to a bound, for
/// subjects, of which a large file names tens of thousands, each many times, far apart.
/// </summary>
/// <remarks>
/// Only ASCII values are shared (their bytes and characters compare one to one), and none longer than
/// <see cref="MaxBytes"/>.
/// </remarks>
internal abstract class Utf8StringTable
{
    /// <summary>Values longer than this are not shared.</summary>
    internal const int MaxBytes = 48;

    /// <summary>The string for <paramref name="utf8"/>: the shared one when the table holds it, else a new one that the table may keep.</summary>
    internal string Get(ReadOnlySpan<byte> utf8) => Find(utf8) ?? Add(utf8);

    /// <summary>The shared string for <paramref name="utf8"/>, or null when the table does not hold it (or is not looking now).</summary>
    internal string? Find(ReadOnlySpan<byte> utf8) =>
        utf8.IsEmpty ? string.Empty : utf8.Length > MaxBytes ? null : Lookup(utf8);

    /// <summary>A new string for <paramref name="utf8"/>, which the table may keep unless it is too long or not ASCII.</summary>
    internal string Add(ReadOnlySpan<byte> utf8)
    {
        var text = System.Text.Encoding.UTF8.GetString(utf8);
        // As many characters as bytes: ASCII, which compares byte for character next time.
        if (utf8.Length <= MaxBytes && text.Length == utf8.Length) Keep(utf8, text);
        return text;
    }

    /// <summary>The string the table holds for <paramref name="utf8"/> (not empty, not too long), or null.</summary>
    private protected abstract string? Lookup(ReadOnlySpan<byte> utf8);

    /// <summary>Keeps <paramref name="text"/>, the ASCII value spelled by <paramref name="utf8"/>, which the table does not hold, if the table takes it.</summary>
    private protected abstract void Keep(ReadOnlySpan<byte> utf8, string text);

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

    /// <summary>Whether <paramref name="known"/>, held with <paramref name="knownHash"/>, is the ASCII text spelled by <paramref name="utf8"/>, whose hash is <paramref name="hash"/>: the hashes first, the characters only when they match.</summary>
    internal static bool Spells(ulong knownHash, string? known, ReadOnlySpan<byte> utf8, ulong hash) =>
        knownHash == hash && known is not null && known.Length == utf8.Length && System.Text.Ascii.Equals(utf8, known);

    /// <summary>A slot: a shared string and the hash of its bytes, side by side so that a slot is read in one cache line and the string is read only when the hashes match.</summary>
    private protected readonly record struct Entry(ulong Hash, string? Value)
    {
        /// <summary>
        /// Whether this slot holds the value spelled by <paramref name="utf8"/>, whose hash is <paramref name="hash"/>; the
        /// hashes compared whole (the pool, which keeps a number in their low bits, compares them without it).
        /// </summary>
        internal bool Holds(ReadOnlySpan<byte> utf8, ulong hash) => Spells(Hash, Value, utf8, hash);
    }
}
