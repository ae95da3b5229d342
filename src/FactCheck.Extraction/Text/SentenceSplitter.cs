using System.Collections.Frozen;

namespace FactCheck.Extraction.Text;

/// <summary>
/// Splits an article body into sentences: at a full stop, question or exclamation mark followed by a capital, a digit or
/// a quotation mark, and at blank lines and Markdown headings; never after an abbreviation ("Gen.", "Jan. 15") or
/// initials ("U.S.", "J. Smith").
/// </summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov", "sen", "rep", "pres",
        "st", "jr", "sr", "no", "nos", "vs", "inc", "corp", "co", "ltd", "dept", "est", "approx", "fig", "mt", "ft", "rev", "hon",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that start a new sentence even after "U.S.": "… in the U.S. The next day …".</summary>
    private static readonly FrozenSet<string> SentenceStarters = new[]
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These", "But", "And", "In", "On", "At", "By", "Its", "Their",
    }.ToFrozenSet(StringComparer.Ordinal);

    internal static List<(int Start, int End)> Split(string text)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' && (IsBlankLineOrHeadingAhead(text, i) || IsHeadingLine(text, i)))
            {
                Add(sentences, text, start, i);
                start = i + 1;
                i++;
                continue;
            }
            if (c is '.' or '!' or '?' && EndsSentence(text, i, out var after))
            {
                Add(sentences, text, start, after);
                start = after;
                i = after;
                continue;
            }
            i++;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static void Add(List<(int, int)> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add((start, end));
    }

    private static bool IsBlankLineOrHeadingAhead(string text, int newline)
    {
        var j = newline + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r') j++;
        // A Markdown heading or list item starts a sentence of its own; a soft line break inside a paragraph does not.
        return j >= text.Length || text[j] is '\n' or '#' || (text[j] is '-' or '*' && j + 1 < text.Length && text[j + 1] == ' ');
    }

    /// <summary>Whether the line that ends at <paramref name="newline"/> is a Markdown heading.</summary>
    private static bool IsHeadingLine(string text, int newline)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, newline - 1)) + 1;
        if (start >= newline) return false;
        while (start < newline && text[start] is ' ' or '\t') start++;
        return start < newline && text[start] == '#';
    }

    private static bool EndsSentence(string text, int mark, out int after)
    {
        after = mark + 1;
        while (after < text.Length && text[after] is '.' or '!' or '?' or '"' or '\'' or '\u201D' or '\u2019' or ')' or ']') after++;
        if (after >= text.Length) return true;
        if (!char.IsWhiteSpace(text[after])) return false;
        var next = after;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        if (next >= text.Length) return true;
        var first = text[next];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[' or '#' or '-' or '*')) return false;
        if (text[mark] != '.') return true;
        var wordStart = mark;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..mark];
        if (word.Length == 0) return true;
        if (word.Contains('.', StringComparison.Ordinal) || (word.Length == 1 && char.IsUpper(word[0])))
        {
            // Initials and dotted abbreviations ("U.S.", "J.") end a sentence only before a word that usually starts one.
            var nextWordEnd = next;
            while (nextWordEnd < text.Length && char.IsLetter(text[nextWordEnd])) nextWordEnd++;
            return SentenceStarters.Contains(text[next..nextWordEnd]);
        }
        return !Abbreviations.Contains(word);
    }
}
