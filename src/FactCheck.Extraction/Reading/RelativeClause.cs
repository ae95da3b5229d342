using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Reading;

/// <summary>
/// A relative clause between commas (", which ended in September,", ", where an insurgency has uprooted thousands since
/// 2017,"): what it tells is of the noun before it, so its time dates neither the figure after it nor a time counted back.
/// </summary>
internal static class RelativeClause
{
    /// <summary>
    /// The token of the comma that opens the relative clause token <paramref name="k"/> stands in, with no other clause mark
    /// between; -1 when it stands in none.
    /// </summary>
    internal static int OpeningBefore(List<Token> t, int k)
    {
        var mark = k - 1;
        while (mark > 0 && !t[mark].IsClauseMark) mark--;
        return mark > 0 && t[mark].Text == "," && mark + 1 < k && t[mark + 1].Lower is "which" or "who" or "where" or "whose" ? mark : -1;
    }
}
