using System.Globalization;

namespace FactCheck;

/// <summary>Writes numbers the way an editor does: grouped thousands, no needless decimals, culture-invariant.</summary>
internal static class NumberText
{
    internal static string Format(decimal value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude >= 1_000_000_000m && magnitude % 100_000_000m == 0)
        {
            return (value / 1_000_000_000m).ToString("0.#", CultureInfo.InvariantCulture) + " billion";
        }
        if (magnitude >= 1_000_000m && magnitude % 100_000m == 0)
        {
            return (value / 1_000_000m).ToString("0.#", CultureInfo.InvariantCulture) + " million";
        }
        // Most figures are whole: a long's standard format groups them as the custom pattern does, at a fraction of the cost.
        if (magnitude < WholeLimit && value == decimal.Truncate(value)) return string.Create(WholeLength((long)value), (long)value, static (text, whole) => TryFormatWhole(whole, text, out _));
        return value.ToString("#,##0.##########", CultureInfo.InvariantCulture);
    }

    /// <summary>Writes <see cref="Format(decimal)"/>'s text into <paramref name="destination"/>, without a string for figures below a million.</summary>
    internal static bool TryFormat(decimal value, Span<char> destination, out int charsWritten)
    {
        var magnitude = Math.Abs(value);
        if (magnitude >= 1_000_000m) return Utility.SpanText.Copy(Format(value), destination, out charsWritten);
        if (value == decimal.Truncate(value)) return TryFormatWhole((long)value, destination, out charsWritten);
        return value.TryFormat(destination, out charsWritten, "#,##0.##########", CultureInfo.InvariantCulture);
    }

    /// <summary>A whole number with a comma every three digits (<c>-12,345</c>), as the invariant culture's "N0" writes it.</summary>
    private static bool TryFormatWhole(long value, Span<char> destination, out int charsWritten)
    {
        var length = WholeLength(value);
        if (destination.Length < length)
        {
            charsWritten = 0;
            return false;
        }
        var rest = value < 0 ? (ulong)-(value + 1) + 1 : (ulong)value;
        var position = length;
        var inGroup = 0;
        do
        {
            if (inGroup == 3)
            {
                destination[--position] = ',';
                inGroup = 0;
            }
            destination[--position] = (char)('0' + (int)(rest % 10));
            rest /= 10;
            inGroup++;
        }
        while (rest != 0);
        if (value < 0) destination[0] = '-';
        charsWritten = length;
        return true;
    }

    private static int WholeLength(long value)
    {
        var rest = value < 0 ? (ulong)-(value + 1) + 1 : (ulong)value;
        var digits = 1;
        while (rest >= 10)
        {
            rest /= 10;
            digits++;
        }
        return digits + ((digits - 1) / 3) + (value < 0 ? 1 : 0);
    }

    private const decimal WholeLimit = 1_000_000_000_000_000_000m;

    internal static string Format(double value)
    {
        if (double.IsInfinity(value) || double.IsNaN(value)) return value.ToString(CultureInfo.InvariantCulture);
        if (Math.Abs(value) < 7.9e27)
        {
            return Format((decimal)Math.Round(value, 6));
        }
        return value.ToString("#,##0", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A computed figure for a message, as precise as an editor would write it: whole from 10 up (65.45 → "65"),
    /// one decimal from 1 (2.46 → "2.5"), two significant digits below (0.0043 → "0.0043").
    /// </summary>
    internal static string Rounded(double value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude >= 10 || magnitude == 0) return Format(Math.Round(value, 0, MidpointRounding.AwayFromZero));
        if (magnitude >= 1) return Format(Math.Round(value, 1, MidpointRounding.AwayFromZero));
        var digits = Math.Min(15, 1 - (int)Math.Floor(Math.Log10(magnitude)));
        return Format(Math.Round(value, digits, MidpointRounding.AwayFromZero));
    }

    /// <summary>
    /// An evidence figure: one decimal, rounded away from zero (-83.636 → -83.6); below 1, three significant digits,
    /// so that small rates do not vanish into 0.0.
    /// </summary>
    internal static double OneDecimal(double value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude >= 1 || magnitude == 0 || !double.IsFinite(value)) return Math.Round(value, 1, MidpointRounding.AwayFromZero);
        var digits = Math.Min(15, 2 - (int)Math.Floor(Math.Log10(magnitude)));
        return Math.Round(value, digits, MidpointRounding.AwayFromZero);
    }
}
