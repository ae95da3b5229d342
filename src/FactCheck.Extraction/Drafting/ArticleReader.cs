using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Reading;
using FactCheck.Extraction.Text;
using NodaTime;

namespace FactCheck.Extraction.Drafting;

/// <summary>
/// Reads one article sentence by sentence and drafts its claims: figures (observations and targets), changes, shares,
/// events and mentions, each with its words; and the figures it leaves out, with the reason.
/// </summary>
internal sealed partial class ArticleReader
{
    private readonly Article article;
    private readonly string body;
    private readonly LocalDate anchor;
    private readonly bool hasAnchor;
    private readonly Desk desk;
    private readonly ReaderScratch scratch;
    private readonly List<PersonHit> people = [];
    private readonly List<QuoteRegion> quotes;
    private PlaceHit? lastPlace;

    // The place the sentence being read gave one of its figures: the place the next sentence goes on about, where the
    // sentence's last place may be an aside ("…, mostly via the airport in Niamey, Niger").
    private PlaceHit? placedIn;

    // The past time the paragraph being read dated a figure with, which a figure of a later sentence of the paragraph with no
    // time of its own takes (see Level); the one the sentence being read dated a figure with; and where the last sentence
    // ended, to tell a paragraph's end by the blank line after it.
    private TimeMention? paragraphTime;
    private TimeMention? datedWith;
    private int lastSentenceEnd;

    // Whether a sentence before, in the paragraph being read, named a day's window ("in the 24 hours to Thursday"), which a
    // later sentence's "over the same period" goes on with.
    private bool dayInParagraph;

    // The tolls drafted of one day ("Six died on Tuesday"), which DaysOfTolls makes the day's where the article tells a toll since before it.
    private readonly List<Draft> dayTolls = [];

    // Where the paragraph being read starts, so that a later reader asks whether a draft is of it without reading the text again.
    private int paragraphStart;

    // The last past time a sentence named, which a later "since then" starts at.
    private FuzzyTime? lastTimeNamed;

    // Where the story is: at a site the desk cannot name, or in the city its first sentence put it in.
    private readonly StoryScope story = new();

    // The names the article has called a kind of area so far (see SentenceContext.NamedAreas).
    private readonly HashSet<string> namedAreas = new(StringComparer.Ordinal);

    // The one area of each kind the article has named with its kind ("Laikipia county"), or null for a kind it named two of.
    private readonly Dictionary<string, string?> areaOfKind = new(StringComparer.Ordinal);

    // The country whose figure the sentence being read gives, as its actor ("US troops", "The United States keeps …").
    private PlaceHit? actedBy;
    private PlaceHit? lastActor;

    internal ArticleReader(Article article, Desk desk, ReaderScratch scratch)
    {
        this.article = article;
        body = article.Body;
        hasAnchor = article.Published is not null;
        // Without a publication date, relative times are read against a stand-in and every claim that depends on it is left out.
        anchor = article.Published ?? new LocalDate(2000, 1, 1);
        this.desk = desk;
        this.scratch = scratch;
        quotes = QuoteRegion.Find(body);
    }

    internal List<Draft> Drafts { get; } = [];

    internal List<Skipped> Skipped { get; } = [];

    /// <summary>Each person mentioned, as first named in full, with the number of times the article names them.</summary>
    internal Dictionary<string, int> PersonCounts { get; } = new(StringComparer.Ordinal);

    internal void Read(CancellationToken cancellationToken)
    {
        foreach (var (start, end) in SentenceSplitter.Split(body))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = scratch.SentenceTokens;
            Tokenizer.Tokenize(body, start, end, scratch.TokenTexts, tokens);
            if (tokens.Count == 0) continue;
            var sentence = new SentenceContext(start, end, tokens)
            {
                IsHeadline = body[start] == '#' || (article.Title is { } title && body.AsSpan(start, end - start).SequenceEqual(title)),
                NamedAreas = namedAreas,
            };
            sentence.Times = TimeReader.Read(tokens, anchor, sentence);
            var timeTokens = scratch.TimeTokens;
            timeTokens.Clear();
            foreach (var time in sentence.Times)
            {
                for (var k = time.First; k <= time.Last; k++) timeTokens.Add(k);
            }
            // "ACCRA, June 12 - Ghana vaccinated 1.2 million children in May": a dateline's date says when the story was filed,
            // never when a figure held, which "(Reuters)" had kept apart by its bracket and a dash alone did not; its words are
            // still no figure.
            if (sentence.DatelineEnd > 0) sentence.Times.RemoveAll(time => time.Last < sentence.DatelineEnd);
            SinceThen(sentence);
            sentence.Places = PlaceReader.Read(body, tokens, desk.Gazetteer);
            DropOtherCountrysLongerNames(sentence);
            sentence.People = ReadPeople(sentence);
            var unread = scratch.UnreadFigures;
            unread.Clear();
            sentence.Figures = FigureReader.Read(body, tokens, timeTokens, unread);
            foreach (var (first, last) in unread) Skip(sentence, first, last, "the value grammar does not read these words whole");
            placedIn = null;
            actedBy = null;
            // A blank line ends the paragraph, and with it the time its figures were of.
            if (BreaksParagraph(body.AsSpan(lastSentenceEnd, start - lastSentenceEnd)))
            {
                paragraphTime = null;
                dayInParagraph = false;
                story.EndParagraph();
                paragraphStart = start;
            }
            lastSentenceEnd = end;
            datedWith = null;
            ReadMentions(sentence);
            ReadFigures(sentence);
            dayInParagraph |= NamesADay(sentence.Tokens, dayInParagraph);
            ReadChanges(sentence);
            ReadEvents(sentence);
            var movedTo = placedIn ?? sentence.Places.LastWhere((actedBy, sentence), static (p, s) => !ReferenceEquals(p, s.actedBy) && MovesTheStory(s.sentence, p));
            if (movedTo is not null) lastPlace = movedTo;
            story.Read(sentence, movedTo);
            if (sentence.Places.FirstOrDefault(p => p.Lead.Length == 0 && p.Entry.Key != "coalition") is { } actor) lastActor = actor;
            if (datedWith is not null) paragraphTime = datedWith;
            UnknownPlaces.NoteNamedAreas(sentence);
            NoteAreasOfKind(sentence);
        }
        DropSizedChangesHeldAgainstOthers();
        DaysOfTolls();
    }

    /// <summary>Whether the text between two sentences holds a blank line, which ends a paragraph: "\n\n", or "\r\n\r\n" as Windows writes it.</summary>
    private static bool BreaksParagraph(ReadOnlySpan<char> between) =>
        between.Contains("\n\n", StringComparison.Ordinal) || between.Contains("\n\r\n", StringComparison.Ordinal);

    /// <summary>
    /// "Romania declared a national measles epidemic in October 2023. Since then, more than 31,000 cases have been reported": from
    /// the last past time a sentence before named to the day of writing, where "since then" had stood for the day of writing alone.
    /// </summary>
    private void SinceThen(SentenceContext sentence)
    {
        var times = sentence.Times;
        var t = sentence.Tokens;
        for (var i = 0; i < times.Count; i++)
        {
            if (!times[i].SinceThen) continue;
            // "The outbreak began in October 2023 and since then …": the sentence's own time before it, else the last one before.
            var before = times.FindLast(m => m.Last < times[i].First && Named(m));
            if ((before?.Time ?? lastTimeNamed) is { } then) times[i] = times[i] with { Time = FuzzyTime.Between(then.Start, anchor) };
        }
        if (times.FindLast(Named) is { } named) lastTimeNamed = named.Time;

        // A past time a later "since then" may start at: not the day someone said it ("the ministry said on Friday").
        bool Named(TimeMention m) => !m.IsComparison && !m.IsNow && !m.SinceThen && !m.IsDeadline && m.Time.End < anchor && !TimeReader.SaidThen(t, m);
    }

    /// <summary>
    /// Whether <paramref name="place"/>, not the sentence's actor, is where the story goes on: a country whose figures the
    /// sentence gives elsewhere ("The United States keeps fewer than 1,000 troops in West Africa") is not, where one the
    /// sentence only names ("Ghana has also been affected") is. Nor is where someone spoke ("told reporters in Geneva"), a donor
    /// ("The United States announced $120 million"), a name that only begins a longer one ("At Leeds Teaching Hospitals NHS
    /// Trust, …"), a country ranked as a source ("followed by Russia with 29,870"), one people fled ("refugees who fled
    /// Myanmar"), a partner ("will co-host with Spain and Portugal"), or a market ("Germany remained the largest buyer", "Egypt
    /// and the United Kingdom followed").
    /// </summary>
    private static bool MovesTheStory(SentenceContext sentence, PlaceHit place) =>
        place.IsPlace && !place.BeginsLongerName && !SpokenIn(sentence, place) && !Gives(sentence, place) && !Ranks(sentence, place) && !FledOrCameFrom(sentence, place)
        && !Partner(sentence, place) && !Buys(sentence, place) && !FollowsInRanking(sentence, place);

    /// <summary>
    /// Drops the places of another country than the story's whose names only begin longer ones: "to Porto Empedocle on the
    /// Sicilian mainland", in a story of Italy, is not Porto, where "Lagos Mainland" in a story of Nigeria is Lagos.
    /// </summary>
    private void DropOtherCountrysLongerNames(SentenceContext sentence)
    {
        for (var i = sentence.Places.Count - 1; i >= 0 && lastPlace is not null; i--)
        {
            if (!sentence.Places[i].BeginsLongerName || sentence.Places[i].Entry.Country == lastPlace.Entry.Country) continue;
            sentence.Places.RemoveAt(i);
            sentence.NamesUnheldLongerName = true;
        }
    }

    private List<PersonHit> ReadPeople(SentenceContext sentence)
    {
        var found = PersonReader.Read(body, sentence.Tokens, desk.Gazetteer, desk.PersonNames);
        var taken = scratch.NameTokens;
        taken.Clear();
        foreach (var hit in found)
        {
            for (var k = hit.First; k <= hit.Last; k++) taken.Add(k);
        }
        // Bare surnames and first names of people already named in full ("McKenzie, commander of …", "Kenneth said"):
        // those met before this sentence and in it, as they stand before any bare name is added.
        var met = scratch.PeopleMet;
        met.Clear();
        met.AddRange(people);
        met.AddRange(found);
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (!sentence.Tokens[i].IsCapitalized || taken.Contains(i) || PersonReader.Bare(body, sentence.Tokens, i, met) is not { } bare) continue;
            found.Add(bare);
        }
        found.Sort((a, b) => a.First.CompareTo(b.First));
        foreach (var hit in found)
        {
            var full = people.FirstWhere(hit, static (p, hit) => string.Equals(p.Surname, hit.Surname, StringComparison.Ordinal) || string.Equals(p.Name, hit.Name, StringComparison.Ordinal));
            if (full is null && hit.Name.Contains(' ', StringComparison.Ordinal)) people.Add(hit);
            var name = full?.Name ?? hit.Name;
            PersonCounts[name] = PersonCounts.GetValueOrDefault(name) + 1;
        }
        return found;
    }

    private void Skip(SentenceContext sentence, int first, int last, string reason)
    {
        var span = new TextSpan(sentence.Tokens[first].Start, sentence.Tokens[last].End);
        Skipped.Add(new Skipped(article.Id, span, body[span.Start..span.End], reason));
    }

    /// <summary>
    /// Takes back the figure's being left out, when a reader of the whole sentence drafts it after all: only for <paramref
    /// name="reason"/> when one is given; whether it had been left out so.
    /// </summary>
    private bool TakeBackSkip(SentenceContext sentence, Figure figure, string? reason = null)
    {
        var at = SkipIndexOf(sentence, figure);
        if (at < 0 || (reason is not null && Skipped[at].Reason != reason)) return false;
        Skipped.RemoveAt(at);
        return true;
    }

    /// <summary>Where in <see cref="Skipped"/> the figure was last left out, or -1.</summary>
    private int SkipIndexOf(SentenceContext sentence, Figure figure)
    {
        var start = sentence.Tokens[figure.First].Start;
        for (var i = Skipped.Count - 1; i >= 0; i--)
        {
            if (Skipped[i].Span.Start == start) return i;
        }
        return -1;
    }

    /// <summary>Takes back the draft a sentence-wide reader drafts again under another name: the <paramref name="at"/>-th of the sentence's <paramref name="drafted"/>.</summary>
    private void Undraft(List<(Figure Figure, Draft Draft)> drafted, int at)
    {
        Drafts.Remove(drafted[at].Draft);
        drafted.RemoveAt(at);
    }

    /// <summary>Who said the words at <paramref name="offset"/>: the speaker of the quotation around them, else who the sentence cites.</summary>
    private string? AttributionAt(SentenceContext sentence, int offset, int tokenIndex)
    {
        foreach (var quote in quotes)
        {
            if (offset >= quote.Start && offset < quote.End) return Speaker(quote);
        }
        var t = sentence.Tokens;
        for (var k = 0; k + 1 < t.Count; k++)
        {
            if (t[k].Is("according") && t[k + 1].Is("to"))
            {
                var end = k + 2;
                while (end < t.Count && t[end].Text is not ("," or "." or ";") && end - k < 7) end++;
                if (end > k + 2 && end - k < 7) return body[t[k + 2].Start..t[end - 1].End];
            }
        }
        // "…, said General Kenneth McKenzie" or "McKenzie said": the person beside a word of speech.
        foreach (var person in sentence.People)
        {
            if ((person.First > 0 && Words.Speech.Contains(t[person.First - 1])) || (person.Last + 1 < t.Count && Words.Speech.Contains(t[person.Last + 1])))
            {
                return FullName(person);
            }
        }
        // "the White House aims to reach …": the organisation that states the goal.
        var actor = sentence.Places.LastWhere(tokenIndex, static (p, tokenIndex) => p.Entry.IsActorOnly && p.Last < tokenIndex && p.Entry.Key != "coalition");
        return actor is null ? null : Phrase(sentence, actor);
    }

    private string? Speaker(QuoteRegion quote)
    {
        // ”, Kenneth said." / ", said McKenzie" / "he said": the name after the closing mark, else the last person named.
        var after = body[quote.End..Math.Min(body.Length, quote.End + 60)];
        foreach (var person in people)
        {
            var at = IndexOfWord(after, person.FirstName);
            if (at < 0) at = IndexOfWord(after, person.Surname);
            if (at >= 0 && at < 30) return person.Name;
        }
        return people.Count > 0 && (after.Contains(" he said", StringComparison.Ordinal) || after.Contains(" she said", StringComparison.Ordinal) || after.Contains(" he added", StringComparison.Ordinal))
            ? people[^1].Name
            : null;
    }

    private static int IndexOfWord(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        return at >= 0 && (at + word.Length >= text.Length || !char.IsLetter(text[at + word.Length])) ? at : -1;
    }

    private string FullName(PersonHit person) =>
        people.FirstWhere(person.Surname, static (p, surname) => string.Equals(p.Surname, surname, StringComparison.Ordinal))?.Name ?? person.Name;

    /// <summary>"the White House", "the Pentagon": an organisation as a sentence names it.</summary>
    private string Phrase(SentenceContext sentence, PlaceHit hit)
    {
        var start = hit.First > 0 && sentence.Tokens[hit.First - 1].Is("the") ? sentence.Tokens[hit.First - 1].Start : sentence.Tokens[hit.First].Start;
        var text = body[start..sentence.Tokens[hit.Last].End];
        return text.StartsWith("The ", StringComparison.Ordinal) ? "the " + text[4..] : text;
    }

    private static TextSpan SpanOf(SentenceContext sentence, int first, int last) => new(sentence.Tokens[first].Start, sentence.Tokens[last].End);
}
