using System.Globalization;

namespace FactCheck;

/// <summary>
/// Why a value that did not parse may have failed though it is written as a number: an exponent (<c>1.5e6</c>, as a
/// spreadsheet or a database exports figures), or a figure beyond what a quantity holds. A value that fails for either
/// reason otherwise got the message that lists the grammar, which says nothing of the figure that is there.
/// </summary>
internal static class FigureLimits
{
    /// <summary>What a figure may be, as the format states it (the range and places of .NET's <see cref="decimal"/>).</summary>
    internal const string Limits = "a figure may have up to 28 decimal places and be as large as " + Largest;

    /// <summary>What a number read as a JSON number may be: decimal places beyond 28 are rounded there, not refused.</summary>
    internal const string Magnitude = "a figure may be as large as " + Largest;

    /// <summary><see cref="decimal.MaxValue"/> as the format's docs write it.</summary>
    private const string Largest = "79,228,162,514,264,337,593,543,950,335 either side of zero";

    /// <summary>The problem, for a message, with a figure in <paramref name="normalized"/> (a value as the parser normalises it), or null.</summary>
    /// <remarks>Looked for only once a value has failed: each word is read in turn, so the cost is the value's length.</remarks>
    internal static string? ProblemIn(string normalized)
    {
        // Words and the ends of a dashed range ('1e3–2e3'), with figures grouped by spaces ('99 999 999 …') taken whole.
        var words = JoinGroupsSplitRanges(normalized).Split([' ', '–'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            // A figure may stand after a sign of a bound or before a percent sign ('>1.5e6', '1e3%').
            var figure = words[i].AsSpan().TrimStart("~≈<>=≥≤").TrimEnd('%');
            if (HasExponent(figure)) return "a figure is written out, without an exponent ('1,500,000' or '1.5 million', not '1.5e6')";
            if (IsBeyondDecimal(figure, words.AsSpan(i + 1))) return Limits;
        }
        return null;
    }

    /// <summary>
    /// The text without the spaces that group a figure's digits (a space between a digit and three digits that end
    /// there), and with a hyphen between digits ('1e3-2e3') written as the range's dash, so that its ends are words.
    /// </summary>
    private static string JoinGroupsSplitRanges(string text)
    {
        var joined = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var grouping = text[i] == ' ' && i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 3 < text.Length
                && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
                && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4]));
            var rangeHyphen = text[i] == '-' && i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);
            if (rangeHyphen) joined.Append('–');
            else if (!grouping) joined.Append(text[i]);
        }
        return joined.ToString();
    }

    /// <summary>Digits (grouped by commas or not, with decimals or not) followed by <c>e</c>, an optional sign and digits.</summary>
    private static bool HasExponent(ReadOnlySpan<char> figure)
    {
        var e = figure.IndexOf('e');
        if (e <= 0) return false;
        return IsFigure(figure[..e]) && AllDigits(figure[(e + 1)..].TrimStart("+-"));
    }

    /// <summary>
    /// A figure as the grammar writes it that <see cref="decimal"/> cannot hold: too large, with more than 28 decimal
    /// places, or too large once multiplied by the words after it that multiply it ('100,000,000,000,000,000 trillion',
    /// '100,000 trillion trillion', '1,000,000,000,000,000,000 lakh crore', a dozen).
    /// </summary>
    private static bool IsBeyondDecimal(ReadOnlySpan<char> figure, ReadOnlySpan<string> after)
    {
        if (!IsFigure(figure)) return false;
        var point = figure.IndexOf('.');
        if ((point >= 0 && figure.Length - point - 1 > NumberReader.MaxDecimals) || !TryParseFigure(figure, out var value)) return true;
        foreach (var word in after)
        {
            var factor = NumberReader.MultiplierOf(word.TrimEnd('%'));
            if (factor == 0m) break;
            if (!NumberReader.TryMultiply(value, factor, out value)) return true;
        }
        return false;
    }

    /// <summary>The value of a figure of <see cref="IsFigure"/>'s shape, its commas dropped; false when <see cref="decimal"/> cannot hold it.</summary>
    private static bool TryParseFigure(ReadOnlySpan<char> figure, out decimal value)
    {
        Span<char> digits = figure.Length <= 256 ? stackalloc char[figure.Length] : new char[figure.Length];
        var length = 0;
        foreach (var c in figure)
        {
            if (c != ',') digits[length++] = c;
        }
        return decimal.TryParse(digits[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>An optional sign, digits with or without commas, and optional decimals: a figure's shape, not its grouping's rules.</summary>
    private static bool IsFigure(ReadOnlySpan<char> figure)
    {
        var body = figure.Length > 0 && figure[0] is '-' or '+' ? figure[1..] : figure;
        var point = body.IndexOf('.');
        var whole = point < 0 ? body : body[..point];
        if (whole.IsEmpty || !char.IsAsciiDigit(whole[0]) || !char.IsAsciiDigit(whole[^1])) return false;
        foreach (var c in whole)
        {
            if (c != ',' && !char.IsAsciiDigit(c)) return false;
        }
        return point < 0 || AllDigits(body[(point + 1)..]);
    }

    /// <summary>One digit or more, and nothing else.</summary>
    private static bool AllDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');
}
