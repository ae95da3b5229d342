using System.Text;

namespace FactCheck.Serialization;

/// <summary>
/// The tables one thread shares the strings of repeating fields from. Subjects (and the entities, parts and wholes
/// that name them) are pooled, every one kept; names (sources, units, metrics), dates and figures each get a small
/// cache of their own, so that a file's many distinct figures never evict its names. The caches stay small: a table
/// too large for the processor's cache was measured slower than allocating, every lookup waiting on memory.
/// </summary>
internal sealed class SharedStrings
{
    private readonly Utf8StringPool subjects = new();
    private readonly Utf8StringCache names = new();
    private readonly Utf8StringCache dates = new();
    private readonly Utf8StringCache figures = new();

    /// <summary>The table that shares the values of the field numbered <paramref name="field"/> (see <see cref="KnownField"/>), or null when they are not shared.</summary>
    internal Utf8StringTable? TableOf(int field) =>
        field < 0 || (KnownField.Repeating & 1UL << field) == 0 ? null
            : (KnownField.Subjects & 1UL << field) != 0 ? subjects
            : (KnownField.Dates & 1UL << field) != 0 ? dates
            : (KnownField.Figures & 1UL << field) != 0 ? figures
            : names;

    /// <summary>
    /// Readies the subject pool for looking up the subjects <paramref name="coming"/> places in <paramref name="bytes"/>
    /// (see <see cref="Utf8StringPool.Touch"/>).
    /// </summary>
    internal void ReadySubjects(ReadOnlySpan<byte> bytes, ReadOnlySpan<(int Start, int Length)> coming) => subjects.Touch(bytes, coming);

    /// <summary>
    /// The string of a value of the field numbered <paramref name="field"/> from its bytes, UTF-8 without escapes: shared
    /// when its table holds it; with the value's <paramref name="number"/> in the pool when the field's values are pooled
    /// (see <see cref="Utf8StringPool.Get(ReadOnlySpan{byte}, out int)"/>), 0 otherwise.
    /// </summary>
    internal string StringOf(int field, ReadOnlySpan<byte> utf8, out int number)
    {
        number = 0;
        return TableOf(field) switch
        {
            Utf8StringPool pool => pool.Get(utf8, out number),
            { } table => table.Get(utf8),
            null => Encoding.UTF8.GetString(utf8),
        };
    }
}
