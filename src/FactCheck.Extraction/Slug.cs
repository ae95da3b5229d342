using System.Text;

namespace FactCheck.Extraction;

/// <summary>Keys as the claim-set format writes them: lower-case ASCII words joined by <c>-</c>.</summary>
public static class Slug
{
    /// <summary>
    /// <c>000_12eb7d7e</c> → <c>000-12eb7d7e</c>, <c>Kenneth McKenzie</c> → <c>kenneth-mckenzie</c>; letters lose their accents,
    /// apostrophes and non-ASCII letters are dropped, everything else that is not a letter or digit becomes one dash. Blank input gives <c>article</c>.
    /// </summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // Apostrophes join a word ("O'Brien" → "obrien"); other non-ASCII letters are dropped rather than guessed.
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’' || (char.IsLetter(c) && !char.IsAscii(c))) continue;
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "article" : slug;
    }
}
