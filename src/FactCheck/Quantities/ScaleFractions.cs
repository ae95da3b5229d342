namespace FactCheck;

/// <summary>
/// Halves and quarters of a scale word, a hundred or a dozen, as news writes them: <c>half a million</c>, <c>a quarter
/// of a million</c>, <c>three quarters of a million</c>, <c>one and a half million</c>, <c>a million and a half</c>, <c>two and a quarter billion</c>,
/// <c>half a dozen</c>. Each is the figure written in digits (<c>0.5 million</c>, <c>0.25 million</c>, <c>1.5 million</c>,
/// <c>2.25 billion</c>, <c>6</c>), with that figure's scale word and so its rounding room.
/// </summary>
internal static class ScaleFractions
{
    /// <summary>Reads <paramref name="s"/>, normalised (lower case, single spaces), as one of the forms above.</summary>
    internal static bool TryRead(string s, out decimal value, out ScaleWord scale)
    {
        value = 0m;
        scale = ScaleWord.None;
        if (!s.Contains("half", StringComparison.Ordinal) && !s.Contains("quarter", StringComparison.Ordinal)) return false;
        var last = s.LastIndexOf(' ');
        if (last <= 0) return false;
        var head = s[..last];
        var tail = s[(last + 1)..];
        // "half a million", "a quarter of a million", "three quarters of a million": the fraction, then what it is of.
        var fraction = head switch
        {
            "half a" or "a half" => 0.5m,
            "quarter of a" or "a quarter of a" or "a quarter" => 0.25m,
            "three quarters of a" => 0.75m,
            _ => 0m,
        };
        if (fraction > 0m) return TryScaled(fraction, tail, out value, out scale);
        // "one and a half million": a whole, the fraction, then what both are of.
        var and = head.LastIndexOf(" and a ", StringComparison.Ordinal);
        if (and > 0 && Fraction(head[(and + 7)..]) is > 0m and var added && TryWhole(head[..and], out var whole))
        {
            return TryScaled(whole + added, tail, out value, out scale);
        }
        // "a million and a half": a whole of it, then the fraction.
        if (Fraction(tail) is > 0m and var after && head.EndsWith(" and a", StringComparison.Ordinal))
        {
            var stated = head[..^6];
            var space = stated.LastIndexOf(' ');
            if (space > 0 && TryWhole(stated[..space], out whole)) return TryScaled(whole + after, stated[(space + 1)..], out value, out scale);
        }
        return false;
    }

    /// <summary>What a half or a quarter added to a whole ("and a half") adds; 0 for any other word.</summary>
    internal static decimal Fraction(string word) => word switch { "half" => 0.5m, "quarter" => 0.25m, _ => 0m };

    /// <summary>
    /// A whole number of what follows, below a thousand and with no dozen or scale word of its own: <c>a</c>, <c>one</c>,
    /// <c>two</c>, <c>nine hundred and ninety nine</c> (but not "a dozen" in "a dozen and a half million", whose half is
    /// of the dozen).
    /// </summary>
    private static bool TryWhole(string text, out decimal whole)
    {
        whole = text is "a" or "an" ? 1m : 0m;
        if (whole > 0m) return true;
        foreach (var word in text.Split(' '))
        {
            if (word != "hundred" && NumberReader.MultiplierOf(word) > 0m) return false;
        }
        return NumberReader.TryRead(text, out whole, out var percent, out var scale) && !percent && scale == ScaleWord.None
            && whole > 0m && whole < 1_000m && whole == decimal.Truncate(whole);
    }

    /// <summary>The mantissa times <paramref name="word"/>, a scale word, a hundred or a dozen; false for any other word.</summary>
    private static bool TryScaled(decimal mantissa, string word, out decimal value, out ScaleWord scale)
    {
        value = 0m;
        scale = ScaleWord.None;
        var factor = NumberReader.MultiplierOf(word);
        if (factor == 0m || !NumberReader.TryMultiply(mantissa, factor, out value)) return false;
        // "half a million" is the whole 500,000, as "0.5 million" is.
        value = NumberReader.TruncateIfWhole(value);
        scale = ScaleWords.Of(factor);
        return true;
    }
}
