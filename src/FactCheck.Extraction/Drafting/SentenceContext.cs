using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Reading;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Drafting;

/// <summary>One sentence, read once: its tokens, tenses, times, places and people, which every kind of claim is drafted from.</summary>
internal sealed class SentenceContext
{
    internal SentenceContext(int start, int end, List<Token> tokens)
    {
        Start = start;
        End = end;
        Tokens = tokens;
    }

    public int Start { get; }

    public int End { get; }

    public List<Token> Tokens { get; }

    public List<TimeMention> Times { get; set; } = [];

    public List<PlaceHit> Places { get; set; } = [];

    public List<PersonHit> People { get; set; } = [];

    public List<Figure> Figures { get; set; } = [];

    // Each token's tense as TenseAt found it, plus one (0: not asked yet); and the tense each token marks itself, plus
    // two (1: none; 0: not read yet). Both made at the first question, as a sentence's tokens do not change.
    private byte[]? tenses;
    private byte[]? markers;
    private bool? reported;

    /// <summary>Whether the sentence reports what someone said ("said", "says", "reported", "told", "according to"); asked for each of its figures, read once.</summary>
    public bool IsReported => reported ??= Tokens.Exists(static x => x.Lower is "said" or "says" or "reported" or "told" or "according");

    /// <summary>Whether the sentence is a headline (a Markdown heading or the article's title line): its figures are stated again, in full, below it.</summary>
    public bool IsHeadline { get; init; }

    /// <summary>
    /// The tense that governs token <paramref name="i"/>: the nearest tense word before it (up to twelve tokens, not across a
    /// semicolon), else after it (up to six); "to reduce", "to reach" count as the future.
    /// </summary>
    public Tense TenseAt(int i)
    {
        // Every time, figure and change of a sentence asks, and each asked up to eighteen tokens up to four word lists:
        // a fifth of extraction's time. The words' tenses are read once a sentence, and each token's answer kept.
        tenses ??= new byte[Tokens.Count];
        if (tenses[i] == 0) tenses[i] = (byte)(1 + (int)FindTense(i));
        return (Tense)(tenses[i] - 1);
    }

    private Tense FindTense(int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 12); k--)
        {
            if (Tokens[k].Text == ";") break;
            if (Marker(k) is { } tense) return tense;
        }
        for (var k = i + 1; k < Math.Min(Tokens.Count, i + 7); k++)
        {
            if (Tokens[k].Text == ";") break;
            if (Marker(k) is { } tense) return tense;
        }
        return Tense.Present;
    }

    /// <summary>The tense token <paramref name="k"/> marks, or null; read once for each token (see <see cref="markers"/>).</summary>
    private Tense? Marker(int k)
    {
        markers ??= new byte[Tokens.Count];
        if (markers[k] == 0) markers[k] = ReadMarker(k) is { } tense ? (byte)(2 + (int)tense) : (byte)1;
        return markers[k] == 1 ? null : (Tense)(markers[k] - 2);
    }

    private Tense? ReadMarker(int k)
    {
        var w = Tokens[k].Lower;
        if (k > 0 && Tokens[k - 1].Is("to") && (w is "reach" or "have" or "be" || Words.ReduceVerbs.Contains(w) || Words.IncreaseVerbs.Contains(w))) return Tense.Future;
        return Words.TenseMarks.TryGetValue(w, out var tense) ? tense : null;
    }

    /// <summary>Whether any of <paramref name="words"/> stands within <paramref name="distance"/> tokens before token <paramref name="i"/>.</summary>
    public bool AnyBefore(int i, int distance, System.Collections.Frozen.FrozenSet<string> words)
    {
        for (var k = i - 1; k >= Math.Max(0, i - distance); k--)
        {
            if (words.Contains(Tokens[k].Lower)) return true;
        }
        return false;
    }

    /// <summary>The time mention nearest token <paramref name="i"/> that <paramref name="accept"/> accepts.</summary>
    public TimeMention? NearestTime(int i, Func<TimeMention, bool> accept)
    {
        TimeMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var time in Times)
        {
            if (!accept(time)) continue;
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
