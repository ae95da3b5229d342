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
                if (Token.EndsPossessive(phrase)) phrase = phrase[..^2];
                if (gazetteer.Find(phrase) is { } entry)
                {
                    // "Milwaukee County": a county that an American city's name only begins, where "Helmand Province" and "Borno
                    // State" are the places the table holds.
                    if (AfterFirstName(tokens, i, gazetteer) || InsideOrganisation(tokens, i, last, gazetteer) || (entry.Country == "us" && !entry.IsCountry && last + 1 < tokens.Count && tokens[last + 1].Is("county"))) break;
                    // "the Lagos–Ibadan Expressway", "the Benin–Ore road": a route between two names is no place of its own.
                    if (JoinedByDash(tokens, i, last)) break;
                    // "insecurity along the Somalia border": a border, which the story has not moved across.
                    if (last + 1 < tokens.Count && tokens[last + 1].Lower is "border" or "borders" or "frontier") break;
                    // "US$22", "HK$5": a currency's name, not a place the sentence is about.
                    if (last + 1 < tokens.Count && tokens[last + 1].Text == "$" && tokens[last + 1].Start == tokens[last].End) break;
                    // "the national statistics agency DANE": an acronym, which a demonym ("Dane") is never written as; a dateline's
                    // "KABUL" is still Kabul.
                    if (entry.IsDemonym && phrase.Length >= 3 && !phrase.ContainsAnyInRange('a', 'z')) break;
                    // "in Afghanistan", "in the Gaza Strip", "in eastern Afghanistan", "in the capital Lilongwe", "in the city of Derna".
                    var k = i - 1;
                    // "in the capital, Nairobi,": the comma after the kind of place as well.
                    if (k >= 1 && tokens[k].Text == "," && Words.KindsOfPlaces.Contains(tokens[k - 1])) k--;
                    if (k >= 1 && tokens[k].Is("of") && Words.KindsOfPlaces.Contains(tokens[k - 1])) k -= 2;
                    else if (k >= 0 && Words.KindsOfPlaces.Contains(tokens[k])) k--;
                    string? part = null;
                    if (k >= 0 && PartsOfPlaces.Contains(tokens[k]))
                    {
                        part = tokens[k].Lower;
                        k--;
                    }
                    // "five in neighbouring Malatya": where it lies, past to the preposition.
                    if (k >= 0 && tokens[k].Lower is "neighbouring" or "neighboring") k--;
                    if (k >= 0 && tokens[k].Is("the")) k--;
                    var lead = k >= 0 && Leads.Contains(tokens[k]) ? tokens[k].Lower : string.Empty;
                    // "mostly from Congo and Burundi": the second place of a pair stands where the first does.
                    if (lead.Length == 0 && k >= 0 && tokens[k].Lower is "and" or "or") lead = PairLead(tokens, k, hits);
                    // "in Pakistan's southern Sindh province", "in India's eastern state of Odisha", "in the southern Indian state of
                    // Kerala": the country or its demonym only says whose the region is, and the preposition before it places the
                    // figure in the region.
                    if (lead.Length == 0 && OwningCountry(tokens, k, hits, entry) is { } owner)
                    {
                        lead = hits[owner].Lead;
                        hits[owner] = hits[owner] with { Lead = string.Empty };
                    }
                    hits.Add(new PlaceHit(i, last, entry, lead, phrase.ToString()) { Part = part, BeginsLongerName = BeginsLongerName(tokens, last, entry, gazetteer) });
                    i = last;
                    break;
                }
            }
        }
        return hits;
    }

    /// <summary>
    /// Whether the name from token <paramref name="first"/> to <paramref name="last"/> is joined to another capitalised word by an
    /// en dash with no space around it, as a route is written ("Lagos–Ibadan", "Benin–Ore"). A hyphen joins such words into
    /// one token already, and an em dash, spaced or not, opens an aside or ends a dateline ("NAIROBI—Kenya recorded").
    /// </summary>
    private static bool JoinedByDash(List<Token> tokens, int first, int last) =>
        (last + 2 < tokens.Count && IsJoiningDash(tokens[last], tokens[last + 1], tokens[last + 2]))
        || (first >= 2 && IsJoiningDash(tokens[first - 2], tokens[first - 1], tokens[first]));

    private static bool IsJoiningDash(Token before, Token dash, Token after) =>
        dash.Text == "–" && dash.Start == before.End && after.Start == dash.End && before.IsWord && after.IsWord && before.IsCapitalized && after.IsCapitalized;

    /// <summary>
    /// The lead of the first of a pair of names joined at token <paramref name="and"/>: "from" in "mostly from Congo and
    /// Burundi", whether or not the table holds the first name.
    /// </summary>
    private static string PairLead(List<Token> tokens, int and, List<PlaceHit> hits)
    {
        if (hits.Count > 0 && hits[^1].Last == and - 1) return hits[^1].Lead;
        var k = and - 1;
        while (k >= 0 && and - k <= 3 && tokens[k].IsWord && tokens[k].IsCapitalized) k--;
        return k >= 0 && k < and - 1 && Leads.Contains(tokens[k]) ? tokens[k].Lower : string.Empty;
    }

    /// <summary>
    /// The index among <paramref name="hits"/> of the country whose possessive or demonym is token <paramref name="k"/>, right
    /// before a region of its own (<paramref name="entry"/>): "Pakistan's" in "Pakistan's southern Sindh province", "Indian" in
    /// "the southern Indian state of Kerala"; or null.
    /// </summary>
    private static int? OwningCountry(List<Token> tokens, int k, List<PlaceHit> hits, PlaceName entry) =>
        k >= 0 && hits.Count > 0 && hits[^1].Last == k && (tokens[k].IsPossessive && hits[^1].Entry.IsCountry || hits[^1].Entry.IsDemonym)
            && !entry.IsCountry && !entry.IsDemonym && !entry.IsActorOnly && entry.Country == hits[^1].Entry.Country ? hits.Count - 1 : null;

    /// <summary>Words that name a part of a place before its name: "eastern Afghanistan", "Central Kenya".</summary>
    private static readonly WordList PartsOfPlaces = WordList.Of(
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest",
        "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower", "greater", "inner", "outer", "rural", "coastal");

    /// <summary>
    /// Whether the city or region ending at token <paramref name="last"/> is followed by a capitalised word that is no place, kind
    /// of place, title, month or weekday, and so may only begin a longer name: "Porto Empedocle", "Lagos Mainland"; not "Gaza
    /// City", "Nairobi County", "Lagos State", "the Greater Toronto Area" or "Kabul Governor …".
    /// </summary>
    private static bool BeginsLongerName(List<Token> tokens, int last, PlaceName entry, Gazetteer gazetteer)
    {
        // "London's Underground" is the city's.
        if (entry.IsCountry || entry.IsDemonym || entry.IsActorOnly || tokens[last].IsPossessive || last + 1 >= tokens.Count) return false;
        var next = tokens[last + 1];
        return next.IsWord && next.IsCapitalized && next.Text.Any(char.IsLower) && !next.IsPossessive && !gazetteer.StartsName(next.Text)
            && !Words.KindsOfPlaces.Contains(next) && !Words.KindsOfAreas.Contains(next) && next.Lower is not ("state" or "area" or "metro" or "metropolitan") && !Words.Titles.Contains(next)
            && !PartsOfPlaces.Contains(next) && !Words.MonthNumbers.ContainsKey(next.Lower) && !Words.Weekdays.ContainsKey(next.Lower)
            && !NamesCitysBody(tokens, last + 1);
    }

    /// <summary>
    /// Whether the capitalised words from token <paramref name="k"/> end in a body of the city's own: "the Milwaukee Common
    /// Council", "the Kabul Municipality", "the Lagos Business School", whose figures are the city's.
    /// </summary>
    private static bool NamesCitysBody(List<Token> tokens, int k)
    {
        for (var j = k; j < Math.Min(tokens.Count, k + 3) && tokens[j].IsWord && tokens[j].IsCapitalized; j++)
        {
            if (tokens[j].Lower is "council" or "municipality" or "government" or "assembly" or "police" or "department" or "authority" or "administration" or "corporation"
                or "school" or "university" or "college" or "hospital" or "court" or "airport" or "port") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the name at tokens <paramref name="i"/> to <paramref name="last"/> stands between a place and more capitalised words,
    /// inside an organisation's name: "the Minnesota Turkey Growers Association" is no figure's Turkey.
    /// </summary>
    private static bool InsideOrganisation(List<Token> tokens, int i, int last, Gazetteer gazetteer)
    {
        if (i < 1 || last + 1 >= tokens.Count) return false;
        var before = tokens[i - 1];
        var after = tokens[last + 1];
        return before.IsWord && before.IsCapitalized && !before.IsPossessive && gazetteer.Find(before.Text) is not null
            && after.IsWord && after.IsCapitalized && !Words.KindsOfPlaces.Contains(after) && !gazetteer.StartsName(after.Text);
    }

    /// <summary>
    /// Whether the name at token <paramref name="i"/> follows a capitalised word inside the sentence that is no place, no
    /// part of one, no month or weekday and no possessive: a person's name ("the alliance's leader, Luís Montenegro", "Michael Jordan").
    /// </summary>
    private static bool AfterFirstName(List<Token> tokens, int i, Gazetteer gazetteer)
    {
        if (i < 2) return false;
        var before = tokens[i - 1];
        return before.IsWord && before.IsCapitalized && !Leads.Contains(before) && !PartsOfPlaces.Contains(before) && !before.Is("the")
            && !before.IsPossessive
            && !Words.MonthNumbers.ContainsKey(before.Lower) && !Words.Weekdays.ContainsKey(before.Lower) && !gazetteer.StartsName(before.Text)
            && before.Text.Any(char.IsLower);
    }
}
