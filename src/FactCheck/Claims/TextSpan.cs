using System.Globalization;

namespace FactCheck;

/// <summary>Where a claim's words stand in its source text: character offsets, <c>[Start, End)</c>.</summary>
/// <remarks>The default value is the empty span at offset 0.</remarks>
public readonly record struct TextSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">The offset of the first character, from 0.</param>
    /// <param name="end">The offset just past the last character; not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or <paramref name="end"/> is before it.</exception>
    public TextSpan(int start, int end)
    {
        if (start < 0) throw new ArgumentOutOfRangeException(nameof(start), start, "A span starts at offset 0 or later.");
        if (end < start) throw new ArgumentOutOfRangeException(nameof(end), end, $"A span ends at or after its start ({start.ToString(CultureInfo.InvariantCulture)}).");
        Start = start;
        End = end;
    }

    /// <summary>The offset of the first character.</summary>
    public int Start { get; }

    /// <summary>The offset just past the last character.</summary>
    public int End { get; }

    /// <summary>The number of characters.</summary>
    public int Length => End - Start;

    /// <summary><c>[120, 164)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}, {End})");
}
