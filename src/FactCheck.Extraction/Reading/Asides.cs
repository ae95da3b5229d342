using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Reading;

/// <summary>
/// Asides between commas: an apposition ("Bajhang, the hardest-hit district, accounted for …") or a relative clause
/// (", which ended in September,", ", where an insurgency has uprooted thousands since 2017,"). What an aside tells is of the
/// words before it, so its time dates no figure after it, and the subject of a verb after it stands before it.
/// </summary>
internal static class Asides
{
    /// <summary>
    /// The token of the comma that opens the aside closed by token <paramref name="close"/>, fewer than <paramref name="reach"/>
    /// tokens back, with no other clause mark between; -1 for none.
    /// </summary>
    internal static int OpeningBefore(List<Token> t, int close, int reach)
    {
        var k = close - 1;
        while (k > 0 && close - k < reach && !t[k].IsClauseMark) k--;
        return k > 0 && t[k].Text == "," ? k : -1;
    }

    /// <summary>
    /// The token of the comma that closes the aside the comma at token <paramref name="open"/> opens, at most <paramref name="reach"/>
    /// tokens on; -1 for none.
    /// </summary>
    internal static int ClosingAfter(List<Token> t, int open, int reach)
    {
        var k = open + 1;
        while (k < t.Count && k - open <= reach && t[k].Text != ",") k++;
        return k < t.Count && k - open <= reach ? k : -1;
    }

    /// <summary>
    /// The token of the comma that opens the relative clause token <paramref name="k"/> stands in (", which …"), with no other
    /// clause mark between; -1 when it stands in none.
    /// </summary>
    internal static int RelativeOpeningBefore(List<Token> t, int k)
    {
        var mark = OpeningBefore(t, k, int.MaxValue);
        return mark >= 0 && mark + 1 < k && t[mark + 1].Lower is "which" or "who" or "where" or "whose" ? mark : -1;
    }
}
