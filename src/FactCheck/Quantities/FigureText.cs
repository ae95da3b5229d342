using System.Globalization;

namespace FactCheck;

/// <summary>
/// A figure as <see cref="NumberText.Format(decimal)"/> writes it (<c>8,600</c>, <c>5.2 million</c>), in the scale it was stated in (and, for a percentage, with the decimals it was stated to),, formatted
/// straight into an interpolated string instead of becoming a string of its own.
/// </summary>
internal readonly struct FigureText(decimal value, ScaleWord scale = ScaleWord.None, bool keepDecimals = false) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) => keepDecimals && NumberText.HasStatedDecimals(value, scale)
        ? value.TryFormat(destination, out charsWritten, NumberText.DecimalsPattern(value.Scale), CultureInfo.InvariantCulture)
        : NumberText.TryFormat(value, scale, destination, out charsWritten);

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString() => keepDecimals && NumberText.HasStatedDecimals(value, scale)
        ? value.ToString(NumberText.DecimalsPattern(value.Scale), CultureInfo.InvariantCulture)
        : NumberText.Format(value, scale);
}
