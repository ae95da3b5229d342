using System.Globalization;

namespace FactCheck;

/// <summary>
/// Reads the value grammar of the claim-set format. Hand-written rather than regular expressions:
/// it runs once per claim on files of millions of claims, and its errors must say what was expected.
/// </summary>
internal static class QuantityParser
{
    private const string Expected =
        "expected a number ('8,600', '5.2 million', 'five thousand'), a hedged or bounded one ('about 5,200', 'at least 3', 'as many as 5,000', 'less than 5,000'), " +
        "a range ('between 4,000 and 5,000', '4,000–5,000'), a percentage ('69%'), a fraction ('two thirds', 'nearly half', 'one in seven', 'three in ten'), " +
        "or a vague amount ('dozens', 'a few', 'majority')";

    private static readonly (string Prefix, QuantityForm Form)[] Prefixes =
    [
        ("approximately ", QuantityForm.Approximate), ("an estimated ", QuantityForm.Approximate), ("estimated ", QuantityForm.Approximate),
        ("about ", QuantityForm.Approximate), ("around ", QuantityForm.Approximate), ("roughly ", QuantityForm.Approximate),
        ("some ", QuantityForm.Approximate), ("~", QuantityForm.Approximate), ("≈", QuantityForm.Approximate),
        ("nearly ", QuantityForm.Nearly), ("almost ", QuantityForm.Nearly),
        ("at least ", QuantityForm.AtLeast), ("no fewer than ", QuantityForm.AtLeast), ("no less than ", QuantityForm.AtLeast), ("≥", QuantityForm.AtLeast), (">=", QuantityForm.AtLeast),
        ("more than ", QuantityForm.MoreThan), ("over ", QuantityForm.MoreThan), ("upwards of ", QuantityForm.MoreThan), (">", QuantityForm.MoreThan),
        ("at most ", QuantityForm.AtMost), ("up to ", QuantityForm.AtMost), ("as many as ", QuantityForm.AtMost), ("as much as ", QuantityForm.AtMost), ("no more than ", QuantityForm.AtMost), ("≤", QuantityForm.AtMost), ("<=", QuantityForm.AtMost),
        ("less than ", QuantityForm.LessThan), ("fewer than ", QuantityForm.LessThan), ("under ", QuantityForm.LessThan), ("below ", QuantityForm.LessThan), ("<", QuantityForm.LessThan),
    ];

    private static readonly (string Suffix, QuantityForm Form)[] Suffixes =
    [
        (" or more", QuantityForm.AtLeast), (" or over", QuantityForm.AtLeast), (" or fewer", QuantityForm.AtMost), (" or less", QuantityForm.AtMost),
        (" or so", QuantityForm.Approximate),
    ];

    /// <summary>Reads <paramref name="text"/> by the value grammar; on failure, <paramref name="error"/> quotes it and says what is wrong or what was expected.</summary>
    internal static bool TryParse(string? text, bool allowTrailingUnit, out Quantity result, out string error) => TryParse(text, allowTrailingUnit, out result, out error, describe: true);

    /// <summary>
    /// Reads <paramref name="text"/> by the value grammar, without a message when it fails: extraction tries the longest
    /// run of words first and most of its tries fail, so the message would be made and thrown away for each.
    /// </summary>
    internal static bool TryParse(string? text, bool allowTrailingUnit, out Quantity result) => TryParse(text, allowTrailingUnit, out result, out _, describe: false);

    private static bool TryParse(string? text, bool allowTrailingUnit, out Quantity result, out string error, bool describe)
    {
        result = default;
        if (text is null)
        {
            error = "A value is required; " + Expected + ".";
            return false;
        }
        if (text.Length > 200)
        {
            error = $"The value '{text[..40]}…' is {text.Length.ToString(CultureInfo.InvariantCulture)} characters long; a value is at most 200.";
            return false;
        }
        // Plain figures (8600, 8,600, 5201) are read as they stand, without normalising a copy.
        if (NumberReader.TryReadPlain(text, out var plain))
        {
            result = Quantity.Exactly(plain);
            error = string.Empty;
            return true;
        }
        var normalized = Normalize(text);
        string? problem = null;
        if (TryParseNormalized(normalized, ref problem, out result))
        {
            error = string.Empty;
            return true;
        }
        if (allowTrailingUnit && problem is null)
        {
            // "8,600 US soldiers" with unit "soldiers": drop up to three trailing words that the grammar does not know.
            // A word that changes the figure is not the unit's, unless it is in a rate's "per" ("415 parts per
            // million", "7 per ten thousand"): dropped, it would leave a figure a dozen or a trillion times too small
            // ("a dozen", "5.2 bn barrels", or "100,000,000,000,000,000 trillion apples", whose product is beyond what a
            // figure holds), read silently.
            var candidate = normalized;
            for (var i = 0; i < 3; i++)
            {
                var space = candidate.LastIndexOf(' ');
                if (space <= 0) break;
                if (!IsUnitWord(candidate[(space + 1)..], candidate.AsSpan(0, space))) break;
                candidate = candidate[..space];
                if (TryParseNormalized(candidate, ref problem, out result))
                {
                    error = string.Empty;
                    return true;
                }
            }
        }
        if (!describe)
        {
            error = string.Empty;
            return false;
        }
        problem ??= FigureLimits.ProblemIn(normalized);
        error = problem is not null ? $"'{text}' is not a valid quantity: {problem}." : $"'{text}' is not a quantity: {Expected}.";
        return false;
    }

    /// <summary>The hedges and bounds of <see cref="Prefixes"/> as UTF-8, in the same order, for <see cref="TryParseCommon"/>.</summary>
    private static readonly byte[][] PrefixBytes = [.. Prefixes.Select(static p => System.Text.Encoding.UTF8.GetBytes(p.Prefix))];

    /// <summary>
    /// The shapes most figures in a large file take, read from their UTF-8 bytes with no string: a plain figure
    /// (<c>8,600</c>), one after a hedge or bound of <see cref="Prefixes"/> as written there (<c>about 5,200</c>,
    /// <c>at most 300</c>, <c>&gt;40</c>), or <c>between</c> two plain figures. Each is the quantity <see cref="TryParse(string?, bool, out Quantity, out string)"/>
    /// makes of its text (property tests hold the two together): its vague amounts, parts of a whole and pairs of bounds
    /// all have words or signs a plain figure has not, so they cannot read these shapes first, and the prefixes are
    /// tried in the table's order. False for anything else, and for a range the wrong way round, which TryParse reads
    /// and reports.
    /// </summary>
    internal static bool TryParseCommon(ReadOnlySpan<byte> utf8, out Quantity result)
    {
        result = default;
        if (NumberReader.TryReadPlain(utf8, out var plain))
        {
            result = Quantity.Exactly(plain);
            return true;
        }
        if (utf8.StartsWith("between "u8))
        {
            // As TryParseNormalized splits it, at the first " and ".
            var bounds = utf8[8..];
            var and = bounds.IndexOf(" and "u8);
            if (and < 0 || !NumberReader.TryReadPlain(bounds[..and], out var low) || !NumberReader.TryReadPlain(bounds[(and + 5)..], out var high) || low > high) return false;
            // Plain figures state no scale word, so the range has none to share (see TryRange).
            result = Quantity.Between(low, high);
            return true;
        }
        for (var i = 0; i < PrefixBytes.Length; i++)
        {
            if (!utf8.StartsWith(PrefixBytes[i])) continue;
            // A plain figure has no sign, so "as many as" cannot be below zero here.
            if (!NumberReader.TryReadPlain(utf8[PrefixBytes[i].Length..], out var bound)) return false;
            result = Bounded(bound, Prefixes[i].Form);
            return true;
        }
        return false;
    }

    /// <summary>The figure <paramref name="number"/> hedged or bounded as <paramref name="form"/> says.</summary>
    private static Quantity Bounded(decimal number, QuantityForm form) => form switch
    {
        QuantityForm.Approximate => Quantity.Approximately(number),
        QuantityForm.Nearly => Quantity.Nearly(number),
        QuantityForm.AtLeast => Quantity.AtLeast(number),
        QuantityForm.MoreThan => Quantity.MoreThan(number),
        QuantityForm.AtMost => Quantity.AtMost(number),
        _ => Quantity.LessThan(number),
    };

    /// <summary>Lower case, one kind of space, one kind of dash, no grouping quirks.</summary>
    private static string Normalize(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var lastWasSpace = true;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '\u00A0' or '\u202F' or '\u2009' or '\t' or '\n' or '\r' => ' ',
                '\u2212' => '-',
                '\u2013' or '\u2014' => '–',
                _ => char.ToLowerInvariant(raw),
            };
            if (c == ' ')
            {
                if (lastWasSpace) continue;
                lastWasSpace = true;
            }
            else
            {
                lastWasSpace = false;
            }
            buffer[length++] = c;
        }
        if (length > 0 && buffer[length - 1] == ' ') length--;
        return new string(buffer[..length]);
    }

    private static bool TryParseNormalized(string s, ref string? problem, out Quantity result)
    {
        result = default;
        if (s.Length == 0) return false;
        if (VagueAmounts.TryRead(s, out result)) return true;
        if (PartsOfWhole.TryRead(s, ref problem, out result) || problem is not null) return problem is null;

        if (!s.StartsWith("between ", StringComparison.Ordinal) && TryBoundPair(s, ref problem, out result)) return true;
        foreach (var (prefix, form) in Prefixes)
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = s[prefix.Length..].TrimStart();
                if (rest.StartsWith("of ", StringComparison.Ordinal)) rest = rest[3..];
                if (!TryBound(rest, form, ref problem, out result)) return false;
                // "As many as" counts things: there cannot be as many as minus five of them.
                if (prefix == "as many as " && result.Value < 0m)
                {
                    problem = "'as many as' counts things, so its figure cannot be below zero";
                    return false;
                }
                return true;
            }
        }
        foreach (var (suffix, form) in Suffixes)
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal))
            {
                return TryBound(s[..^suffix.Length], form, ref problem, out result);
            }
        }
        if (s.StartsWith("between ", StringComparison.Ordinal))
        {
            // "between one hundred and fifty and two hundred": the range's "and" is the first with a figure either side.
            // "between and 5": the first figure is missing, not a range to cut out.
            for (var and = s.IndexOf(" and ", 7, StringComparison.Ordinal); and >= 8; and = s.IndexOf(" and ", and + 1, StringComparison.Ordinal))
            {
                string? rangeProblem = null;
                if (TryRange(s[8..and], s[(and + 5)..], ref rangeProblem, out result)) return true;
                problem ??= rangeProblem;
            }
            return false;
        }
        var to = s.IndexOf(" to ", StringComparison.Ordinal);
        if (to > 0) return TryRange(s[..to], s[(to + 4)..], ref problem, out result);
        // "4,000-5,000" or "4,000–5,000": a dash after the first character, so a leading minus stays a sign.
        for (var i = 1; i < s.Length - 1; i++)
        {
            // Only between figures written in digits: "twenty-five" is one number, not a range.
            // The upper figure may have its own sign: "-455,769–-0.3", as a range below zero is written.
            if (s[i] is '-' or '–' && IsDigitNear(s, i - 1, -1) && (IsDigitNear(s, i + 1, 1) || (i + 2 < s.Length && s[i + 1] == '-' && char.IsAsciiDigit(s[i + 2]))))
            {
                var left = s[..i].TrimEnd();
                var right = s[(i + 1)..].TrimStart();
                if (NumberReader.TryRead(left, out _, out _) && NumberReader.TryRead(right, out _, out _))
                {
                    return TryRange(left, right, ref problem, out result);
                }
            }
        }
        if (!NumberReader.TryRead(s, out var number, out var percent, out var scale)) return false;
        result = (percent ? Quantity.Percent(number) : Quantity.Exactly(number)).WithScale(scale);
        return true;
    }

    /// <summary>
    /// Whether the trailing <paramref name="word"/>, after <paramref name="before"/>, may be a unit's and so dropped: a
    /// word of letters that is not the figure's nor changes it, or any word of a rate after "per" ("415 parts per
    /// million", "7 per ten thousand", "3.5 per 100,000").
    /// </summary>
    private static bool IsUnitWord(string word, ReadOnlySpan<char> before)
    {
        if (!word.All(char.IsLetter))
        {
            return before.EndsWith(" per", StringComparison.Ordinal) && word.All(static c => char.IsAsciiDigit(c) || c is ',' or '.');
        }
        var inRate = before.EndsWith(" per", StringComparison.Ordinal) || before.Contains(" per ", StringComparison.Ordinal);
        return inRate || !(NumberReader.ChangesFigure(word) || NumberReader.IsPartOfFigure(word, before));
    }

    private static bool IsDigitNear(string s, int from, int step)
    {
        for (var i = from; i >= 0 && i < s.Length; i += step)
        {
            if (s[i] == ' ') continue;
            return char.IsAsciiDigit(s[i]) || (step < 0 && s[i] == '%');
        }
        return false;
    }

    private static bool TryBound(string rest, QuantityForm form, ref string? problem, out Quantity result)
    {
        result = default;
        if (!NumberReader.TryRead(rest, out var number, out var percent, out var scale))
        {
            // "nearly two thirds", "more than half", "over one in five": a fraction under a hedge keeps its words.
            if (VagueAmounts.TryReadFraction(rest, out var fraction) || PartsOfWhole.TryRead(rest, ref problem, out fraction))
            {
                result = fraction.Hedged(form);
                return true;
            }
            return false;
        }
        result = Bounded(number, form);
        if (percent) result = result.AsPercent();
        result = result.WithScale(scale);
        return true;
    }

    private static bool TryRange(string left, string right, ref string? problem, out Quantity result)
    {
        result = default;
        if (!NumberReader.TryRead(left.Trim(), out var low, out var lowPercent, out var lowScale) || !NumberReader.TryRead(right.Trim(), out var high, out var highPercent, out var highScale))
        {
            return false;
        }
        // "4–5 million", "2–3 thousand", "5 to 10 dozen": a lower end stated as a bare figure may take the upper end's
        // multiplying words (see SharedMultiplier).
        if (lowScale == ScaleWord.None && !left.Trim().Contains(' ') && SharedMultiplier(right.Trim(), low, high) is > 1m and var multiplier)
        {
            low = NumberReader.TruncateIfWhole(low * multiplier);
            lowScale = highScale;
        }
        if (low > high)
        {
            problem = $"the range is inverted ({NumberText.Format(low)} is greater than {NumberText.Format(high)})";
            return false;
        }
        result = Quantity.Between(low, high).WithScale(CommonScale(low, high, ScaleWords.Larger(lowScale, highScale)));
        // "60 to 70%": a percent sign on either end makes the whole range a percentage.
        if (lowPercent || highPercent) result = result.AsPercent();
        return true;
    }

    /// <summary>
    /// What the multiplying words at the end of the upper end ("million" in "twenty five million", "hundred thousand" in
    /// "three hundred thousand") multiply the lower end <paramref name="low"/> by: the most of them, from the last word
    /// back, that keep it a mantissa (below what they multiply by) and below <paramref name="high"/> ("two to one hundred
    /// million" takes the million alone), and, across zero, no larger in size than the upper end ("-5 to 5 million" is
    /// ±5 million, "between -500 and 2 thousand" keeps its -500); 0 when none does.
    /// </summary>
    private static decimal SharedMultiplier(string upper, decimal low, decimal high)
    {
        var words = NumberReader.WithoutPercent(upper, out _).Split(' ');
        // The products of the last word's factor, the last two words', and so on.
        var products = new List<decimal>(2);
        var product = 1m;
        for (var i = words.Length - 1; i > 0 && NumberReader.MultiplierOf(words[i]) is > 0m and var factor && NumberReader.TryMultiply(product, factor, out product); i--)
        {
            products.Add(product);
        }
        for (var count = products.Count; count > 0; count--)
        {
            if (LowerEndTakes(low, products[count - 1], high)) return products[count - 1];
        }
        return 0m;
    }

    /// <summary>
    /// Whether a range's lower end <paramref name="low"/>, stated bare, is a mantissa of what the upper end's words
    /// multiply by: below <paramref name="multiplier"/> in size, below <paramref name="high"/> once multiplied, and, across
    /// zero, no larger in size than it. The writer asks the same before it writes a range with one scale word.
    /// </summary>
    internal static bool LowerEndTakes(decimal low, decimal multiplier, decimal high) =>
        Math.Abs(low) < multiplier && low * multiplier < high && (low >= 0m || high < 0m || -low * multiplier <= high);

    /// <summary>The scale both ends of a range are written in: the larger stated one, when both ends fit it.</summary>
    private static ScaleWord CommonScale(decimal low, decimal high, ScaleWord scale) =>
        ScaleWords.Fits(low, scale) && ScaleWords.Fits(high, scale) ? scale : ScaleWord.None;

    /// <summary>The written form of a range with an excluded end: "&gt;4,000 and ≤5,000".</summary>
    private static bool TryBoundPair(string s, ref string? problem, out Quantity result)
    {
        result = default;
        var and = s.IndexOf(" and ", StringComparison.Ordinal);
        if (and <= 0) return false;
        string? leftProblem = null, rightProblem = null;
        if (!TryParseNormalized(s[..and], ref leftProblem, out var low) || !TryParseNormalized(s[(and + 5)..], ref rightProblem, out var high)) return false;
        if (low.Form is not (QuantityForm.AtLeast or QuantityForm.MoreThan) || high.Form is not (QuantityForm.AtMost or QuantityForm.LessThan)) return false;
        if (Quantity.RangeProblem(low.Value, low.Form == QuantityForm.MoreThan, high.Value, high.Form == QuantityForm.LessThan) is not null)
        {
            problem = "the range is inverted or empty";
            return false;
        }
        result = Quantity.Range(low.Value, low.Form == QuantityForm.MoreThan, high.Value, high.Form == QuantityForm.LessThan)
            .WithScale(CommonScale(low.Value, high.Value, ScaleWords.Larger(low.Scale, high.Scale)));
        if (low.IsPercent || high.IsPercent) result = result.AsPercent();
        return true;
    }
}
