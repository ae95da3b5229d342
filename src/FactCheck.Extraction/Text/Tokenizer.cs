namespace FactCheck.Extraction.Text;

/// <summary>Splits a stretch of text into words, numbers and symbols, keeping offsets.</summary>
internal static class Tokenizer
{
    internal static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
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
                tokens.Add(new Token(from, i, text[from..i], TokenKind.Number));
                continue;
            }
            if (char.IsLetter(c))
            {
                i++;
                while (i < end && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or '\'' or '\u2019' or '.' && i + 1 < end && char.IsLetter(text[i + 1]) && (text[i] != '.' || IsDottedAbbreviation(text, from, i)))))
                {
                    i++;
                }
                // "U.S." keeps its last dot; a sentence's full stop stays a symbol.
                if (i < end && text[i] == '.' && IsDottedAbbreviation(text, from, i)) i++;
                tokens.Add(new Token(from, i, text[from..i], TokenKind.Word));
                continue;
            }
            i++;
            tokens.Add(new Token(from, i, text[from..i], TokenKind.Symbol));
        }
        return tokens;
    }

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
