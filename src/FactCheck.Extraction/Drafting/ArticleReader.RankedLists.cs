using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Reading;

namespace FactCheck.Extraction.Drafting;

/// <summary>
/// A ranked list: "Nairobi reported the most cases, with 14,210, followed by Mombasa with 5,380, Kisumu with 4,920 and Nakuru
/// with 4,150", "Minas Gerais is again the leader with 5.9 GW, ahead of Bahia with 2.1 GW and Piauí with 1.9 GW", "Skoda was the
/// strongest importer with 15,460 registrations, ahead of Audi with 14,230". The leader and each name after it are parts of
/// one whole, the leader's measure in its country, so that FC016 finds parts that add up to more than it. The names after the
/// leader had been left out as counting nothing, or read as the country's figures, which FC001 held against each other.
/// </summary>
internal sealed partial class ArticleReader
{
    private void ReadRankedList(SentenceContext sentence, List<(Figure Figure, Draft Draft)> drafted)
    {
        var t = sentence.Tokens;
        if (sentence.IsHeadline || RankingWordsEnd(t) is not (> 0 and var opening)) return;
        // The leader is the figure right before the ranking words, not one of an earlier clause: "There were 300 troops in Mali.
        // Bauchi accounted for 2.3 million of the doses, followed by …" ranks no troops.
        var before = sentence.Figures.FindLast(f => f.Last < opening - 2);
        var at = before is null ? -1 : drafted.FindIndex(d => ReferenceEquals(d.Figure, before));
        if (at < 0) return;
        var (leaderFigure, leader) = drafted[at];
        if (leader.Kind != ClaimKind.Observation || leader.Listed || MeasureAndPlace(leader.Subject) is not var (measure, place)) return;
        // "Appenzell Innerrhoden recorded the lowest support, at 27.4%, followed by Schwyz at 31.2%": each its own, of no sum.
        var percent = leaderFigure.Value.IsPercent;
        if (Leader(sentence, leaderFigure.First, place) is not var (leaderKey, country, leads)) return;
        var kinds = leads == Leads.Kind;
        // "Kenya recorded 96,840 tuberculosis cases", then "Nairobi reported the most cases": the cases are the whole's.
        var named = WholeNamedInFull(sentence, measure, country, leader.Time);
        if (named is not null) measure = named;
        var whole = named is null && leader.PartOf is { } partOf ? partOf : desk.SubjectFor(measure + "/" + country);
        var parts = RankedAfter(sentence, opening, measure, country, leader.Unit, kinds, percent);
        if (parts.Count == 0)
        {
            // "Nairobi reported the most cases, with 14,210, followed by Mombasa with 5,380 in 2022": the list ends before its
            // first follower, but the leader's figure is still its region's, not its country's.
            if (leads == Leads.Place && !percent && leader.PartOf is null && place == country)
            {
                leader.Subject = desk.SubjectFor(measure + "/" + leaderKey);
                leader.PartOf = whole;
            }
            return;
        }
        leaderKey = kinds ? measure + "-" + leaderKey + "/" + country : measure + "/" + leaderKey;
        var keys = new HashSet<string>(StringComparer.Ordinal) { measure + "/" + country, leaderKey };
        foreach (var part in parts)
        {
            if (!keys.Add(part.Key)) return;
        }
        var (template, wholeDrafted) = PartsTemplate(leader, whole, sentence.Start);
        // Kinds are parts only of a whole told before and larger than the leader: "Volkswagen remained the best-selling brand
        // with 38,900 registrations" is no whole of petrol cars' 73,810, though the desk files both under the country's.
        var listed = !percent && (!kinds || (wholeDrafted is not null && wholeDrafted.Value.Value > leader.Value.Value));
        Undraft(drafted, at);
        var first = ListedPart(template, leaderKey, leader.Value, leader.Start, leader.End, listed);
        Drafts.Add(first);
        drafted.Add((leaderFigure, first));
        foreach (var (figure, name, key) in parts)
        {
            var own = drafted.FindIndex(d => ReferenceEquals(d.Figure, figure));
            if (own >= 0) Undraft(drafted, own);
            else TakeBackSkip(sentence, figure);
            var draft = ListedPart(template, key, figure.Value, t[name].Start, t[figure.Last].End, listed);
            Drafts.Add(draft);
            drafted.Add((figure, draft));
        }
    }

    /// <summary>
    /// "Quebec has been hit hardest, with about 3.6 million hectares burned. Alberta follows with 2.2 million hectares, …": the
    /// region that led in the sentence before, made the first part of its country's figure, for the sentence that ranks others
    /// after it; null where the sentence does not open with a name that "follows", or the paragraph holds no such leader.
    /// </summary>
    private Draft? LeaderFollowed(SentenceContext sentence)
    {
        var t = sentence.Tokens;
        var name = OpeningNameEnd(t);
        if (!t[0].IsCapitalized || name + 2 >= t.Count || !t[name + 1].Is("follows") || !t[name + 2].Is("with")) return null;
        for (var i = Drafts.Count - 1; i >= 0; i--)
        {
            var leader = Drafts[i];
            if (leader.Start >= sentence.Start) continue;
            if (!InParagraphOf(sentence, leader) || leader.Kind != ClaimKind.Observation) return null;
            if (leader.Listed || leader.PartOf is not { } whole || leader.Value.IsPercent) continue;
            var first = ListedPart(PartsTemplate(leader, whole, leader.Start).Template, leader.Subject, leader.Value, leader.Start, leader.End);
            Drafts[i] = first;
            return first;
        }
        return null;
    }

    /// <summary>
    /// What a ranked list's parts are drafted after: <paramref name="whole"/>'s subject, in the leader's unit, told by its
    /// source, at the time of the whole's own figure drafted before <paramref name="before"/> at a time the leader's meets
    /// ("Kenya recorded 96,840 cases in 2023", then "Nairobi reported the most, with 14,210"), so that a breakdown going on in
    /// the next sentence finds it; else at the leader's. With that figure of the whole, or null.
    /// </summary>
    private (Draft Template, Draft? Whole) PartsTemplate(Draft leader, string whole, int before)
    {
        var time = leader.Time;
        Draft? drafted = null;
        foreach (var draft in Drafts)
        {
            if (draft.Start < before && draft.Kind == ClaimKind.Observation && !draft.Listed && draft.Subject == whole
                && draft.Time.Start <= leader.Time.End && draft.Time.End >= leader.Time.Start) (time, drafted) = (draft.Time, draft);
        }
        var template = new Draft
        {
            Kind = ClaimKind.Observation, Subject = whole, Start = leader.Start, End = leader.End, Unit = leader.Unit, Time = time, Attribution = leader.Attribution,
        };
        return (template, drafted);
    }

    /// <summary>
    /// The measure of a figure of <paramref name="country"/> drafted before <paramref name="sentence"/> that names <paramref
    /// name="measure"/> in full ("tuberculosis-cases" of "cases") at a time that meets <paramref name="time"/>, or null.
    /// </summary>
    private string? WholeNamedInFull(SentenceContext sentence, string measure, string country, FuzzyTime time)
    {
        string? found = null;
        foreach (var draft in Drafts)
        {
            if (draft.Start < sentence.Start && draft.Kind == ClaimKind.Observation && !draft.Listed && draft.Time.Start <= time.End && draft.Time.End >= time.Start
                && MeasureAndPlace(draft.Subject) is var (named, place) && place == country && named.Length > measure.Length + 1
                && named.EndsWith(measure, StringComparison.Ordinal) && named[^(measure.Length + 1)] == '-') found = named;
        }
        return found;
    }

    /// <summary>The token after the words that rank what follows below what came before ("followed by", "ahead of"), or -1.</summary>
    private static int RankingWordsEnd(List<Text.Token> t)
    {
        for (var k = 1; k + 1 < t.Count; k++)
        {
            if (t[k - 1].Text == "," && ((t[k].Is("followed") && t[k + 1].Is("by")) || (t[k].Is("ahead") && t[k + 1].Is("of")))) return k + 2;
        }
        return -1;
    }

    /// <summary>
    /// The leader's key and its country: a region or city named before its figure ("Nairobi reported the most cases, with
    /// 14,210", of Kenya where the figure was Kenya's or Nairobi's), or a name opening the sentence ("Skoda, the Czech unit of
    /// the Volkswagen group, was the strongest importer with 15,460"), which counts in the figure's place; null for neither.
    /// </summary>
    private (string Key, string Country, Leads Leads)? Leader(SentenceContext sentence, int figure, string place)
    {
        var t = sentence.Tokens;
        // Not a name of an earlier clause's figure: "About 2,500 families were evacuated in the Greater Toronto Area …
        // Nakuru county has recorded the highest toll, with 27 deaths".
        var earlier = sentence.Figures.LastWhere(figure, static (f, figure) => f.Last < figure)?.Last ?? -1;
        PlaceHit? leading = null;
        foreach (var hit in sentence.Places)
        {
            // "Among states in Brazil, São Paulo leads": past the country the list is of, to the place that opens the clause.
            if (hit.First <= earlier || hit.First >= figure || !hit.IsPlace || (hit.Entry.IsCountry && hit.Entry.Key == place)) continue;
            if (OpensClause(t, hit.First)) leading = hit;
        }
        if (leading is not null)
        {
            if (leading.Entry.IsCountry || leading.Entry.IsDemonym || leading.Entry.Country is not { } country) return null;
            // The figure is the region's already, or its country's where the sentence names the region as what leads.
            return leading.Entry.Key == place || country == place ? (leading.Entry.Key, country, Leads.Place) : null;
        }
        if (earlier >= 0) return null;
        var last = Math.Min(OpeningNameEnd(t), figure - 1);
        // "There were 300 troops", "It has 40": no name.
        // "South Africa's ANC won the most seats": an owner's name is no part's.
        if (t[0].IsCapitalized && t[0].Lower is not ("there" or "it" or "this" or "that" or "they" or "we" or "he" or "she" or "its" or "their") && last + 1 < figure
            && !t.GetRange(0, last + 1).Exists(static w => w.IsPossessive || Words.MonthNumbers.ContainsKey(w.Lower))
            && (t[last + 1].Text == "," || LeadersVerb(t[last + 1])) && NamedPart(sentence, 0, last) is { } name) return (name, place, Leads.Name);
        return KindBefore(sentence, figure) is { } kind ? (kind, place, Leads.Kind) : null;
    }

    /// <summary>What leads a ranked list: a place of the whole's country, a name the desk does not hold, or a kind.</summary>
    private enum Leads
    {
        Place,
        Name,
        Kind,
    }

    /// <summary>The last token of the run of capitalised words that opens the sentence ("Rio Grande" of "Rio Grande follows with …").</summary>
    private static int OpeningNameEnd(List<Text.Token> t)
    {
        var last = 0;
        while (last + 1 < t.Count && t[last + 1].IsWord && t[last + 1].IsCapitalized) last++;
        return last;
    }

    /// <summary>Whether the name at token <paramref name="k"/> opens its sentence or a clause after a comma, past "the": "Nairobi reported …", "In June, Nairobi reported …".</summary>
    private static bool OpensClause(List<Text.Token> t, int k)
    {
        if (k > 0 && t[k - 1].Is("the")) k--;
        return k == 0 || t[k - 1].Text == ",";
    }

    /// <summary>
    /// The kind that leads a ranked list, as the subject of the leader's verb: "By powertrain, petrol cars remained the largest
    /// group with 73,810 registrations" (`petrol-cars`), "Peach and nectarine orchards accounted for the largest area"; null
    /// where the clause opens with no such words.
    /// </summary>
    private static string? KindBefore(SentenceContext sentence, int figure)
    {
        var t = sentence.Tokens;
        var verb = 1;
        while (verb < figure && !LeadersVerb(t[verb])) verb++;
        if (verb >= figure) return null;
        var first = verb;
        while (first > 0 && t[first - 1].IsWord && verb - first < 4) first--;
        if (first > 0 && t[first - 1].Text != ",") return null;
        return KindAt(sentence, first, verb - 1);
    }

    /// <summary>
    /// The words of tokens <paramref name="first"/> to <paramref name="last"/> as a kind's key ("conventional-hybrids",
    /// "apples-and-pears"), or null where they are no kind: a name past the sentence's first word, a place, a word of a clause.
    /// </summary>
    private static string? KindAt(SentenceContext sentence, int first, int last)
    {
        var t = sentence.Tokens;
        if (last < first || t[first].Is("and") || t[last].Is("and") || !t[last].Lower.EndsWith('s')) return null;
        for (var k = first; k <= last; k++)
        {
            if (!t[k].IsWord || (t[k].IsCapitalized && k > 0) || t[k].IsPossessive || sentence.PlaceAt(k) is not null
                || t[k].Lower is "the" or "a" or "an" or "it" or "they" or "there" or "which" or "who" or "that" or "this" or "these" or "those" or "its" or "their" or "by" or "in" or "of" or "with") return null;
        }
        return Slug.Of(string.Join(' ', t.GetRange(first, last - first + 1).Select(static w => w.Lower)));
    }

    /// <summary>Verbs a ranked list's leader takes: "Skoda was the strongest importer", "Nairobi reported the most cases".</summary>
    private static bool LeadersVerb(Text.Token token) =>
        token.Lower is "was" or "is" or "were" or "are" or "has" or "had" or "have" or "reported" or "recorded" or "registered" or "accounted" or "led" or "leads"
            or "remained" or "remains" or "took" or "won" or "received" or "saw" or "sold" or "topped" or "tops";

    /// <summary>
    /// The names and figures after the ranking words at token <paramref name="k"/>: "Mombasa with 5,380, Kisumu with 4,920 and
    /// Nakuru with 4,150", each a region or city of <paramref name="country"/> or a name the desk does not hold, keyed under
    /// <paramref name="measure"/>; it stops at the first that is neither, or whose figure counts another thing than <paramref name="unit"/>.
    /// </summary>
    private List<(Figure Figure, int Name, string Key)> RankedAfter(SentenceContext sentence, int k, string measure, string country, string? unit, bool kinds, bool percent)
    {
        var t = sentence.Tokens;
        var parts = new List<(Figure, int, string)>();
        while (k < t.Count)
        {
            if (t[k].Is("the") || t[k].Lower is "neighbouring" or "neighboring") k++;
            var first = k;
            // "conventional hybrids with 57,920 and diesels with 36,940": a kind's words run to its "with".
            if (kinds) while (k < t.Count && t[k].IsWord && !t[k].Is("with") && !t[k].Is("at") && k - first < 4) k++;
            else while (k < t.Count && t[k].IsWord && (t[k].IsCapitalized || (k > first && k + 1 < t.Count && t[k + 1].IsCapitalized && t[k].Lower is "de" or "da" or "do" or "del" or "e"))) k++;
            var last = k - 1;
            if (last < first) break;
            if (k < t.Count && t[k].Text == ",") k++;
            if (k < t.Count && t[k].Lower is "with" or "at") k++;
            if (sentence.FigureAt(k) is not { } figure || figure.Value.IsPercent != percent) break;
            k = figure.Last + 1;
            if (k < t.Count && UnitWords.Find(t[k].Lower) is { } noun)
            {
                if (noun.Canonical != unit) break;
                k++;
            }
            // "followed by Mombasa with 5,380 in 2022": a figure of a time of its own is no part of the leader's.
            if (sentence.Times.Exists(m => m.First >= k && m.First <= k + 1)) break;
            var hit = sentence.PlaceAt(first);
            // "followed by February with 5,380": a month is no part.
            string? key = Words.MonthNumbers.ContainsKey(t[first].Lower) ? null
                : kinds ? (KindAt(sentence, first, last) is { } kind ? measure + "-" + kind + "/" + country : null)
                : hit is { IsPlace: true } place
                ? (place.Last == last && !place.Entry.IsCountry && !place.Entry.IsDemonym && place.Entry.Country == country ? place.Entry.Key : null)
                : NamedPart(sentence, first, last);
            if (key is null) break;
            parts.Add((figure, first, kinds ? key : measure + "/" + key));
            if (k < t.Count && t[k].Text == ",") k++;
            if (k < t.Count && t[k].Is("and")) k++;
        }
        return parts;
    }
}
