using System.Text;

namespace FactCheck;

/// <summary>
/// How names are compared. Two spellings are the same when they fold to the same text: case, spacing, full
/// stops, diacritics (José, Jose), typographic apostrophes and quotes (O’Brien, O'Brien), leading titles and
/// honorifics (Gen., Sir, Prime Minister) and generational suffixes (Jr., III) do not make a different spelling.
/// A surname alone (McKenzie, Mr. McKenzie) is a reference to a person named in full, not another spelling.
/// </summary>
/// <remarks>
/// Diacritics are folded because outlets that write in ASCII drop them as a matter of house style; an editor does
/// not ask for López and Lopez to be made one. Roles are compared with <see cref="Normalize"/> only: a role is a
/// title, so titles must not be folded out of it.
/// </remarks>
internal static class Names
{
    /// <summary>Case and white space folded: how roles are compared.</summary>
    internal static string Normalize(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    /// <summary>The name as it is compared: upper case, without diacritics, titles or suffixes, one space between words.</summary>
    internal static string Fold(string name)
    {
        var words = Words(name);
        var (first, last) = NameTitles.Core(words);
        return string.Join(' ', words, first, last - first);
    }

    /// <summary>
    /// Whether <paramref name="folded"/> (a folded name) is a surname alone that refers to the person whose folded
    /// full name is <paramref name="foldedFullName"/>: one word, equal to the full name's last word.
    /// </summary>
    internal static bool IsSurnameOf(string folded, string foldedFullName)
    {
        if (folded.Contains(' ', StringComparison.Ordinal)) return false;
        var space = foldedFullName.LastIndexOf(' ');
        return space > 0 && foldedFullName.AsSpan(space + 1).SequenceEqual(folded);
    }

    /// <summary>The words of <paramref name="name"/>, upper case, with quotes made ASCII and full stops, trailing commas and diacritics dropped.</summary>
    private static string[] Words(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.ToUpperInvariant())
        {
            switch (c)
            {
                case '.':
                case >= '\u0300' and <= '\u036F': // combining marks, as in decomposed text
                    break;
                case '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '\u00B4' or '`':
                    text.Append('\'');
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u2033' or '\u00AB' or '\u00BB':
                    text.Append('"');
                    break;
                case ',':
                    text.Append(' ');
                    break;
                default:
                    LatinLetters.AppendFolded(text, c);
                    break;
            }
        }
        return text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }
}
