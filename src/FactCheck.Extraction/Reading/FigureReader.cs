using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Reading;

/// <summary>
/// Finds the quantities of a sentence in every form of the value grammar ("8,600", "an estimated 5,200", "less than five
/// thousand", "between 4,000 and 5,000", "dozens", "tens of thousands", "5.2 million", "69%", "a dozen", "half a million",
/// "one and a half million", "several thousand"), reading each with
/// <see cref="Quantity.TryParse(string?, out Quantity)"/>. Years and days of dates are left to the time reader.
/// </summary>
internal static class FigureReader
{
    private static readonly WordList NumberWords = WordList.Of(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
        "trillion", "lakh", "lakhs", "crore", "crores", "dozen", "dozens", "hundreds", "thousands", "millions", "tens", "and");

    /// <summary>
    /// The number words that multiply what comes before them, the Indian lakh (100,000) and crore (10 million) among them
    /// ("5 lakh people", "two crore doses"); each is one of <see cref="NumberWords"/>.
    /// </summary>
    private static readonly WordList Multipliers = WordList.Of("dozen", "hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores");

    /// <summary>Whether <paramref name="token"/> is a verb whose "up" makes "up to" after it the level reached, not a bound: "edged up to 4.1%".</summary>
    private static bool IsUpVerb(Token token) => token.IsWord && token.Lower is "edged" or "edges" or "went" or "goes" or "moved" or "moves" or "crept" or "creeps" or "ticked"
        or "ticks" or "inched" or "inches" or "shot" or "picked" or "jumped" or "climbed" or "rose" or "revised" or "pushed" or "driven" or "drove";

    /// <summary>The fractions the grammar takes of a multiplying word ("half a million", "three quarters of a million", "a million and a half").</summary>
    private static readonly WordList Fractions = WordList.Of("half", "quarter", "quarters");

    /// <summary>
    /// The hedges and bounds a figure may start with, longest first, so that the first that stands before a figure is the
    /// whole of it ("no more than" is never read as "more than"). Those the value grammar words otherwise are read in its
    /// words ("close to 6,000" is "nearly 6,000"), while the quote keeps the article's.
    /// </summary>
    private static readonly Hedge[] Hedges = LongestFirst(
    [
        new(["an", "estimated"], Approximates: true), new(["estimated"], Approximates: true), new(["approximately"], Approximates: true),
        new(["about"], Approximates: true), new(["around"], Approximates: true), new(["roughly"], Approximates: true), new(["some"], Approximates: true),
        new(["nearly"]), new(["almost"]), new(["close", "to"], "nearly"),
        new(["at", "least"]), new(["no", "fewer", "than"]), new(["no", "less", "than"]),
        new(["more", "than"]), new(["over"]), new(["upwards", "of"]), new(["upward", "of"], "upwards of"), new(["in", "excess", "of"], "more than"),
        new(["at", "most"]), new(["up", "to"]), new(["as", "many", "as"]), new(["as", "much", "as"]), new(["no", "more", "than"]),
        new(["less", "than"]), new(["fewer", "than"]), new(["under"]), new(["below"]), new(["above"], "more than"), new(["between"]),
        new(["topped"], "more than"), new(["exceeded"], "more than"), new(["surpassed"], "more than"),
    ]);

    private static Hedge[] LongestFirst(Hedge[] hedges) => [.. hedges.OrderByDescending(static h => h.Words.Length)];

    /// <summary>A hedge or bound before a figure.</summary>
    /// <param name="Words">Its words, in lower case.</param>
    /// <param name="Grammar">How the value grammar words it, when not in these words.</param>
    /// <param name="Approximates">Whether it says only that the figure is not exact ("about", "some"), and so adds nothing to a range.</param>
    private sealed record Hedge(string[] Words, string? Grammar = null, bool Approximates = false);

    /// <summary>
    /// Whether the figure at tokens <paramref name="first"/>..<paramref name="last"/> is the start of a movement named by the
    /// record it stands in: "a decline from the 4,324 recorded in 2023", "up from the 1.2 million reported last year".
    /// </summary>
    private static bool FromTheRecorded(List<Token> tokens, int first, int last) =>
        first > 1 && tokens[first - 1].Is("the") && tokens[first - 2].Is("from") && last + 1 < tokens.Count && Words.RecordsAFigure(tokens[last + 1]);

    /// <summary>
    /// Whether the figure from <paramref name="first"/> to <paramref name="last"/> is an earlier level a figure before it is
    /// compared with, at a time of its own right after it: "eased to 34.5% in March, compared with 33.8% at the end of last
    /// year", where it is a movement's start as "from 33.8%" would be; not "compared with 6% nationally", no earlier level.
    /// </summary>
    private static bool ComparedWithEarlier(List<Token> tokens, int first, int last, ISet<int> timeTokens)
    {
        // ", against 5.3 million tonnes in 2023" after a level compares it as "compared with" does.
        if (first < 2 || !(tokens[first - 1].Lower is "with" or "to" && tokens[first - 2].Is("compared") || tokens[first - 1].Is("against") && tokens[first - 2].Text == ",")) return false;
        var k = last + 1;
        if (k < tokens.Count && !timeTokens.Contains(k) && UnitWords.Find(tokens[k].Lower) is not null) k++;
        return (k < tokens.Count && timeTokens.Contains(k)) || (k + 1 < tokens.Count && timeTokens.Contains(k + 1) && tokens[k].IsWord && !tokens[k].IsCapitalized);
    }

    /// <summary>
    /// Whether only a time stands between a "from" figure ending at token <paramref name="fromLast"/> and the "to" at token
    /// <paramref name="to"/>: "from 3.1% in 2019 to 4.2%" moves as "from 3.1% to 4.2%" does, the 2019 being the first's.
    /// </summary>
    private static bool OnlyTimeBetween(List<Token> tokens, int fromLast, int to, ISet<int> timeTokens)
    {
        if (to - fromLast > 8) return false;
        // "from 1,200 cases in January to 300": the first's unit may stand before its time.
        if (fromLast + 1 < to && !timeTokens.Contains(fromLast + 1) && UnitWords.Find(tokens[fromLast + 1].Lower) is not null) fromLast++;
        for (var k = fromLast + 1; k < to; k++)
        {
            if (!timeTokens.Contains(k) && !(k + 1 < to && timeTokens.Contains(k + 1))) return false;
        }
        return true;
    }

    /// <summary>
    /// The figures of a sentence's <paramref name="tokens"/>, in order. Words that begin a figure but that the grammar does not
    /// read whole ("a few hundred thousand", "several hundred to a thousand") give none, and are added to <paramref name="unread"/>
    /// by their first and last tokens, so that the draft can say what it left out.
    /// </summary>
    internal static List<Figure> Read(string body, List<Token> tokens, ISet<int> timeTokens, List<(int First, int Last)> unread)
    {
        var figures = new List<Figure>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (timeTokens.Contains(i) || !StartsNumber(tokens, i) || PartOfName(tokens, i)) continue;
            if (AfterUnreadLowerEnd(tokens, i, figures, timeTokens))
            {
                // Its words, "a million" among them in "three quarters of a million", are passed over with it.
                var upperEnd = NumberEnd(tokens, i, timeTokens);
                NoteUnread(tokens, LowerEndStart(tokens, i - 2, figures, timeTokens), upperEnd, unread);
                i = upperEnd;
                continue;
            }
            var last = NumberEnd(tokens, i, timeTokens);
            var first = i;
            // Where the words the value is read from start, and the grammar's words for a hedge it words otherwise.
            var valueFirst = i;
            string? grammarHedge = null;
            // Where a range's upper end starts, when the figure is a range: "between 4,000 and 5,000".
            var upper = -1;
            if (HedgeBefore(tokens, i) is { } hedge)
            {
                first = i - hedge.Words.Length;
                if (tokens[first].Is("between"))
                {
                    valueFirst = first;
                    if (last + 2 < tokens.Count && tokens[last + 1].Is("and") && StartsNumber(tokens, last + 2))
                    {
                        upper = last + 2;
                    }
                    else if (RangeAfter(tokens, last))
                    {
                        // "between 1,000-1,500": the range, read as written without its "between".
                        valueFirst = i;
                        upper = last + 2;
                    }
                }
                else if (RangeAfter(tokens, last) && !(first > 0 && (tokens[first - 1].Lower is "from" or "by" || Words.ReduceVerbs.Contains(tokens[first - 1]) || Words.IncreaseVerbs.Contains(tokens[first - 1]))))
                {
                    if (!hedge.Approximates)
                    {
                        // "up to 300 to 400": a bound of a range, which the grammar does not read; either end alone would be a
                        // figure the text does not state.
                        var upperEnd = NumberEnd(tokens, last + 2, timeTokens);
                        unread.Add((first, upperEnd));
                        i = upperEnd;
                        continue;
                    }
                    // "some 300 to 400": a range already says how uncertain it is (docs/claimset-v1.md), so the value is the
                    // range as stated, and its quote keeps the hedge.
                    valueFirst = i;
                    upper = last + 2;
                }
                else if (hedge.Grammar is not null)
                {
                    valueFirst = i;
                    grammarHedge = hedge.Grammar;
                }
                else
                {
                    valueFirst = first;
                }
            }
            else if (RangeAfter(tokens, last) && !(i > 0 && tokens[i - 1].Is("from")))
            {
                upper = last + 2;
            }
            // "$300 billion to $350 billion", "between $300 billion and $350 billion": a range whose ends each carry the sign,
            // which had been two figures of one subject and time that differ, a conflict the text does not state.
            var signs = (Before: -1, Inner: -1);
            if (upper < 0 && SignedRange(tokens, i, last) is { } between)
            {
                signs = (between ? i - 1 : -1, last + 2);
                upper = last + 3;
                if (between) first = valueFirst = i - 2;
            }
            if (upper >= 0) last = NumberEnd(tokens, upper, timeTokens);
            if (last + 1 < tokens.Count && (tokens[last + 1].Text == "%" || tokens[last + 1].Is("percent")))
            {
                last++;
            }
            else if (last + 2 < tokens.Count && tokens[last + 1].Is("per") && tokens[last + 2].Is("cent"))
            {
                last += 2;
            }
            var currency = signs.Inner >= 0 ? tokens[signs.Inner].Text
                : first > 0 && tokens[first - 1].Text is "$" or "€" or "£" ? tokens[first - 1].Text
                : first > 0 && tokens[first - 1].End == tokens[first].Start && Words.CurrencyPrefixes.Contains(tokens[first - 1]) ? tokens[first - 1].Lower
                : null;
            // "from $50 billion to $70 billion": the word before a sum is before its sign.
            var written = currency is null || signs.Before >= 0 ? first : first - 1;
            var role = FigureRole.Plain;
            if (i > 0 && tokens[i - 1].Is("from") || (written > 0 && tokens[written - 1].Is("from")) || ComparedWithEarlier(tokens, written, last, timeTokens) || FromTheRecorded(tokens, written, last)) role = FigureRole.From;
            else if (written > 0 && tokens[written - 1].Is("to") && figures.Count > 0 && figures[^1].Role == FigureRole.From && OnlyTimeBetween(tokens, figures[^1].Last, written - 1, timeTokens)) role = FigureRole.To;
            // "halve annual road deaths to 72 or fewer by 2030", "5,000 or more people": a bound written after the figure.
            var boundAfter = upper < 0 && valueFirst == i && grammarHedge is null ? BoundAfter(tokens, last) : null;
            var read = TryValue(body, tokens, valueFirst, boundAfter ?? grammarHedge, last, signs, out var value, out var end);
            if (read && boundAfter is not null && end == last) end += 2;
            if (upper >= 0 && (!read || end < upper))
            {
                // A range the grammar does not read whole ("several hundred to a thousand"): neither end alone is what the
                // text states, so neither is a figure.
                NoteUnread(tokens, first, last, unread);
                i = last;
                continue;
            }
            if (read && end + 2 <= last && tokens[end + 1].Is("and"))
            {
                // "a few hundred and fifty": the words go on past the reading the grammar takes, so the figure they state is not
                // the one read, and the rest alone ("fifty") is none either.
                NoteUnread(tokens, first, last, unread);
                i = last;
                continue;
            }
            if (read)
            {
                figures.Add(new Figure(first, end, value, role, currency));
                i = end;
            }
            else if (BeginsScaledFigure(tokens[i]))
            {
                // "a few hundred thousand", "several hundred million": words of a figure, none of whose readings holds.
                NoteUnread(tokens, first, last, unread);
                i = last;
            }
        }
        return figures;
    }

    /// <summary>
    /// Adds tokens <paramref name="first"/>..<paramref name="last"/> to <paramref name="unread"/> when they state a figure
    /// in words an editor would take for one, with a multiplying word, a fraction, "few" or "several" ("a few hundred
    /// thousand"); digits that are no figure, such as a date the time reader did not take ("2020-09-09"), and small number
    /// words ("ruled five to four", "chapters one and two") are passed over as before.
    /// </summary>
    private static void NoteUnread(List<Token> tokens, int first, int last, List<(int First, int Last)> unread)
    {
        for (var k = first; k <= last; k++)
        {
            if (tokens[k].IsWord && (Multipliers.Contains(tokens[k]) || Fractions.Contains(tokens[k]) || tokens[k].Lower is "few" or "several"))
            {
                unread.Add((first, last));
                return;
            }
        }
    }

    /// <summary>
    /// The first token of the lower end that ends at <paramref name="last"/>, its "between" included: back over the words of
    /// a figure, but not into a figure read before it (<paramref name="figures"/>) or a time, and not from a joining word.
    /// </summary>
    private static int LowerEndStart(List<Token> tokens, int last, List<Figure> figures, ISet<int> timeTokens)
    {
        var floor = figures.Count > 0 ? figures[^1].Last + 1 : 0;
        var first = last;
        while (first > floor && !timeTokens.Contains(first - 1)
            && (tokens[first - 1].IsNumber || IsFigureWord(tokens[first - 1]) || tokens[first - 1].Lower is "a" or "an"
                || (tokens[first - 1].Is("of") && first >= 2 && Fractions.Contains(tokens[first - 2]))))
        {
            first--;
        }
        while (first < last && tokens[first].Lower is "and" or "of") first++;
        return first > floor && tokens[first - 1].Is("between") ? first - 1 : first;
    }

    /// <summary>Whether <paramref name="token"/> is one of the words that begin a figure only before a multiplying word (see <see cref="ScaledFromHere"/>).</summary>
    private static bool BeginsScaledFigure(Token token) => token.Lower is "a" or "an" or "one" or "half" or "several";

    /// <summary>
    /// Whether token <paramref name="i"/> begins the upper end of a range whose lower end was not read as a figure
    /// ("between a half and three quarters of a million", "between a few and a dozen"): read alone, it would be an exact
    /// figure the text does not state.
    /// </summary>
    private static bool AfterUnreadLowerEnd(List<Token> tokens, int i, List<Figure> figures, ISet<int> timeTokens)
    {
        // "from 3.1% in 2019 to 4.2%": a time before "to" is no lower end.
        if (i < 2 || !(tokens[i - 1].Text is "-" or "–" || tokens[i - 1].Lower is "to" or "and") || (tokens[i - 1].IsWord && timeTokens.Contains(i - 2))) return false;
        if (figures.Count > 0 && figures[^1].Last >= i - 2) return false;
        var before = tokens[i - 2];
        // "to 24% by 2025 and to 12%": an "and" before "to" joins two figures, and is no number word of a lower end.
        // "fell by 0.6 percentage points on the quarter to 3.9%": "the quarter" is a time, no fraction of a lower end.
        return before.IsNumber || (IsFigureWord(before) && !before.Is("and") && !(Fractions.Contains(before) && tokens[i - 3].Lower is "the" or "this" or "that" or "each" or "per" or "last" or "next" or "previous"));
    }

    /// <summary>Whether <paramref name="token"/> is a word of a figure in words: a number word, a fraction, "few" or "several".</summary>
    internal static bool IsFigureWord(Token token) =>
        token.IsWord && (IsNumberWord(token) || Fractions.Contains(token) || token.Lower is "few" or "several");

    /// <summary>Whether the token is a number word of the grammar's, "and" among them, or a number of tens and ones written with a hyphen.</summary>
    private static bool IsNumberWord(Token token) => NumberWords.Contains(token) || IsTensAndOnes(token);

    /// <summary>
    /// Whether the token is a number of tens and ones written with a hyphen, one word to the tokenizer: "Thirty-eight people were
    /// killed", which a lead writes in words as it opens a sentence and which had been no figure at all.
    /// </summary>
    private static bool IsTensAndOnes(Token token)
    {
        // Asked of every word a figure may start at: from "forty-one" to "seventy-seven", the length turns most away unsearched.
        var w = token.Lower;
        if (w.Length is < 9 or > 13) return false;
        var dash = w.IndexOf('-', StringComparison.Ordinal);
        return token.IsWord && dash > 0
            && w.AsSpan(0, dash) is "twenty" or "thirty" or "forty" or "fifty" or "sixty" or "seventy" or "eighty" or "ninety"
            && w.AsSpan(dash + 1) is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine";
    }

    /// <summary>
    /// Reads the longest figure of tokens <paramref name="first"/>..<paramref name="last"/> the grammar takes, after
    /// <paramref name="hedge"/> in the grammar's words when the article's are not.
    /// </summary>
    private static bool TryValue(string body, List<Token> tokens, int first, string? hedge, int last, (int Before, int Inner) signs, out Quantity value, out int end)
    {
        // Longest first: "five thousand soldiers" is read as "five thousand", not "five".
        for (end = last; end >= first; end--)
        {
            // A figure of one token is its text, held already; a range's signs are left out of it ("between 300 billion and 350 billion").
            var text = end == first ? tokens[first].Text : signs.Inner >= 0 && signs.Inner < end ? WithoutSigns(body, tokens, first, end, signs) : body[tokens[first].Start..tokens[end].End];
            if (hedge is not null) text = hedge + " " + text;
            if (Quantity.TryParse(text, out value) && (tokens[end].IsNumber || tokens[end].Text == "%" || !EndsShort(tokens, first, end, last))) return true;
        }
        value = default;
        return false;
    }

    /// <summary>
    /// The grammar's words for a bound written after the figure ending at token <paramref name="last"/>: "at most" for "or
    /// fewer", "or less", "or below", "or under"; "at least" for "or more", "or above", "or over"; null for anything else.
    /// </summary>
    private static string? BoundAfter(List<Token> tokens, int last) =>
        last + 2 < tokens.Count && tokens[last + 1].Is("or") ? tokens[last + 2].Lower switch
        {
            "fewer" or "less" or "below" or "under" => "at most",
            "more" or "above" or "over" => "at least",
            _ => null,
        } : null;

    /// <summary>The text of tokens <paramref name="first"/>..<paramref name="end"/> without the signs at <paramref name="signs"/> (-1 for none).</summary>
    private static string WithoutSigns(string body, List<Token> tokens, int first, int end, (int Before, int Inner) signs)
    {
        var text = new System.Text.StringBuilder();
        var from = tokens[first].Start;
        foreach (var sign in (int[])[signs.Before, signs.Inner])
        {
            if (sign <= first || sign > end) continue;
            text.Append(body, from, tokens[sign].Start - from);
            from = tokens[sign].End;
        }
        return text.Append(body, from, tokens[end].End - from).ToString();
    }

    /// <summary>
    /// Whether the sum at token <paramref name="i"/>, ending at <paramref name="last"/>, is the lower end of a range whose ends
    /// each carry the sign, and whether "between" opens it: false for "$300 billion to $350 billion" and "€1-€2 million", true
    /// for "between $300 billion and $350 billion", null for no such range. Not "from $50 billion to $70 billion", a movement,
    /// nor a change's size and the level after a verb.
    /// </summary>
    private static bool? SignedRange(List<Token> tokens, int i, int last)
    {
        if (i < 1 || tokens[i - 1].Text is not ("$" or "€" or "£") || last + 3 >= tokens.Count || tokens[last + 2].Text != tokens[i - 1].Text || !StartsNumber(tokens, last + 3)) return null;
        var between = i >= 2 && tokens[i - 2].Is("between");
        if (between ? !tokens[last + 1].Is("and") : tokens[last + 1].Text is not ("to" or "-" or "–")) return null;
        // Nor "edged up $1.5 billion to $82 billion", "widened $2 billion to $9 billion": the change, then the level.
        return !between && i >= 2 && (tokens[i - 2].Lower is "from" or "by" or "up" or "down" or "rose" or "fell" or "grew" or "shrank" or "lost" or "gained"
            || tokens[i - 2].Lower.EndsWith("ed", StringComparison.Ordinal) || Words.ReduceVerbs.Contains(tokens[i - 2]) || Words.IncreaseVerbs.Contains(tokens[i - 2])) ? null : between;
    }

    /// <summary>
    /// Whether a reading of tokens <paramref name="first"/>..<paramref name="end"/> stops short of the figure the words
    /// state: on a word that only joins ("and", "a", "half", "few": "a few billion" is no "a few"), or before a multiplying
    /// word or a fraction it would drop ("a few hundred thousand" is no "a few hundred", "one lakh" no "one", "a million
    /// and three quarters" no "a million and three").
    /// </summary>
    private static bool EndsShort(List<Token> tokens, int first, int end, int last) =>
        tokens[end].Lower is "and" or "a" or "an" or "quarters" or "of" or "few" or "several"
        // "a million and a half" ends on its half; "a half million" read as "a half" would be 50 %.
        || (tokens[end].Lower is "half" or "quarter" && !(end >= 2 && tokens[end - 2].Is("and")))
        || (first == end && tokens[end].Is("one"))
        || (end < last && (IsMultiplier(tokens, end + 1) || (tokens[end + 1].IsWord && Fractions.Contains(tokens[end + 1]))));

    private static bool StartsNumber(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.IsNumber) return true;
        if (!token.IsWord) return false;
        var w = token.Lower;
        if (w is "tens" or "hundreds" or "thousands" or "millions" or "dozens") return true;
        // "a" and "one" alone are not figures ("a British soldier", "one of the"), nor are "half" and "a few" ("half of
        // them", "a few days"): only when what follows makes them a count of something (see ScaledFromHere).
        if (BeginsScaledFigure(token)) return ScaledFromHere(tokens, i);
        return (NumberWords.Contains(token) && w != "and" && !Multipliers.Contains(token)) || IsTensAndOnes(token);
    }

    /// <summary>
    /// Whether token <paramref name="i"/> ("a", "an", "one", "half", "several") begins a figure of the value grammar
    /// that a multiplying word makes a count: "a million", "a dozen", "one thousand", "one and a half million", "half a
    /// million", "a quarter of a million", "a half million", "a few hundred", "several thousand".
    /// </summary>
    private static bool ScaledFromHere(List<Token> tokens, int i)
    {
        var k = i + 1;
        switch (tokens[i].Lower)
        {
            case "a" or "an":
                if (At(tokens, k) is "few") return IsMultiplier(tokens, k + 1);
                if (At(tokens, k) is "half" or "quarter") k = At(tokens, k + 1) is "of" && At(tokens, k + 2) is "a" ? k + 3 : k + 1;
                return IsMultiplier(tokens, k);
            case "one":
                if (InOf(tokens, i)) return true;
                if (At(tokens, k) is "and" && At(tokens, k + 1) is "a" && At(tokens, k + 2) is "half" or "quarter") k += 3;
                return IsMultiplier(tokens, k);
            case "half":
                return At(tokens, k) is "a" && IsMultiplier(tokens, k + 1);
            default:
                return IsMultiplier(tokens, k);
        }
    }

    /// <summary>Whether token <paramref name="k"/> multiplies what comes before it: a scale word, "hundred" or "dozen".</summary>
    private static bool IsMultiplier(List<Token> tokens, int k) => k < tokens.Count && tokens[k].IsWord && Multipliers.Contains(tokens[k]);

    private static string? At(List<Token> tokens, int k) => k < tokens.Count && tokens[k].IsWord ? tokens[k].Lower : null;

    /// <summary>
    /// Whether token <paramref name="i"/> begins a fraction written "one in five", "1 in 7", "three in ten": a small number,
    /// "in", and a number. Read alone, the second number ("five deaths") would be a figure the text does not state.
    /// </summary>
    private static bool InOf(List<Token> tokens, int i) =>
        i + 2 < tokens.Count && tokens[i + 1].Is("in") && (tokens[i + 2].IsNumber || (tokens[i + 2].IsWord && NumberWords.Contains(tokens[i + 2]) && !tokens[i + 2].Is("and")))
        && (tokens[i].Lower is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"
            || (tokens[i].IsNumber && tokens[i].Text.Length <= 2));

    private static int NumberEnd(List<Token> tokens, int i, ISet<int> timeTokens)
    {
        if (InOf(tokens, i) && !timeTokens.Contains(i + 2)) return i + 2;
        var last = i;
        for (var k = i + 1; k < tokens.Count && k <= i + 8; k++)
        {
            if (timeTokens.Contains(k)) break;
            var w = tokens[k].Lower;
            // "tens of thousands", "hundreds of thousands", but not "dozens of missile attacks".
            if (w == "of" && k + 1 < tokens.Count && tokens[k + 1].Lower is "thousands" or "millions" && tokens[k - 1].Lower is "tens" or "hundreds")
            {
                last = ++k;
                continue;
            }
            // "one hundred and twenty-five": a number of tens and ones ends a figure in words as its words do.
            if (tokens[k].IsWord && IsNumberWord(tokens[k]) && !(w == "and" && (k + 1 >= tokens.Count || !IsNumberWord(tokens[k + 1]) || tokens[k + 1].Lower is "and")))
            {
                if (w is "dozens" or "hundreds" or "thousands" or "millions" or "tens") break;
                // "from 652,870 three months earlier": after digits only a multiplying word is the same figure's ("5 million").
                if (tokens[last].IsNumber && !Multipliers.Contains(tokens[k])) break;
                last = k;
                continue;
            }
            // The words of halves, quarters and a few of what follows ("one and a half million", "a million and a half",
            // "half a million", "three quarters of a million", "a few hundred"): the longest reading the grammar takes is kept.
            if (IsFractionWord(tokens, k))
            {
                last = k;
                continue;
            }
            break;
        }
        return last;
    }

    /// <summary>
    /// Whether token <paramref name="k"/>, inside a figure, is one of the words that join a half, a quarter or a few to a
    /// multiplying word: "and a half", "a half", "half a", "quarters of a", "a few", "million and a half".
    /// </summary>
    private static bool IsFractionWord(List<Token> tokens, int k)
    {
        var before = At(tokens, k - 1);
        var after = At(tokens, k + 1);
        return At(tokens, k) switch
        {
            "and" => after is "a" && At(tokens, k + 2) is "half" or "quarter",
            "a" or "an" => before is "and" or "of" or "half" || after is "half" or "quarter" or "few",
            "half" or "quarter" => before is "a",
            "quarters" => before is "three",
            "of" => before is "quarter" or "quarters" && after is "a",
            "few" => before is "a",
            _ => false,
        };
    }

    /// <summary>The hedge ("an estimated", "less than") right before token <paramref name="i"/>, or null: the longest that stands there.</summary>
    private static Hedge? HedgeBefore(List<Token> tokens, int i)
    {
        foreach (var hedge in Hedges)
        {
            var start = i - hedge.Words.Length;
            if (start < 0) continue;
            var all = true;
            for (var k = 0; k < hedge.Words.Length && all; k++) all = tokens[start + k].Is(hedge.Words[k]);
            // "inflation edged up to 4.1%", "went up to": a verb's "up" and the level it reached, no bound.
            if (all && hedge.Words is ["up", "to"] && start > 0 && IsUpVerb(tokens[start - 1])) continue;
            if (all) return hedge;
        }
        return null;
    }

    /// <summary>
    /// Whether the number at token <paramref name="i"/> is the end of a name joined to a word by a hyphen ("COVID-19",
    /// "F-16", "G-20") or a full stop ("Volkswagen's ID.4"), which counts nothing.
    /// </summary>
    private static bool PartOfName(List<Token> tokens, int i) =>
        i >= 2 && tokens[i].IsNumber && tokens[i - 1].Text is "-" or "." && tokens[i - 1].End == tokens[i].Start && tokens[i - 2].End == tokens[i - 1].Start
        && tokens[i - 2].IsWord;

    /// <summary>Whether a range's upper end follows the figure that ends at token <paramref name="last"/>: "-", "–" or "to", then a figure.</summary>
    private static bool RangeAfter(List<Token> tokens, int last) =>
        last + 2 < tokens.Count && tokens[last + 1].Text is "-" or "–" or "to" && StartsNumber(tokens, last + 2);
}
