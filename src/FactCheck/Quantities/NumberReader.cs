using System.Globalization;

namespace FactCheck;

/// <summary>
/// Reads one number as news text writes it: <c>8600</c>, <c>8,600</c>, <c>8 600</c>, <c>-3.5</c>,
/// <c>5.2 million</c>, <c>17.35 lakh</c>, <c>five thousand</c>, <c>one hundred and eighty thousand</c>, optionally followed by
/// a percent sign or the word "percent".
/// </summary>
internal static class NumberReader
{
    private static readonly Dictionary<string, int> Small = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
        // Indian English: "17.35 lakh" is 1,735,000 and "2 crore" 20 million; the plurals are also written.
        ["lakh"] = 100_000m, ["lakhs"] = 100_000m, ["crore"] = 10_000_000m, ["crores"] = 10_000_000m,
    };

    internal static bool TryRead(string s, out decimal value, out bool percent) => TryRead(s, out value, out percent, out _);

    /// <summary>
    /// Words beside <see cref="MultiplierOf"/>'s that multiply the figure before them, or make it a fraction, and that the
    /// grammar reads only in some places or not at all (<c>hundreds</c>, <c>thousands</c> and <c>dozens</c> are vague amounts alone; <c>bn</c>, <c>mn</c>,
    /// <c>tn</c> and <c>cr</c> are how some newsrooms abbreviate; "three fifths"): beside the scale words, what a trailing
    /// unit may never take, or <c>5.2 bn barrels</c> would be 5.2. <c>half</c> and <c>quarter</c> are not among them
    /// ("2.1% last quarter" names a time): the parser keeps them only after "and a" (<see cref="IsPartOfFigure"/>).
    /// </summary>
    private static readonly HashSet<string> OtherFigureWords = new(StringComparer.Ordinal)
    {
        "hundreds", "dozens", "thousands", "millions", "billions", "trillions",
        "bn", "bln", "bil", "mn", "mln", "mil", "mio", "tn", "trn", "trln", "lac", "lacs", "cr", "crs",
        "halves", "thirds", "quarters", "fourths", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths",
    };

    /// <summary>Whether <paramref name="word"/> changes the figure before it: one of <see cref="MultiplierOf"/>'s words, or of <see cref="OtherFigureWords"/>.</summary>
    internal static bool ChangesFigure(string word) => MultiplierOf(word) > 0m || OtherFigureWords.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/>, after <paramref name="before"/>, is part of the figure: a number word ("five and
    /// twenty"), or a half or a quarter added to it ("two and a half", where "2 million a quarter" is a rate).
    /// </summary>
    internal static bool IsPartOfFigure(string word, ReadOnlySpan<char> before) =>
        Small.ContainsKey(word) || (ScaleFractions.Fraction(word) > 0m && before.EndsWith(" and a", StringComparison.Ordinal));

    /// <summary>What <paramref name="word"/> multiplies a figure by when the grammar reads it so (a scale word, <c>thousand</c> among them, <c>hundred</c>, <c>dozen</c>); otherwise 0.</summary>
    internal static decimal MultiplierOf(string word) => word switch
    {
        "hundred" => 100m,
        "dozen" => 12m,
        _ => Scales.TryGetValue(word, out var factor) ? factor : 0m,
    };

    /// <summary>
    /// <paramref name="value"/> without its decimal places when they are all zero: "5.2 million" is the whole 5,200,000,
    /// not 5,200,000.0, for the decimals belonged to the mantissa.
    /// </summary>
    internal static decimal TruncateIfWhole(decimal value) => value == decimal.Truncate(value) ? decimal.Truncate(value) : value;

    /// <summary><paramref name="s"/> without a percent sign or the word "percent" (or "per cent") at its end, and whether it had one.</summary>
    internal static string WithoutPercent(string s, out bool percent)
    {
        percent = true;
        if (s.EndsWith('%')) return s[..^1].TrimEnd();
        if (s.EndsWith(" percent", StringComparison.Ordinal) || s.EndsWith(" per cent", StringComparison.Ordinal)) return s[..s.LastIndexOf(" per", StringComparison.Ordinal)];
        percent = false;
        return s;
    }

    /// <summary>Reads a number, and the scale word it was stated with (<c>million</c> in "5.2 million" or "five million"), if any.</summary>
    internal static bool TryRead(string s, out decimal value, out bool percent, out ScaleWord scale)
    {
        value = 0m;
        scale = ScaleWord.None;
        s = WithoutPercent(s.Trim(), out percent);
        if (s.Length == 0) return false;

        var lastSpace = s.LastIndexOf(' ');
        if (lastSpace > 0 && Scales.TryGetValue(s[(lastSpace + 1)..], out var tailScale) && TryDigits(s.AsSpan(0, lastSpace), out var scaled))
        {
            // "5.2 million": digits then a scale word.
            if (!TryMultiply(scaled, tailScale, out value)) return false;
            value = TruncateIfWhole(value);
            scale = ScaleWords.Of(tailScale);
            return true;
        }
        if (TryDigits(s, out value)) return true;
        if (TryWords(s, out value, out scale))
        {
            // "0.5 dozen" and "5.2-million" likewise.
            value = TruncateIfWhole(value);
            return true;
        }
        if (ScaleFractions.TryRead(s, out value, out scale)) return true;
        value = 0m;
        return false;
    }

    /// <summary>The longest plain figure (see <see cref="TryReadPlain(ReadOnlySpan{char}, out decimal)"/>): longer ones are read the long way.</summary>
    private const int MaxPlainLength = 24;

    /// <summary>
    /// A plain figure: digits alone, grouped by commas or single spaces or not, with decimals, at most
    /// <see cref="MaxPlainLength"/> characters with a digit first and last (<c>8600</c>, <c>8,600</c>, <c>2 181 417</c>,
    /// <c>5.2</c>): the common case, read without allocating. False for anything else, which the full grammar reads.
    /// </summary>
    internal static bool TryReadPlain(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0m;
        return s.Length is > 0 and <= MaxPlainLength && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[^1]) && TryDigits(s, out value);
    }

    /// <summary>
    /// <see cref="TryReadPlain(ReadOnlySpan{char}, out decimal)"/> on the UTF-8 bytes of a figure, with no string: a file
    /// of a million figures states most of them once. A plain figure is ASCII, so bytes that are not are refused here,
    /// as the plain grammar refuses the characters they decode to.
    /// </summary>
    internal static bool TryReadPlain(ReadOnlySpan<byte> utf8, out decimal value)
    {
        value = 0m;
        if (utf8.Length is 0 or > MaxPlainLength) return false;
        Span<char> text = stackalloc char[MaxPlainLength];
        return System.Text.Ascii.ToUtf16(utf8, text, out var length) == System.Buffers.OperationStatus.Done && TryReadPlain(text[..length], out value);
    }

    /// <summary>The most decimal places a figure may have: as many as <see cref="decimal"/> holds.</summary>
    internal const int MaxDecimals = 28;

    /// <summary>
    /// Digits with an optional sign, thousands grouped by commas or single spaces, and decimals, up to decimal's limits:
    /// the grammar is checked here, and the figure is the one <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out decimal)"/>
    /// reads from the digits alone (made from them directly when there are at most <see cref="MaxExactDigits"/>), so
    /// that what the writer writes from any decimal reads back the same.
    /// </summary>
    private static bool TryDigits(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0m;
        if (s.Length > 80) return false;
        Span<char> digits = stackalloc char[s.Length];
        var length = 0;
        var i = 0;
        if (i < s.Length && (s[i] == '-' || s[i] == '+'))
        {
            digits[length++] = s[i];
            i++;
        }
        var start = i;
        // The digits as one integer as well, while it is exact: most figures have at most nineteen digits, and are then
        // made from it directly, as decimal.TryParse makes them (with the sign, a negative zero, and every decimal
        // place kept), without parsing them again.
        ulong mantissa = 0;
        var counted = 0;
        var decimals = 0;
        var groupLength = 0;
        var grouped = false;
        char separator = '\0';
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                digits[length++] = c;
                if (++counted <= MaxExactDigits) mantissa = mantissa * 10 + (uint)(c - '0');
                groupLength++;
                continue;
            }
            if (c is ',' or ' ')
            {
                // A group separator: the first group has 1–3 digits, every later one exactly 3.
                if (separator != '\0' && c != separator) return false;
                if (groupLength == 0 || (grouped ? groupLength != 3 : groupLength > 3)) return false;
                separator = c;
                grouped = true;
                groupLength = 0;
                continue;
            }
            break;
        }
        if (i == start || groupLength == 0 || (grouped && groupLength != 3)) return false;
        if (i < s.Length && s[i] == '.')
        {
            digits[length++] = '.';
            i++;
            for (; i < s.Length && char.IsAsciiDigit(s[i]); i++, decimals++)
            {
                if (decimals >= MaxDecimals) return false;
                digits[length++] = s[i];
                if (++counted <= MaxExactDigits) mantissa = mantissa * 10 + (uint)(s[i] - '0');
            }
            if (decimals == 0) return false;
        }
        if (i != s.Length) return false;
        if (counted <= MaxExactDigits)
        {
            value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, digits[0] == '-', (byte)decimals);
            return true;
        }
        // Out of decimal's range is false, not an overflow.
        return decimal.TryParse(digits[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The most digits whose integer a <see cref="ulong"/> holds exactly, whatever they are.</summary>
    private const int MaxExactDigits = 19;

    /// <summary>The product, or false when it is beyond decimal's range.</summary>
    internal static bool TryMultiply(decimal left, decimal right, out decimal product)
    {
        product = 0m;
        // Below one in size, the product is no larger than the right side.
        if (Math.Abs(left) > 1m && Math.Abs(right) > decimal.MaxValue / Math.Abs(left)) return false;
        product = left * right;
        return true;
    }

    /// <summary>English number words up to the trillions: "five thousand", "one hundred and eighty thousand", "a million".</summary>
    private static bool TryWords(string s, out decimal value, out ScaleWord largest)
    {
        value = 0m;
        largest = ScaleWord.None;
        decimal total = 0m, current = 0m;
        var any = false;
        // A sign first ("-5 hundred") is the number's, once: the hyphens below join words ("twenty-five").
        var negative = s.Length > 1 && s[0] == '-';
        if (s.Length > 1 && s[0] is '-' or '+') s = s[1..];
        if (s.Length > 0 && s[0] is '-' or '+') return false;
        var tokens = s.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "a dozen and", what is left of "a dozen and a half" once a unit's words are dropped, is no number.
        if (tokens.Length > 0 && tokens[^1] == "and") return false;
        // Whether a number was stated since the last scale word: "0 hundred" is 0, and "hundred" alone a hundred.
        var counted = false;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            var afterScale = t > 0 && Scales.ContainsKey(tokens[t - 1]);
            // "one hundred and fifty", "a thousand and one", "two dozen and five": an "and" follows a hundred, a dozen or a
            // scale word, never a figure,
            // so "fifty and two hundred" (from "between one hundred and fifty and two hundred") is no number.
            if (token == "and" && any && (afterScale || tokens[t - 1] is "hundred" or "dozen")) continue;
            if (token == "dozen" && afterScale && !counted)
            {
                // "a thousand dozen" is 12,000, as "1 lakh crore" below multiplies the whole.
                if (!TryMultiply(total, 12m, out total)) return false;
                continue;
            }
            if ((token == "a" || token == "an") && t == 0 && tokens.Length > 1) { current = 1m; counted = true; continue; }
            if (Small.TryGetValue(token, out var small))
            {
                if (current > decimal.MaxValue - small) return false;
                current += small;
                any = counted = true;
            }
            else if (token is "hundred" or "dozen")
            {
                // "a dozen" is 12 and "five dozen" 60: a dozen multiplies what comes before it, as a hundred does.
                if (!TryMultiply(counted ? current : 1m, token == "dozen" ? 12m : 100m, out current)) return false;
                any = counted = true;
            }
            else if (Scales.TryGetValue(token, out var scale) && afterScale && !counted)
            {
                // "1 lakh crore": a scale word on a scale word multiplies the whole (a trillion), as Indian figures are written.
                if (!TryMultiply(total, scale, out total)) return false;
                largest = ScaleWords.Larger(largest, ScaleWords.Of(scale));
            }
            else if (Scales.TryGetValue(token, out scale))
            {
                if (!TryMultiply(counted ? current : 1m, scale, out var scaledPart) || total > decimal.MaxValue - scaledPart) return false;
                total += scaledPart;
                current = 0m;
                counted = false;
                largest = ScaleWords.Larger(largest, ScaleWords.Of(scale));
                any = true;
            }
            else if (t == 0 && TryDigits(token, out var digits))
            {
                current = digits;
                any = counted = true;
            }
            else
            {
                return false;
            }
        }
        if (total > decimal.MaxValue - current) return false;
        value = negative ? -(total + current) : total + current;
        return any;
    }
}
