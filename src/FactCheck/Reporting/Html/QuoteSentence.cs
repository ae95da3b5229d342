namespace FactCheck.Reporting.Html;

/// <summary>The sentence around a quoted span of an article: the words before it, the quote, and the words after.</summary>
internal readonly record struct QuoteSentence(string Before, string Quoted, string After)
{
    /// <summary>How far a sentence is followed either side of the quote, so a text without stops is not shown whole.</summary>
    private const int Reach = 300;

    /// <summary>The sentence of <paramref name="span"/> in <paramref name="article"/>, or null when the span is not inside it.</summary>
    internal static QuoteSentence? Find(string article, TextSpan span)
    {
        if (span.End > article.Length || span.Length == 0) return null;
        var start = span.Start;
        var limit = Math.Max(0, span.Start - Reach);
        while (start > limit && !EndsSentence(article, start - 1)) start--;
        while (start < span.Start && char.IsWhiteSpace(article[start])) start++;
        var end = span.End;
        var stop = Math.Min(article.Length, span.End + Reach);
        while (end < stop && !EndsSentence(article, end)) end++;
        if (end < article.Length && article[end] is '.' or '!' or '?') end++;
        return new QuoteSentence(
            (start > limit || start == 0 ? "" : "…") + Flatten(article[start..span.Start]),
            Flatten(article[span.Start..span.End]),
            Flatten(article[span.End..end]) + (end < stop || end == article.Length ? "" : "…"));
    }

    private static bool EndsSentence(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));

    private static string Flatten(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
