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

    /// <summary>A slot: a shared string and the hash of its bytes, side by side so that a slot is read in one cache line and the string is read only when the hashes match.</summary>
    private protected readonly record struct Entry(ulong Hash, string? Value)
    {
        /// <summary>Whether this slot holds the value spelled by <paramref name="utf8"/>, whose hash is <paramref name="hash"/>.</summary>
        internal bool Holds(ReadOnlySpan<byte> utf8, ulong hash) =>
            Hash == hash && Value is not null && Value.Length == utf8.Length && System.Text.Ascii.Equals(utf8, Value);
    }
}
