using System.Text;

namespace FactCheck;

/// <summary>
/// Upper-case Latin letters with diacritics (Latin-1 and Latin Extended-A) and their base letters. A table rather
/// than Unicode normalisation, which the library's invariant-globalisation mode does not promise.
/// </summary>
internal static class LatinLetters
{
    private const int First = 0xC0;

    // Base letters of U+00C0–U+017F, upper case; a space marks a character that is kept as it is.
    private const string Bases =
        "AAAAAA CEEEEIIII" + "DNOOOOO OUUUUY  " + // U+00C0–U+00DF (Æ, ×, Þ and ß apart)
        "AAAAAA CEEEEIIII" + "DNOOOOO OUUUUY Y" + // U+00E0–U+00FF (lower case, for letters ToUpperInvariant leaves)
        "AAAAAACCCCCCCCDD" + "DDEEEEEEEEEEGGGG" + // U+0100–U+011F
        "GGGGHHHHIIIIIIII" + "IIIIJJKKKLLLLLLL" + // U+0120–U+013F
        "LLLNNNNNNNNNOOOO" + "OOOORRRRRRSSSSSS" + // U+0140–U+015F
        "SSTTTTTTUUUUUUUU" + "UUUUWWYYYZZZZZZ "; // U+0160–U+017F

    /// <summary>Appends <paramref name="c"/> without its diacritic: É as E, Æ as AE, ß as SS.</summary>
    internal static void AppendFolded(StringBuilder text, char c)
    {
        switch (c)
        {
            case 'Æ' or 'æ': text.Append("AE"); return;
            case 'Œ' or 'œ': text.Append("OE"); return;
            case 'Þ' or 'þ': text.Append("TH"); return;
            case 'ß': text.Append("SS"); return;
        }
        var at = c - First;
        if (at >= 0 && at < Bases.Length && Bases[at] != ' ') text.Append(Bases[at]);
        else text.Append(c);
    }
}
