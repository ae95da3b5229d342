using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Drafting;

/// <summary>
/// Sites and areas below a country that a story can be at, which the gazetteer does not hold: a village, a ward, a refinery, a
/// fair, a camp, or the town of a dateline. A figure the story gives there is no level of its country's, and a desk that
/// cannot name the site leaves it out (see <see cref="StoryScope"/>); and what says a story is the whole country's after all.
/// </summary>
internal static class LocalSites
{
    /// <summary>
    /// What the sentence names below its country that the desk cannot give a figure as its place: a site the story can be at
    /// (<see cref="LocalPlace.Site"/>: "Sukamaju village", "Sukabumi regency", "the Pushkar fair", "the Kakuma refugee camp",
    /// "the village of Lomanis", "Pertamina's refinery in Cilacap", "Ward 35"; or, in the article's first sentence, a dateline
    /// the gazetteer does not hold (<paramref name="opensUnderUnheldDateline"/>, "SUKABUMI, Indonesia (AP) —")), else an area of
    /// the country (<see cref="LocalPlace.Area"/>: "Turkana County", "the district of Chiredzi"), else nothing; the caller says
    /// whether the sentence opens the article under a dateline the gazetteer does not hold (<see cref="UnheldDateline"/>), which
    /// it has read once. A later figure
    /// that names no place of its own is that place's, not its country's: the 300 rescuers searching the village are no level of
    /// Indonesia's.
    /// </summary>
    internal static LocalPlace NamedLocalPlace(SentenceContext sentence, bool opensUnderUnheldDateline)
    {
        var t = sentence.Tokens;
        // Not a dateline before a whole country's story: "WINNIPEG, Manitoba, June 3 (AP) - More than 200 wildfires were burning
        // across Canada".
        if (opensUnderUnheldDateline && !NamesWholeCountry(sentence)
            && sentence.Places.FirstWhere(0, static (p, _) => p.Lead is "across" or "throughout" && p.Entry.IsCountry) is null
            // A dateline only says where the reporter was: "KIGOMA, Tanzania (AP) — Tanzania's economy grew 5.5%" is the
            // country's story, "SUKABUMI, Indonesia (AP) — … a landslide … buried part of a hillside village" a village's, and
            // "BELEM, Brazil (AFP) - … a highway bridge over the Moju river in Brazil's northern Pará state" a bridge's.
            && NamesALocality(t))
        {
            return LocalPlace.Site;
        }
        var named = LocalPlace.None;
        for (var k = 0; k < t.Count; k++)
        {
            if (IsNumberedArea(t[k]) && UnknownPlaces.FollowedByNumber(t, k)) return LocalPlace.Site;
            var site = Words.KindsOfSites.Contains(t[k]);
            if (!(site || (named == LocalPlace.None && Words.KindsOfAreas.Contains(t[k]))) || sentence.PlaceCovering(k) is not null || SpokenAt(t, k)) continue;
            if ((k > 0 && IsLocalName(sentence, k - 1))
                // "the Kakuma refugee camp": the name, a word of what the site is for, its kind.
                || (k > 1 && t[k - 1] is { IsWord: true, IsCapitalized: false, IsPossessive: false } && !Words.Auxiliaries.Contains(t[k - 1]) && IsLocalName(sentence, k - 2))
                || (k + 2 < t.Count && t[k + 1].Is("of") && IsLocalName(sentence, k + 2))
                // "a refinery in Cilacap", but not "camps in Chad", a country's.
                || (site && k + 2 < t.Count && t[k + 1].Is("in") && IsLocalName(sentence, k + 2)))
            {
                if (site) return LocalPlace.Site;
                named = LocalPlace.Area;
            }
        }
        return named;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is in where someone spoke: "Mr Ogamba said at the release of the results at Moi Girls
    /// High School, Eldoret, in Uasin Gishu County" puts no figure of the story there.
    /// </summary>
    private static bool SpokenAt(List<Token> t, int k)
    {
        var at = false;
        for (var j = k - 1; j >= 0; j--)
        {
            at |= t[j].Is("at");
            if (Words.Speech.Contains(t[j])) return at;
        }
        return false;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> ends the name of a site the desk does not hold: "have visited the Pushkar fair in India"
    /// puts its visitors at the fair, which India's only says where it lies.
    /// </summary>
    internal static bool SiteNamedAt(SentenceContext sentence, int k) =>
        k > 0 && IsKindOfSite(sentence.Tokens[k]) && sentence.PlaceCovering(k) is null && IsLocalName(sentence, k - 1);

    /// <summary>
    /// Whether the sentence, past a dateline, opens with a country or a country's possessive: "Uganda hosts 1.8 million
    /// refugees, including 200,000 at the Nakivale camp", "KIGOMA, Tanzania (AP) — Tanzania's economy grew 5.5%". A story
    /// whose lead opens so is the country's, whatever site it names on the way.
    /// </summary>
    internal static bool OpensWithCountry(SentenceContext sentence)
    {
        var t = sentence.Tokens;
        var k = Math.Max(0, sentence.DatelineEnd);
        if (k < t.Count && t[k].Is("the")) k++;
        return sentence.PlaceAt(k) is { Lead.Length: 0, IsPlace: true } opening && (opening.Entry.IsCountry || opening.Entry.IsDemonym);
    }

    /// <summary>
    /// Whether the sentence says its figures are the whole country's ("Nationwide, floods killed 181 people", "the national
    /// coverage", "across the country"), or names a measure only a country has ("Inflation eased to 22.2%"), though the story
    /// is at a site of it.
    /// </summary>
    internal static bool NamesWholeCountry(SentenceContext sentence)
    {
        var t = sentence.Tokens;
        for (var k = 0; k < t.Count; k++)
        {
            if (t[k].Lower is "nationwide" or "nationally" or "countrywide" or "national" or "nation's" or "nation"
                || (k > 0 && t[k - 1].Is("the") && t[k].Lower is "country" or "country's")
                // A measure only a country has: "Inflation eased to 22.2% in June", "The central bank held its benchmark rate".
                || t[k].Lower is "inflation" or "gdp" or "benchmark" or "repo" or "currency" or "exports" or "imports"
                // "Domestic cement output dropped to 921,000 tonnes": the country's, not its household's violence or workers.
                || (t[k].Is("domestic") && !(k + 1 < t.Count && t[k + 1].Lower is "violence" or "abuse" or "workers" or "worker" or "helpers" or "servants")))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the token is a kind of site a story can be at (<see cref="Words.KindsOfSites"/>): a village, a ward, a plant, a fair.</summary>
    internal static bool IsKindOfSite(Token token) => Words.KindsOfSites.Contains(token);

    /// <summary>
    /// Whether the token is a kind of site whose figures are its own (<see cref="IsKindOfSite"/>), not an airport's, which is named
    /// for a person and counted as its city's ("Lisbon's Humberto Delgado airport handled 35.1 million passengers").
    /// </summary>
    internal static bool IsSiteOfItsOwn(Token token) => IsKindOfSite(token) && !token.Is("airport");

    /// <summary>A name an area takes with its number: "Ward 35", "Precinct 7".</summary>
    internal static bool IsNumberedArea(Token token) => token.Text is "Ward" or "Precinct";

    /// <summary>
    /// Whether token <paramref name="k"/> names a site or area the desk does not hold: a capitalised name, not a place of the
    /// gazetteer (a city's airport, "the airport in Niamey", is the city's, which the desk names), a title, a possessive
    /// ("Pertamina's refinery"), a time or a word of direction ("the Northern Region").
    /// </summary>
    private static bool IsLocalName(SentenceContext sentence, int k) =>
        sentence.Tokens[k] is { IsWord: true, IsCapitalized: true, IsPossessive: false } name && name.Lower is not ("the" or "a" or "an" or "any" or "each" or "every")
        && !Words.Titles.Contains(name) && !Words.Compass.Contains(name) && sentence.FigureCovering(k) is null && sentence.PersonCovering(k) is null
        && sentence.PlaceCovering(k) is null && sentence.TimeCovering(k) is null;

    /// <summary>
    /// Whether the sentence opens with a dateline whose place the gazetteer does not hold: "SUKABUMI, Indonesia (AP) —",
    /// "PUSHKAR (Rajasthan), Nov 6 (PTI):", but not "NAIROBI, March 3 (Reuters) -".
    /// </summary>
    internal static bool UnheldDateline(SentenceContext sentence)
    {
        var t = sentence.Tokens;
        if (sentence.DatelineEnd < 0 || sentence.PlaceCovering(0) is not null) return false;
        var k = 1;
        while (k < t.Count && k < 3 && IsCapitalsOnly(t[k]) && sentence.PlaceCovering(k) is null) k++;
        return k < t.Count && t[k].Text is "," or "(";
    }

    /// <summary>
    /// Whether a word of a dateline story's first sentence says it is about somewhere smaller than the country: a site, an area,
    /// a bridge or a river, or an incident, which happens at a place ("SUKABUMI, Indonesia (AP) — A landslide buried 30 houses").
    /// </summary>
    private static bool NamesALocality(List<Token> t)
    {
        foreach (var token in t)
        {
            if (IsKindOfSite(token) || Words.KindsOfAreas.Contains(token)
                || token.Lower is "state" or "bridge" or "dam" or "river" or "island" or "coast" or "peninsula" or "valley" or "prefecture"
                    or "landslide" or "mudslide" or "fire" or "blaze" or "explosion" or "blast" or "collapse" or "collapsed" or "crash" or "derailed" or "stampede" or "shooting" or "flood" or "floods" or "flooding")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The token after a dateline's dash ("SUKABUMI, Indonesia (AP) — A landslide …"), or -1 when the sentence opens with none.</summary>
    internal static int AfterDateline(List<Token> t)
    {
        if (t.Count < 3 || !IsCapitalsOnly(t[0])) return -1;
        for (var j = 1; j < t.Count && j < 16; j++)
        {
            if (IsDash(t[j]) || t[j].Text == ":") return j + 1;
        }
        return -1;
    }

    /// <summary>Whether the token is a dash, as datelines end in.</summary>
    internal static bool IsDash(Token token) => token.Text is "-" or "–" or "—";

    /// <summary>Whether token <paramref name="k"/> is a dash set apart by a space, as a dateline's is ("NAIROBI, May 14 - Kenya …"), not the hyphen of "10-kg".</summary>
    internal static bool IsSpacedDash(List<Token> t, int k) => IsDash(t[k]) && k > 0 && t[k].Start > t[k - 1].End;

    private static bool IsCapitalsOnly(Token token) => token.IsWord && token.Text.Length >= 3 && token.Text.All(char.IsUpper);
}

/// <summary>What a sentence names below its country that the desk cannot name (see <see cref="LocalSites.NamedLocalPlace"/>).</summary>
internal enum LocalPlace
{
    /// <summary>Nothing of the kind.</summary>
    None,

    /// <summary>An area of the country: a county, a district, a province.</summary>
    Area,

    /// <summary>A site a story can be at: a village, a ward, a plant, a fair, a dateline's town.</summary>
    Site,
}
