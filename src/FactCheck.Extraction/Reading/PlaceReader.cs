using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Reading;

/// <summary>Finds the names of the gazetteer in a sentence, longest first.</summary>
internal static class PlaceReader
{
    private static readonly WordList Leads = WordList.Of("in", "from", "to", "across", "inside", "into", "throughout", "within", "at", "out");

    internal static List<PlaceHit> Read(string body, List<Token> tokens, Gazetteer gazetteer)
    {
        var hits = new List<PlaceHit>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !(tokens[i].IsCapitalized || tokens[i].Is("coalition") || tokens[i].Is("coalition's")) || !gazetteer.StartsName(tokens[i].Text)) continue;
            for (var length = Math.Min(gazetteer.LongestName, tokens.Count - i); length >= 1; length--)
            {
                var last = i + length - 1;
                if (!tokens[last].IsWord) continue;
                var phrase = body.AsSpan(tokens[i].Start, tokens[last].End - tokens[i].Start);
                // "Britain's budget": the possessive names the same country.
                if (phrase.EndsWith("'s", StringComparison.Ordinal) || phrase.EndsWith("\u2019s", StringComparison.Ordinal)) phrase = phrase[..^2];
                if (gazetteer.Find(phrase) is { } entry)
                {
                    var k = i - 1;
                    if (k >= 0 && tokens[k].Is("the")) k--;
                    var lead = k >= 0 && Leads.Contains(tokens[k]) ? tokens[k].Lower : string.Empty;
                    hits.Add(new PlaceHit(i, last, entry, lead, phrase.ToString()));
                    i = last;
                    break;
                }
            }
        }
        return hits;
    }
}
