using System.Globalization;

namespace FactCheck;

/// <summary>
/// A figure as <see cref="NumberText.Format(decimal)"/> writes it (<c>8,600</c>, <c>5.2 million</c>), in the scale it was stated in,, formatted
/// straight into an interpolated string instead of becoming a string of its own.
/// </summary>
internal readonly struct FigureText(decimal value, ScaleWord scale = ScaleWord.None) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        NumberText.TryFormat(value, scale, destination, out charsWritten);

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString() => NumberText.Format(value, scale);
}
