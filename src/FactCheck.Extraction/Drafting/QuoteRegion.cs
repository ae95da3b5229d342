namespace FactCheck.Extraction.Drafting;

/// <summary>Words inside quotation marks: claims read there are attributed to the speaker.</summary>
internal readonly record struct QuoteRegion(int Start, int End)
{
    internal static List<QuoteRegion> Find(string text)
    {
        var regions = new List<QuoteRegion>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u201C' || (c == '"' && open < 0))
            {
                open = i;
            }
            else if ((c == '\u201D' || c == '"') && open >= 0)
            {
                // A quotation longer than a few paragraphs is a stray mark, not a quote.
                if (i - open < 2_000) regions.Add(new QuoteRegion(open, i + 1));
                open = -1;
            }
            else if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                open = -1;
            }
        }
        return regions;
    }
}
