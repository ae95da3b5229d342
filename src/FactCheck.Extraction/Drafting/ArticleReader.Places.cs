using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Reading;
using NodaTime;

namespace FactCheck.Extraction.Drafting;

/// <summary>Figures: whose they are and where: the actor, the party, the place in the figure's words, its clause, its sentence or the story.</summary>
internal sealed partial class ArticleReader
{
    /// <summary>Whether the figure's words ending at token <paramref name="last"/> are followed, in their clause, by "in" a place "and" another country's.</summary>
    private static bool TwoPlaces(SentenceContext sentence, int last)
    {
        var t = sentence.Tokens;
        for (var k = last + 1; k < t.Count && k <= last + 6 && !IsClauseMark(t[k]); k++)
        {
            if (sentence.PlaceAt(k) is not { IsPlace: true, Lead: "in" or "across" } place) continue;
            if (PlaceJoinedAfter(sentence, place) is not { IsPlace: true } other) return false;
            // Not a new clause ("troops in Syria and Iraq has asked it to leave"), nor two places of one country ("in Nairobi and
            // Mombasa", which are Kenya's).
            var next = other.Last + 1 < t.Count ? t[other.Last + 1] : default;
            return other.Entry.Country != place.Entry.Country && !(next.Text is not null && (Words.Auxiliaries.Contains(next) || next.Lower is "will" or "said" or "says"));
        }
        return false;
    }

    /// <summary>The name after <paramref name="place"/> and "and" or "or": "in Honduras and Guatemala", "in Nairobi and Mombasa"; or null.</summary>
    private static PlaceHit? OtherPlaceAfter(SentenceContext sentence, PlaceHit place) =>
        place.Last + 2 < sentence.Tokens.Count && sentence.Tokens[place.Last + 1].Lower is "and" or "or" ? sentence.PlaceAt(place.Last + 2) : null;

    /// <summary>The place joined to <paramref name="place"/>: the other of a pair ("in Nairobi and Mombasa") or the last of a list ("in Ethiopia, Kenya and Somalia"); or null.</summary>
    private static PlaceHit? PlaceJoinedAfter(SentenceContext sentence, PlaceHit place) => OtherPlaceAfter(sentence, place) ?? LastListedAfter(sentence, place);

    /// <summary>
    /// The last of a list of places after <paramref name="place"/>, joined by commas and ending in "and" or "or": Somalia in "in
    /// Ethiopia, Kenya and Somalia"; or null, as for "in Nairobi, Kenya", which names no list.
    /// </summary>
    private static PlaceHit? LastListedAfter(SentenceContext sentence, PlaceHit place)
    {
        var t = sentence.Tokens;
        var at = place;
        for (var listed = 0; listed < 8 && at.Last + 2 < t.Count && t[at.Last + 1].Text == ","; listed++)
        {
            if (sentence.PlaceAt(at.Last + 2) is not { IsPlace: true } next) return null;
            at = next;
        }
        return ReferenceEquals(at, place) ? null : OtherPlaceAfter(sentence, at);
    }

    /// <summary>The actor: a demonym or country right before the noun ("American soldiers"), else, for people and money, the sentence's actor.</summary>
    private (string? Key, PlaceHit? Hit) Who(SentenceContext sentence, Figure figure, NounReading noun, bool modifiersOnly)
    {
        if (noun.Who is { } direct) return (direct.Entry.Country, direct);
        if (noun.Index > 1 && noun.Index > figure.Last && sentence.Tokens[noun.Index - 1].Lower is "its" or "their" && sentence.Tokens[noun.Index - 2].Is("of")
            && sentence.Places.FirstWhere(figure.First, static (p, first) => p.Lead.Length == 0 && p.Last < first && !p.Entry.IsDemonym) is { } owner)
        {
            // "France ended its operation, after a decade in which 58 of its soldiers were killed": France's soldiers.
            return (owner.Entry.Country, owner);
        }
        if (modifiersOnly) return (null, null);
        // The nearest actor before the figure, not after a preposition, and not a demonym of another group ("Iraqi forces").
        var actor = sentence.Places.LastWhere((figure, sentence.Tokens), static (p, s) => p.Last < s.figure.First && p.Lead.Length == 0 && p.Entry.Key != "coalition"
                && !(p.Entry.IsDemonym && p.Last + 1 < s.Tokens.Count && UnitWords.Find(s.Tokens[p.Last + 1].Lower) is not null))
            ?? sentence.Places.FirstWhere(figure, static (p, figure) => p.First > figure.Last && p.Lead.Length == 0 && p.Entry.IsActorOnly && p.Entry.Key != "coalition");
        if (actor is null && lastActor is not null && sentence.Tokens.Any(x => x.Lower is "its" or "their" or "it" or "they"))
        {
            // "It will cut its forces …": the actor of an earlier sentence.
            return (lastActor.Entry.Country, null);
        }
        return actor is null ? (null, null) : (actor.Entry.Country, actor);
    }

    /// <summary>"The Socialists won 77 seats": the capitalised name before the figure that is no place, title or date, as a key.</summary>
    private string? Party(SentenceContext sentence, int figureIndex)
    {
        var t = sentence.Tokens;
        // A party's name by its head noun, or an acronym, before any other capitalised word: "India's Bharatiya Janata Party won
        // a clear majority in the Delhi state assembly on Saturday, taking 48 of the 70 seats", "The AAP, led by former chief
        // minister Arvind Kejriwal, won 22 seats".
        for (var k = figureIndex - 1; k >= Math.Max(0, figureIndex - 20) && !Words.Speech.Contains(t[k]); k--)
        {
            if (t[k].Text is not ("Party" or "Congress" or "Alliance" or "Front" or "League")) continue;
            var start = k;
            while (start > 0 && k - start < 3 && t[start - 1].IsCapitalized && !t[start - 1].Is("the") && !t[start - 1].IsPossessive && desk.Gazetteer.Find(t[start - 1].Text) is null) start--;
            if (start < k) return Slug.Of(body[t[start].Start..t[k].End]);
        }
        for (var k = figureIndex - 1; k >= Math.Max(0, figureIndex - 16) && !Words.Speech.Contains(t[k]); k--)
        {
            var text = t[k].Text.EndsWith("'s", StringComparison.Ordinal) ? t[k].Text[..^2] : t[k].Text;
            if (text.Length is >= 2 and <= 5 && text.All(char.IsAsciiLetterUpper) && desk.Gazetteer.Find(text) is null && sentence.PlaceAt(k) is null) return Slug.Of(text);
        }
        // Ten words back, but not past what someone said ("Prime Minister Luis Montenegro said the ruling party won 80 seats"),
        // nor into a person's name.
        for (var k = figureIndex - 1; k >= Math.Max(0, figureIndex - 10) && !Words.Speech.Contains(t[k]); k--)
        {
            if (!t[k].IsCapitalized || t[k].Is("the") || desk.Gazetteer.Find(t[k].Text) is not null || Words.Titles.Contains(t[k])
                || sentence.PersonCovering(k) is not null
                || Words.Weekdays.ContainsKey(t[k].Lower) || Words.MonthNumbers.ContainsKey(t[k].Lower) || (k == 0 && t[k].Lower is "a" or "an" or "in" or "on" or "at" or "for" or "but" or "and" or "as" or "after" or "with" or "by")
                // "She received 131,408 votes": a pronoun opening the sentence names no party.
                || Words.IsPronoun(t[k]))
            {
                continue;
            }
            var start = k;
            // Not "Portugal's Socialist Party": the country's possessive is no part of the name.
            while (start > 0 && k - start < 2 && t[start - 1].IsCapitalized && !t[start - 1].Is("the") && !t[start - 1].IsPossessive && desk.Gazetteer.Find(t[start - 1].Text) is null) start--;
            return Slug.Of(body[t[start].Start..t[k].End]);
        }
        return null;
    }

    /// <summary>"Britain's defence budget": the country or organisation just before the money noun.</summary>
    private static PlaceHit? MoneyOwner(SentenceContext sentence, int figureIndex)
    {
        var t = sentence.Tokens;
        for (var k = figureIndex - 1; k >= Math.Max(0, figureIndex - 10); k--)
        {
            if (!MoneyNouns.Contains(t[k])) continue;
            return sentence.Places.LastWhere(k, static (p, k) => p.Last < k && p.Last >= k - 3 && p.Lead.Length == 0);
        }
        return null;
    }

    /// <summary>
    /// The place: a phrase after the noun ("in Iraq", "deployed there"), else the nearest place in the sentence, else the last
    /// one before, unless the figure is "in" a place the desk does not know (<paramref name="unknownPlace"/>, then true).
    /// </summary>
    private string? Where(SentenceContext sentence, Figure figure, NounReading noun, PlaceHit? whoHit, bool byCountry, out bool unknownPlace) =>
        Where(sentence, figure, noun, whoHit, byCountry, out unknownPlace, out _);

    /// <summary>
    /// The place, as <see cref="Where(SentenceContext, Figure, NounReading, PlaceHit?, bool, out bool)"/> gives it, and, when it is
    /// given <paramref name="byCountry"/> and is a city or region named in the figure's own words ("40,000 workers in Milan",
    /// "officials in Manila reported 3,000 cases"), that place's own key (<paramref name="city"/>); a city further off, or an
    /// earlier sentence's, carries only its country. A <paramref name="toll"/> looks for a place the desk does not know only near it.
    /// </summary>
    private string? Where(SentenceContext sentence, Figure figure, NounReading noun, PlaceHit? whoHit, bool byCountry, out bool unknownPlace, out string? city, bool toll = false)
    {
        city = null;
        var t = sentence.Tokens;
        var from = Math.Max(figure.Last, noun.Index) + 1;
        var leaving = sentence.AnyBefore(figure.First, 4, Leaving);
        PlaceHit? place = null;
        var namesUnknownPlace = false;
        var countryOnly = false;
        // Where the figure's words say it is in a place the desk does not know ("in the Grand Sud region"): a country after that
        // only says where the unknown place lies ("… of Madagascar", "in Ambovombe, Madagascar"), and the figure is no level of
        // the country's. A city after it is where the place is: "870 soldiers at Camp Castor in Gao" are Gao's.
        var unknownAt = -1;
        // But troops "at Ain al-Asad air base in Iraq" are deployed in Iraq, and a toll "in the Lower Shabelle region of Somalia"
        // is Somalia's, as a toll in a city is its country's.
        var countryAfterCounts = toll || noun.Word?.Category == UnitCategory.Personnel;
        // "Zambia confirmed its first two cases … in the district of Vubwi": the country's own figure, wherever they were found.
        var owned = figure.First > 0 && (t[figure.First - 1].Lower is "its" or "their" || (figure.First > 1 && t[figure.First - 2].Lower is "its" or "their" && t[figure.First - 1].Lower is "first" or "total"));
        // "followed by London at 6.0%", "Wales at 5.3%": a place right before "at" and the figure is the figure's own; so is a
        // state's or city's right before "with" ("followed by Lagos with 1.1 million"), but a country there is often where the
        // figure came from ("followed by India with 2,387" troops in South Sudan, "Russia with 29,870" visitors to Sri Lanka).
        if (PlaceHeldBefore(sentence, figure.First) is { } holder && !(t[figure.First - 1].Is("with") && holder.Entry.IsCountry)) place = holder;
        place ??= GoalSetFor(sentence, figure);
        var relative = false;
        for (var k = from; k < Math.Min(t.Count, from + 14) && place is null; k++)
        {
            // "94 cases tied to an outbreak that began in rural Holmes County": a place past a relative clause's opening is where
            // something else is, and no unknown place of the figure's.
            relative |= k > from && OpensRelativeClause(t, k);
            // Within four words of the figure's noun any preposition, further in its clause one that says where: "between 40,000
            // and 55,000 hectares of rice land had been flooded in the Cagayan Valley alone"; but not for a toll, which is told
            // with where the disaster struck ("85 injured when a train collided … near the city of Larissa in central Greece").
            // A toll "recovered from the site" is still its country's, as a toll in a city is.
            if (unknownAt < 0 && !owned && !relative && ((k <= from + 4 ? UnknownPlaces.NamedAt(sentence, k, !toll) || (!toll && LocalSites.SiteNamedAt(sentence, k)) : !toll && UnknownPlaces.NamedWhereAt(sentence, k))
                || InAnUnheldCity(sentence, k))) unknownAt = k;
            namesUnknownPlace |= unknownAt >= 0;
            if (t[k].Text is ";" or "," || (k > from && sentence.FigureAt(k) is not null)) break;
            if (t[k].Is("there") && k <= from + 2)
            {
                place = PlaceBefore(sentence, figure, whoHit) ?? lastPlace;
                break;
            }
            if (t[k].Is("in") && k + 2 < t.Count && t[k + 1].Is("the") && t[k + 2].Is("country"))
            {
                // "the contingent, based in the city of Gao, … had 12,000 troops in the country": the country of the place named.
                place = PlaceBefore(sentence, figure, whoHit) ?? lastPlace;
                countryOnly = true;
                break;
            }
            // Not "from": "880,000 doses from the UK" and "refugees from Myanmar" are where they came from, not where they are;
            // but "withdrew its last 2,400 troops from Mali" is where they were.
            place = sentence.Places.FirstWhere((k, leaving, sentence, unknownAt: countryAfterCounts ? -1 : unknownAt), static (p, s) => p.First == s.k && p.IsPlace
                && (p.Lead is "in" or "to" or "across" or "inside" or "into" or "throughout" or "within" || (s.leaving && p.Lead == "from"))
                && !LiesIn(s.sentence, s.unknownAt, p) && !Partner(s.sentence, p));
        }
        if (place is null && noun.Index < figure.First && noun.Index >= 0)
        {
            place = sentence.Places.FirstWhere((noun.Index, figure.First), static (p, s) => p.IsPlace && p.First > s.Index && p.Last < s.First && p.Lead.Length > 0);
        }
        // "Zambezia has recorded 412 cases, Cabo Delgado 127 cases and Maputo 45": a list's next name right before its figure.
        if (place is null && figure.First > 0 && sentence.PlaceCovering(figure.First - 1) is { IsPlace: true } listed && GappedBefore(sentence, listed, figure)) place = listed;
        // A place before the figure counts when a preposition makes it one ("in Afghanistan, there are …"); "US" in "US troops" is an actor.
        // Not a market trade goes to ("Exports to the United States … reached $119.5 billion" are Vietnam's), nor where a journey
        // began ("travelling from Lima to Cusco with 52 passengers" are no passengers of Lima).
        if (place is null && sentence.Places.LastWhere((figure, whoHit, sentence), static (p, s) => p.IsPlace && p.Last < s.figure.First && p != s.whoHit && p.Lead.Length > 0 && !Route(s.sentence, p) && !Partner(s.sentence, p)) is { } before)
        {
            if (UnknownPlaces.NamedBetween(sentence, before.Last + 1, figure.First, !toll) || UnknownPlaces.OpensClauseReporting(sentence, figure.First)
                || (!toll && UnknownPlaces.CitysUnheldAreaAt(sentence, before.Last)))
            {
                // "In Warsaw's Wola district, 4,300 new flats were completed": the district's, which the desk does not hold.
                namesUnknownPlace = true;
            }
            // "Within Lagos, the commission counted 4.7 million people in Alimosho local government area": the place the figure's
            // own words name is nearer than the one the sentence opens with, though the desk does not know it.
            else if (unknownAt < 0 || countryAfterCounts) place = before;
        }
        place ??= OwnerOpening(sentence, figure, noun);
        // "…, while Madhya Pradesh produced 24.6 million tonnes": the subject of the figure's own clause.
        place ??= sentence.Places.LastWhere((sentence, figure), static (p, s) => p.IsPlace && !p.Entry.IsDemonym && OpensClause(s.sentence, p, s.figure));
        // "The share of Kenyans living in poverty fell from 46%": a rate of a people is its country's.
        if (place is null && figure.Value.IsPercent) place = sentence.Places.FirstWhere((sentence, figure), static (p, s) => p.Entry.IsDemonym && p.Last < s.figure.First && p.First > 0 && s.sentence.Tokens[p.First - 1].Is("of"));
        // Only a city named in the figure's own words is its place of its own: "64 cases, 12 of them in Accra" are Ghana's.
        var ownPlace = place;
        // Whether the figure is in a place the desk does not know is asked only when its sentence has placed it nowhere yet.
        namesUnknownPlace = place is null && (namesUnknownPlace || UnknownPlaces.NamedBefore(sentence, figure.First, !toll) || OpensWithTheSite(sentence, figure));
        // A place after the figure in its own clause; past another figure only when the figure names no place of its own ("300
        // soldiers in Porto, 200 in Kabul": Kabul is the 200's). Another clause's place is another statement's: "Britain withdrew
        // its 250 troops, and Sweden said …", "flown 2,500 tonnes out of Gao, mostly via the airport in Niamey, Niger".
        place ??= sentence.Places.FirstWhere((figure, whoHit, sentence, namesUnknownPlace, leaving, unknownAt: countryAfterCounts ? -1 : unknownAt), static (p, s) => p.IsPlace && p.First > s.figure.Last && p != s.whoHit && (p.Lead != "from" || s.leaving)
                && (!ClauseMarkBetween(s.sentence, s.figure.Last + 1, p.First) || NextClauseIs(s.sentence, s.figure.Last, p) || SpeaksFrom(s.sentence, s.figure.Last, p))
                && !(s.namesUnknownPlace && (s.sentence.FigureBetween(s.figure.Last, p.First) || UnknownPlaces.IsListedName(s.sentence, p)))
                && !LiesIn(s.sentence, s.unknownAt, p) && !HoldsNextFigure(s.sentence, p) && !Partner(s.sentence, p))
            // An earlier sentence's place, when this one names none; not when the figure is in a place the gazetteer does not
            // hold (UnknownPlaces), nor when the story is at a site of its country that the desk cannot name and the sentence
            // does not say its figure is the whole country's.
            ?? (namesUnknownPlace ? null : OwnCountry(sentence, figure, noun, whoHit) ?? (ElsewhereThanTheStory(sentence) && !(toll && !sentence.NamesUnheldLongerName) ? null : lastPlace));
        namesUnknownPlace |= place is null && ((story.AtLocalSite && !toll) || sentence.NamesUnheldLongerName);
        unknownPlace = place is null && namesUnknownPlace;
        if (place is null) return null;
        if (!ReferenceEquals(place, lastPlace) && !place.BeginsLongerName) placedIn = place;
        // "in Nairobi and Mombasa", "in Nairobi, Mombasa and Kisumu": several cities, so the country's.
        if (ReferenceEquals(place, ownPlace) && PlaceJoinedAfter(sentence, place) is { } other && other.Entry.Country == place.Entry.Country) countryOnly = true;
        // "LISBON, Feb 11 (Reuters) - Lisbon's Humberto Delgado airport handled 35.1 million passengers": the city named again
        // as the subject after its dateline is the figure's own, where the dateline alone is not; and so is another city or
        // region of its country ("MUMBAI, April 16 (Reuters) - Maharashtra mined 32.4 million tonnes").
        // So under "COLUMBUS, Ohio, March 13 (AP) — Ohio health officials on Thursday reported 94 cases", a city the desk does not
        // hold before the dateline's state.
        if (ownPlace is null && (place.First == 0 || (place.First == 2 && t[1].Text == "," && !t[0].Text.Any(char.IsLower))) && Dateline(sentence, place, figure.First)
            && sentence.Places.FirstWhere((place, figure), static (p, s) => p.First > s.place.Last && p.Last < s.figure.First && p.Lead.Length == 0
                && (p.Entry == s.place.Entry || (p.Entry.Country == s.place.Entry.Country && !p.Entry.IsCountry && !p.Entry.IsDemonym))) is { } again
            && again.First > 0 && LocalSites.IsDash(t[again.First - 1]))
        {
            place = ownPlace = again;
        }
        // A city that is the sentence's subject is the figure's own as well ("Tokyo's population rose to 14.09 million", "Seoul,
        // the capital, was home to about 9.4 million people"), but not a dateline ("TOKYO - Japan's population …"), a city
        // another place stands after, or a city that speaks or receives for its country ("Beijing reported 1,200 new cases").
        if (ownPlace is null && (OpensSentence(sentence, place) || OpensAsKindOfPlace(sentence, place) || GappedBefore(sentence, place, figure)) && place.Last < figure.First && !Dateline(sentence, place, figure.First)
            && !(place.Entry.IsCapital && sentence.AnyBefore(Math.Min(place.Last + 3, figure.First), 2, CitySpeaks)))
        {
            ownPlace = place;
        }
        // "the 97 homicides the city saw in 2019", after a sentence on Milwaukee: the city the story is in; and any figure of a
        // story whose first sentence is the city's ("The Milwaukee Common Council … approved a budget", then "The police
        // department will have 1,620 officers"), but troops and tolls, which the desk counts by country, and a figure its sentence
        // says is the whole country's.
        if (byCountry && ReferenceEquals(place, lastPlace) && !place.Entry.IsCountry && !place.Entry.IsDemonym && place.Entry.Key != place.Entry.Country
            && (TheCitySaw(sentence, Math.Max(figure.Last, noun.Index))
                || (story.City is { } storyCity && place.Entry == storyCity.Entry && !toll && noun.Word?.Category != UnitCategory.Personnel && !LocalSites.NamesWholeCountry(sentence)
                    && !sentence.Tokens.Any(static x => x.Lower is "capital" or "capital's"))))
        {
            city = place.Entry.Key;
        }
        // A toll is a city's or region's when its own words put it there ("4,000 people died in Ohio", "In Texas, 1,200
        // died"), not when the place is of what killed them ("missile attacks … in Baghdad … have killed at least three
        // American soldiers", which the hand-made seed sample has as Iraq's).
        if (toll && place.Last < figure.First && place.First > 1 && !PlaceHoldsToll(sentence, place, figure, noun)) countryOnly = true;
        if (byCountry && !countryOnly && ReferenceEquals(place, ownPlace) && !ReferenceEquals(place, lastPlace) && !place.Entry.IsCountry && !place.Entry.IsDemonym && place.Entry.Key != place.Entry.Country) city = place.Entry.Key;
        // "1,236 suspected cases … in eastern Uganda": a part of the country by its direction, whose figures are a part of the
        // country's; but troops and a toll keep the country, as an earthquake that "struck western Nepal" killed Nepal's dead.
        if (byCountry && !countryOnly && !toll && noun.Word?.Category != UnitCategory.Personnel && ReferenceEquals(place, ownPlace) && !ReferenceEquals(place, lastPlace)
            && place.Entry.IsCountry && place.Part is { } part && (Words.Compass.Contains(part) || part == "central"))
        {
            city = part + "-" + place.Entry.Key;
        }
        return byCountry ? place.Entry.Country : place.Entry.Key;
    }

    /// <summary>
    /// Whether the sentence opens with a site by its kind, of a story in no city the desk holds: "The village, home to about 2,000
    /// people, lies in the municipality of Lucani" counts the village's people, not Serbia's.
    /// </summary>
    private bool OpensWithTheSite(SentenceContext sentence, Figure figure)
    {
        var t = sentence.Tokens;
        return figure.First > 2 && t[0].Is("the") && LocalSites.IsSiteOfItsOwn(t[1]) && story.City is null;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> begins "in the city" in a story whose city the desk cannot name: "61 new cases had been
    /// confirmed in the city", under the dateline "BIRMINGHAM, England", are Birmingham's, not the United Kingdom's the sentence's
    /// "UK Health Security Agency" names. Not where the sentence named a city or region; under a dateline the desk holds, not
    /// where the story is in a city the desk holds, nor where the sentence before named a city or region, unless the story is at
    /// a place the desk cannot name.
    /// </summary>
    private bool InAnUnheldCity(SentenceContext sentence, int k)
    {
        var t = sentence.Tokens;
        return k + 2 < t.Count && t[k].Is("in") && t[k + 1].Is("the") && t[k + 2].Is("city")
            && (story.DatelineUnheld || (story.City is null && (lastPlace is null or { Entry.IsCountry: true } || story.AtLocalSite))) && !sentence.Places.Exists(static p => p.IsPlace && !p.Entry.IsCountry && !p.Entry.IsDemonym);
    }

    /// <summary>
    /// Whether a figure whose sentence names no place is somewhere other than the place an earlier sentence named: at a site of
    /// the story the desk cannot name, unless the sentence says it is the whole country's, or at a longer name of another
    /// country's place ("Lagos Mainland").
    /// </summary>
    private bool ElsewhereThanTheStory(SentenceContext sentence) =>
        (story.AtLocalSite && !LocalSites.NamesWholeCountry(sentence)) || sentence.NamesUnheldLongerName;

    /// <summary>
    /// The place the sentence opens with as its subject, when "its" stands right before the figure's noun: "The Canary Islands was
    /// one of the few regions where the situation improved, with its jobless rate falling to 14.2%" is the islands' rate, not
    /// the country's of the sentence before; or null.
    /// </summary>
    private static PlaceHit? OwnerOpening(SentenceContext sentence, Figure figure, NounReading noun)
    {
        var t = sentence.Tokens;
        if (noun.Index < 1 || noun.Index > figure.First) return null;
        var its = -1;
        for (var k = noun.Index - 1; k >= Math.Max(0, noun.Index - 3) && its < 0; k--)
        {
            if (t[k].Is("its")) its = k;
        }
        // Only the sentence's one place: "Catalonia saw 40,000 arrivals; Spain said its rate rose to 12%" is Spain's rate. Nor
        // past a clause of another subject: "The Canary Islands saw arrivals fall as the airline cut its fleet to 40 aircraft".
        if (its < 0 || sentence.Places.Count == 0 || sentence.Places[0].Last >= its || (sentence.Places.Count > 1 && sentence.Places[1].Last < its)) return null;
        for (var k = 1; k < its; k++)
        {
            if (t[k].Lower is "as" or "which" or "who" or "that" or "while" or "after" or "when" or "because" or "whose" || Words.Speech.Contains(t[k])) return null;
        }
        var opening = sentence.Places[0];
        return opening.IsPlace && !opening.Entry.IsDemonym && OpensSentence(sentence, opening) ? opening : null;
    }

    /// <summary>Whether <paramref name="place"/> opens the sentence as its subject, with no preposition: "Catalonia saw", "The Canary Islands recorded".</summary>
    private static bool OpensSentence(SentenceContext sentence, PlaceHit place)
    {
        var t = sentence.Tokens;
        return place.Lead.Length == 0 && (place.First == 0 || (place.First == 1 && t[0].Is("the") && place.Last + 1 < t.Count && VerbOrAside(t[place.Last + 1])));
    }

    /// <summary>
    /// Whether <paramref name="token"/>, right after "The" and a place, makes the place the sentence's subject: a verb ("The
    /// Canary Islands recorded", "The Netherlands has") or an aside's comma; not a noun the place describes ("The Texas
    /// congressman said", "The Lagos Business School").
    /// </summary>
    private static bool VerbOrAside(Text.Token token) =>
        token.Text == "," || Words.Auxiliaries.Contains(token) || Words.RecordsAFigure(token)
        || token.Lower is "saw" or "sees" or "remains" or "remained" or "received" or "receives" or "accounted" or "accounts" or "holds" or "held" or "counted" or "lost";

    /// <summary>
    /// Whether <paramref name="place"/> opens a later clause as the subject of the verb right before the figure: "…, while
    /// Madhya Pradesh produced 24.6 million tonnes" is Madhya Pradesh's, not the first clause's Uttar Pradesh's.
    /// </summary>
    private static bool OpensClause(SentenceContext sentence, PlaceHit place, Figure figure)
    {
        var t = sentence.Tokens;
        // "while neighbouring Inner Mongolia produced 318.7 million tonnes": a word of where it lies may stand before the name.
        var opener = place.First > 2 && UnknownPlaces.SaysWhereAbouts(t[place.First - 1]) ? place.First - 2 : place.First - 1;
        if (place.Lead.Length > 0 || place.First < 2 || !Words.OpensLaterClause(t[opener]) || figure.First - place.Last > 4
            || (place.Entry.IsCapital && CitySpeaks.Contains(t[place.Last + 1])))
        {
            return false;
        }
        for (var k = place.Last + 1; k < figure.First; k++)
        {
            if (!t[k].IsWord || t[k].IsCapitalized) return false;
        }
        return figure.First > place.Last + 1;
    }

    /// <summary>
    /// Whether <paramref name="place"/> stands right before "with" or "at" and a figure, whose place it is: in "followed by
    /// Russia with 29,870 and Britain with 21,400", Britain is the 21,400's, and no place of the 29,870 before it. So is a list's
    /// next name right before its figure: in "Gilgit-Baltistan reported 12 deaths and Sindh nine", Sindh is the nine's.
    /// </summary>
    private static bool HoldsNextFigure(SentenceContext sentence, PlaceHit place) =>
        (place.Last + 2 < sentence.Tokens.Count && sentence.Tokens[place.Last + 1].Lower is "with" or "at" && sentence.FigureAt(place.Last + 2) is not null)
        || (place.Lead.Length == 0 && UnknownPlaces.IsListedName(sentence, place));

    /// <summary>
    /// The place that stands right before "with" or "at" and the figure starting at token <paramref name="first"/>: "followed by
    /// Lagos with 1.1 million", "Wales at 5.3%", "followed by Russia with 29,870"; or null.
    /// </summary>
    private static PlaceHit? PlaceHeldBefore(SentenceContext sentence, int first) =>
        first > 1 && sentence.Tokens[first - 1].Lower is "with" or "at"
            ? sentence.Places.FirstWhere(first - 2, static (p, k) => p.Last == k && p.IsPlace && !p.Entry.IsDemonym)
            : null;

    /// <summary>
    /// The place a goal is set for, named between the verb and the goal: "Ontario has set Toronto a target of 285,000 new homes",
    /// which is Toronto's goal and a part of the province's, not another goal of Ontario's that FC011 finds cannot be met with it.
    /// </summary>
    private static PlaceHit? GoalSetFor(SentenceContext sentence, Figure figure)
    {
        var t = sentence.Tokens;
        var of = figure.First - 1;
        if (of < 3 || !t[of].Is("of") || t[of - 1].Lower is not ("target" or "goal" or "quota")) return null;
        // "a target", "a new target", "an annual housing target".
        var article = of - 2;
        while (article > of - 4 && article > 0 && t[article].Lower is not ("a" or "an")) article--;
        if (t[article].Lower is not ("a" or "an")) return null;
        return sentence.Places.FirstWhere((sentence, article), static (p, s) => p.Last == s.article - 1 && p.IsPlace && !p.Entry.IsDemonym && p.First > 0
            && s.sentence.Tokens[p.First - 1].Lower is "set" or "gave" or "given" or "assigned" or "handed");
    }

    /// <summary>Whether <paramref name="place"/> begins a journey's route: the Lima of "travelling from Lima to Cusco".</summary>
    private static bool Route(SentenceContext sentence, PlaceHit place) =>
        place.Lead == "from" && place.Last + 1 < sentence.Tokens.Count && sentence.Tokens[place.Last + 1].Is("to");

    /// <summary>
    /// Whether <paramref name="place"/>, the place the figure was given, is the name of a list's next item right before it,
    /// whose verb stood with the list's first: "Zambezia has recorded 412 cases, Tete 198 and Cabo Delgado 127" are Cabo
    /// Delgado's 127, not Mozambique's. The place is chosen before any after the figure (in Where); this keeps it as the
    /// figure's own.
    /// </summary>
    private static bool GappedBefore(SentenceContext sentence, PlaceHit place, Figure figure) =>
        place.Last + 1 == figure.First && place.Lead.Length == 0 && UnknownPlaces.IsListedName(sentence, place) && sentence.FigureBefore(place.First) is not null;

    /// <summary>
    /// Whether <paramref name="place"/>, named before the toll of <paramref name="figure"/>, is where its dead died: right after
    /// the toll's own noun ("Drug overdose deaths in Ohio fell by 12% to 89"); where the hazard struck ("A heatwave in
    /// Pakistan's Sindh province has killed 41 people"); a list's next name ("Sindh recorded 39 deaths, Balochistan 27"); a
    /// ranking's place that holds the figure ("followed by Baringo with 19"); a region that records it (<see cref="RecordsTheToll"/>),
    /// or that opens a later clause as the subject of its verb of record ("…, and Sindh reported eight").
    /// </summary>
    private static bool PlaceHoldsToll(SentenceContext sentence, PlaceHit place, Figure figure, NounReading noun)
    {
        var t = sentence.Tokens;
        return (noun.Index >= 0 && noun.Index < figure.First && place.First == noun.Index + 2 && t[noun.Index + 1].Is("in"))
            || (noun.Word?.Category != UnitCategory.Personnel && HazardStruck(t, place))
            || GappedBefore(sentence, place, figure)
            || ReferenceEquals(PlaceHeldBefore(sentence, figure.First), place)
            || RecordsTheToll(sentence, place, figure)
            // "…, and Sindh reported eight", "while Ohio recorded 4,000 deaths": a region the subject of its clause's verb of
            // record; not a capital, which speaks for its country.
            || (!place.Entry.IsCapital && !place.Entry.IsCountry && OpensClause(sentence, place, figure)
                && Words.RecordsAFigure(t[t[place.Last + 1].Lower is "has" or "have" or "had" ? place.Last + 2 : place.Last + 1]));
    }

    /// <summary>
    /// Whether a region the desk holds, named with its kind, records or tells the toll itself: "Officials in Kogi State, a transit
    /// point between the north and south, reported 21 deaths" and "Officials in Kogi State said 21 people died" are Kogi's
    /// dead, where "missile attacks in Baghdad have killed" soldiers the country counts. Not a city named alone ("Officials in Istanbul reported 45,000 deaths" of a quake elsewhere), not a
    /// capital, which speaks for its country ("Beijing reported"), and not a toll the sentence says is the whole country's
    /// ("Officials in Sindh province reported 1,700 deaths nationwide").
    /// </summary>
    private static bool RecordsTheToll(SentenceContext sentence, PlaceHit place, Figure figure)
    {
        var t = sentence.Tokens;
        if (place.Entry.IsCountry || place.Entry.IsDemonym || place.Entry.IsCapital || place.Last + 1 >= t.Count
            || !(Words.KindsOfAreas.Contains(t[place.Last + 1]) || t[place.Last + 1].Is("state")) || LocalSites.NamesWholeCountry(sentence))
        {
            return false;
        }
        for (var k = place.Last + 1; k < figure.First; k++)
        {
            if (Words.RecordsAFigure(t[k]) || Words.Speech.Contains(t[k])) return !sentence.FigureBetween(place.Last, k);
        }
        return false;
    }

    /// <summary>Whether the sentence opens with <paramref name="place"/> named by its kind: "The state of Queensland recorded 45,000 cases".</summary>
    private static bool OpensAsKindOfPlace(SentenceContext sentence, PlaceHit place)
    {
        var t = sentence.Tokens;
        return place.First == 3 && t[2].Is("of") && t[0].Is("the") && t[1].Lower is "state" or "province" or "region" or "city" or "county" or "prefecture" or "territory" or "district";
    }

    /// <summary>
    /// Whether <paramref name="place"/> is where a hazard named right before it struck: "A heatwave in Sindh",
    /// "Floods in India's Assam state", "Torrential rain in India's Kerala state"; not "missile attacks … in Baghdad", whose dead
    /// the seed sample has as the country's soldiers.
    /// </summary>
    private static bool HazardStruck(List<Text.Token> t, PlaceHit place)
    {
        // "Floods in Borno and Yobe states": a toll of two places is neither's.
        var after = place.Last + 1;
        while (after < t.Count && t[after].IsCapitalized) after++;
        if (after + 1 < t.Count && t[after].Text is "and" or "," && t[after + 1].IsCapitalized) return false;
        var k = place.First - 1;
        while (k > 0 && (t[k].IsPossessive || Words.Compass.Contains(t[k]) || t[k].Is("the"))) k--;
        if (k < 1 || t[k].Lower is not ("in" or "gripping" or "hit" or "hitting" or "struck" or "across" or "sweeping" or "battering" or "lashing")) return false;
        return t[k - 1].Lower is "heatwave" or "heat" or "wave" or "floods" or "flooding" or "flood" or "rain" or "rains" or "storms" or "landslide" or "landslides" or "earthquake" or "quake"
            or "cyclone" or "storm" or "typhoon" or "hurricane" or "drought" or "cholera" or "outbreak" or "epidemic" or "wildfire" or "wildfires" or "blizzard"
            or "mudslide" or "mudslides" or "dengue" or "measles" or "mpox";
    }

    /// <summary>
    /// Whether "the city" stands right after the figure's words ending at token <paramref name="last"/> as the subject of what
    /// it counts: "the 97 homicides the city saw in 2019" are the city's the sentence before named. "In the capital, …" or
    /// "outside the city" say where of a place this sentence does not name, and are not asked.
    /// </summary>
    private static bool TheCitySaw(SentenceContext sentence, int last)
    {
        var t = sentence.Tokens;
        // "The city has recorded two homicides so far", "The city's Office of Violence Prevention has a budget of $4.6 million".
        if (t.Count > 2 && t[0].Is("the") && t[1].Lower is "city" or "city's" or "capital" or "capital's") return true;
        var k = last + 1;
        if (k < t.Count && t[k].Lower is "that" or "which") k++;
        return k + 2 < t.Count && t[k].Is("the") && t[k + 1].Lower is "city" or "capital" && t[k + 2].IsWord && !t[k + 2].IsCapitalized;
    }

    /// <summary>The sentence's last place before the figure that is not its actor (<paramref name="whoHit"/>): what "there" and "in the country" point back to.</summary>
    private static PlaceHit? PlaceBefore(SentenceContext sentence, Figure figure, PlaceHit? whoHit) =>
        sentence.Places.LastWhere((figure, whoHit), static (p, s) => p.IsPlace && p.Last < s.figure.First && p != s.whoHit);

    /// <summary>
    /// Whether <paramref name="place"/> is a country that only says where the place the desk does not know, named at token
    /// <paramref name="unknownAt"/> (or none, -1), lies: "in the Grand Sud region of Madagascar", "in Ambovombe, Madagascar".
    /// Not after "to" or "into", which name whom a figure went to.
    /// </summary>
    private static bool LiesIn(SentenceContext sentence, int unknownAt, PlaceHit place) =>
        unknownAt >= 0 && place.Entry.IsCountry && place.First > unknownAt && place.First <= unknownAt + 10 && sentence.Tokens[unknownAt].Lower is not ("to" or "into");

    /// <summary>
    /// Whether <paramref name="place"/> is a donor, the subject of a verb of giving a sum: "The United States announced $120 million in
    /// additional aid" is no place the story has moved to, and the next sentence's "Aid agencies aim to reach 8 million people"
    /// had been the United States' people.
    /// </summary>
    private static bool Gives(SentenceContext sentence, PlaceHit place)
    {
        var t = sentence.Tokens;
        var k = place.Last + 1;
        if (k < t.Count && t[k].Lower is "has" or "have" or "had" or "also") k++;
        // A sum after the verb: "Kenya announced a nationwide curfew" is no donor's.
        return place.Lead.Length == 0 && k < t.Count && t[k].Lower is "announced" or "pledged" or "donated" or "gave" or "promised" or "committed" or "offered" or "provided" or "contributed"
            && sentence.Figures.FirstWhere(k, static (f, k) => f.Currency is not null && f.First > k && f.First <= k + 4) is not null;
    }

    /// <summary>
    /// Whether <paramref name="place"/> is a partner the sentence names after "with", or after "and" in such a list: "the tournament
    /// that Morocco will co-host with Spain and Portugal" keeps a story of Morocco in Morocco, whose next sentence's 3,400 workers
    /// on the stadium site had been Portugal's; or a market trade goes to or comes from ("Exports to the United States").
    /// </summary>
    private static bool Partner(SentenceContext sentence, PlaceHit place)
    {
        var t = sentence.Tokens;
        if (place.First > 0 && t[place.First - 1].Is("with")) return true;
        // "Exports to the United States, the country's largest market, reached $119.5 billion": a market, not where the story is.
        var k = place.First - 1;
        if (k >= 0 && t[k].Is("the")) k--;
        // But "Exports from Chile rose to $8.2 billion" are Chile's own: a market is where exports go and imports come from.
        if (k > 0 && t[k].Is("to") && t[k - 1].Lower is "exports" or "shipments" or "sales" or "flights" or "exported") return true;
        if (k > 0 && t[k].Is("from") && t[k - 1].Lower is "imports" or "flights" or "imported") return true;
        return place.First > 1 && t[place.First - 1].Is("and") && sentence.Places.Exists(p => p.Last == place.First - 2 && p.First > 0 && t[p.First - 1].Is("with"));
    }

    /// <summary>
    /// Whether <paramref name="place"/> is named as a market of the story's country: "Germany remained the largest buyer, taking
    /// 21% of volume" says where Ethiopia's coffee went, and the story stays in Ethiopia, whose next goal had been Germany's.
    /// </summary>
    private static bool Buys(SentenceContext sentence, PlaceHit place)
    {
        var t = sentence.Tokens;
        for (var k = place.Last + 1; k < t.Count && k <= place.Last + 5 && !IsClauseMark(t[k]); k++)
        {
            if (t[k].Lower is "buyer" or "buyers" or "market" or "markets" or "importer" or "importers" or "customer" or "customers" or "destination" or "destinations") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="place"/> is one of a list of countries that only follow in a ranking: after "Pakistan remained the
    /// biggest buyer", "Egypt, the United Kingdom and the United Arab Emirates followed" names markets, and the next sentence's
    /// earnings are still Kenya's, not the Emirates'.
    /// </summary>
    private static bool FollowsInRanking(SentenceContext sentence, PlaceHit place)
    {
        var t = sentence.Tokens;
        var k = place.Last + 1;
        while (k < t.Count)
        {
            if (t[k].Text == "," || t[k].Lower is "and" or "the") k++;
            else if (sentence.Places.Find(p => p.First == k) is { } next) k = next.Last + 1;
            else break;
        }
        return place.Entry.IsCountry && k < t.Count && t[k].Lower is "followed" && (k + 1 == t.Count || IsClauseMark(t[k + 1]) || t[k + 1].Text == ".");
    }

    /// <summary>
    /// Whether <paramref name="place"/> is one that people fled: "The crowded camps house Rohingya refugees who fled Myanmar" keeps
    /// a story of Bangladesh in Bangladesh, whose next sentence's 45,000 flooded hectares had been Myanmar's; or that people came
    /// from: after "Some of the miners came from Guinea and Burkina Faso", "48 bodies had been pulled from the pit" are still Mali's.
    /// </summary>
    private static bool FledOrCameFrom(SentenceContext sentence, PlaceHit place)
    {
        var t = sentence.Tokens;
        var k = place.Lead == "from" ? place.First - 2 : place.First - 1;
        if (k >= 0 && t[k].Lower is "fled" or "fleeing" or "flee" or "escaped" or "escaping") return true;
        // "came from neighbouring Guinea", "were from Guinea and Burkina Faso", "migrant workers from Guinea".
        var from = place.First - 1;
        while (from > 0 && (t[from].Is("and") || t[from].Text == "," || sentence.PlaceCovering(from) is not null || UnknownPlaces.SaysWhereAbouts(t[from]) || t[from].Is("neighboring"))) from--;
        return from > 0 && t[from].Is("from") && t[from - 1].Lower is "came" or "come" or "comes" or "coming" or "hailed" or "hail" or "hails" or "were" or "was" or "are"
            or "workers" or "migrants" or "miners" or "nationals" or "citizens" or "refugees" or "labourers" or "laborers";
    }

    /// <summary>
    /// Whether <paramref name="place"/> is a country the sentence ranks as a source of what the story's country counts: "India was
    /// the largest source market, followed by Russia with 29,870 and Britain with 21,400" moves a story of Sri Lanka to none of
    /// them, and the next sentence's "The government aims to attract 3 million tourists" is Sri Lanka's.
    /// </summary>
    private static bool Ranks(SentenceContext sentence, PlaceHit place) =>
        place.Entry.IsCountry && !place.Entry.IsDemonym
        && (SourceMarketBefore(sentence, sentence.Tokens.Count, countryBefore: false) || (HoldsNextFigure(sentence, place) && sentence.Tokens[place.Last + 1].Is("with") && RankingBetween(sentence, 0, sentence.Tokens.Count)));

    /// <summary>
    /// Whether the sentence speaks of a source market before token <paramref name="end"/> ("India was the largest source market in
    /// March"), and, when asked <paramref name="countryBefore"/>, a country stands before those words.
    /// </summary>
    private static bool SourceMarketBefore(SentenceContext sentence, int end, bool countryBefore)
    {
        var t = sentence.Tokens;
        for (var k = 1; k < end; k++)
        {
            if (t[k].Lower is "market" or "markets" && t[k - 1].Is("source")
                && (!countryBefore || sentence.Places.Exists(p => p.Last < k - 1 && p.Entry.IsCountry && !p.Entry.IsDemonym))) return true;
        }
        return false;
    }

    /// <summary>Whether a word of a ranking stands from token <paramref name="from"/> up to <paramref name="end"/>: "followed by Russia with 29,870".</summary>
    private static bool RankingBetween(SentenceContext sentence, int from, int end)
    {
        for (var k = Math.Max(0, from); k < end; k++)
        {
            if (sentence.Tokens[k].Lower is "followed" or "ahead" or "behind" or "trailed") return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="place"/> is only where someone spoke: "told reporters in Geneva", "speaking in Brussels".</summary>
    private static bool SpokenIn(SentenceContext sentence, PlaceHit place)
    {
        var t = sentence.Tokens;
        for (var k = place.First - 1; k >= Math.Max(0, place.First - 3); k--)
        {
            if (Words.Speech.Contains(t[k]) || t[k].Lower is "reporters" or "speaking" or "briefing" or "conference" or "journalists") return true;
        }
        return false;
    }

    /// <summary>Verbs after a city that make it its country's government: "Beijing reported", "Nairobi has received".</summary>
    private static readonly WordList CitySpeaks = WordList.Of([.. Words.Speech, "received", "receives"]);

    /// <summary>Whether a dash or another place stands between <paramref name="place"/> and token <paramref name="first"/>: the place is a dateline's, or not the nearest.</summary>
    private static bool Dateline(SentenceContext sentence, PlaceHit place, int first)
    {
        for (var k = place.Last + 1; k < first; k++)
        {
            // "TOKYO - Japan's population", "Seoul, South Korea's capital": but "Kano State overtook Lagos as the most populous
            // state, with 20.1 million residents" is still Kano's.
            if (LocalSites.IsDash(sentence.Tokens[k]) || (sentence.PlaceAt(k) is { } other && (other.Entry.IsCountry || other.Entry.IsDemonym || other.Entry.Country != place.Entry.Country))) return true;
        }
        return false;
    }

    /// <summary>Words before a figure that make a place after "from" where the figure was: "withdrew 2,400 troops from Mali".</summary>
    private static readonly WordList Leaving = WordList.Of([.. Words.Movement, .. Words.ReduceVerbs, "left", "leave", "leaves", "pulled", "fled"]);

    /// <summary>
    /// A country or place the figure's sentence names without a preposition, when it names none with one: "Brazil
    /// administered 1.2 million doses", "Japan's unemployment rate was 2.4%" are Brazil's and Japan's, whatever place an
    /// earlier sentence named. Not for troops, which a country mostly keeps elsewhere ("the US has 2,500 troops"), unless
    /// their own words name them another country's: "Lithuania hosted nearly 1,700 German soldiers" are in Lithuania.
    /// </summary>
    private static PlaceHit? OwnCountry(SentenceContext sentence, Figure figure, NounReading noun, PlaceHit? whoHit) =>
        noun.Word?.Category == UnitCategory.Personnel
            ? noun.Who is { } theirs
                ? sentence.Places.FirstWhere((theirs, sentence, figure), static (p, s) => p.IsPlace && !p.Entry.IsDemonym && p.Lead.Length == 0
                    && p.Last < s.figure.First && p.Entry.Country != s.theirs.Entry.Country && !Speaks(s.sentence, p))
                : null
            : sentence.Places.FirstWhere((whoHit, sentence), static (p, s) => p.IsPlace && !p.Entry.IsDemonym && p.Lead.Length == 0
                && (s.whoHit is null || p == s.whoHit || p.Entry.IsCountry) && !Speaks(s.sentence, p));

    /// <summary>
    /// Words after a country that make it one speaking of another: "US officials said", "Britain's foreign office said".
    /// A country's own government or ministry mostly speaks of it ("Spain's health ministry attributed 2,124 deaths").
    /// </summary>
    private static readonly WordList ForeignSpeakers = WordList.Of("foreign", "embassy", "envoy", "diplomats", "officials", "official");

    /// <summary>
    /// Whether <paramref name="place"/> speaks of another country in its sentence ("US officials said 300 civilians were
    /// killed" in a story on Sudan); "Kenya's officials" are Kenya's own.
    /// </summary>
    private static bool Speaks(SentenceContext sentence, PlaceHit place)
    {
        // "Ohio health officials on Thursday reported 94 cases": a state's or city's officials speak of it, where a country's may
        // speak of another abroad; but not "Texas officials said 12 people had died, citing Mexican authorities".
        if (!place.Entry.IsCountry && !place.Entry.IsDemonym && !sentence.Places.Exists(p => p.Entry.Country != place.Entry.Country)) return false;
        var t = sentence.Tokens;
        var possessive = t[place.Last].IsPossessive;
        for (var k = place.Last + 1; k < t.Count && k <= place.Last + 2; k++)
        {
            // "Egypt's foreign reserves" are Egypt's own, where "Britain's foreign office" speaks for Britain abroad.
            if (t[k].Is("foreign") && !(k + 1 < t.Count && t[k + 1].Lower is "office" or "ministry" or "minister" or "secretary" or "affairs" or "service")) continue;
            if (ForeignSpeakers.Contains(t[k]) && !(possessive && t[k].Lower is "officials" or "official")) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="place"/> with its preposition is the whole of the clause after the figure ending at token
    /// <paramref name="last"/>, or with a word that says how much of the figure is there: "300 soldiers in Tarin Kowt, in
    /// Afghanistan, today" says where Tarin Kowt is, "1,200 new cases, mostly in Nairobi" where the cases are.
    /// </summary>
    private static bool NextClauseIs(SentenceContext sentence, int last, PlaceHit place)
    {
        var t = sentence.Tokens;
        var k = place.First - 1;
        if (k >= 0 && t[k].Is("the")) k--;
        if (place.Lead.Length == 0 || k < 0 || !t[k].Is(place.Lead)) return false;
        // "1,200 new cases on Monday, mostly in Nairobi", "12 people, most of them in Cebu".
        k--;
        if (k >= 0 && t[k].Lower is "mostly" or "mainly" or "largely" or "chiefly" or "all") k--;
        else if (k >= 2 && t[k].Is("them") && t[k - 1].Is("of") && t[k - 2].Lower is "most" or "all" or "many") k -= 3;
        return k >= 0 && IsClauseMark(t[k]) && !ClauseMarkBetween(sentence, last + 1, k);
    }

    /// <summary>
    /// Whether <paramref name="place"/> is where the figure's source speaks from, in the clause right after the figure ending
    /// at token <paramref name="last"/>: "Cholera has killed 120 people since January, the health ministry in Nairobi said".
    /// </summary>
    private static bool SpeaksFrom(SentenceContext sentence, int last, PlaceHit place)
    {
        var t = sentence.Tokens;
        if (place.Lead != "in" || place.Last + 1 >= t.Count || !Words.Speech.Contains(t[place.Last + 1])) return false;
        var mark = last + 1;
        while (mark < place.First && !IsClauseMark(t[mark])) mark++;
        return !ClauseMarkBetween(sentence, mark + 1, place.First) && !sentence.FigureBetween(mark, place.First);
    }
}
