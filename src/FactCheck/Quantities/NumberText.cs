using System.Globalization;

namespace FactCheck;

/// <summary>Writes numbers the way an editor does: grouped thousands, no needless decimals, culture-invariant.</summary>
internal static class NumberText
{
    /// <summary>
    /// A figure in grouped digits (<c>8,600</c>), or with a scale word when that is how an editor writes it
    /// (<c>5.2 million</c>, <c>3.42 billion</c>, <c>1.03 million</c>); see <see cref="ScaleWords.Natural"/>.
    /// </summary>
    internal static string Format(decimal value) => Format(value, ScaleWord.None);

    /// <summary>
    /// A figure written in the scale it was stated in (<c>3.42 billion</c> stays so, never <c>3420 million</c>), the
    /// mantissa grouped (<c>3,416.58 billion</c>); without a stated scale, as <see cref="Format(decimal)"/> writes it.
    /// </summary>
    internal static string Format(decimal value, ScaleWord stated)
    {
        var scale = ScaleOf(value, stated);
        if (scale != ScaleWord.None)
        {
            return (value / ScaleWords.Factor(scale)).ToString(Grouped, CultureInfo.InvariantCulture) + " " + ScaleWords.Name(scale);
        }
        // Most figures are whole: a long's standard format groups them as the custom pattern does, at a fraction of the cost.
        if (Math.Abs(value) < WholeLimit && value == decimal.Truncate(value)) return string.Create(WholeLength((long)value), (long)value, static (text, whole) => TryFormatWhole(whole, text, out _));
        return value.ToString(Grouped, CultureInfo.InvariantCulture);
    }

    /// <summary>Writes <see cref="Format(decimal)"/>'s text into <paramref name="destination"/>, without a string unless a scale word is written.</summary>
    internal static bool TryFormat(decimal value, Span<char> destination, out int charsWritten) => TryFormat(value, ScaleWord.None, destination, out charsWritten);

    /// <summary>Writes <see cref="Format(decimal, ScaleWord)"/>'s text into <paramref name="destination"/>.</summary>
    /// <remarks>Only a figure written with a scale word is made a string first; grouped digits are written in place.</remarks>
    internal static bool TryFormat(decimal value, ScaleWord stated, Span<char> destination, out int charsWritten)
    {
        if (ScaleOf(value, stated) != ScaleWord.None) return Utility.SpanText.Copy(Format(value, stated), destination, out charsWritten);
        if (Math.Abs(value) < WholeLimit && value == decimal.Truncate(value)) return TryFormatWhole((long)value, destination, out charsWritten);
        return value.TryFormat(destination, out charsWritten, Grouped, CultureInfo.InvariantCulture);
    }

    /// <summary>The scale word <paramref name="value"/> is written with: the stated one where the figure fits it, else the natural one, if any.</summary>
    private static ScaleWord ScaleOf(decimal value, ScaleWord stated) =>
        stated != ScaleWord.None && ScaleWords.Fits(value, stated) ? stated : ScaleWords.Natural(value);

    private const string Grouped = "#,##0.##########";

    /// <summary>A figure in grouped digits, never with a scale word: the mantissa of "3,416.58 billion".</summary>
    internal static string Digits(decimal value) => value.ToString(Grouped, CultureInfo.InvariantCulture);

    private static readonly string[] DecimalsPatterns = MakeDecimalsPatterns();

    // A loop, not Range().Select(): a LINQ chain's first call resolves a generic virtual method, some 0.1 ms of the
    // command's start, and this table is made at every start.
    private static string[] MakeDecimalsPatterns()
    {
        var patterns = new string[29];
        patterns[0] = "#,##0";
        for (var n = 1; n < patterns.Length; n++) patterns[n] = "#,##0." + new string('0', n);
        return patterns;
    }

    /// <summary>The grouping pattern that writes exactly <paramref name="decimals"/> decimals, trailing zeros included ("60.0").</summary>
    internal static string DecimalsPattern(int decimals) => DecimalsPatterns[decimals];

    /// <summary>Whether a figure is written in digits to its stated decimals, trailing zeros included (60.0): a percentage is, never in a scale word.</summary>
    internal static bool HasStatedDecimals(decimal value, ScaleWord scale) => scale == ScaleWord.None;

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

    /// <summary>
    /// <paramref name="a"/> − <paramref name="b"/> for figures that were decimals before they were doubles: each is
    /// taken back to its decimal (15 significant digits) and subtracted there, so that 60.25 − 59.95 is 0.3 and not
    /// 0.29999999999999716. Infinite or huge operands subtract as doubles.
    /// </summary>
    internal static double Difference(double a, double b) =>
        double.IsFinite(a) && double.IsFinite(b) && Math.Abs(a) < 1e27 && Math.Abs(b) < 1e27 ? (double)((decimal)a - (decimal)b) : a - b;

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
    internal static string Rounded(double value) => RoundedApart(value, Nowhere).Text;

    /// <summary>The empty interval: nothing to keep a figure out of.</summary>
    private static readonly ValueInterval Nowhere = ValueInterval.Create(0, false, 0, false);

    /// <summary>
    /// A computed figure rounded as <see cref="Rounded"/> does, but with as many more decimals (up to six) as it takes
    /// to keep it out of <paramref name="stated"/>: a message must not round away the difference it reports, so 121
    /// of 650 against a stated 19% is "18.6%", never "19%". Returns the number written and its text.
    /// </summary>
    internal static (double Value, string Text) RoundedApart(double value, ValueInterval stated)
    {
        var magnitude = Math.Abs(value);
        var digits = magnitude >= 10 || magnitude == 0 ? 0 : magnitude >= 1 ? 1 : Math.Min(15, 1 - (int)Math.Floor(Math.Log10(magnitude)));
        var rounded = Math.Round(value, digits, MidpointRounding.AwayFromZero);
        for (var more = digits + 1; stated.Contains(rounded) && more <= Math.Max(6, digits); more++)
        {
            rounded = Math.Round(value, more, MidpointRounding.AwayFromZero);
        }
        return (rounded, Format(rounded));
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
