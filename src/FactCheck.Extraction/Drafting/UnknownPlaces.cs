using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Reading;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Drafting;

/// <summary>
/// Places a sentence names that the gazetteer does not hold ("in Herat", "at Porto"). A figure in one is no figure of the
/// place an earlier sentence named: "2.5 million people voted in Porto" after a sentence on Kabul is not a figure of
/// Afghanistan. The desk cannot say where it is, so the figure takes a known place of its own sentence, or none.
/// </summary>
internal static class UnknownPlaces
{
    /// <summary>
    /// Whether token <paramref name="k"/> is a preposition that says where something is, before a capitalised name that is
    /// no place the gazetteer holds, nor a time ("in Herat", "at Porto", "to Chad", but not "in Kabul", "in September", "in
    /// Q3", "in Summer 2021" or "in Trump's plan"), or before a part of a country by its direction ("in the south"). "From" is
    /// left out: it says where they came from, not where they are.
    /// </summary>
    internal static bool NamedAt(SentenceContext sentence, int k, bool parts = true)
    {
        var t = sentence.Tokens;
        if (k + 1 >= t.Count || !(t[k].Lower is "in" or "at" or "near" or "to" or "across" or "inside" or "into" or "throughout" or "within" || Words.KindsOfPlaces.Contains(t[k])
            // "the 5,000 residents of Flin Flon": whose residents they are.
            || (t[k].Is("of") && k > 0 && t[k - 1].Lower is "residents" or "inhabitants" or "population" or "people"))) return false;
        // "in the south", "in the southern governorates", "across the north of the country": a part of a country the sentence
        // does not name, whose figures are no level of the whole.
        if (parts && k + 2 < t.Count && t[k + 1].Is("the") && Words.Compass.Contains(t[k + 2]) && (k + 3 >= t.Count || !t[k + 3].IsCapitalized)) return true;
        // "in the province", "across the region": a part of the country (or a region of several) named before, whose figures
        // are no level of the whole; "in the state of Queensland" is read past its "of" below.
        // "in the ward", "in the same regency": a site the story is at.
        var kind = k + 3 < t.Count && t[k + 1].Is("the") && t[k + 2].Is("same") ? k + 3 : k + 2;
        if (kind < t.Count && t[k + 1].Is("the") && (t[kind].Lower is "province" or "provinces" or "region" or "regions" or "state" or "states" or "county" or "counties"
            or "district" or "districts" or "prefecture" or "governorate" or "territory" || LocalSites.IsKindOfSite(t[kind])) && (kind + 1 >= t.Count || !(t[kind + 1].Is("of") || t[kind + 1].IsCapitalized))) return true;
        // "in the euro zone", "across the eurozone": several countries together, none of them.
        if (k + 2 < t.Count && t[k + 1].Is("the") && (t[k + 2].Is("eurozone") || (k + 3 < t.Count && t[k + 2].Is("euro") && t[k + 3].Lower is "zone" or "area"))) return true;
        // "in some remote districts of Al Mahwit", "across parts of the country": some of a country, not all of it.
        if (parts && k + 2 < t.Count && t[k].Lower is "in" or "across" && t[k + 1].Lower is "some" or "several" or "parts" or "certain" or "many"
            && (t[k + 1].Is("parts") || Words.KindsOfAreas.Contains(t[k + 2]) || (k + 3 < t.Count && Words.KindsOfAreas.Contains(t[k + 3])) || t[k + 2].Lower is "areas" or "parts")) return true;
        // "children live in about 140 wards that vaccinators cannot enter": the people of some of the country's areas, counted,
        // no level of the whole; where "412,600 people affected in 17 districts" are all the affected.
        if (parts && t[k].Is("in") && k > 0 && t[k - 1].Lower is "live" or "living" or "lived" or "lives" && sentence.FigureAt(k + 1) is { } areas && areas.Last + 1 < t.Count
            && (Words.KindsOfAreas.Contains(t[areas.Last + 1]) || t[areas.Last + 1].Lower is "wards" or "villages" or "counties" or "municipalities" or "towns" or "communities")) return true;
        // "across the Sahel", "in the Southern Region": past "the" to the name; "the town of Amagá", "the island of Chios": past "of".
        var at = k + 1 < t.Count - 1 && t[k + 1].Is("the") && t[k + 2].IsCapitalized ? k + 2
            // "in neighbouring Moquegua", "in nearby Ubaté".
            : k + 1 < t.Count - 1 && SaysWhereAbouts(t[k + 1]) && t[k + 2].IsCapitalized ? k + 2
            : k + 1 < t.Count - 1 && t[k + 1].Is("of") && Words.KindsOfPlaces.Contains(t[k]) ? k + 2
            : k + 1;
        var named = k;
        // "in Pakistan's Punjab province": a place of the country that the desk does not hold, or holds for two countries.
        if (CountrysUnheldPlaceAt(sentence, at, demonymToo: false) || CitysUnheldAreaAt(sentence, at))
        {
            at++;
            named = at;
        }
        var name = t[at];
        if (!name.IsWord || !name.IsCapitalized || name.Lower is "the" or "a" or "an" || Words.Titles.Contains(name) || name.Text.Any(char.IsAsciiDigit)) return false;
        // A possessive is someone's ("in Trump's plan"), and a name before a number a time ("in Summer 2021", "in Mid-2020").
        // But "in Cox's Bazar district" is a place, its kind after the name.
        if ((name.IsPossessive && !(at + 2 < t.Count && t[at + 1].IsCapitalized && Words.KindsOfAreas.Contains(t[at + 2])))
            || (FollowedByNumber(t, at) && !LocalSites.IsNumberedArea(name))) return false;
        return sentence.Places.FirstWhere((named, at), static (p, s) => p.First >= s.named && p.First <= s.at) is null
            && sentence.TimeCovering(at) is null;
    }

    /// <summary>Whether the word stands between a preposition and a place to say where it lies: "in neighbouring Moquegua", "in nearby Ubaté".</summary>
    internal static bool SaysWhereAbouts(Token token) => token.Lower is "neighbouring" or "neighboring" or "nearby" or "remote" or "rural";

    /// <summary>
    /// Whether an unknown place is named before token <paramref name="end"/>: at the start of the sentence ("In Porto, there
    /// are 300 soldiers"), or in the figure's own clause. Not "to" anywhere before it, nor a place in another clause:
    /// "According to Reuters, there are 300 soldiers" names a source, not where they are.
    /// </summary>
    internal static bool NamedBefore(SentenceContext sentence, int end, bool parts = true)
    {
        var t = sentence.Tokens;
        if (end > 1 && (NamedWhereAt(sentence, 0, parts) || NamedAsSubject(sentence, end) || NamedWithItsKind(sentence, end) || OpensClauseReporting(sentence, end)
            || NamedRightBeforeWith(sentence, end) || RankedOpeningName(sentence, end))) return true;
        // "On the island of Chios, …, authorities said 3,200 hectares had burned", "In the mining town of Kamituga, … health
        // workers have confirmed 614 cases", "Within the city of Sacramento, the count found 4,410 people": the place the
        // sentence opens with.
        var kind = end > 5 && t[2] is { IsWord: true, IsCapitalized: false } && !Words.KindsOfPlaces.Contains(t[2]) ? 3 : 2;
        if (end > kind + 2 && t[0].Lower is "on" or "in" or "at" or "within" or "across" && t[1].Is("the") && Words.KindsOfPlaces.Contains(t[kind]) && NamedAt(sentence, kind)) return true;
        // Not the preposition right before the figure itself: "held in 748 municipalities" counts the areas.
        for (var k = end - 2; k >= 0 && t[k].Text is not ("," or ";"); k--)
        {
            if (NamedWhereAt(sentence, k, parts)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether an unknown place is named between tokens <paramref name="from"/> and <paramref name="end"/>, nearer the figure
    /// than a known place before it: "In the capital Lilongwe, 8,512 cases …, while the commercial hub Dedza has reported
    /// 7,024" are not Lilongwe's 7,024.
    /// </summary>
    internal static bool NamedBetween(SentenceContext sentence, int from, int end, bool parts = true)
    {
        for (var k = end - 2; k >= from; k--)
        {
            if (NamedWhereAt(sentence, k, parts)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the sentence opens with a name the desk does not know that a clause after it says is a place, or that ends in a
    /// kind of place, before token <paramref name="end"/>: "Amapá, the largest producing state, harvested …", "Chios,
    /// home to about 50,000 people", "The Santiago Metropolitan Region remains the most populous".
    /// </summary>
    private static bool NamedAsSubject(SentenceContext sentence, int end)
    {
        var t = sentence.Tokens;
        // "Ethiopia's Somali region has recorded …": a region of the country that the desk does not hold.
        if (end > 3 && CountrysUnheldPlaceAt(sentence, 0, demonymToo: true) && (Words.KindsOfAreas.Contains(t[2]) || Words.KindsOfPlaces.Contains(t[2])))
        {
            return true;
        }
        var start = t.Count > 1 && t[0].Is("the") ? 1 : 0;
        // "Windsor's unemployment rate rose to 8.9%": a measure only a place has, of a name the desk does not hold.
        if (start + 1 < end && t[start] is { IsWord: true, IsCapitalized: true, IsPossessive: true } && sentence.PlaceCovering(start) is null && sentence.PersonCovering(start) is null
            && t[start + 1].Lower is "unemployment" or "jobless" or "population" or "inflation" or "economy" or "murder" or "homicide" or "poverty" or "crime")
        {
            return true;
        }
        var k = start;
        while (k < t.Count && k - start < 4 && t[k].IsWord && t[k].IsCapitalized && !Words.Titles.Contains(t[k])) k++;
        if (k == start || k >= end || sentence.Places.FirstWhere(k, static (p, k) => p.First < k) is not null
            || sentence.People.FirstWhere(k, static (p, k) => p.First < k) is not null)
        {
            return false;
        }
        // "The Santiago Metropolitan Region remains …", "Valley County recorded …": a name that ends in a kind of area.
        if (k - start > 1 && Words.KindsOfAreas.Contains(t[k - 1])) return true;
        // "Nakivale hosts more than 140,000 refugees", "Dadaab is home to 370,000": a verb only a place is the subject of.
        if (t[k].Lower is "hosts" or "hosted" or "houses" or "housed" or "shelters" or "sheltered" || (k + 1 < end && t[k].Is("is") && t[k + 1].Is("home"))) return true;
        // "Bungoma has reported 187 cases", after "the western county of Bungoma": an area the article named and the desk does not
        // hold, whose cases are no level of the country's; not an agency or a company ("Kyodo reported", "Unicef has recorded").
        // "Bangka Belitung recorded 96 landslides", after "in Bangka Belitung province": the area's name of two words.
        if (k - start is 1 or 2 && sentence.NamedAreas.Contains(t[k - 1].Text) && Reports(t, k, end)) return true;
        // "Calabarzon remained the most populous region with 16.9 million people": a name the sentence says is a kind of place.
        if (t[k].Lower is "is" or "was" or "remained" or "remains" or "became" or "becomes")
        {
            for (var kind = k + 1; kind < Math.Min(end, k + 6) && t[kind].IsWord && !t[kind].IsCapitalized; kind++)
            {
                if (Words.KindsOfPlaces.Contains(t[kind]) || Words.KindsOfAreas.Contains(t[kind])) return true;
            }
        }
        if (t[k].Text != "," || k + 2 >= end) return false;
        // "Chios, home to about 50,000 people": a place's people, right after.
        if (t[k + 1].Is("home") && t[k + 2].Is("to") && sentence.Figures.FirstWhere(k + 3, static (f, at) => f.First >= at && f.First <= at + 2) is not null) return true;
        // "Amapá, the largest producing state, …": an aside that is a kind of place and nothing else, where "KenGen, the
        // state power producer," and "Pfizer, the largest supplier to the region," are not.
        if (t[k + 1].Lower is not ("the" or "a" or "an")) return false;
        var j = k + 2;
        // Not a person's aside: "Odinga, the opposition leader who toured the region, said …".
        while (j < end && t[j].IsWord && !t[j].IsCapitalized && t[j].Lower is not ("to" or "in" or "of" or "for" or "from" or "with" or "who" or "which" or "that")) j++;
        return j < end && t[j].Text == "," && (Words.KindsOfPlaces.Contains(t[j - 1]) || Words.KindsOfAreas.Contains(t[j - 1]) || t[j - 1].Lower is "archipelago" or "islands");
    }

    /// <summary>
    /// Notes the names <paramref name="sentence"/> calls a kind of area the gazetteer does not hold: "the western county of
    /// Bungoma", "Turkana County", "Chattogram division".
    /// </summary>
    internal static void NoteNamedAreas(SentenceContext sentence)
    {
        var t = sentence.Tokens;
        for (var k = 0; k < t.Count; k++)
        {
            if (!Words.KindsOfAreas.Contains(t[k])) continue;
            if (k + 2 < t.Count && t[k + 1].Is("of") && IsAreaName(sentence, k + 2)) sentence.NamedAreas.Add(t[k + 2].Text);
            else if (k > 0 && IsAreaName(sentence, k - 1)) sentence.NamedAreas.Add(t[k - 1].Text);
        }
    }

    private static bool IsAreaName(SentenceContext sentence, int k) =>
        sentence.Tokens[k] is { IsWord: true, IsCapitalized: true, IsPossessive: false } name && name.Lower is not ("the" or "a" or "an") && sentence.PlaceCovering(k) is null
        && !Words.Titles.Contains(name) && !Words.Compass.Contains(name);

    /// <summary>Whether the verb at token <paramref name="k"/>, before token <paramref name="end"/>, reports a count: "reported", "has recorded".</summary>
    private static bool Reports(List<Token> t, int k, int end)
    {
        if (t[k].Lower is "has" or "have" or "had") k++;
        return k < end && Words.RecordsAFigure(t[k]);
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is a country's possessive before a capitalised name the table does not hold (or,
    /// <paramref name="demonymToo"/>, holds as a people's name): "Pakistan's Punjab", "Ethiopia's Somali region".
    /// </summary>
    private static bool CountrysUnheldPlaceAt(SentenceContext sentence, int k, bool demonymToo)
    {
        var t = sentence.Tokens;
        return t[k].IsPossessive && k + 1 < t.Count && t[k + 1].IsWord && t[k + 1].IsCapitalized && sentence.PlaceAt(k) is { Entry.IsCountry: true }
            && (sentence.PlaceAt(k + 1) is null || (demonymToo && sentence.PlaceAt(k + 1)!.Entry.IsDemonym));
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is a city's possessive before a name the desk does not hold and a kind of area: "in
    /// Warsaw's Wola district", whose 4,300 flats are the district's, not the city's.
    /// </summary>
    internal static bool CitysUnheldAreaAt(SentenceContext sentence, int k)
    {
        var t = sentence.Tokens;
        return t[k].IsPossessive && k + 2 < t.Count && t[k + 1] is { IsWord: true, IsCapitalized: true } && Words.KindsOfAreas.Contains(t[k + 2])
            && sentence.PlaceAt(k) is { IsPlace: true, Entry.IsCountry: false, Entry.IsDemonym: false } && sentence.PlaceCovering(k + 1) is null;
    }

    /// <summary>
    /// Whether a name the desk does not hold opens the clause that reports the figure at token <paramref name="end"/>: "…,
    /// while Punjab reported 12 deaths", whose figure is no figure of the sentence's country. The clause may be a list's
    /// first, whose name then reports the figures listed after it: "Zambezia has recorded 412 cases and five deaths, Tete 198
    /// cases and two deaths, and Cabo Delgado 127 cases".
    /// </summary>
    internal static bool OpensClauseReporting(SentenceContext sentence, int end)
    {
        var t = sentence.Tokens;
        if (end < 2) return false;
        var k = ReportingVerbBefore(t, end);
        if (k < 0)
        {
            // "412 cases and five deaths": the figure its first one is listed with.
            if (FigureListedAfter(sentence, end) is { } listed) return OpensClauseReporting(sentence, listed.First);
            // "Zambezia has recorded 412 cases, down from 530 in December": the start of the movement the name reported.
            if (t[end - 1].Is("from") && sentence.FigureBefore(end - 1) is { } moved && !AnyBetween(t, moved.Last, end, ";"))
            {
                return OpensClauseReporting(sentence, moved.First);
            }
            return GappedAfterReporting(sentence, end);
        }
        var name = k - 1;
        // "Zambezia has recorded": only at the sentence's opening, where a list must say it is a place; in a later clause
        // "…, and Unicef has registered 3,000 children" is an agency's count.
        if (name == 1 && t[name].Lower is "has" or "have" or "had") name--;
        return name >= 0 && end - k <= 3 && t[name].IsWord && t[name].IsCapitalized
            && (name == 0 ? NameOpeningSentence(sentence) && PlacesListedAfter(sentence, end) : Words.OpensLaterClause(t[name - 1]))
            && sentence.PlaceAt(name) is null && sentence.PersonCovering(name) is null && !Words.Titles.Contains(t[name]);
    }

    /// <summary>The token of the verb of record within three words before the figure at token <paramref name="end"/>, or -1.</summary>
    private static int ReportingVerbBefore(List<Token> t, int end)
    {
        for (var k = end - 1; k >= 0 && end - k <= 3; k--)
        {
            if (ReportsAt(t, k)) return k;
        }
        return -1;
    }

    /// <summary>Whether token <paramref name="k"/> is the verb a count is reported with: "reported", "has recorded", "saw".</summary>
    private static bool ReportsAt(List<Token> t, int k) => Words.RecordsAFigure(t[k]) || t[k].Is("saw");

    /// <summary>Whether a token of text <paramref name="text"/> stands between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool AnyBetween(List<Token> t, int from, int to, string text)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (t[k].Text == text) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the figure's clause opens with a name the desk does not hold that it ranks by the figure at token
    /// <paramref name="end"/>: "Among districts, Mandya reported the highest turnout at 78.6 percent, while Ballari was
    /// lowest at 59.3 percent", "Phayao recorded the most deaths of any province with 14". A ranked name is one of the
    /// parts of a whole, never the whole, so its figure is no figure of the country.
    /// </summary>
    private static bool RankedOpeningName(SentenceContext sentence, int end)
    {
        var t = sentence.Tokens;
        if (end < 3 || !(t[end - 1].Is("at") || t[end - 1].Is("with"))) return false;
        var first = end - 1;
        while (first > 0 && !Words.OpensLaterClause(t[first - 1]) && t[first - 1].Text is not ";") first--;
        if (first >= end - 2 || !t[first].IsWord || !t[first].IsCapitalized || (first == 0 && !NameOpeningSentence(sentence)) || Words.Titles.Contains(t[first])) return false;
        // Any sentence opens with a capital ("Turnout was highest among young voters at 78.6 percent", "Women made up the largest
        // share"): there the clause must say it ranks places ("the most deaths of any province").
        if (first == 0 && !RanksPlaces(t, end)) return false;
        var name = first;
        while (name + 1 < end && name - first < 2 && t[name + 1] is { IsWord: true, IsCapitalized: true }) name++;
        if (end - name > 9) return false;
        var ranked = false;
        for (var k = first; k < end; k++)
        {
            if ((k <= name && (sentence.PlaceAt(k) is not null || sentence.PersonCovering(k) is not null)) || sentence.FigureAt(k) is not null) return false;
            ranked |= k > name && (Words.IsSuperlative(t[k]) || t[k].Lower is "most" or "fewest" or "least" or "greatest");
        }
        return ranked;
    }

    /// <summary>Whether a kind of area stands among the words before token <paramref name="end"/>, after "any", "all" or "the": "of any province", "of all the districts".</summary>
    private static bool RanksPlaces(List<Token> t, int end)
    {
        for (var k = 1; k < end; k++)
        {
            if (t[k - 1].Lower is "any" or "all" or "the" && (Words.KindsOfAreas.Contains(t[k]) || Words.KindsOfPlaces.Contains(t[k]))) return true;
        }
        return false;
    }

    /// <summary>The figure that the figure at token <paramref name="end"/> is listed after in one clause: "412 cases and five deaths"; or null.</summary>
    private static Figure? FigureListedAfter(SentenceContext sentence, int end)
    {
        var t = sentence.Tokens;
        if (!t[end - 1].Is("and")) return null;
        var before = sentence.FigureBefore(end - 1);
        return before is not null && before.Last >= end - 3 && (before.Last == end - 2 || (t[end - 2].IsWord && !t[end - 2].IsCapitalized)) ? before : null;
    }

    /// <summary>
    /// The first token of a name of up to three words right before the figure at token <paramref name="figureFirst"/>, after a
    /// comma or "and": a list's next name whose verb stood with its first ("…, Tete 198 cases", "…, and Cabo Delgado 127");
    /// or -1.
    /// </summary>
    internal static int ListedNameBefore(SentenceContext sentence, int figureFirst)
    {
        var t = sentence.Tokens;
        var name = figureFirst - 1;
        if (name < 1 || t[name] is not { IsWord: true, IsCapitalized: true }) return -1;
        while (name > 1 && figureFirst - name < 3 && t[name - 1] is { IsWord: true, IsCapitalized: true }) name--;
        return Words.OpensLaterClause(t[name - 1]) && !Words.Titles.Contains(t[name]) && sentence.TimeCovering(name) is null ? name : -1;
    }

    /// <summary>
    /// Whether a name the desk does not hold stands right before the figure at token <paramref name="end"/>, after a comma or
    /// "and", where the list's figure before it was reported by such a name: "…, Tete 198 cases and two deaths".
    /// </summary>
    private static bool GappedAfterReporting(SentenceContext sentence, int end)
    {
        var name = ListedNameBefore(sentence, end);
        if (name < 0) return false;
        for (var k = name; k < end; k++)
        {
            if (sentence.PlaceAt(k) is not null || sentence.PersonCovering(k) is not null) return false;
        }
        // Back past the list's items, held places or not, to its first: "Zambezia has recorded 412 cases, Cabo Delgado 45 cases
        // and Tete 198 cases".
        var before = sentence.FigureBefore(name);
        while (before is not null && ListedNameBefore(sentence, before.First) is var item and >= 0) before = sentence.FigureBefore(item);
        // The list's first may be a place the desk holds: "Gilgit-Baltistan reported 12 deaths and Muzaffarabad nine".
        return before is not null && (OpensClauseReporting(sentence, before.First) || HeldPlaceReports(sentence, before.First));
    }

    /// <summary>
    /// Whether a place the desk holds opens the clause and reports the figure at token <paramref name="end"/> with a verb of
    /// record within three words before it: "Gilgit-Baltistan reported 12 deaths", "…, while Sindh has recorded 39".
    /// </summary>
    private static bool HeldPlaceReports(SentenceContext sentence, int end)
    {
        var t = sentence.Tokens;
        var k = ReportingVerbBefore(t, end);
        if (k < 1) return false;
        var name = t[k - 1].Lower is "has" or "have" or "had" ? k - 2 : k - 1;
        return name >= 0 && sentence.PlaceCovering(name) is { IsPlace: true } held && held.Last == name && (held.First == 0 || Words.OpensLaterClause(t[held.First - 1]));
    }

    /// <summary>Whether <paramref name="place"/> is a list's next name, right before its own figure: the "Cabo Delgado" of "…, Tete 198 cases and Cabo Delgado 45".</summary>
    internal static bool IsListedName(SentenceContext sentence, PlaceHit place) =>
        sentence.FigureAt(place.Last + 1) is { } figure && figure.First == place.Last + 1 && ListedNameBefore(sentence, figure.First) == place.First;

    /// <summary>
    /// Whether the word a sentence opens with may be a place's name, which every first word's capital cannot say: not a
    /// word ending in "s", which plurals do ("Officials reported"), nor a pronoun or a word a source is named by ("They
    /// counted", "Police recorded"), nor a time ("January saw"), nor an agency's initials ("UNHCR reported").
    /// </summary>
    private static bool NameOpeningSentence(SentenceContext sentence)
    {
        var token = sentence.Tokens[0];
        return !token.Lower.EndsWith('s') && token.Text.Any(char.IsLower) && sentence.TimeCovering(0) is null && !Words.IsPronoun(token)
            && token.Lower is not ("that" or "i" or "you" or "there" or "one" or "each" or "every"
                or "no" or "police" or "staff" or "government" or "army" or "military" or "everyone" or "nobody" or "people" or "children" or "media");
    }

    /// <summary>
    /// Whether names stand right before figures after token <paramref name="end"/>, past a comma or "and", one of them a place
    /// the desk holds: "…, Tete 198 cases and two deaths, and Cabo Delgado 127", a list of places that makes the name opening
    /// it one too. Names of no place the desk holds may be agencies, parties or people ("Xinhua reported 12 deaths, and CCTV
    /// 14", "Frelimo has registered 412 candidates, and Renamo 198"), and "Unicef has registered 30,000 refugees" alone may be
    /// an agency's count of the story's country.
    /// </summary>
    private static bool PlacesListedAfter(SentenceContext sentence, int end)
    {
        foreach (var figure in sentence.Figures)
        {
            if (figure.First > end + 1 && ListedNameBefore(sentence, figure.First) is var name and >= 0 && sentence.PlaceAt(name) is { IsPlace: true, Entry.IsCountry: false }) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a capitalised name the desk does not hold stands right before "with" and the figure at <paramref name="end"/>:
    /// "The smallest state remained Imo, with 2.9 million people" are Imo's, no level of the country's.
    /// </summary>
    private static bool NamedRightBeforeWith(SentenceContext sentence, int end)
    {
        var t = sentence.Tokens;
        if (end < 3 || !t[end - 1].Is("with")) return false;
        var name = t[end - 2].Text == "," ? end - 3 : end - 2;
        return name > 0 && t[name] is { IsWord: true, IsCapitalized: true, IsPossessive: false } && !Words.Titles.Contains(t[name])
            && sentence.PlaceCovering(name) is null && sentence.PersonCovering(name) is null
            // "the department said on Thursday, with 214 outbreaks": a day is no place.
            && sentence.TimeCovering(name) is null;
    }

    /// <summary>
    /// Whether a name the desk does not hold, ending in a kind of place, stands before token <paramref name="end"/>: "the rest of
    /// Milwaukee County recorded 11 homicides" (the gazetteer's Milwaukee is the city, which the county's name only begins),
    /// "Chattogram division has recorded more than 17,000 cases".
    /// </summary>
    private static bool NamedWithItsKind(SentenceContext sentence, int end)
    {
        var t = sentence.Tokens;
        // "Speaking to reporters at the terminal in Arnavutkoy district on Monday, the minister said …": where someone spoke,
        // before the comma, is no place of the figures they gave.
        var from = t.Count > 1 && t[0].Lower is "speaking" or "addressing" or "talking" ? t.FindIndex(static x => x.Text == ",") + 1 : 0;
        // "Barangay Commonwealth, with 198,000 residents": a site's kind before its name, as Filipino, Indonesian and other
        // agencies write them.
        for (var k = from; k + 1 < end; k++)
        {
            if (LocalSites.IsSiteOfItsOwn(t[k]) && t[k].IsCapitalized && IsNameOfKind(sentence, k + 1) && !t[k + 1].IsPossessive) return true;
        }
        for (var k = Math.Max(1, from); k < end; k++)
        {
            // "Valley County", and "Chattogram division", "Androy region" as agencies write them; "Sandusky County's unemployment rate".
            // And a site's ("Alum Rock ward has recorded 49 cases"), but not an airport's, named for a person and counted as its
            // city's ("Lisbon's Humberto Delgado airport handled 35.1 million passengers").
            // And a city's whose name ends in "City", as written ("Caloocan City was again the most populous city"), which the desk
            // would hold by its whole name.
            if ((Words.KindsOfAreas.Contains(t[k]) || LocalSites.IsSiteOfItsOwn(t[k]) || (t[k].IsPossessive && Words.KindsOfAreas.Contains(t[k].Lower[..^2])) || t[k].Text == "City")
                && (IsNameOfKind(sentence, k - 1)
                    // "The Kakuma refugee camp hosts close to 300,000 people": the name, a word of what the place is for, its kind;
                    // not a sentence's capitalised first word ("Refugee relief camps host …").
                    || (k >= 3 && t[k - 1] is { IsWord: true, IsCapitalized: false, IsPossessive: false } && !Words.Auxiliaries.Contains(t[k - 1]) && IsNameOfKind(sentence, k - 2)))
                // Not a sentence's first word before a plural ("Refugee camps host …"): a common noun, capitalised as the sentence opens.
                && (t[k].IsCapitalized || !(k == 1 && (t[0].Lower is "each" or "every" or "one" or "this" or "that" or "another" or "any" or "no" or "which" || t[k].Lower.EndsWith('s'))))
                // "Nine districts have active transmission": a count of areas, not an area's name.
                && sentence.FigureCovering(k - 1) is null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether token <paramref name="k"/> is a capitalised name the desk does not hold as a place, which a kind of area may follow.</summary>
    private static bool IsNameOfKind(SentenceContext sentence, int k) =>
        sentence.Tokens[k] is { IsWord: true, IsCapitalized: true } name && !name.Is("the") && sentence.FigureCovering(k) is null && sentence.PlaceCovering(k) is null;

    /// <summary><see cref="NamedAt"/>, but not after "to" or "into", which before a figure name whom it was told to, not where it is.</summary>
    internal static bool NamedWhereAt(SentenceContext sentence, int k, bool parts = true) => sentence.Tokens[k].Lower is not ("to" or "into") && NamedAt(sentence, k, parts);

    /// <summary>Whether a number follows token <paramref name="k"/>, after a hyphen or not ("Summer 2021", "Mid-2020").</summary>
    internal static bool FollowedByNumber(List<Token> t, int k) =>
        (k + 1 < t.Count && t[k + 1].IsNumber) || (k + 2 < t.Count && t[k + 1].Text is "-" or "–" && t[k + 2].IsNumber);
}
