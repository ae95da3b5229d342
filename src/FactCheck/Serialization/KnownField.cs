using System.Buffers.Binary;
using System.Text;

namespace FactCheck.Serialization;

/// <summary>
/// The field names of the file formats, numbered. A name read from a file is looked up here once: it is then
/// shared rather than allocated for every object, and an object notes which known fields it has in one bit mask,
/// so that a claim's fields are found, and its unknown fields ruled out, without comparing strings.
/// </summary>
internal static class KnownField
{
    internal const int Id = 0, Kind = 1, Subject = 2, Value = 3, Time = 4, Source = 5, Unit = 6, Metric = 7, Attribution = 8, Quote = 9,
        Span = 10, Deadline = 11, Stated = 12, Direction = 13, Magnitude = 14, Weekday = 15, Name = 16, Entity = 17, Role = 18,
        Part = 19, Whole = 20, Title = 21, Published = 22, Publisher = 23, Url = 24, Trust = 25, Aliases = 26, Exactly = 27,
        Approximately = 28, Min = 29, Max = 30, MinExclusive = 31, MaxExclusive = 32,
        Tense = 33, Singular = 34, Basis = 35, Projection = 36, Revises = 37;

    /// <summary>The names, in the order of their numbers.</summary>
    internal static readonly string[] Names =
    [
        "id", "kind", "subject", "value", "time", "source", "unit", "metric", "attribution", "quote", "span", "deadline", "stated",
        "direction", "magnitude", "weekday", "name", "entity", "role", "part", "whole", "title", "published", "publisher", "url",
        "trust", "aliases", "exactly", "approximately", "min", "max", "minExclusive", "maxExclusive",
        "tense", "singular",
        "basis", "projection", "revises",
    ];

    /// <summary>Fields whose values repeat from claim to claim (subjects, units, sources, dates, values): worth sharing.</summary>
    internal const ulong Repeating =
        1UL << Kind | 1UL << Subject | 1UL << Metric | 1UL << Unit | 1UL << Source | 1UL << Attribution | 1UL << Part | 1UL << Whole |
        1UL << Entity | 1UL << Role | 1UL << Direction | 1UL << Weekday | 1UL << Time | 1UL << Deadline | 1UL << Stated | 1UL << Value |
        1UL << Magnitude | 1UL << Name | 1UL << Publisher | 1UL << Trust | 1UL << Tense;

    /// <summary>The repeating fields that name subjects: many distinct values, each named by many claims.</summary>
    internal const ulong Subjects = 1UL << Subject | 1UL << Entity | 1UL << Part | 1UL << Whole;

    /// <summary>The repeating fields that hold dates.</summary>
    internal const ulong Dates = 1UL << Time | 1UL << Deadline | 1UL << Stated;

    /// <summary>The repeating fields that hold figures.</summary>
    internal const ulong Figures = 1UL << Value | 1UL << Magnitude;

    private static readonly byte[][] Utf8 = [.. Names.Select(Encoding.UTF8.GetBytes)];

    /// <summary>
    /// Each name's number plus one, at the slot its length and first, second and last bytes hash to (or the next free
    /// one): a name read from a file is found with one or two comparisons instead of a walk through the list.
    /// </summary>
    private static readonly byte[] Table = BuildTable();

    /// <summary>Each name as <see cref="Words"/> reads it, with its length, by number: compared as numbers instead of by a call that compares bytes.</summary>
    private static readonly (ulong Head, ulong Tail, int Length)[] NameWords = [.. Utf8.Select(name => Words(name))];

    private const int TableSize = 256;

    /// <summary>The longest name, in bytes: longer ones are no field's.</summary>
    private const int LongestName = 16;

    /// <summary>The bit of each of <paramref name="names"/> in a presence mask.</summary>
    internal static ulong Mask(IEnumerable<string> names) => names.Aggregate(0UL, (mask, name) => mask | 1UL << Array.IndexOf(Names, name));

    /// <summary>The number of the name spelled by <paramref name="utf8"/>, or -1.</summary>
    internal static int Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length is < 2 or > LongestName) return -1;
        var words = Words(utf8);
        for (var slot = Slot(utf8); ; slot = (slot + 1) & (TableSize - 1))
        {
            var entry = Table[slot];
            if (entry == 0) return -1;
            // Every name is 2 to 16 bytes, which its two words and its length spell whole.
            if (words == NameWords[entry - 1]) return entry - 1;
        }
    }

    /// <summary>
    /// A name of 2 to 16 bytes as its first and last bytes, read as two words of the largest size that fits (2, 4 or 8
    /// bytes; they overlap or meet), and its length: together they tell apart every two such names. Why: a field name is
    /// looked up for every field of every claim, and a call to compare a few bytes cost more than the rest of the lookup.
    /// </summary>
    private static (ulong Head, ulong Tail, int Length) Words(ReadOnlySpan<byte> utf8) => utf8.Length switch
    {
        >= 8 => (BinaryPrimitives.ReadUInt64LittleEndian(utf8), BinaryPrimitives.ReadUInt64LittleEndian(utf8[^8..]), utf8.Length),
        >= 4 => (BinaryPrimitives.ReadUInt32LittleEndian(utf8), BinaryPrimitives.ReadUInt32LittleEndian(utf8[^4..]), utf8.Length),
        _ => (BinaryPrimitives.ReadUInt16LittleEndian(utf8), BinaryPrimitives.ReadUInt16LittleEndian(utf8[^2..]), utf8.Length),
    };

    private static int Slot(ReadOnlySpan<byte> utf8) => (utf8.Length * 31 + utf8[0] * 7 + utf8[1] * 3 + utf8[^1]) & (TableSize - 1);

    private static byte[] BuildTable()
    {
        var table = new byte[TableSize];
        for (var i = 0; i < Utf8.Length; i++)
        {
            var slot = Slot(Utf8[i]);
            while (table[slot] != 0) slot = (slot + 1) & (TableSize - 1);
            table[slot] = (byte)(i + 1);
        }
        return table;
    }
}
