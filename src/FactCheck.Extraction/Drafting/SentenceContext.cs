using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Reading;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Drafting;

/// <summary>One sentence, read once: its tokens, tenses, times, places and people, which every kind of claim is drafted from.</summary>
internal sealed class SentenceContext : ITenses
{
    internal SentenceContext(int start, int end, List<Token> tokens)
    {
        Start = start;
        End = end;
        Tokens = tokens;
        DatelineEnd = LocalSites.AfterDateline(tokens);
    }

    public int Start { get; }

    public int End { get; }

    public List<Token> Tokens { get; }

    /// <summary>The token after the dateline the sentence opens with ("ACCRA, June 12 (Reuters) - …"), or -1 when it opens with none.</summary>
    public int DatelineEnd { get; }

    // What the readers find, set by the article's reader as it reads the sentence, before anything is drafted from it: four
    // empty lists made for each sentence only to be replaced were some 2 % of what extraction allocated.

    public List<TimeMention> Times { get; set; } = null!;

    public List<PlaceHit> Places { get; set; } = null!;

    public List<PersonHit> People { get; set; } = null!;

    public List<Figure> Figures { get; set; } = null!;

    /// <summary>
    /// The names the article has so far called a kind of area the gazetteer does not hold ("the western county of Bungoma",
    /// "Turkana County"): a sentence that opens with one reports that area's figures.
    /// </summary>
    public HashSet<string> NamedAreas { get; init; } = null!;

    /// <summary>
    /// Whether the sentence names a place of another country than the story's by a longer name the desk does not hold ("to
    /// Porto Empedocle", "Lagos Mainland recorded 12 deaths" in a story of Kenya): its figures are in no place the desk can
    /// name, and take no earlier sentence's.
    /// </summary>
    public bool NamesUnheldLongerName { get; set; }

    /// <summary>The place that starts at token <paramref name="k"/>, or null; a loop, as a lambda over <paramref name="k"/> made a delegate at every token read.</summary>
    public PlaceHit? PlaceAt(int k)
    {
        foreach (var place in Places)
        {
            if (place.First == k) return place;
        }
        return null;
    }

    /// <summary>The figure that starts at token <paramref name="k"/>, or null.</summary>
    public Figure? FigureAt(int k)
    {
        foreach (var figure in Figures)
        {
            if (figure.First == k) return figure;
        }
        return null;
    }

    /// <summary>The place whose words hold token <paramref name="k"/>, or null.</summary>
    public PlaceHit? PlaceCovering(int k)
    {
        foreach (var place in Places)
        {
            if (place.First <= k && k <= place.Last) return place;
        }
        return null;
    }

    /// <summary>The person whose name holds token <paramref name="k"/>, or null.</summary>
    public PersonHit? PersonCovering(int k)
    {
        foreach (var person in People)
        {
            if (person.First <= k && k <= person.Last) return person;
        }
        return null;
    }

    /// <summary>The figure whose words hold token <paramref name="k"/>, or null.</summary>
    public Figure? FigureCovering(int k)
    {
        foreach (var figure in Figures)
        {
            if (figure.First <= k && k <= figure.Last) return figure;
        }
        return null;
    }

    /// <summary>The time whose words hold token <paramref name="k"/>, or null: "March" is no place, "in March" no place's lead.</summary>
    public TimeMention? TimeCovering(int k)
    {
        foreach (var time in Times)
        {
            if (time.First <= k && k <= time.Last) return time;
        }
        return null;
    }

    /// <summary>The last figure that ends before token <paramref name="k"/>, or null.</summary>
    public Figure? FigureBefore(int k) => Figures.LastWhere(k, static (f, k) => f.Last < k);

    /// <summary>Whether a figure starts after token <paramref name="after"/> and before token <paramref name="before"/>.</summary>
    public bool FigureBetween(int after, int before)
    {
        foreach (var figure in Figures)
        {
            if (figure.First > after && figure.First < before) return true;
        }
        return false;
    }

    // Each token's tense plus one (see TenseAt), made for the whole sentence at the first question, as its tokens do not change.
    private byte[]? tenses;
    private bool? reported;

    /// <summary>Whether the sentence reports what someone said ("said", "says", "reported", "told", "according to"); asked for each of its figures, read once.</summary>
    public bool IsReported => reported ??= Tokens.Exists(static x => x.Lower is "said" or "says" or "reported" or "told" or "according");

    /// <summary>Whether the sentence is a headline (a Markdown heading or the article's title line): its figures are stated again, in full, below it.</summary>
    public bool IsHeadline { get; init; }

    /// <summary>
    /// The tense that governs token <paramref name="i"/>: the nearest tense word before it (up to twelve tokens, not across a
    /// semicolon), else after it (up to six); "to reduce", "to reach" count as the future.
    /// </summary>
    public Tense TenseAt(int i) => (Tense)((tenses ??= ReadTenses())[i] - 1);

    /// <summary>
    /// Every token's tense plus one, in two passes over the sentence. Every time, figure and change of a sentence asks,
    /// and asking up to eighteen tokens up to four word lists each time was a fifth of extraction's time.
    /// </summary>
    private byte[] ReadTenses()
    {
        const int Before = 12, After = 6;
        var count = Tokens.Count;
        // The tense each token marks itself, plus one (0: none), or a semicolon, which no tense reaches across; on the stack,
        // as only the tenses found are kept.
        var marks = count <= MarksOnStack ? stackalloc byte[MarksOnStack] : new byte[count];
        for (var k = 0; k < count; k++) marks[k] = Tokens[k].Text == ";" ? Semicolon : ReadMarker(k) is { } tense ? (byte)(1 + (int)tense) : (byte)0;
        // Forwards, the nearest mark before each token since the last semicolon; backwards, the nearest after, which
        // counts only where there is none before.
        var found = new byte[count];
        var last = int.MinValue;
        for (var i = 0; i < count; i++)
        {
            if (last >= i - Before) found[i] = marks[last];
            if (marks[i] == Semicolon) last = int.MinValue;
            else if (marks[i] != 0) last = i;
        }
        var next = int.MaxValue;
        for (var i = count - 1; i >= 0; i--)
        {
            if (found[i] == 0) found[i] = next <= i + After ? marks[next] : (byte)(1 + (int)Tense.Present);
            if (marks[i] == Semicolon) next = int.MaxValue;
            else if (marks[i] != 0) next = i;
        }
        return found;
    }

    private const int MarksOnStack = 256;

    /// <summary>The mark of a semicolon, beyond every tense's.</summary>
    private const byte Semicolon = byte.MaxValue;

    private Tense? ReadMarker(int k)
    {
        var token = Tokens[k];
        // "The spawning stock is estimated to have fallen from 4.9 million tonnes to 3.8 million": what has happened, no goal.
        if (k > 0 && Tokens[k - 1].Is("to") && token.Is("have") && k + 1 < Tokens.Count
            && (Tokens[k + 1].Lower.EndsWith("ed", StringComparison.Ordinal) || Tokens[k + 1].Lower.EndsWith("en", StringComparison.Ordinal)))
        {
            return Tense.Perfect;
        }
        if (k > 0 && Tokens[k - 1].Is("to") && (token.Lower is "reach" or "have" or "be" || Words.ReduceVerbs.Contains(token) || Words.IncreaseVerbs.Contains(token)))
        {
            // "Kidnappings continued to climb, reaching 4,300": a verb that goes on is told in its own tense, not a goal's.
            return k > 1 && Tokens[k - 2].Lower is "continued" or "began" or "started" or "kept" ? Tense.Past
                : k > 1 && Tokens[k - 2].Lower is "continues" or "continue" or "begins" or "starts" ? Tense.Present : Tense.Future;
        }
        // "the budget set aside 12 billion shillings": a past deed, not "is set to".
        if (token.Is("set") && k + 1 < Tokens.Count && Tokens[k + 1].Lower is "aside" or "up" or "out") return Tense.Past;
        // "as hopes faded for at least three miners still trapped": hopes that a past verb follows are a noun, no one's goal.
        if (token.Is("hopes") && k + 1 < Tokens.Count && Tokens[k + 1].Lower.EndsWith("ed", StringComparison.Ordinal)) return null;
        if (Words.Future.Contains(token)) return Tense.Future;
        if (Words.Perfect.Contains(token)) return Tense.Perfect;
        // "the elections will be held on November 3": a participle after "be" takes the tense of its auxiliary.
        if (Words.Past.Contains(token)) return ParticipleAfterBe(k) ? null : token.Lower is not ("was" or "were" or "did") && AfterHave(k) ? Tense.Perfect : Tense.Past;
        if (Words.Present.Contains(token)) return Tense.Present;
        return null;
    }

    /// <summary>Whether the word of the past at token <paramref name="k"/> is a participle after "be", "been" or "being" ("will be held"), not a verb of its own.</summary>
    private bool ParticipleAfterBe(int k) => k > 0 && Tokens[k - 1].Lower is "be" or "been" or "being" && Tokens[k].Lower is not ("was" or "were" or "had" or "did");

    /// <summary>Whether "has" or "have" stands before the participle at token <paramref name="k"/>, with at most an adverb between: "has recorded", "have already received".</summary>
    private bool AfterHave(int k)
    {
        var before = k - 1;
        if (before > 0 && Tokens[before].Lower is "already" or "now" or "so" or "far" or "also" or "just" or "since") before--;
        return before >= 0 && Tokens[before].Lower is "has" or "have";
    }

    /// <summary>Whether any of <paramref name="words"/> stands within <paramref name="distance"/> tokens before token <paramref name="i"/>.</summary>
    public bool AnyBefore(int i, int distance, WordList words)
    {
        for (var k = i - 1; k >= Math.Max(0, i - distance); k--)
        {
            if (words.Contains(Tokens[k])) return true;
        }
        return false;
    }

    /// <summary>The time mention nearest token <paramref name="i"/> that <paramref name="accept"/> accepts.</summary>
    public TimeMention? NearestTime(int i, Func<TimeMention, bool> accept) => NearestTime(i, accept, static (time, accept) => accept(time));

    /// <summary>
    /// The time mention nearest token <paramref name="i"/> that <paramref name="accept"/> accepts with <paramref name="state"/>:
    /// a <c>static</c> lambda given what it compares against, so that the question makes no closure (see <see cref="ListSearch"/>).
    /// </summary>
    public TimeMention? NearestTime<TState>(int i, TState state, Func<TimeMention, TState, bool> accept)
    {
        TimeMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var time in Times)
        {
            if (!accept(time, state)) continue;
            var distance = time.Last < i ? i - time.Last : time.First - i;
            if (distance < bestDistance)
            {
                best = time;
                bestDistance = distance;
            }
        }
        return best;
    }
}
