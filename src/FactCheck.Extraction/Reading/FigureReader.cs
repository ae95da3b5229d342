using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Reading;

/// <summary>
/// Finds the quantities of a sentence in every form of the value grammar ("8,600", "an estimated 5,200", "less than five
/// thousand", "between 4,000 and 5,000", "dozens", "tens of thousands", "5.2 million", "69%"), reading each with
/// <see cref="Quantity.TryParse(string?, out Quantity)"/>. Years and days of dates are left to the time reader.
/// </summary>
internal static class FigureReader
{
    private static readonly WordList NumberWords = WordList.Of(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
        "dozen", "dozens", "hundreds", "thousands", "millions", "tens", "and");

    private static readonly string[][] Hedges =
    [
        ["an", "estimated"], ["estimated"], ["approximately"], ["about"], ["around"], ["roughly"], ["some"], ["nearly"], ["almost"],
        ["at", "least"], ["no", "fewer", "than"], ["no", "less", "than"], ["more", "than"], ["over"], ["upwards", "of"], ["at", "most"], ["up", "to"],
        ["no", "more", "than"], ["less", "than"], ["fewer", "than"], ["under"], ["below"], ["between"],
    ];

    internal static List<Figure> Read(string body, List<Token> tokens, ISet<int> timeTokens)
    {
        var figures = new List<Figure>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (timeTokens.Contains(i) || !StartsNumber(tokens, i)) continue;
            var last = NumberEnd(tokens, i, timeTokens);
            var first = i;
            // "between 4,000 and 5,000": the second number belongs to the range.
            if (HedgeBefore(tokens, i) is var hedge and > 0)
            {
                first = i - hedge;
                if (tokens[first].Is("between") && last + 2 < tokens.Count && tokens[last + 1].Is("and") && StartsNumber(tokens, last + 2))
                {
                    last = NumberEnd(tokens, last + 2, timeTokens);
                }
            }
            else if (last + 2 < tokens.Count && tokens[last + 1].Text is "-" or "–" or "to" && StartsNumber(tokens, last + 2) && !(i > 0 && tokens[i - 1].Is("from")))
            {
                last = NumberEnd(tokens, last + 2, timeTokens);
            }
            if (last + 1 < tokens.Count && (tokens[last + 1].Text == "%" || tokens[last + 1].Is("percent")))
            {
                last++;
            }
            else if (last + 2 < tokens.Count && tokens[last + 1].Is("per") && tokens[last + 2].Is("cent"))
            {
                last += 2;
            }
            var role = FigureRole.Plain;
            if (i > 0 && tokens[i - 1].Is("from") || (first > 0 && tokens[first - 1].Is("from"))) role = FigureRole.From;
            else if (first > 0 && tokens[first - 1].Is("to") && figures.Count > 0 && figures[^1].Role == FigureRole.From && figures[^1].Last == first - 2) role = FigureRole.To;
            var currency = first > 0 && tokens[first - 1].Text is "$" or "€" or "£" ? tokens[first - 1].Text : null;
            if (TryValue(body, tokens, first, last, out var value, out var end))
            {
                figures.Add(new Figure(first, end, value, role, currency));
                i = end;
            }
        }
        return figures;
    }

    private static bool TryValue(string body, List<Token> tokens, int first, int last, out Quantity value, out int end)
    {
        // Longest first: "five thousand soldiers" is read as "five thousand", not "five".
        for (end = last; end >= first; end--)
        {
            // A figure of one token is its text, held already.
            var text = end == first ? tokens[first].Text : body[tokens[first].Start..tokens[end].End];
            if (Quantity.TryParse(text, out value) && (tokens[end].IsNumber || tokens[end].Text == "%" || !tokens[end].Is("and"))) return true;
        }
        value = default;
        return false;
    }

    private static bool StartsNumber(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.IsNumber) return true;
        if (!token.IsWord) return false;
        var w = token.Lower;
        if (w is "tens" or "hundreds" or "thousands" or "millions" or "dozens") return true;
        // "a" and "one" alone are not figures ("a British soldier", "one of the"): only number words that say a count.
        if (w == "one") return i + 1 < tokens.Count && tokens[i + 1].Lower is "hundred" or "thousand" or "million" or "billion";
        return NumberWords.Contains(token) && w is not ("and" or "hundred" or "thousand" or "million" or "billion" or "dozen");
    }

    private static int NumberEnd(List<Token> tokens, int i, ISet<int> timeTokens)
    {
        var last = i;
        for (var k = i + 1; k < tokens.Count && k <= i + 8; k++)
        {
            if (timeTokens.Contains(k)) break;
            var w = tokens[k].Lower;
            // "tens of thousands", "hundreds of thousands", but not "dozens of missile attacks".
            if (w == "of" && k + 1 < tokens.Count && tokens[k + 1].Lower is "thousands" or "millions" && tokens[k - 1].Lower is "tens" or "hundreds")
            {
                last = ++k;
                continue;
            }
            if (tokens[k].IsWord && NumberWords.Contains(tokens[k]) && !(w == "and" && (k + 1 >= tokens.Count || !NumberWords.Contains(tokens[k + 1]) || tokens[k + 1].Lower is "and")))
            {
                if (w is "dozens" or "hundreds" or "thousands" or "millions" or "tens") break;
                last = k;
                continue;
            }
            break;
        }
        return last;
    }

    /// <summary>The number of tokens of a hedge ("an estimated", "less than") right before token <paramref name="i"/>.</summary>
    private static int HedgeBefore(List<Token> tokens, int i)
    {
        foreach (var hedge in Hedges)
        {
            var start = i - hedge.Length;
            if (start < 0) continue;
            var all = true;
            for (var k = 0; k < hedge.Length && all; k++) all = tokens[start + k].Is(hedge[k]);
            if (all) return hedge.Length;
        }
        return 0;
    }
}
