using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Reading;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Drafting;

/// <summary>
/// Institutions named as the subject of a figure's clause: "Cork Airport, the country's second-largest, reported 3.2 million
/// passengers", "The University of Toronto reported 97,066 students". The figure is the institution's own, where it had been
/// its country's from an earlier sentence (a university's students held against the country's), or left out for want of a
/// place; the name, kind and all, is its place, so that a university is never the city it is named for.
/// </summary>
internal sealed partial class ArticleReader
{
    /// <summary>
    /// Kinds of institution whose figures are their own: passengers of an airport, students of a university, patients of a
    /// hospital. Not a port, which the desk counts as its city's ("Mombasa port handled 1.6 million TEU"), nor a camp or an
    /// area, which <see cref="UnheldAreaNamed"/> and <see cref="LocalSites"/> read.
    /// </summary>
    private static bool IsInstitutionKind(Token token) =>
        token.Lower is "airport" or "university" or "college" or "hospital" or "prison" or "refinery" or "mine" or "terminal" or "stadium" or "zoo";

    /// <summary>The first token of what was said from token <paramref name="k"/>, past the day it was said and "that", when a capitalised word opens it before token <paramref name="end"/>; 0 otherwise.</summary>
    private static int SaidClause(SentenceContext sentence, int k, int end)
    {
        var t = sentence.Tokens;
        if (k < end && t[k].Is("on")) k++;
        if (k < end && sentence.TimeCovering(k) is { } day) k = day.Last + 1;
        if (k < end && t[k].Is("that")) k++;
        return k < end && t[k].IsCapitalized ? k : 0;
    }

    /// <summary>
    /// The name of the institution that opens the figure's sentence (past a dateline and "The"), the clause after ", while" or
    /// what someone said ("said Istanbul Airport had welcomed") as its subject, when the figure follows its verb with no other figure or place between and none after it in its clause:
    /// "Algoma University", "Cork Airport" (past an apposition, "Cork Airport, the country's second-largest, reported …"), "the
    /// University of Toronto"; or null. Not where the figure's own words name a place ("Harvard University said the US had 1.1
    /// million international students").
    /// </summary>
    private static string? InstitutionOpening(SentenceContext sentence, Figure figure)
    {
        var t = sentence.Tokens;
        var start = Math.Max(0, sentence.DatelineEnd);
        for (var k = figure.First - 1; k > start; k--)
        {
            if (t[k].Lower is "while" or "whereas" && t[k - 1].Text == ",")
            {
                start = k + 1;
                break;
            }
            // "Kemal Aydin said Istanbul Airport had welcomed 39.4 million passengers", "said on Monday that …": the subject of what was said.
            if (Words.Speech.Contains(t[k]) && SaidClause(sentence, k + 1, figure.First) is var said and > 0)
            {
                start = said;
                break;
            }
        }
        if (start < t.Count && t[start].Is("the")) start++;
        if (start >= figure.First || !t[start].IsCapitalized) return null;
        int last;
        if (IsInstitutionKind(t[start]) && start + 3 < figure.First && t[start + 1].Is("of") && (t[start + 2].IsCapitalized || (t[start + 2].Is("the") && t[start + 3].IsCapitalized)))
        {
            // "the University of Toronto", "the University of the West Indies".
            last = t[start + 2].Is("the") ? start + 3 : start + 2;
            while (last + 1 < figure.First && t[last + 1].IsWord && t[last + 1].IsCapitalized && last - start < 5) last++;
        }
        else
        {
            last = start;
            while (last < figure.First && last - start < 5 && !IsInstitutionKind(t[last]) && t[last].IsWord && t[last].IsCapitalized && !t[last].IsPossessive) last++;
            if (last >= figure.First || !IsInstitutionKind(t[last]) || last == start) return null;
        }
        var verb = last + 1;
        if (verb + 1 < figure.First && t[verb].Lower is "in" or "near" && t[verb + 1].IsCapitalized)
        {
            // Where it lies: "Shannon Airport in County Clare handled 1.9 million".
            verb++;
            while (verb < figure.First && verb - last < 6 && t[verb].IsWord && t[verb].IsCapitalized) verb++;
        }
        else if (verb < t.Count && t[verb].Text == ",")
        {
            // An apposition, no longer than eight words: "Cork Airport, the country's second-largest, reported".
            var close = verb + 1;
            while (close < figure.First && close - verb <= 8 && t[close].Text != ",") close++;
            if (close >= figure.First || t[close].Text != ",") return null;
            verb = close + 1;
        }
        if (figure.First - verb is < 1 or > 5) return null;
        for (var k = verb; k < figure.First; k++)
        {
            if (!t[k].IsWord || t[k].IsCapitalized || sentence.PlaceCovering(k) is not null) return null;
        }
        for (var k = figure.Last + 1; k < t.Count && !IsClauseMark(t[k]) && sentence.FigureAt(k) is null; k++)
        {
            if (sentence.PlaceAt(k) is { IsPlace: true }) return null;
        }
        return string.Join(' ', t[start..(last + 1)].Select(static w => w.Text));
    }
}
