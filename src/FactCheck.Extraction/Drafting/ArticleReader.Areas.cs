using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Reading;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Drafting;

/// <summary>
/// Areas the desk does not hold, named with their kind: "turnout in Mullaitivu district fell to 49.7 percent", "Vihiga County
/// recorded 1,693", "the district of Vubwi". The kind says the name is a place, so a figure in one is that place's own,
/// where it had been left out for want of a place; the desk still cannot say which country holds it, and does not need to.
/// </summary>
internal sealed partial class ArticleReader
{
    /// <summary>
    /// The words that name a place's kind after or before its name: the kinds of area in the singular (not "site", a camp's, nor
    /// "state", which ends "Islamic State" too), and the administrative ones among the kinds of site, with "city" and "woreda".
    /// </summary>
    private static bool IsAreaKind(Token token) =>
        (Words.KindsOfAreas.Contains(token) && !token.Lower.EndsWith('s') && !token.Is("site"))
        || token.Lower is "parish" or "municipality" or "regency" or "subdistrict" or "township" or "ward" or "borough" or "commune" or "village" or "hamlet" or "town" or "city"
            or "woreda";

    /// <summary>Words that open a sentence or a phrase and so stand capitalised before a name without being part of it.</summary>
    private static bool IsLeadWord(Token token) => token.Lower is "in" or "the" or "at" or "across" or "within" or "on" or "a" or "an" or "of" or "for" or "from" or "to" or "and" or "by" or "but" or "while" or "near";

    /// <summary>
    /// The name of an area with its kind that the figure is in: the place the figure's own words put it in ("1,187 cases in
    /// Memba district", "in the district of Vubwi"), else the nearest area named with its kind in the figure's clause, not past
    /// another figure nor more than ten words before it, else in the clause the sentence opens with ("In Mullaitivu district,
    /// turnout fell to 49.7 percent"); null when none is, or when the figure's own words put it in a place named without its
    /// kind ("158 in Castile-La Mancha and 131 in the Madrid region": the 158 are not Madrid's).
    /// </summary>
    private static string? UnheldAreaNamed(SentenceContext sentence, Figure figure)
    {
        var t = sentence.Tokens;
        var start = figure.First;
        while (start > 0 && !IsClauseMark(t[start - 1])) start--;
        var end = figure.Last;
        while (end + 1 < t.Count && !IsClauseMark(t[end + 1]) && sentence.FigureAt(end + 1) is null && !OpensRelativeClause(t, end + 1)) end++;
        for (var k = figure.Last + 1; k <= Math.Min(end, figure.Last + 6); k++)
        {
            if (t[k].Lower is not ("in" or "at" or "near" or "across" or "within" or "inside" or "throughout")) continue;
            var n = k + 1;
            while (n <= end && (t[n].Is("the") || UnknownPlaces.SaysWhereAbouts(t[n]))) n++;
            if (n > end) break;
            if (IsAreaKind(t[n])) return AreaNameAt(sentence, n);
            // "in March", "at 6 a.m.": a time, not a place.
            if (!t[n].IsCapitalized || sentence.TimeCovering(n) is not null) continue;
            while (n + 1 <= end && !IsAreaKind(t[n + 1]) && (t[n + 1].IsCapitalized || t[n + 1].Text == "-" || t[n].IsPossessive)) n++;
            return n + 1 <= end && IsAreaKind(t[n + 1]) ? AreaNameAt(sentence, n + 1) : null;
        }
        var from = Math.Max(start, figure.First - 10);
        // Not past another figure, but for one joined to it by "and", whose area it shares: "Phalombe district accounted for
        // 1,286 cases and 41 deaths".
        if (sentence.FigureBefore(figure.First) is { } before && !(figure.First - before.Last <= 3 && t[figure.First - 1].Is("and")))
        {
            from = Math.Max(from, before.Last + 1);
        }
        if (NearestAreaName(sentence, figure.First, from, end) is { } own) return own;
        if (start == 0) return null;
        var opening = 0;
        while (opening < start && !IsClauseMark(t[opening])) opening++;
        return t[0].Lower is "in" or "across" or "within" or "at" ? NearestAreaName(sentence, figure.First, 0, opening - 1) : null;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> opens a relative clause, whose place tells where something else is: "94 cases tied to
    /// an outbreak that began in rural Holmes County" are no county's.
    /// </summary>
    private static bool OpensRelativeClause(List<Token> t, int k) =>
        t[k].Lower is "which" or "where"
        || (t[k].Is("that") && k + 1 < t.Count && t[k + 1].IsWord && !t[k + 1].IsCapitalized
            && (t[k + 1].Lower.EndsWith("ed", StringComparison.Ordinal) || t[k + 1].Lower is "began" or "broke" or "spread" or "hit" or "struck" or "is" or "was" or "has" or "had"));

    /// <summary>
    /// "4,870 households had been displaced across the county", under "NANYUKI, Laikipia County -": the one area of that kind
    /// the article has named with its kind, where its words name it by its kind alone; null where they do not, or where the
    /// article named two areas of that kind.
    /// </summary>
    private string? TheAreaNamedBefore(SentenceContext sentence, Figure figure)
    {
        var t = sentence.Tokens;
        // "Officials in neighbouring Laikipia said … across the county": a place the sentence names is the county it means.
        if (sentence.Places.Exists(static p => p.IsPlace) || UnknownPlaces.NamedBefore(sentence, figure.First)) return null;
        for (var k = figure.Last + 1; k + 2 < t.Count && k <= figure.Last + 8 && !IsClauseMark(t[k]); k++)
        {
            if (t[k].Lower is not ("in" or "across" or "throughout" or "within") || !t[k + 1].Is("the") || !IsAreaKind(t[k + 2]) || t[k + 2].Lower is "city" or "town") continue;
            if (k + 3 < t.Count && (t[k + 3].Is("of") || t[k + 3].IsCapitalized)) return null;
            return areaOfKind.TryGetValue(t[k + 2].Lower, out var name) ? name : null;
        }
        return null;
    }

    /// <summary>Notes the areas the sentence names with their kind ("Laikipia County"), one a kind, for <see cref="TheAreaNamedBefore"/>.</summary>
    private void NoteAreasOfKind(SentenceContext sentence)
    {
        var t = sentence.Tokens;
        for (var k = 1; k < t.Count; k++)
        {
            if (!IsAreaKind(t[k]) || !t[k - 1].IsCapitalized || AreaNameAt(sentence, k) is not { } area) continue;
            var name = HeldRegionBefore(sentence, k, area) ?? area;
            var kind = t[k].Lower;
            areaOfKind[kind] = areaOfKind.TryGetValue(kind, out var before) && before != name ? null : name;
        }
    }

    /// <summary>
    /// The key of a region the desk holds, named right before its kind at token <paramref name="kind"/> as the whole of
    /// <paramref name="area"/>: "Pakistan's Sindh province" is noted as "sindh", the key its figures take, not "sindh-province".
    /// </summary>
    private string? HeldRegionBefore(SentenceContext sentence, int kind, string area)
    {
        var t = sentence.Tokens;
        return sentence.PlaceAt(kind - 1) is { IsPlace: true, Entry: { IsCountry: false, IsDemonym: false } held } region && region.Last == kind - 1 && held.Key != held.Country
            && Slug.Of(area) == Slug.Of(body[t[kind - 1].Start..t[kind].End]) ? held.Key : null;
    }

    /// <summary>The area name whose kind stands nearest to token <paramref name="near"/> among tokens <paramref name="from"/>..<paramref name="to"/>.</summary>
    private static string? NearestAreaName(SentenceContext sentence, int near, int from, int to)
    {
        var t = sentence.Tokens;
        string? found = null;
        var best = int.MaxValue;
        for (var k = from; k <= to && k < t.Count; k++)
        {
            if (!IsAreaKind(t[k]) || Math.Abs(k - near) >= best || AreaNameAt(sentence, k) is not { } name) continue;
            found = name;
            best = Math.Abs(k - near);
        }
        return found;
    }

    /// <summary>
    /// The name with the kind at token <paramref name="kind"/>: the capitalised words before it ("Mullaitivu district", "Ba Ria-Vung
    /// Tau province"), not past a possessive, which is mostly the place it lies in ("Pakistan's Punjab province", "Punjab's
    /// Kasur district", though a name the gazetteer holds, such as "Cox's Bazar district", is read whole), else after its "of" ("the
    /// district of Vubwi"), with the kind after it: "Milwaukee County" is no figure of the city of Milwaukee, "Northern
    /// Province" says nothing without it, and "Vubwi district" is the same place however the sentence writes it.
    /// </summary>
    private static string? AreaNameAt(SentenceContext sentence, int kind)
    {
        var t = sentence.Tokens;
        var first = kind;
        while (first > 0 && kind - first < 5 && (t[first - 1].Text == "-" ? first - 1 > 0 && t[first - 2].IsCapitalized : t[first - 1].IsWord && t[first - 1].IsCapitalized
            && !IsLeadWord(t[first - 1]) && (!Words.Titles.Contains(t[first - 1]) || t[first - 1].Text is "St" or "Saint") && !t[first - 1].IsPossessive))
        {
            first--;
        }
        int last;
        if (first < kind)
        {
            last = kind - 1;
        }
        else if (kind + 2 < t.Count && t[kind + 1].Is("of") && t[kind + 2].IsWord && t[kind + 2].IsCapitalized && !IsLeadWord(t[kind + 2]))
        {
            first = last = kind + 2;
            while (last + 1 < t.Count && last - first < 3 && t[last + 1].IsWord && t[last + 1].IsCapitalized && !t[last].IsPossessive) last++;
        }
        else
        {
            return null;
        }
        return string.Join(' ', t[first..(last + 1)].Select(static w => w.Text)) + " " + t[kind].Lower;
    }
}
