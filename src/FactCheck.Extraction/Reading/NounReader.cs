using FactCheck.Extraction.Drafting;
using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Reading;

/// <summary>What a figure counts: the unit noun, the words that qualify it, and the actor named among them.</summary>
/// <param name="Word">The unit noun's entry, or null when none is found.</param>
/// <param name="UnitText">The noun as written ("soldiers", "service members").</param>
/// <param name="Index">The index of the noun's token, or -1.</param>
/// <param name="Who">A country, demonym or organisation written between the figure and the noun ("American", "coalition").</param>
/// <param name="Compound">Lower-case words that make up the thing counted ("missile" of "missile attacks").</param>
internal sealed record NounReading(UnitWord? Word, string? UnitText, int Index, PlaceHit? Who, IReadOnlyList<string> Compound);

/// <summary>Reads the noun after a figure ("8,600 American soldiers", "thousands of troops"), else before it ("the number of US forces … reached 180,000").</summary>
internal static class NounReader
{
    private static readonly WordList FunctionWords = WordList.Of(
        "to", "in", "by", "from", "during", "at", "on", "and", "or", "as", "since", "until", "before", "after", "this", "last", "next", "of", "with", "while", "which", "that", "who", "where", "according", "today", "yesterday", "now", "currently", "so", "than", "a", "per");

    /// <summary>Whether token <paramref name="k"/> is a noun of people, of countable things or of money ("11.6 billion CFA francs").</summary>
    private static bool CountsNext(List<Token> t, int k) => k < t.Count && t[k].IsWord && UnitWords.Find(t[k].Lower) is { Category: UnitCategory.Countable or UnitCategory.People or UnitCategory.Money };

    /// <summary>Whether a time counted back ("the week before", "a year earlier") starts at token <paramref name="k"/>.</summary>
    private static bool CountedBackAt(SentenceContext sentence, int k)
    {
        foreach (var time in sentence.Times)
        {
            if (time.First == k && time.IsOwnClauseOnly) return true;
        }
        return false;
    }

    internal static NounReading Read(string body, SentenceContext sentence, Figure figure, Gazetteer gazetteer)
    {
        var t = sentence.Tokens;
        PlaceHit? who = null;
        List<string>? compound = null;
        for (var k = figure.Last + 1; k < Math.Min(t.Count, figure.Last + 7); k++)
        {
            var token = t[k];
            // "from 7,935 the week before": a time counted back ends what the figure counts, whose "week" is no unit of it.
            if (CountedBackAt(sentence, k)) break;
            if (CouncilsAt(t, k)) break;
            if (token.Is("service") && k + 1 < t.Count && t[k + 1].Is("members"))
            {
                return new NounReading(UnitWords.Find("troops"), body[token.Start..t[k + 1].End], k + 1, who, CompoundOf(compound));
            }
            if (UnitWords.Find(token.Lower) is { } word && !(word.Category == UnitCategory.Duration && k + 1 < t.Count && t[k + 1].Is("of")) && !SaysWhatPeopleAre(t, k)
                && !(word.NeedsQualifier && compound is null))
            {
                return new NounReading(word, token.Text, k, who, CompoundOf(compound));
            }
            if (sentence.PlaceAt(k) is { } hit)
            {
                who ??= hit;
                k = hit.Last;
                continue;
            }
            if (token.Text is "-" || Words.Modifiers.Contains(token)) continue;
            // "missile attacks", "unemployed people", and an acronym's "MMR doses"; "affordable rental flats", two words before it.
            if (token.IsWord && (!token.IsCapitalized || IsAcronym(token.Text)) && !FunctionWords.Contains(token) && (compound?.Count ?? 0) < 2
                && (CountsNext(t, k + 1) || (compound is null && k + 2 < t.Count && t[k + 1] is { IsWord: true, IsCapitalized: false } && !FunctionWords.Contains(t[k + 1])
                    && sentence.FigureCovering(k + 1) is null && sentence.FigureCovering(k) is null && !t[k + 2].IsCapitalized && CountsNext(t, k + 2))))
            {
                (compound ??= []).Add(token.Lower);
                continue;
            }
            break;
        }
        // Before the figure: "the number of US forces in Iraq reached 180,000", "reduce its military personnel … from 5,200";
        // only when no other noun follows it ("3 meetings" counts meetings, not the forces named before).
        var next = figure.Last + 1 < t.Count ? t[figure.Last + 1] : default;
        if (next.Text is not null && next.IsWord && !FunctionWords.Contains(next)) return new NounReading(null, null, -1, who, CompoundOf(compound));
        // "keeping schools shut in at least 21 of the country's 47 counties": a part of the whole after it counts what the whole
        // counts, not a noun before it.
        if (next.Text is not null && next.Is("of") && sentence.Figures.FirstWhere(figure, static (f, figure) => f.First > figure.Last + 1 && f.First <= figure.Last + 4) is not null)
        {
            return new NounReading(null, null, -1, who, CompoundOf(compound));
        }
        var counted = NumberOf(sentence, figure.First);
        var level = figure.First > 0 && t[figure.First - 1].Is("to");
        var afterChange = false;
        // Asked once: whether the figure is a list's next item, whose noun may stand past the items before it.
        var listedItem = ListedItem(sentence, figure.First);
        // As far back as the noun "the number of" names, past a long clause ("The number of people forced from their homes inside
        // Democratic Republic of Congo has risen to 6.9 million" counts people, not homes).
        for (var k = figure.First - 1; k >= Math.Max(0, counted >= 0 ? Math.Min(counted, figure.First - 12) : figure.First - 12); k--)
        {
            if (t[k].Text is ";" or "\u201C" or "\u201D") break;
            // "Sindh reported 39 deaths, Khyber Pakhtunkhwa 27 and Balochistan 12": past a list's earlier item to the noun of its first.
            if (listedItem && sentence.FigureCovering(k) is { } listed && listed.Last == k && ListedItem(sentence, listed.First))
            {
                k = listed.First;
                continue;
            }
            if (EndsFigure(sentence.Figures, k))
            {
                // Not past a change over a span ("fell by 224 between 2023 and 2024, to 54,166"), whose level holds at its end,
                // which the span's time would not give it.
                if (!(level && EndsSizeOfChange(sentence, k)) || SpanBetween(t, k, figure.First) || SinceATime(sentence)) break;
                afterChange = true;
            }
            // "The number of dengue patients admitted to hospitals … has reached 102,436" counts patients, not hospitals.
            if (counted >= 0 && k > counted) continue;
            // Not a noun denied: "127 cases with no deaths, and Ndola 40" counts no deaths.
            if (UnitWords.Find(t[k].Lower) is { Category: not UnitCategory.Duration } word && !(word.NeedsQualifier && !QualifiedBefore(t, k)) && !CouncilsAt(t, k)
                && !(k > 0 && Words.Denies(t[k - 1])))
            {
                // Past a change's size, only the change's own subject, its clause's first noun ("Enrollments in Ohio's public
                // schools fell by 2% last year to 1.6 million" counts no schools), and a toll only with the place its own words
                // give ("Traffic deaths in Texas rose 4% in 2024 to 4,150", not "Deaths fell by 9% in Arizona last year to 1,200").
                // Nor a noun a word before it qualifies ("while international passengers fell 3.5% to about 350,000", "Traffic
                // deaths in Texas"), which this reading would drop: two such levels of one subject and time would contradict.
                if (afterChange && (IsNotTheClausesSubject(t, k) || QualifiedByAWordBefore(sentence, k) || (IsToll(word) && !PlacedRightAfter(sentence, k))))
                {
                    return new NounReading(null, null, -1, who, CompoundOf(compound));
                }
                var before = k > 0 ? PlaceBefore(sentence.Places, t, k) : null;
                // "the number of unemployed people stood at 412,000": what the people are, as after a figure.
                var kind = word.Category == UnitCategory.People && k > 0 && t[k - 1].IsWord && !t[k - 1].IsCapitalized && !Words.Modifiers.Contains(t[k - 1]) ? [t[k - 1].Lower] : CompoundOf(compound);
                return new NounReading(word, t[k].Text, k, before, kind);
            }
        }
        return new NounReading(null, null, -1, who, CompoundOf(compound));
    }

    /// <summary>"58 urban local bodies", "governing bodies": councils and boards, no dead, at token <paramref name="k"/>.</summary>
    private static bool CouncilsAt(List<Token> t, int k) =>
        t[k].Is("bodies") && k > 0 && t[k - 1].Lower is "local" or "governing" or "civic" or "statutory" or "public" or "regulatory" or "elected" or "advisory" or "professional" or "government";

    /// <summary>
    /// The token of the noun "the number of" names before the figure starting at token <paramref name="first"/>, within two
    /// words of "of" ("the number of dengue patients"), or -1.
    /// </summary>
    private static int NumberOf(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        for (var k = first - 2; k >= Math.Max(0, first - 20); k--)
        {
            if (t[k].Text is ";" or "\u201C" or "\u201D" || EndsFigure(sentence.Figures, k)) return -1;
            if (!t[k].Is("number") || !t[k + 1].Is("of")) continue;
            for (var n = k + 2; n < Math.Min(first, k + 5); n++)
            {
                if (UnitWords.Find(t[n].Lower) is { Category: not UnitCategory.Duration } && !SaysWhatPeopleAre(t, n)) return n;
            }
            return -1;
        }
        return -1;
    }

    /// <summary>"2.8 million unemployed people": "unemployed", a group of its own, before a people noun it says what they are.</summary>
    private static bool SaysWhatPeopleAre(List<Text.Token> t, int k) =>
        t[k].Is("unemployed") && k + 1 < t.Count && UnitWords.Find(t[k + 1].Lower) is { Category: UnitCategory.People };

    /// <summary>Whether a word is written in capitals only, two to five of them: "MMR", "HPV"; a country's ("US") is read as a place before this is asked.</summary>
    private static bool IsAcronym(string text) => text.Length is >= 2 and <= 5 && !text.AsSpan().ContainsAnyExceptInRange('A', 'Z');

    /// <summary>The words of a compound, none when no list was needed.</summary>
    private static IReadOnlyList<string> CompoundOf(List<string>? compound) => compound is null ? Array.Empty<string>() : compound;

    /// <summary>
    /// Whether the noun at token <paramref name="k"/> stands after a preposition in its clause, so that another word is the
    /// clause's subject: "Enrollments in Ohio's public schools".
    /// </summary>
    private static bool IsNotTheClausesSubject(List<Token> t, int k)
    {
        for (var j = k - 1; j >= 0 && t[j].Text is not ("," or ";"); j--)
        {
            // "The number of births in Japan": the number is of them.
            if (t[j].Is("of") && j > 0 && t[j - 1].Is("number")) continue;
            if (t[j].Lower is "in" or "at" or "of" or "for" or "from" or "among" || UnitWords.Find(t[j].Lower) is { Category: not UnitCategory.Duration }) return true;
        }
        return false;
    }

    /// <summary>Whether a word that says what they are stands before the noun at token <paramref name="k"/>: "asylum applications".</summary>
    private static bool QualifiedBefore(List<Token> t, int k) =>
        k > 0 && t[k - 1] is { IsWord: true, IsCapitalized: false } before && !FunctionWords.Contains(before) && !Words.Modifiers.Contains(before) && before.Lower is not ("the" or "its" or "their");

    /// <summary>Whether a word other than an article, a possessive or a place stands right before the noun at token <paramref name="k"/>.</summary>
    private static bool QualifiedByAWordBefore(SentenceContext sentence, int k) =>
        k > 0 && sentence.Tokens[k - 1] is { IsWord: true } before && !before.IsPossessive && before.Lower is not ("the" or "a" or "an" or "its" or "their" or "of" or "this" or "that" or "these" or "those")
        && sentence.PlaceCovering(k - 1) is null && sentence.FigureCovering(k - 1) is null;

    /// <summary>Whether "between" stands between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool SpanBetween(List<Token> t, int from, int to)
    {
        for (var j = from + 1; j < to; j++)
        {
            if (t[j].Is("between")) return true;
        }
        return false;
    }

    /// <summary>Whether a time of the sentence runs from another ("rose 5% from 2023 to 15.7 million", "risen 4% since 2022 to 4,150").</summary>
    private static bool SinceATime(SentenceContext sentence)
    {
        foreach (var time in sentence.Times)
        {
            if (time.Lead is "from" or "since" or "between") return true;
        }
        return false;
    }

    /// <summary>Whether a place the desk holds follows the noun at token <paramref name="k"/>: "deaths in Ohio".</summary>
    private static bool PlacedRightAfter(SentenceContext sentence, int k) =>
        k + 2 < sentence.Tokens.Count && sentence.Tokens[k + 1].Is("in") && sentence.PlaceAt(k + 2) is { IsPlace: true };

    /// <summary>Whether the noun counts the dead or hurt: a word of a toll (<see cref="Words.Casualty"/>), or a crime's victims.</summary>
    private static bool IsToll(UnitWord word) => Words.Casualty.ContainsKey(word.Canonical) || word.Canonical is "killings" or "homicides" or "murders";

    /// <summary>
    /// Whether a figure ending at token <paramref name="k"/> is the size of a change, before the level it moved to: "Drug overdose
    /// deaths fell by 12% last year to 89", "Sales rose 21% to 148,900", whose level counts what the change does.
    /// </summary>
    private static bool EndsSizeOfChange(SentenceContext sentence, int k)
    {
        var t = sentence.Tokens;
        foreach (var figure in sentence.Figures)
        {
            if (figure.Last != k) continue;
            var before = figure.First - 1;
            if (before >= 0 && t[before].Is("by")) before--;
            return before >= 0 && (Words.IncreaseVerbs.Contains(t[before]) || Words.ReduceVerbs.Contains(t[before]));
        }
        return false;
    }

    /// <summary>Whether the figure at token <paramref name="first"/> is a list's next item, a name right before it after a comma or "and": "…, Khyber Pakhtunkhwa 27".</summary>
    private static bool ListedItem(SentenceContext sentence, int first) => UnknownPlaces.ListedNameBefore(sentence, first) >= 0;

    /// <summary>Whether a figure of the sentence ends at token <paramref name="k"/>; a loop, as a lambda over <paramref name="k"/> made a delegate at every token read.</summary>
    private static bool EndsFigure(List<Figure> figures, int k)
    {
        foreach (var figure in figures)
        {
            if (figure.Last == k) return true;
        }
        return false;
    }

    /// <summary>
    /// The place just before the noun at token <paramref name="k"/>, or one word before it when that word is a modifier
    /// ("US military personnel"); a method of its own, so that Read makes no closure for the figures that never ask.
    /// </summary>
    private static PlaceHit? PlaceBefore(List<PlaceHit> places, List<Text.Token> t, int k) =>
        places.FirstOrDefault(p => p.Last == k - 1 || (p.Last == k - 2 && Words.Modifiers.Contains(t[k - 1])));
}
