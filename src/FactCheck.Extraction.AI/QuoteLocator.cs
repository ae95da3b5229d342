namespace FactCheck.Extraction.AI;

/// <summary>Finds a model's quote in the article: exactly, else ignoring case and how white space and quotation marks are written.</summary>
internal static class QuoteLocator
{
    internal static TextSpan? Find(string body, string quote)
    {
        if (quote.Length == 0) return null;
        var exact = body.IndexOf(quote, StringComparison.Ordinal);
        if (exact >= 0) return new TextSpan(exact, exact + quote.Length);
        // A model retypes what it copies: fold case, runs of white space, and curly quotes, and map the match back to the body.
        var (foldedBody, map) = Fold(body);
        var (foldedQuote, _) = Fold(quote);
        var at = foldedBody.IndexOf(foldedQuote.Trim(), StringComparison.Ordinal);
        if (at < 0 || foldedQuote.Trim().Length == 0) return null;
        return new TextSpan(map[at], map[at + foldedQuote.Trim().Length - 1] + 1);
    }

    private static (string Text, List<int> Map) Fold(string text)
    {
        var folded = new System.Text.StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i] switch
            {
                '\u201C' or '\u201D' => '"',
                '\u2018' or '\u2019' => '\'',
                _ => char.ToLowerInvariant(text[i]),
            };
            if (char.IsWhiteSpace(c))
            {
                if (folded.Length > 0 && folded[^1] == ' ') continue;
                c = ' ';
            }
            folded.Append(c);
            map.Add(i);
        }
        return (folded.ToString(), map);
    }
}
