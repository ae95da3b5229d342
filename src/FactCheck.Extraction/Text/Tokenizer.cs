namespace FactCheck.Extraction.Text;

/// <summary>Splits a stretch of text into words, numbers and symbols, keeping offsets.</summary>
internal static class Tokenizer
{
    /// <summary>The tokens of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, each with a spelling of its own.</summary>
    internal static List<Token> Tokenize(string text, int start, int end)
    {
        // About one token in five characters of English news: most sentences need no second array.
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        Tokenize(text, start, end, texts: null, tokens);
        return tokens;
    }

    /// <summary>
    /// The tokens of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> into
    /// <paramref name="tokens"/>, which it clears first (a reader going sentence by sentence reuses one list), their
    /// spellings shared through <paramref name="texts"/> when given (see <see cref="TokenTexts"/>).
    /// </summary>
    internal static void Tokenize(string text, int start, int end, TokenTexts? texts, List<Token> tokens)
    {
        tokens.Clear();
        void Add(int from, int to, TokenKind kind)
        {
            if (texts is null)
            {
                tokens.Add(new Token(from, to, text[from..to], kind));
                return;
            }
            tokens.Add(new Token(from, to, texts.Of(text.AsSpan(from, to - from)), kind));
        }

        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var from = i;
            if (char.IsAsciiDigit(c))
            {
                i++;
                // Inner commas, dots and thin spaces between digits belong to the number ("8,600", "5.2", "8 600" is two tokens).
                while (i < end && (char.IsAsciiDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }
                Add(from, i, TokenKind.Number);
                continue;
            }
            if (char.IsLetter(c))
            {
                i++;
                while (i < end && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or '\'' or '\u2019' or '.' && i + 1 < end && char.IsLetter(text[i + 1]) && (text[i] != '.' || IsDottedAbbreviation(text, from, i)))))
                {
                    // "Sh1,420", "KSh33.6 billion": the currency and its figure, as "$1,420" is.
                    if (char.IsAsciiDigit(text[i]) && i - from <= 3 && CurrencyPrefix(text.AsSpan(from, i - from))) break;
                    i++;
                }
                // "U.S." keeps its last dot; a sentence's full stop stays a symbol.
                if (i < end && text[i] == '.' && IsDottedAbbreviation(text, from, i)) i++;
                Add(from, i, TokenKind.Word);
                continue;
            }
            // A character beyond the first plane (an emoji) is two UTF-16 units, and one symbol: split, a quote ending
            // between them would hold half a character, which no claim set may.
            i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            Add(from, i, TokenKind.Symbol);
        }
    }

    /// <summary>Whether <paramref name="letters"/> are a currency written before its figure (<see cref="Lexicon.Words.CurrencyPrefixes"/>), as written: "Sh", "KSh", "Rs".</summary>
    private static bool CurrencyPrefix(ReadOnlySpan<char> letters) =>
        letters is "Sh" or "KSh" or "Ksh" or "TSh" or "Tsh" or "USh" or "Rs";

    /// <summary>Single letters joined by dots: <c>U.S</c>, <c>U.K</c>, <c>a.m</c>.</summary>
    private static bool IsDottedAbbreviation(string text, int from, int dot)
    {
        var length = dot - from;
        if (length != 1 && !(length >= 3 && text[dot - 2] == '.')) return false;
        for (var k = from; k < dot; k += 2)
        {
            if (!char.IsLetter(text[k]) || (k + 1 < dot && text[k + 1] != '.')) return false;
        }
        return true;
    }
}
