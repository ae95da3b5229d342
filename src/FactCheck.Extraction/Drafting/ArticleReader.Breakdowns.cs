using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Reading;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Drafting;

/// <summary>
/// A figure broken down by place in its own sentence: "Kenya vaccinated 1.2 million children in May, including 800,000 in
/// Nairobi and 600,000 in Mombasa"; or an earlier sentence's figure broken down in a later one: "Of the inmates, 41,250 were on
/// remand and 39,870 had been convicted", "Gauteng accounted for 1.4 million of the birds destroyed, Mpumalanga for 900,000".
/// Each part is the whole's measure in its place or of its kind and a part of the whole, so that FC016 finds parts that add up
/// to more than it; they had been left out as a part of a figure before, or as naming nothing they count.
/// </summary>
internal sealed partial class ArticleReader
{
    private void ReadBreakdown(SentenceContext sentence, List<(Figure Figure, Draft Draft)> drafted)
    {
        var t = sentence.Tokens;
        foreach (var (wholeFigure, whole) in drafted)
        {
            if (whole.Kind != ClaimKind.Observation || whole.PartOf is not null || wholeFigure.Value.IsPercent || MeasureAndPlace(whole.Subject) is not var (measure, wholePlace)) continue;
            var part = sentence.Figures.FirstWhere(wholeFigure, static (f, w) => f.First > w.Last);
            if (part is null || part.First < 1 || !t[part.First - 1].Is("including") || part.Value.IsPercent) continue;
            while (part is not null && PlacedPart(sentence, part, wholePlace) is var (key, end) && key is not null)
            {
                TakeBackSkip(sentence, part);
                Drafts.Add(ListedPart(whole, measure + "/" + key, part.Value, t[part.First].Start, t[end].End));
                // The next part: ", 600,000 in Mombasa" or "and 600,000 in Mombasa".
                part = end + 2 < t.Count && t[end + 1].Text is "," or "and" ? sentence.FigureAt(end + 2) : null;
            }
        }
    }

    /// <summary>The measure and the place of a subject key ("chickens-culled" and "south-africa" of `chickens-culled/south-africa`), or null for a key with no place.</summary>
    private static (string Measure, string Place)? MeasureAndPlace(string subject) =>
        subject.IndexOf('/') is > 0 and var slash ? (subject[..slash], subject[(slash + 1)..]) : null;

    /// <summary>
    /// A part of <paramref name="whole"/> listed with others: the whole's measure under <paramref name="key"/>, at the whole's time,
    /// in its unit, told by its source; or, where it is not <paramref name="listed"/>, the same figure under its own key alone.
    /// </summary>
    private Draft ListedPart(Draft whole, string key, Quantity value, int start, int end, bool listed = true) => new()
    {
        Kind = ClaimKind.Observation, Subject = desk.SubjectFor(key), Start = start, End = end, Value = value, Unit = whole.Unit, Time = whole.Time,
        Attribution = whole.Attribution, PartOf = listed ? whole.Subject : null, Listed = listed,
    };

    /// <summary>
    /// The place of the part <paramref name="part"/>, right after it or its noun, as a key, and the place's last token: a city or
    /// region of the whole's country <paramref name="wholePlace"/> ("800,000 in Nairobi", "600,000 children in Mombasa"), or an
    /// area named with its kind ("800,000 in the Ashanti region"); (null, -1) when it names neither.
    /// </summary>
    private static (string? Key, int Last) PlacedPart(SentenceContext sentence, Figure part, string wholePlace)
    {
        var t = sentence.Tokens;
        var k = part.Last + 1;
        if (k < t.Count && t[k].IsWord && !t[k].IsCapitalized && !t[k].Is("in")) k++;
        if (k + 1 >= t.Count || !t[k].Is("in")) return (null, -1);
        if (sentence.PlaceAt(k + 1) is { IsPlace: true } place)
        {
            return !place.Entry.IsCountry && !place.Entry.IsDemonym && place.Entry.Country == wholePlace && place.Entry.Key != wholePlace ? (place.Entry.Key, place.Last) : (null, -1);
        }
        var kind = t[k + 1].Is("the") ? k + 2 : k + 1;
        while (kind < t.Count && kind - k < 6 && t[kind].IsCapitalized && !IsAreaKind(t[kind])) kind++;
        return kind < t.Count && IsAreaKind(t[kind]) && AreaNameAt(sentence, kind) is { } area ? (Slug.Of(area), kind) : (null, -1);
    }

    /// <summary>
    /// "Of the inmates, 41,250 were on remand awaiting trial and 39,870 had been convicted", "Of these, …", "Foreign tourists
    /// accounted for 1.6 million of the total and Tanzanian residents for 1.5 million": the parts a sentence gives of a whole an
    /// earlier sentence drafted, at the whole's time. Only a sentence of no time of its own (but the day of writing, the date
    /// of the report it is "according to", or the whole's own time named again), and at least two parts, each less than the whole: a part named by its place
    /// is the whole's measure there, any other by its kind ("inmates-on-remand").
    /// </summary>
    private void ReadLaterBreakdown(SentenceContext sentence, List<(Figure Figure, Draft Draft)> drafted)
    {
        var t = sentence.Tokens;
        // "… of the doses given so far": a time that is the day of writing is the whole's as well, and so is the date of the
        // report it is "according to".
        if (sentence.IsHeadline || t.Count < 6) return;
        var parts = new List<(Figure Figure, int First, int Last, bool Named)>();
        string? wholeNoun = null;
        // The token after the comma of "Of the confirmed cases,", where a part named by its place may follow; 0 for none.
        var opened = 0;
        if (t[0].Is("of") && t[1].Lower is "the" or "these" or "those" or "them" or "this" or "that")
        {
            var comma = 2;
            // A participle of record past the noun, not before it ("Of the recorded deaths,").
            while (comma < t.Count && comma < 6 && t[comma].IsWord && !(comma > 3 && Words.RecordsAFigure(t[comma]))) comma++;
            // "Of the suspected cases reported last week,": the noun past the participle of its record and the time it names,
            // which the whole's must be (OfWholesTime).
            var recordedAt = comma < t.Count && Words.RecordsAFigure(t[comma]) ? sentence.Times.Find(m => m.First == comma + 1) : null;
            if (recordedAt is not null && recordedAt.Last + 1 < t.Count && t[recordedAt.Last + 1].Text == ",")
            {
                opened = recordedAt.Last + 2;
            }
            if (comma >= t.Count || (t[comma].Text != "," && opened == 0)) return;
            // "Of the inmates," names the whole by its noun, "Of the confirmed cases," by the noun past its participle, "Of these,"
            // is the last figure told; "Of the inmates in Luzira," is not read, its whole named by more than a noun.
            // "Of the total," is the last figure told, as "Of these," is.
            wholeNoun = !t[1].Is("the") || (comma == 3 && t[2].Is("total")) ? "" : comma == 3 ? t[2].Lower : comma == 4 && t[2].Lower.EndsWith("ed", StringComparison.Ordinal) ? t[3].Lower : null;
            if (wholeNoun is null) return;
            if (opened == 0) opened = comma + 1;
            var firstPart = sentence.FigureAt(opened);
            var sentTo = firstPart is not null && SentTo(t, firstPart);
            if (firstPart is { } placedFirst && PlaceAfter(sentence, placedFirst, sentTo ? 6 : 3, sentTo) is (> 0, _))
            {
                // "Of the confirmed deaths, 612 were in Sao Paulo, 188 in the neighbouring state of Minas Gerais and 94 in Goias":
                // parts by place; and "Of the total, 380,000 bags went to farmers in Uasin Gishu county, 340,000 to Trans Nzoia":
                // by the place each went to.
                AddPlacedParts(sentence, placedFirst, sentTo ? 6 : 3, 3, parts, sentTo);
            }
            else
            {
                for (var part = firstPart; part is not null; part = NextListed(sentence, part))
                {
                    parts.Add((part, part.Last + 1, KindEnd(t, part.Last + 1), false));
                }
            }
        }
        // "Eleven of the deaths were recorded in the Analanjirofo region, nine in neighbouring Atsinanana and six in Sava further
        // north": parts each placed after its figure, of the whole the first names.
        // And "NADFOR's regional breakdown puts 312,000 of the people in need in Togdheer, 248,000 in Sanaag".
        if (parts.Count == 0 && opened == 0 && sentence.Figures.Find(f => f.Last + 3 < t.Count && t[f.Last + 1].Is("of") && t[f.Last + 2].Is("the")) is { } lead
            && (lead.First == 0 || PlaceAfter(sentence, lead, 8) is (> 0, _)))
        {
            wholeNoun = t[CountedNounAt(t, lead.Last + 3)].Lower;
            AddPlacedParts(sentence, lead, 8, 1, parts);
        }
        // "Holmes County accounts for 51 of the cases": one part alone, when it names its whole, which a later sentence may go on to break down.
        var oneIsEnough = false;
        var accountedFor = parts.Count == 0 ? AccountedFor(sentence, opened) : null;
        if (parts.Count == 0 && (accountedFor ?? RankedFirst(sentence)) is var (accounted, noun))
        {
            oneIsEnough = opened == 0 && noun.Length > 0 && accountedFor is not null;
            wholeNoun = opened > 0 ? wholeNoun : noun;
            parts.Add(accounted);
            for (var k = accounted.Figure.Last + 1; k + 1 < t.Count; k++)
            {
                // ", Mpumalanga for 900,000 and the Western Cape for 650,000", ", followed by Ilha de Moçambique with 9,750", and
                // with the verb left out, ", Siaya 14, Homa Bay 11 and Migori 8"; not ", with Colombo district alone reporting 5,210,
                // Gampaha 4,480 and Kalutara 2,212", the part's own parts.
                if (t[k].Text == "," && t[k + 1].Is("with") && sentence.FigureAt(k + 2) is null) break;
                if (sentence.FigureAt(k + 1) is not { } part || part.First != k + 1) continue;
                var nameLast = t[k].Lower is "for" or "with" ? k - 1 : t[k] is { IsWord: true, IsCapitalized: true } ? k : -1;
                // "followed by Tana North, centred on Bura, with 1,310": the name before the aside on it.
                if (nameLast > 0 && t[nameLast].Text == "," && Asides.OpeningBefore(t, nameLast, 10) is var opening and > 0) nameLast = opening - 1;
                if (nameLast < 0) continue;
                var name = nameLast;
                while (name > parts[^1].Figure.Last && t[name - 1].Text != "," && !t[name - 1].Is("and") && !t[name - 1].Is("by")) name--;
                // "followed by the city of Ostrava with 118": the name past its kind.
                if (name + 3 <= nameLast && t[name].Is("the") && t[name + 1].Lower is "city" or "town" or "district" or "province" or "region" or "state" && t[name + 2].Is("of")) name += 3;
                if (name > nameLast || nameLast - name > 3) break;
                parts.Add((part, name, nameLast, true));
                k = part.Last;
            }
        }
        if (parts.Count < (oneIsEnough ? 1 : 2) || wholeNoun is null || EarlierWhole(sentence, wholeNoun, parts.Max(static p => p.Figure.Value.Value), Qualifier(t, parts[0].Figure.Last)) is not { } whole || MeasureAndPlace(whole.Subject) is not var (measure, wholePlace)) return;
        if (!OfWholesTime(sentence, whole)) return;
        var keys = new List<string>();
        foreach (var (figure, first, last, named) in parts)
        {
            // "41,250 were on remand", "900,000 birds": no share, sum of money or other unit than the whole's, and less than it.
            if (figure.Value.IsPercent || figure.Currency is not null || figure.Value.Value >= whole.Value.Value
                || (figure.Last + 1 < t.Count && UnitWords.Find(t[figure.Last + 1].Lower) is { } unit && unit.Canonical != whole.Unit)) return;
            var place = named ? sentence.PlaceAt(t[first].Is("the") ? first + 1 : first) : null;
            // "Uganda remains the hardest-hit country with 3,100 cases, followed by Tanzania": other countries, no parts of Kenya's.
            if (place is not null && place.Last >= last && (place.Entry.IsCountry || place.Entry.IsDemonym || !place.IsPlace)) return;
            // "Peshawar division" is the division's, not the city's.
            var key = place is { IsPlace: true, Entry: { IsCountry: false, IsDemonym: false } entry } && entry.Country == wholePlace && !(place.Last < last && IsPartsKind(t[last])) ? measure + "/" + entry.Key
                // "Chiba prefecture accounted for 12 of them": a name with its kind.
                : named && IsPartsKind(t[last]) && last > first && AreaNameAt(sentence, last) is { } kindOfArea ? measure + "/" + Slug.Of(kindOfArea)
                : (named ? NamedPart(sentence, first, last) : PartIn(sentence, first, last)) is { } area ? measure + "/" + area
                : KindWords(t, first, last) is { } kind ? measure + "-" + kind + "/" + wholePlace : null;
            if (key is null || key == whole.Subject || keys.Contains(key)) return;
            keys.Add(key);
        }
        for (var i = 0; i < parts.Count; i++)
        {
            var figure = parts[i].Figure;
            var at = drafted.FindIndex(d => ReferenceEquals(d.Figure, figure));
            if (at >= 0)
            {
                Undraft(drafted, at);
            }
            else
            {
                TakeBackSkip(sentence, figure);
            }
            var draft = ListedPart(whole, keys[i], figure.Value, t[Math.Min(figure.First, parts[i].First)].Start, t[Math.Max(figure.Last, parts[i].Last)].End);
            Drafts.Add(draft);
            drafted.Add((figure, draft));
        }
    }

    /// <summary>
    /// "Holmes County accounts for 51 of the cases. Neighboring Wayne County has 29, Knox County 11 and Ashland County six.",
    /// "Central Province followed with 3,415 cases, ahead of Southern Province with 2,870 and Northern Province with 1,318": the
    /// parts a sentence goes on to list, in the paragraph where the sentence before broke a whole down. Only a sentence whose
    /// every figure is such a part, named by its place right before it, and of no time but the whole's.
    /// </summary>
    private void ReadContinuedBreakdown(SentenceContext sentence, List<(Figure Figure, Draft Draft)> drafted)
    {
        var t = sentence.Tokens;
        // "Of the deaths, Wayne County had 2": a sentence that names its own whole goes on with no breakdown before it.
        if (sentence.IsHeadline || sentence.Figures.Count == 0 || t[0].Is("of") || (LastPartBefore(sentence) ?? LeaderFollowed(sentence)) is not { } listed) return;
        Draft? whole = null;
        var keys = new List<string>();
        foreach (var draft in Drafts)
        {
            // The figure the part before was listed of, at its time: "94 cases on Thursday, up from 71 a week earlier" lists no part of the 71.
            if (draft.Start < sentence.Start && draft.Kind == ClaimKind.Observation && !draft.Listed && draft.Subject == listed.PartOf && draft.Time == listed.Time) whole = draft;
            if (draft.Listed && draft.PartOf == listed.PartOf) keys.Add(draft.Subject);
        }
        if (whole is null || MeasureAndPlace(whole.Subject) is not var (measure, wholePlace) || !OfWholesTime(sentence, whole)) return;
        var parts = new List<(Figure Figure, int First, string Key)>();
        var after = -1;
        foreach (var figure in sentence.Figures)
        {
            // "Wayne County has 29 hospital beds": a figure of its own noun counts something else.
            if (figure.Value.IsPercent || figure.Currency is not null || figure.Value.Value >= whole.Value.Value
                || (figure.Last + 1 < t.Count && t[figure.Last + 1] is { IsWord: true, IsCapitalized: false } next && next.Lower is not ("and" or "while" or "respectively")
                    && UnitWords.Find(next.Lower)?.Canonical != whole.Unit)
                || NameBefore(t, figure.First, after) is not var (first, last)) return;
            var place = sentence.PlaceAt(first);
            var key = place is { IsPlace: true, Entry: { IsCountry: false, IsDemonym: false } entry } && place.Last == last
                ? entry.Country == wholePlace ? measure + "/" + entry.Key : null
                : place is null && NamedPart(sentence, first, last) is { } name ? measure + "/" + name : null;
            if (key is null || key == whole.Subject || keys.Contains(key)) return;
            keys.Add(key);
            parts.Add((figure, first, key));
            after = figure.Last;
        }
        foreach (var (figure, first, key) in parts)
        {
            var at = drafted.FindIndex(d => ReferenceEquals(d.Figure, figure));
            if (at >= 0)
            {
                Undraft(drafted, at);
            }
            else
            {
                TakeBackSkip(sentence, figure);
            }
            var draft = ListedPart(whole, key, figure.Value, t[first].Start, t[figure.Last].End);
            Drafts.Add(draft);
            drafted.Add((figure, draft));
        }
    }

    /// <summary>The last part of a breakdown drafted before <paramref name="sentence"/> in its paragraph, or null.</summary>
    private Draft? LastPartBefore(SentenceContext sentence)
    {
        for (var i = Drafts.Count - 1; i >= 0; i--)
        {
            var draft = Drafts[i];
            if (draft.Start >= sentence.Start) continue;
            if (!InParagraphOf(sentence, draft)) return null;
            if (draft.Listed && draft.PartOf is not null) return draft;
        }
        return null;
    }

    /// <summary>
    /// The first and last token of the name right before the figure at token <paramref name="figure"/>, past a verb of having
    /// and "with" or "for" ("Wayne County has 29", "Kebbi followed with 310,000", "ahead of Jigawa with 260,000", "Knox County
    /// 11"), after token <paramref name="after"/>; null where no capitalised name stands there.
    /// </summary>
    private static (int First, int Last)? NameBefore(List<Text.Token> t, int figure, int after)
    {
        var k = figure - 1;
        if (k > after && t[k].Lower is "with" or "for") k--;
        if (k > after && t[k].Lower is "has" or "had" or "have" or "reported" or "recorded" or "logged" or "registered" or "lost" or "followed" or "follows" or "counted" or "saw") k--;
        if (k > after && t[k].Is("also")) k--;
        if (k <= after || !t[k].IsWord || !t[k].IsCapitalized || t[k].IsPossessive) return null;
        var first = k;
        while (first - 1 > after && k - first < 3 && t[first - 1].IsWord && t[first - 1].IsCapitalized && !t[first - 1].IsPossessive) first--;
        // "… and the Northwest Territories with 850,000": a name that takes "the".
        var before = first > 1 && first - 1 > after && t[first - 1].Is("the") ? first - 2 : first - 1;
        if (before >= 0 && !IsClauseMark(t[before]) && t[before].Lower is not ("and" or "of" or "while")) return null;
        // "Neighbouring Wayne County": the word that says where it lies is no part of its name.
        if (t[first].Lower is "neighbouring" or "neighboring" or "nearby" or "adjacent") first++;
        return first <= k ? (first, k) : null;
    }

    /// <summary>
    /// The key of a part named by a name the desk does not hold, from token <paramref name="first"/> to <paramref name="last"/> of <paramref name="sentence"/>: a
    /// district's, as "Ilha de Moçambique with 9,750" and "Mossuril accounted for 18,900 of the houses hit" name them; null
    /// for words that are no name ("Foreign tourists", "Drivers" opening a sentence).
    /// </summary>
    private string? NamedPart(SentenceContext sentence, int first, int last)
    {
        var t = sentence.Tokens;
        if (first > last || !t[first].IsCapitalized || t[first].IsPossessive) return null;
        // "Drivers accounted for 36 of the deaths": a plural opening the sentence is a kind, capitalised only there.
        if (first == 0 && first == last && t[first].Lower.EndsWith('s')) return null;
        for (var k = first; k <= last; k++)
        {
            // "Ilha de Moçambique", "Nacala-a-Velha": a name's own small words and hyphens.
            if (t[k].IsWord && !t[k].IsCapitalized && t[k].Lower is not ("de" or "da" or "do" or "del" or "la" or "a")) return null;
        }
        return Slug.Of(body[t[first].Start..t[last].End]);
    }

    /// <summary>
    /// The key of the place a part's words put it in, from <paramref name="first"/> to <paramref name="last"/>: "about 1.9 million
    /// live in Peshawar division" is Peshawar division's; null when they name no area with its kind.
    /// </summary>
    private static string? PartIn(SentenceContext sentence, int first, int last)
    {
        var t = sentence.Tokens;
        for (var k = first; k < last; k++)
        {
            if (!t[k].Is("in")) continue;
            for (var kind = k + 1; kind <= last && kind - k < 6; kind++)
            {
                if (IsAreaKind(t[kind])) return AreaNameAt(sentence, kind) is { } area ? Slug.Of(area) : null;
            }
        }
        return null;
    }

    /// <summary>
    /// The first part of "Gauteng accounted for 1.4 million of the birds destroyed", "… of the total" or "Meru accounts for the
    /// largest share of the deaths, with 96 cattle lost", with the words that name it, and the noun of the whole ("birds";
    /// empty for "the total"); after an opening that named the whole (<paramref name="opened"/>, the token after the comma of
    /// "Of the confirmed cases,"), "Kisumu county accounted for 19" alone; null for any other sentence.
    /// </summary>
    private static ((Figure Figure, int First, int Last, bool Named) Part, string Noun)? AccountedFor(SentenceContext sentence, int opened)
    {
        var t = sentence.Tokens;
        for (var k = Math.Max(1, opened); k + 5 < t.Count; k++)
        {
            if (!AccountsFor(t, k + 1)) continue;
            Figure figure;
            string noun;
            if (sentence.FigureAt(k + 2) is { } direct && direct.First == k + 2)
            {
                var of = direct.Last + 1;
                // "11,902 of the cases", "of this year's cases", "of all cases".
                var nounAt = of + 2 >= t.Count || !t[of].Is("of") ? -1 : t[of + 1].Lower is "the" or "all" ? of + 2
                    : of + 3 < t.Count && t[of + 1].Is("this") && t[of + 2].Is("year's") ? of + 3 : -1;
                if (nounAt > 0 && t[nounAt].IsWord)
                {
                    var named = CountedNounAt(t, nounAt);
                    (figure, noun) = (direct, t[named].Is("total") ? "" : t[named].Lower);
                }
                else if (opened > 0 || (of + 1 < t.Count && t[of].Is("of") && t[of + 1].Lower is "them" or "these" or "those"))
                {
                    // "Of the confirmed cases, Kisumu county accounted for 19, …": the opening named the whole; "Chiba prefecture
                    // accounted for 12 of them": the figure told last.
                    (figure, noun) = (direct, "");
                }
                else
                {
                    return null;
                }
            }
            else if (LargestShareWith(sentence, k + 2) is { } share)
            {
                (figure, noun) = share;
            }
            else
            {
                continue;
            }
            var last = k - 1;
            // "Alappuzha also accounts for the largest number": the name before the adverb.
            if (last > 0 && t[last].Lower is "also" or "alone" or "again" or "still") last--;
            if (t[last].Text == ",")
            {
                // "Bajhang, the hardest-hit district, accounted for 4,310": the name before the aside.
                var opening = Asides.OpeningBefore(t, last, 12);
                if (opening < 0) return null;
                last = opening - 1;
            }
            var first = last;
            while (first > 0 && !IsClauseMark(t[first - 1]) && last - first < 3) first--;
            if (first > 0 && !IsClauseMark(t[first - 1])) return null;
            return ((figure, first, last, true), noun);
        }
        return null;
    }

    /// <summary>
    /// Whether a sentence that breaks down <paramref name="whole"/> tells no time but the whole's: the day of writing, the date of
    /// the report it is "according to", a day of the week up to the whole's day ("540,000 people vaccinated by Sunday
    /// evening" of a count given on Monday), or the period that holds the whole's ("of this year's cases").
    /// </summary>
    private static bool OfWholesTime(SentenceContext sentence, Draft whole) =>
        !sentence.Times.Exists(m => !m.IsNow && !AccordingToBefore(sentence.Tokens, m.First)
            && !(m.Time.Precision == TimePrecision.Day && m.Time.End <= whole.Time.End && m.Time.End >= whole.Time.End.PlusDays(-7))
            // "Of the suspected cases reported last week," of the week's 1,005: the whole's own time, named again.
            && m.Time != whole.Time
            // "11,902 of this year's cases": the whole's own period, named as the whole it is a part of.
            && !(m.First > 0 && sentence.Tokens[m.First - 1].Is("of") && m.Time.Start <= whole.Time.Start && m.Time.End >= whole.Time.End));

    /// <summary>
    /// The first and last token of the name of the place a part's figure is in, after "in" (or, with <paramref name="sentTo"/>,
    /// "to") within <paramref name="reach"/> tokens of it, past "the" and a word that says where it lies: "Analanjirofo region" of "… were recorded in the Analanjirofo
    /// region", "Atsinanana" of "nine in neighbouring Atsinanana"; (0, 0) where none stands there.
    /// </summary>
    private static (int First, int Last) PlaceAfter(SentenceContext sentence, Figure part, int reach, bool sentTo = false)
    {
        var t = sentence.Tokens;
        for (var k = part.Last + 1; k + 1 < t.Count && k <= part.Last + reach && !IsClauseMark(t[k]) && sentence.FigureAt(k) is null; k++)
        {
            if (!t[k].Is("in") && !(sentTo && t[k].Is("to"))) continue;
            var first = k + 1;
            while (first < t.Count && (t[first].Is("the") || UnknownPlaces.SaysWhereAbouts(t[first]))) first++;
            // "in the mountainous Malakand division": past a word that says what it is like.
            if (first > k + 1 && t[first - 1].Is("the") && first + 1 < t.Count && t[first] is { IsWord: true, IsCapitalized: false } && !IsPartsKind(t[first]) && t[first + 1].IsCapitalized) first++;
            // "in the neighbouring state of Minas Gerais": past the kind to the name.
            if (first + 2 < t.Count && IsPartsKind(t[first]) && t[first + 1].Is("of")) first += 2;
            // "of the people in need in Togdheer": past an "in" of no place.
            if (first >= t.Count || !t[first].IsCapitalized) continue;
            var last = first;
            while (last + 1 < t.Count && last - first < 3 && (t[last + 1].IsCapitalized || IsAreaKind(t[last + 1]))) last++;
            // "412 were in White residents", "in French villages": a people's, not a place's.
            if (sentence.PlaceAt(first) is { Entry.IsDemonym: true } || (last + 1 < t.Count && t[last + 1] is { IsWord: true, IsCapitalized: false } after
                && after.Lower.EndsWith('s') && UnitWords.Find(after.Lower) is not null)) return (0, 0);
            return (first, last);
        }
        return (0, 0);
    }

    /// <summary>
    /// Adds the parts placed after their figures from <paramref name="first"/> on, each its figure and its place's name: the first
    /// part's place within <paramref name="firstReach"/> tokens of it, the next ones' within <paramref name="nextReach"/>.
    /// </summary>
    private static void AddPlacedParts(SentenceContext sentence, Figure first, int firstReach, int nextReach, List<(Figure Figure, int First, int Last, bool Named)> parts, bool sentTo = false)
    {
        for (var part = first; part is not null && PlaceAfter(sentence, part, part == first ? firstReach : nextReach, sentTo) is var (name, last) && name > 0; part = NextPlaced(sentence, last))
        {
            parts.Add((part, name, last, true));
        }
    }

    /// <summary>
    /// Whether the words after a part's figure say where it was sent, so that "to" places it as "in" does: "380,000 bags went to
    /// farmers in Uasin Gishu county", "were delivered to", "were allocated to".
    /// </summary>
    private static bool SentTo(List<Text.Token> t, Figure part)
    {
        for (var k = part.Last + 1; k + 1 < t.Count && k <= part.Last + 3; k++)
        {
            if (t[k].Lower is "went" or "sent" or "delivered" or "allocated" or "distributed" or "shipped" && t[k + 1].Is("to")) return true;
        }
        return false;
    }

    /// <summary>The figure after the place that ends at token <paramref name="last"/>, past words that say more of it, a comma and "and": "…, nine in …".</summary>
    private static Figure? NextPlaced(SentenceContext sentence, int last)
    {
        var t = sentence.Tokens;
        var k = last + 1;
        while (k < t.Count && k - last < 4 && t[k].IsWord && !t[k].Is("and")) k++;
        if (k < t.Count && t[k].Text == ",") k++;
        // "…, where the storm struck first, nine in …": past an aside on the place.
        if (k < t.Count && t[k].Lower is "where" or "which" or "who")
        {
            var close = Asides.ClosingAfter(t, k - 1, 12);
            if (close < 0) return null;
            k = close + 1;
        }
        if (k < t.Count && t[k].Is("and")) k++;
        return sentence.FigureAt(k) is { } next && next.First == k ? next : null;
    }

    /// <summary>
    /// The first part of a ranking, with its name and the noun of the whole its figure counts: "Dhemaji remained the worst-hit
    /// district with 168,400 people affected, followed by Lakhimpur with 121,300", "The Ouest department, which includes the
    /// capital, remained the worst affected with 2,950 suspected cases", "Tana Delta sub-county is the worst hit, with 2,640
    /// displaced households", "The four hardest-hit governorates were Hodeidah with 486 cases"; null for any other sentence.
    /// </summary>
    private static ((Figure Figure, int First, int Last, bool Named) Part, string Noun)? RankedFirst(SentenceContext sentence)
    {
        var t = sentence.Tokens;
        // "The four hardest-hit governorates were Hodeidah with 486 cases, Ibb with 391": the first named after the verb.
        var were = t.FindIndex(static x => x.Lower is "were" or "are");
        if (were is > 1 and < 8 && were + 3 < t.Count && RankingBetween(t, 0, were) && t[were + 1].IsCapitalized)
        {
            var name = were + 1;
            while (name + 1 < t.Count && name - were < 3 && t[name + 1].IsCapitalized) name++;
            return name + 2 < t.Count && t[name + 1].Is("with") && PartWith(sentence, name + 2) is { } listed ? ((listed.Figure, were + 1, name, true), listed.Noun) : null;
        }
        // "The Ouest department, which includes the capital, remained …": past "The", the name and its kind, and an aside.
        var first = t.Count > 1 && t[0].Is("the") ? 1 : 0;
        var last = first;
        while (last + 1 < t.Count && last - first < 3 && (t[last + 1].IsCapitalized || IsPartsKind(t[last + 1])) && t[last + 1].IsWord) last++;
        if (!t[first].IsCapitalized || !t[first].IsWord) return null;
        var verb = last + 1;
        if (verb + 1 < t.Count && t[verb].Text == ",")
        {
            var close = Asides.ClosingAfter(t, verb, 10);
            if (close < 0) return null;
            verb = close + 1;
        }
        // "Tana Delta sub-county is the worst hit", "has been the hardest hit".
        if (verb + 1 < t.Count && t[verb].Lower is "has" or "had" && t[verb + 1].Is("been")) verb++;
        if (verb + 4 >= t.Count) return null;
        if (t[verb].Lower is not ("remains" or "remained" or "was" or "is" or "became" or "stays" or "stayed" or "been") || !t[verb + 1].Is("the")) return null;
        var with = verb + 2;
        while (with < t.Count && with - verb < 7 && !t[with].Is("with") && !(t[with].Text == "," && with + 1 < t.Count && t[with + 1].Is("with"))) with++;
        if (with < t.Count && t[with].Text == ",") with++;
        if (!RankingBetween(t, verb + 2, with) || with + 2 >= t.Count || !t[with].Is("with") || PartWith(sentence, with + 1) is not { } part) return null;
        return ((part.Figure, first, last, true), part.Noun);
    }

    /// <summary>
    /// Whether a word after a part's name is the kind of area it is: the kinds of area, and those only a breakdown's parts are
    /// named with ("the Ouest department", "Tana Delta sub-county"), which elsewhere mostly name an office ("the health department").
    /// </summary>
    private static bool IsPartsKind(Token token) => IsAreaKind(token) || token.Lower is "department" or "sub-county" or "municipality" or "state";

    /// <summary>Whether a word that ranks places stands among tokens <paramref name="from"/> to before <paramref name="to"/>: "the worst-hit", "hardest hit", "most affected", "largest", "the epicentre".</summary>
    private static bool RankingBetween(List<Token> t, int from, int to)
    {
        for (var k = from; k < to && k < t.Count; k++)
        {
            if (t[k].Lower.StartsWith("hardest", StringComparison.Ordinal) || t[k].Lower.StartsWith("worst", StringComparison.Ordinal) || t[k].Lower is "most" or "largest" or "biggest" or "highest"
                // "Harare Metropolitan Province remains the epicentre, with 612 cases, followed by Manicaland with 241".
                || t[k].Lower is "epicentre" or "epicenter") return true;
        }
        return false;
    }

    /// <summary>The figure at token <paramref name="at"/> and the noun that names what it counts, right after it or past a word that says which ("3,412 confirmed cases"); null where none does.</summary>
    private static (Figure Figure, string Noun)? PartWith(SentenceContext sentence, int at)
    {
        var t = sentence.Tokens;
        if (sentence.FigureAt(at) is not { } figure || figure.First != at || figure.Last + 1 >= t.Count || !t[figure.Last + 1].IsWord) return null;
        var noun = CountedNounAt(t, figure.Last + 1);
        return UnitWords.Find(t[noun].Lower) is not null ? (figure, t[noun].Lower) : null;
    }

    /// <summary>Whether "according to" stands before token <paramref name="k"/> in its clause: "according to a ministry report dated March 2".</summary>
    private static bool AccordingToBefore(List<Token> t, int k)
    {
        for (var j = k - 1; j > 0 && !IsClauseMark(t[j]); j--)
        {
            if (t[j].Is("to") && t[j - 1].Is("according")) return true;
        }
        return false;
    }

    /// <summary>
    /// The figure and the whole's noun of "the largest share of the deaths, with 96 cattle lost" from token <paramref name="at"/>
    /// after "accounts for": the part given after "with"; null for any other words.
    /// </summary>
    private static (Figure Figure, string Noun)? LargestShareWith(SentenceContext sentence, int at)
    {
        var t = sentence.Tokens;
        if (at + 6 >= t.Count || !t[at].Is("the") || t[at + 1].Lower is not ("largest" or "biggest" or "greatest" or "highest") || t[at + 2].Lower is not ("share" or "number" or "part")) return null;
        // "Sokoto accounted for the largest share, with 540,000 people vaccinated": the whole named by the part's own noun.
        if (t[at + 3].Text == "," && t[at + 4].Is("with") && sentence.FigureAt(at + 5) is { } own && own.First == at + 5 && own.Last + 1 < t.Count
            && t[own.Last + 1].IsWord && UnitWords.Find(t[own.Last + 1].Lower) is not null)
        {
            // "540,000 people vaccinated" of a whole of people vaccinated, not of the people killed told since.
            return (own, own.Last + 2 < t.Count && t[own.Last + 2].IsWord && t[own.Last + 2].Lower.EndsWith("ed", StringComparison.Ordinal) ? t[own.Last + 2].Lower : t[own.Last + 1].Lower);
        }
        if (!t[at + 3].Is("of")) return null;
        var noun = CountedNounAt(t, t[at + 4].Is("the") ? at + 5 : at + 4);
        var with = noun + 1 < t.Count && t[noun + 1].Text == "," ? noun + 2 : noun + 1;
        return with + 1 < t.Count && t[noun].IsWord && t[with].Is("with") && sentence.FigureAt(with + 1) is { } figure && figure.First == with + 1 ? (figure, t[noun].Lower) : null;
    }

    /// <summary>
    /// The token of the noun a whole is named by from token <paramref name="k"/>: the word itself ("118 of the outbreaks"), or the
    /// counted noun past a word that says which of them ("118 of the active outbreaks", "the largest number of confirmed infections").
    /// </summary>
    private static int CountedNounAt(List<Token> t, int k) =>
        k + 1 < t.Count && UnitWords.Find(t[k].Lower) is null && t[k + 1].IsWord && UnitWords.Find(t[k + 1].Lower) is not null ? k + 1 : k;

    /// <summary>The figure listed after <paramref name="part"/> by "and" or a comma, right after the words of its kind: "41,250 were on remand and 39,870 had been convicted".</summary>
    private static Figure? NextListed(SentenceContext sentence, Figure part)
    {
        var t = sentence.Tokens;
        var k = KindEnd(t, part.Last + 1) + 1;
        if (k < t.Count && t[k].Text == ",") k++;
        if (k < t.Count && t[k].Lower is "and" or "while") k++;
        return sentence.FigureAt(k) is { } next && next.First == k ? next : null;
    }

    /// <summary>The last token of the words after a part that say what kind it is, before the next part or the clause's end.</summary>
    private static int KindEnd(List<Token> t, int first)
    {
        var k = first;
        while (k < t.Count && t[k].IsWord && !t[k].Lower.Equals("and", StringComparison.Ordinal) && !t[k].Is("while") && k - first < 6) k++;
        return k - 1;
    }

    /// <summary>
    /// The words from <paramref name="first"/> to <paramref name="last"/> that name a part's kind, as a key: "on-remand" of "were on
    /// remand awaiting trial", "convicted" of "had been convicted", "foreign-tourists"; past auxiliaries and articles, at most two words.
    /// </summary>
    private static string? KindWords(List<Token> t, int first, int last)
    {
        var words = new List<string>(2);
        for (var k = first; k <= last && words.Count < 2; k++)
        {
            if (!t[k].IsWord || (t[k].IsCapitalized && k > first)) break;
            if (words.Count == 0 && t[k].Lower is "the" or "a" or "an" or "were" or "was" or "are" or "is" or "had" or "have" or "has" or "been" or "being") continue;
            words.Add(t[k].Lower);
        }
        return words.Count > 0 ? Slug.Of(string.Join('-', words)) : null;
    }

    /// <summary>
    /// The figure an earlier sentence drafted that a later one breaks down: of the last few drafted that are more than its
    /// largest part (<paramref name="largestPart"/>), the last whose measure is <paramref name="noun"/> ("inmates"), or the last
    /// of all for "these" or "the total" (<paramref name="noun"/> empty); of
    /// its subject's figures among them, the latest in time ("2.9 million visitors in 2024, up from 2.3 million in 2023").
    /// </summary>
    private Draft? EarlierWhole(SentenceContext sentence, string noun, decimal largestPart, string? qualifier = null)
    {
        Draft? whole = null;
        for (int i = Drafts.Count - 1, seen = 0; i >= 0 && seen < 8; i--)
        {
            var draft = Drafts[i];
            if (draft.Start >= sentence.Start || draft.Kind != ClaimKind.Observation) continue;
            seen++;
            // "11,902 of this year's cases" of the year's 24,316, not of the week's 1,846 new cases told since.
            if (draft.Listed || draft.Value.IsPercent || draft.Value.Value <= largestPart || MeasureAndPlace(draft.Subject) is not var (measure, _)
                || OtherQualifier(measure, qualifier)) continue;
            // "12 of them", after "41 outbreaks had been confirmed as of Monday, up from 27 at the end of December": the latest of
            // the paragraph's.
            if (whole is null ? noun.Length == 0 || Names(noun, measure)
                : (draft.Subject == whole.Subject || (noun.Length == 0 && InParagraphOf(sentence, draft))) && draft.Time.End > whole.Time.End)
            {
                whole = draft;
            }
        }
        // "Rescuers have set up 120 camps … Garissa accounted for 30 of them": "them" are the figure told last, drafted or not.
        if (whole is not null && noun.Length == 0 && Skipped.Exists(x => x.Span.Start > whole.End && x.Span.Start < sentence.Start)) return null;
        return whole;
    }

    /// <summary>Whether <paramref name="draft"/> stands before <paramref name="sentence"/> in its paragraph.</summary>
    private bool InParagraphOf(SentenceContext sentence, Draft draft) => draft.End <= sentence.Start && draft.Start >= paragraphStart;

    /// <summary>"confirmed" of "with 3,412 confirmed cases": the word after a part's figure that says which of the whole's cases it counts, or null.</summary>
    private static string? Qualifier(List<Text.Token> t, int last) =>
        last + 1 < t.Count && KindOfCases.IsQualifier(t[last + 1].Lower) ? t[last + 1].Lower : null;

    /// <summary>Whether a measure counts other cases than the part's <paramref name="qualifier"/> says: "suspected-cases" of parts of "confirmed cases".</summary>
    private static bool OtherQualifier(string measure, string? qualifier)
    {
        if (qualifier is null) return false;
        foreach (var range in measure.AsSpan().Split('-'))
        {
            var word = measure.AsSpan()[range];
            if (KindOfCases.IsQualifier(word) && !word.SequenceEqual(qualifier)) return true;
        }
        return false;
    }

    /// <summary>Whether a later sentence's <paramref name="noun"/> names an earlier figure's <paramref name="measure"/>: "inmates" of `inmates`, "birds" of `chickens-culled`, "doses" of `people-vaccinated`, "deaths" of `animals-killed`.</summary>
    private static bool Names(string noun, ReadOnlySpan<char> measure)
    {
        foreach (var range in measure.Split('-'))
        {
            var word = measure[range];
            // "accounted for 2.3 million of the doses given" of a campaign's people vaccinated: a dose each.
            if (word.SequenceEqual(noun) || (noun == "birds" && word is "chickens" or "hens" or "ducks" or "turkeys") || (noun is "doses" or "vaccinations" && word is "vaccinated")
                || (noun is "deaths" && word is "killed") || (noun is "closures" && word is "closed")
                || (noun is "houses" or "homes" or "dwellings" && word is "houses" or "homes" or "dwellings")
                // "the largest number of confirmed infections" of a disease's confirmed cases.
                || (noun is "infections" && word is "cases")) return true;
        }
        return false;
    }
}
