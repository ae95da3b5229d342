using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Reading;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Drafting;

/// <summary>
/// Figures that move from one to another ("rose from 3.1% in 2019 to 4.2% in 2021", "to 9.75% from 10% on Tuesday", "down
/// from 120 in 2022", a plan "from approximately 5,200 to 3,000 during September") or are joined by "and to": which figure
/// each moves from or to, whose time is whose, and the change between them.
/// </summary>
internal sealed partial class ArticleReader
{
    /// <summary>
    /// "will reduce its presence in Iraq from approximately 5,200 to 3,000 during the month of September": beside the
    /// figure now and the target, the plan itself, as a change in the future tense over the period (the spec's table).
    /// A plan is not a trend: the tense keeps FC004 from holding it against the figures, yet the file says it.
    /// </summary>
    private void ReadPlan(SentenceContext sentence, List<(Figure Figure, Draft Draft)> drafted)
    {
        var (fromFigure, from) = drafted.Find(d => d.Figure.Role == FigureRole.From && d.Draft.Kind == ClaimKind.Observation);
        var (toFigure, to) = drafted.Find(d => d.Figure.Role == FigureRole.To && d.Draft.Kind == ClaimKind.Target);
        if (from is null || to is null || from.Subject != to.Subject || toFigure.Value.Value == fromFigure.Value.Value) return;
        // Only a plan over a named period ("during September") has a time of its own; "by the end of the month" is a deadline.
        if (sentence.NearestTime(toFigure.Last, m => m.Lead == "during") is not { } period) return;
        Drafts.Add(ChangeBetween(from, to, period.Time, ClaimTense.Future, StatedWay(sentence, fromFigure, toFigure)));
    }

    /// <summary>
    /// "Sales of diesel cars rose to 3,190 last year from 5,660 in 2023": the start of a movement whose words name nothing it
    /// counts is a level of what its end counts, at the start's own time, so that the movement between them is drafted and
    /// FC004 holds the way the text states against the two. It had been left out as naming nothing, or named by another noun of
    /// the sentence than its end ("sales" where the end counts cars).
    /// </summary>
    private void ReadMovementStarts(SentenceContext sentence, List<(Figure Figure, Draft Draft)> drafted)
    {
        var t = sentence.Tokens;
        foreach (var figure in sentence.Figures)
        {
            if (figure.Role != FigureRole.From || Counterpart(sentence, figure) is not { } end) continue;
            var (_, level) = drafted.Find(d => ReferenceEquals(d.Figure, end));
            if (level is null || level.Kind != ClaimKind.Observation || FromsOwnTime(sentence, figure) is not { } then) continue;
            // "17.5% in 2023-24, compared with 20.3% in 2022-23": spans of years that meet, which FC001 would hold as one time.
            var overlaps = then.Time.End >= level.Time.Start;
            var start = t[figure.First].Start;
            var at = drafted.FindIndex(d => ReferenceEquals(d.Figure, figure));
            if (at >= 0)
            {
                // Drafted under another name only where its own words name nothing: "from 5,660 vans in 2023" counts vans. A unit
                // it took from the end is no word of its own: "enrolled 23.17 million learners …, up from 22.9 million" had filed
                // the 22.9 million under learners, not under the learners enrolled.
                var own = drafted[at].Draft;
                if (own.Kind != ClaimKind.Observation || own.Subject == level.Subject || (figure.Last + 1 < t.Count && UnitWords.Find(t[figure.Last + 1].Lower) is not null)) continue;
                if (own.Unit is not null)
                {
                    // Not a running total counted back ("312 people since June 21, up from 247 a week earlier"), which FC001 would
                    // hold against the total now as if the two spans were one time.
                    if (own.Unit == level.Unit && own.Time.Start != level.Time.Start) own.Subject = level.Subject;
                    continue;
                }
                Undraft(drafted, at);
                if (overlaps)
                {
                    // Its own words name nothing, and it cannot be the end's measure at a time of its own: left out.
                    Skip(sentence, figure.First, figure.Last, "the start of a past movement");
                    continue;
                }
            }
            // "the average retail price dropped to $8.97 a dozen in January from $7.31 in December": a sum too far from the price it is.
            else if (overlaps || !(TakeBackSkip(sentence, figure, "what it counts is not named")
                || (figure.Currency is not null && end.Currency == figure.Currency && TakeBackSkip(sentence, figure, "money of no named budget or spending"))))
            {
                continue;
            }
            var draft = new Draft
            {
                Kind = ClaimKind.Observation, Subject = level.Subject, Start = Math.Min(level.Start, start), End = Math.Max(level.End, t[then.Last].End),
                Value = figure.Value, Unit = level.Unit, Time = then.Time, Attribution = level.Attribution, PartOf = level.PartOf,
            };
            Drafts.Add(draft);
            drafted.Add((figure, draft));
        }
    }

    /// <summary>
    /// "rose from 3.1% in 2019 to 4.2% in 2021", "4.2% in 2021, up from 3.1% in 2019": beside the two levels, the movement
    /// between them, a change in the past over the time from the one to the other, which FC004 holds against any other
    /// figure of the measure in that time.
    /// </summary>
    private void ReadMovement(SentenceContext sentence, List<(Figure Figure, Draft Draft)> drafted)
    {
        foreach (var (fromFigure, from) in drafted)
        {
            if (fromFigure.Role != FigureRole.From || from.Kind != ClaimKind.Observation || Counterpart(sentence, fromFigure) is not { } toFigure) continue;
            var (_, to) = drafted.Find(d => ReferenceEquals(d.Figure, toFigure));
            if (to is null || to.Kind != ClaimKind.Observation || to.Subject != from.Subject || from.Time.End >= to.Time.Start || to.Value.Value == from.Value.Value) continue;
            Drafts.Add(ChangeBetween(from, to, FuzzyTime.Between(from.Time.Start, to.Time.End), ClaimTense.Past, StatedWay(sentence, fromFigure, toFigure)));
        }
    }

    /// <summary>
    /// The change from the figure drafted as <paramref name="from"/> to the one drafted as <paramref name="to"/>, over <paramref
    /// name="time"/>, quoting both: a plan's or a movement's. Its way is the one the text states (<paramref name="stated"/>),
    /// else the figures': "rose from 5.6% to 4.9%" says a rise, which FC004 then finds the figures do not bear out.
    /// </summary>
    private static Draft ChangeBetween(Draft from, Draft to, FuzzyTime time, ClaimTense tense, ChangeDirection? stated) => new()
    {
        Kind = ClaimKind.Change, Subject = to.Subject, Start = Math.Min(from.Start, to.Start), End = Math.Max(from.End, to.End),
        Direction = stated ?? (to.Value.Value < from.Value.Value ? ChangeDirection.Decrease : ChangeDirection.Increase),
        Time = time, Tense = tense, Attribution = to.Attribution ?? from.Attribution,
    };

    /// <summary>
    /// The way the text says a movement went, by the word right before the "from" or "to" of either figure, past one adverb:
    /// "rose from 5.6% to 4.9%", "fell sharply to 31% from 51.6%", "4.2%, up from 3.1%"; null when it says none ("went from
    /// 3.1% to 4.2%"), and the figures tell.
    /// </summary>
    private static ChangeDirection? StatedWay(SentenceContext sentence, Figure from, Figure to)
    {
        foreach (var figure in from.First < to.First ? [from, to] : (Figure[])[to, from])
        {
            if (WayBefore(sentence.Tokens, figure) is { } way) return way.Way;
        }
        return OwnedWayBefore(sentence.Tokens, from.First < to.First ? from : to);
    }

    /// <summary>
    /// The way a verb states of what it moves, named by its owner, before the first figure's "to" or "from": "increasing its share
    /// of the local market to 25.1% from 26.4%"; asked only of a movement whose figures are both drafted, not of a goal.
    /// </summary>
    private static ChangeDirection? OwnedWayBefore(List<Token> t, Figure first)
    {
        var k = first.First - 1;
        if (k < 1 || t[k].Lower is not ("from" or "to")) return null;
        for (var j = k - 1; j > 1 && j >= k - 7 && t[j].IsWord; j--)
        {
            // "lifted the country's tax-to-GDP ratio to 13.9% from 14.2%", "cut its rate to 9.75%".
            if ((t[j].Lower is "its" or "their" or "the" || t[j].IsPossessive) && MoverWay(t[j - 1]) is { } moved) return moved;
        }
        return null;
    }

    /// <summary>
    /// The way the word before a figure's "from" or "to" states, past one adverb, and that word's token: "rose" of "rose sharply
    /// to 4.2%", "up" of "4.2%, up from 3.1%", "eased" of "eased to 34.5%", "grew" of "grew, reaching 590,000 tonnes"; null when
    /// it states none.
    /// </summary>
    private static (ChangeDirection Way, int Word)? WayBefore(List<Token> t, Figure figure)
    {
        // "dropped to $6.1 billion": the way's words stand before the currency's sign.
        var k = CurrencyBefore(t, figure.First) - 1;
        // "rose 9.6% to a record 440.6 million tonnes".
        if (k > 1 && t[k].Is("record") && t[k - 1].Is("a")) k -= 2;
        // "Weekly admissions kept rising, the DGHS said, reaching 7,420 last week", "exports grew, reaching 590,000 tonnes": the
        // way of the verb that "reaching" goes on from, right before its comma, past the aside of who said it; not a word of
        // another phrase ("Despite falling prices, …").
        if (k > 1 && t[k].Is("reaching") && t[k - 1].Text == ",")
        {
            for (var j = k - 2; j >= 0 && j >= k - 9 && !t[j].IsNumber; j--)
            {
                if (Way(t[j]) is { } going) return t[j + 1].Text == "," ? (going, j) : null;
            }
            return null;
        }
        // "a decline from the 4,324 recorded in 2023".
        if (k > 1 && t[k].Is("the") && t[k - 1].Is("from") && figure.Role == FigureRole.From) k--;
        if (k < 1 || t[k].Lower is not ("from" or "to")) return null;
        k--;
        // "Tuna shipments fell 7% to $498 million": the size of the move stands between its verb and its end.
        if (k > 1 && t[k].Text == "%" && t[k - 1].IsNumber) k -= 2;
        if (k > 0 && t[k].IsWord && (t[k].Lower.EndsWith("ly", StringComparison.Ordinal) || t[k].Is("back"))) k--;
        if (Way(t[k]) is { } way) return (way, k);
        // "monthly numbers fell over the summer, from 58 new cases in July to 71 in August": past a few words of when, to the comma's verb;
        // "eased slightly in the last week of September, to 8,412 from 7,935": past an adverb and a longer time.
        if (t[k].Text != ",") return null;
        for (var j = k - 1; j > 0 && j >= k - 8 && t[j].IsWord; j--)
        {
            if (Way(t[j]) is { } before) return (before, j);
        }
        return null;
    }

    /// <summary>The way a word of movement says: "rose", "up" and "rising" up; "fell", "down", "eased", "dropping" and "slipping" down; null for any other word.</summary>
    private static ChangeDirection? Way(Token token) =>
        token.Lower is "up" or "rising" or "climbing" or "jumping" or "soaring" or "growing" or "increasing" or "surging" or "gaining" || Words.IncreaseVerbs.Contains(token) ? ChangeDirection.Increase
        // "shipped 2,300 tonnes of vanilla last year, slipping from 1,850 tonnes in 2023": the participle says the way as its verb does.
        : token.Lower is "down" or "dropping" or "falling" or "declining" or "easing" or "slipping" or "dipping" or "sliding" or "shrinking" or "plunging" or "tumbling" or "slumping"
            || Words.ReduceVerbs.Contains(token) || EasedWords.Contains(token) ? ChangeDirection.Decrease
        : null;

    /// <summary>Words of a level that went down, beside the verbs of cutting: "the unemployment rate eased to 34.5%", "slipped to 91.3%".</summary>
    private static readonly WordList EasedWords = WordList.Of("eased", "eases", "slipped", "slips", "dipped", "dips", "slid", "slides", "plunged", "tumbled", "slumped", "sank");

    /// <summary>The "to" figure after a "from" one.</summary>
    private static Figure? ToAfter(SentenceContext sentence, Figure figure) => sentence.Figures.FirstWhere((figure, sentence), static (f, s) => f.First > s.figure.Last
        // "from 58 new cases in July to 71 in August": a "to" past the start's own words and time, which the figure reader does not pair.
        // Not "…, and to 3% by 2028", a goal joined after it.
        && (f.Role == FigureRole.To || (f.Role == FigureRole.Plain && f.First > 1 && s.sentence.Tokens[f.First - 1].Is("to") && s.sentence.Tokens[f.First - 2].Lower is not ("and" or ",")
            && f.First - s.figure.Last <= 8 && !s.sentence.FigureBetween(s.figure.Last, f.First))));

    /// <summary>
    /// "increased to 3.85 million tonnes from 4.12 million tonnes in 2023/24", "rose to 4.5% from 4.1% in March": a period right
    /// after the start, with the end right before it, is the period the movement happened in, and so the end's; the start is
    /// the period before it, of the same length. Null for any other start, or a time that is no whole month, quarter, half or year.
    /// </summary>
    private FuzzyTime? MovedInPeriodAfter(SentenceContext sentence, Figure figure)
    {
        if (Counterpart(sentence, figure) is not { } end || end.Last >= figure.First || !(end.Role == FigureRole.To || (end.First > 0 && sentence.Tokens[end.First - 1].Is("to"))) || OwnTimeAfter(sentence, figure) is not { Lead: "in" or "" } period
            || period.IsNow || period.IsOwnClauseOnly || NamesPastPeriod(sentence.Tokens, period)) return null;
        var time = period.Time;
        var next = time.End.PlusDays(1);
        if (time.Start.Day != 1 || next.Day != 1) return null;
        var months = (next.Year - time.Start.Year) * 12 + next.Month - time.Start.Month;
        // Only the latest such period before the article ("fell to 41,000 tonnes from 52,000 tonnes in 2023", written in 2025, is
        // more likely the start's own year).
        if (time.End.PlusMonths(months + 3) < anchor) return null;
        return months switch
        {
            12 when time.Precision == TimePrecision.Year => FuzzyTime.Year(time.Start.Year - 1),
            1 => FuzzyTime.Month(time.Start.PlusMonths(-1).Year, time.Start.PlusMonths(-1).Month),
            3 or 6 or 12 => FuzzyTime.Between(time.Start.PlusMonths(-months), time.Start.PlusDays(-1)),
            _ => null,
        };
    }

    /// <summary>
    /// Whether a time's words name a period counted back from now: "13,877 in March last year", "in the previous quarter", which
    /// are the start's own; not "last month" or "last week" alone, when the move was made ("cut its rate to 2% from 2.25% last month").
    /// </summary>
    private static bool NamesPastPeriod(List<Token> t, TimeMention time)
    {
        for (var k = time.First; k <= time.Last; k++)
        {
            if (t[k].Lower is "previous" or "earlier" or "ago" or "before" or "prior" || (t[k].Is("last") && k > time.First)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a start's own time is counted back from its end's or from now: "a year ago" (<see cref="CountedBack"/>), "in March
    /// last year" (<see cref="NamesPastPeriod"/>).
    /// </summary>
    private static bool StartCountedBack(SentenceContext sentence, TimeMention time) => CountedBack(sentence, time) || NamesPastPeriod(sentence.Tokens, time);

    /// <summary>The "from" figure before a "to" one.</summary>
    private static Figure? FromBefore(SentenceContext sentence, Figure figure) => sentence.Figures.LastWhere(figure, static (f, figure) => f.Role == FigureRole.From && f.Last < figure.First);

    /// <summary>
    /// The time right after a "from" figure when it is the start's own: in "from 3.1% in 2019 to 4.2%", and in "to 5.48% in
    /// March from 5.06% in February", where the end has a time of its own before it; but not in "lowered the rate to 9.75%
    /// from 10% on Tuesday", where the time is the move's, and so the end's.
    /// </summary>
    private static TimeMention? FromsOwnTime(SentenceContext sentence, Figure figure)
    {
        if (OwnTimeAfter(sentence, figure) is not { } then) return null;
        if (Counterpart(sentence, figure) is not { } end || end.First > figure.First) return then;
        // "77 seats, down from 120 in 2022": a comparison after a comma is the earlier figure's, with its own time.
        var t = sentence.Tokens;
        if (figure.First > 1 && t[figure.First - 1].Is("from") && (t[figure.First - 2].Lower is "up" or "down" or "," || (figure.First > 2 && t[figure.First - 3].Text == ","))) return then;
        // "4,748 people were killed …, a decline from the 4,324 recorded in 2023": an earlier record, with its own time.
        if (figure.First > 1 && t[figure.First - 1].Is("the") && t[figure.First - 2].Is("from")) return then;
        // "3,400 workers were employed on the site, compared with about 2,100 in September last year": the earlier level's own.
        if (figure.First > 1 && t[figure.First - 2].Is("compared")) return then;
        // "fell to 31.0% from 51.6% a year ago": a time counted back is the start's, which it is counted back from the end's; and
        // so is "slipped to 14,902 from 13,877 in March last year".
        if (StartCountedBack(sentence, then)) return then;
        return sentence.NearestTime(end.Last, (end.Last, figure.First), static (m, s) => m.First > s.Last && m.Last < s.First) is not null ? then : null;
    }

    /// <summary>
    /// Whether <paramref name="time"/> is counted back from the day of writing or the time before it: "a year ago", "a year
    /// earlier", "the month before", "in the same period last year".
    /// </summary>
    private static bool CountedBack(SentenceContext sentence, TimeMention time) => time.IsOwnClauseOnly || sentence.Tokens[time.Last].Lower is "ago" or "earlier" or "before";

    /// <summary>
    /// Whether the figure is the end of a movement whose start, right after it, has a time counted back ("fell to 31.0% from 51.6%
    /// a year ago", "3.1%, down from 4.0% a year earlier"): the end holds at the day of writing, which the start's time is counted
    /// back from.
    /// </summary>
    private static bool EndOfMovementCountedBack(SentenceContext sentence, Figure figure) =>
        figure.Role != FigureRole.From
        // "fell to 198.3 million tonnes in the quarter from 187.9 million tonnes a year earlier": words of no time of their own may stand between.
        && StartRightAfter(sentence, figure, 4, 7) is { } start
        && FromsOwnTime(sentence, start) is { } then && StartCountedBack(sentence, then);

    /// <summary>
    /// The "from" figure that starts a movement right after <paramref name="figure"/>, its end: within <paramref name="near"/>
    /// tokens of it, or within <paramref name="far"/> with no clause mark between; or null.
    /// </summary>
    private static Figure? StartRightAfter(SentenceContext sentence, Figure figure, int near, int far) =>
        sentence.Figures.FirstWhere((figure, sentence, near, far), static (f, s) => f.Role == FigureRole.From && f.First > s.figure.Last
            && (f.First <= s.figure.Last + s.near || (f.First <= s.figure.Last + s.far && !ClauseMarkBetween(s.sentence, s.figure.Last + 1, f.First))));

    /// <summary>
    /// Whether the figure is the end of a movement its verb states, whose start, right after it, has a time of its own in the
    /// five years before the day of writing: "Turnout fell to 41.6 per cent, from 38.7 per cent in the 2021 referendum" is the
    /// turnout as the article tells it, which the 2021 figure is held against, as <see cref="EndOfMovementCountedBack"/> holds
    /// "a year ago". (The example's figures are the planted contradiction it was drawn from: a "fall" that rose.)
    /// </summary>
    private bool EndOfMovementFromPast(SentenceContext sentence, Figure figure) =>
        figure.Role != FigureRole.From && WayBefore(sentence.Tokens, figure) is not null
        && StartRightAfter(sentence, figure, 3, 3) is { } start
        // A start of the last few years: "rose to 26.1 per cent, from 8.2 per cent in 2007" in a story of the financial crisis
        // tells history, whose end is no figure of the day of writing.
        && FromsOwnTime(sentence, start) is { } then && then.Time.End < anchor && then.Time.End >= anchor.PlusYears(-5);

    /// <summary>
    /// The time that stands right after a "from" figure, before anything else: the 2019 of "from 3.1% in 2019 to 4.2%", of
    /// "up from 3.1% in 2019"; null when none does, as in "from 3.1% to 4.2% in 2021", where the time is the end's.
    /// </summary>
    private static TimeMention? OwnTimeAfter(SentenceContext sentence, Figure figure)
    {
        // "from 1,200 cases in January": past the figure's unit, and "from 58 new cases in July" past the word that says which.
        var t = sentence.Tokens;
        // "from the 4,324 recorded in 2023": past the participle of its record.
        var last = figure.Last + 1 < t.Count && (UnitWords.Find(t[figure.Last + 1].Lower) is not null || (figure.Role == FigureRole.From && Words.RecordsAFigure(t[figure.Last + 1]))) ? figure.Last + 1
            : figure.Last + 2 < t.Count && KindOfCases.IsQualifier(t[figure.Last + 1].Lower) && UnitWords.Find(t[figure.Last + 2].Lower) is not null ? figure.Last + 2
            : figure.Last;
        // "down from 62 in the 2020 election": past "the" as well.
        var reach = last + 2 < t.Count && t[last + 2].Is("the") ? 3 : 2;
        return sentence.NearestTime(last, (last, reach), static (m, s) => m.First > s.last && m.First <= s.last + s.reach && m.Lead is "in" or "on" or "at" or "" && !m.IsDeadline && !m.IsComparison);
    }

    /// <summary>
    /// The noun of <paramref name="nouns"/> before the figure, else before the figure it moves from, to or after, and so on
    /// back a few figures: "to cut the budget deficit to 4.5% of GDP … from an estimated 4.8% in the current year, and to 3%";
    /// <paramref name="wordsOnly"/> as <see cref="NounBefore"/> takes it.
    /// </summary>
    private static string? NamedByCounterparts(SentenceContext sentence, Figure figure, WordList nouns, bool wordsOnly = false)
    {
        Figure? at = figure;
        for (var hops = 0; hops < 4 && at is not null; hops++, at = Counterpart(sentence, at))
        {
            if (NounBefore(sentence, at.First, nouns, wordsOnly) is { } named) return named;
        }
        return null;
    }

    /// <summary>
    /// The figure of the same measure that a "from" or "to" figure moves from or to, or that a figure is joined to by "and",
    /// whose words name what both count: the 3.1% of "unemployment rose from 3.1% in March 2019 to 4.2%", the 4.2% of
    /// "unemployment was 4.2% in 2021, up from 3.1%".
    /// </summary>
    private static Figure? Counterpart(SentenceContext sentence, Figure figure)
    {
        var other = figure.Role switch
        {
            FigureRole.To => FromBefore(sentence, figure),
            // "117.5 million tonnes …, the ministry said on Wednesday, up from 113.3 million tonnes": "up from" compares with the
            // sentence's figure however far back it stands.
            // "dropped to $8.97 a dozen in January from $7.31": past a figure of another kind, the sum's dozen.
            FigureRole.From => ToAfter(sentence, figure) ?? sentence.Figures.LastWhere((figure, sentence), static (f, s) => f.Last < s.figure.First
                && (f.Last >= s.figure.First - 12 || (s.figure.First > 1 && s.sentence.Tokens[s.figure.First - 2].Lower is "up" or "down"))
                && (f.Currency is null) == (s.figure.Currency is null) && f.Value.IsPercent == s.figure.Value.IsPercent),
            _ => JoinedAfter(sentence, figure) ?? GoalOfLevelBefore(sentence, figure),
        };
        return other is not null && other.Value.IsPercent == figure.Value.IsPercent && (other.Currency is null) == (figure.Currency is null) ? other : null;
    }

    /// <summary>
    /// The level a goal right after it is held to, within a clause's length: the 62.5% of "punctuality fell to 62.5% last year,
    /// well short of the company's goal of 70% by 2026", which names what the 70% is.
    /// </summary>
    private static Figure? GoalOfLevelBefore(SentenceContext sentence, Figure figure)
    {
        var t = sentence.Tokens;
        var of = figure.First - 1;
        if (of < 1 || !t[of].Is("of") || t[of - 1].Lower is not ("goal" or "target" or "aim" or "objective")) return null;
        return sentence.Figures.LastWhere((figure, of), static (f, s) => f.Last < s.of - 1 && f.Last >= s.of - 16);
    }

    /// <summary>
    /// The figure a figure is joined to by "and to" or "and", within a clause's length: the 24% of "aims to bring inflation
    /// down to 24% by the end of 2025 and to 12% by the end of 2026", which names what the 12% is and that it is a goal.
    /// </summary>
    private static Figure? JoinedAfter(SentenceContext sentence, Figure figure)
    {
        var t = sentence.Tokens;
        var and = figure.First - (figure.First > 0 && t[figure.First - 1].Is("to") ? 2 : 1);
        if (and < 1 || !t[and].Is("and")) return null;
        return sentence.Figures.LastWhere((figure, and), static (f, s) => f.Last < s.and && f.Last >= s.and - 8);
    }

    /// <summary>
    /// Whether the figure is joined by "and to" to a goal, past the figures that goal moves from: "aims to cut the deficit to
    /// 4.5% of GDP in 2025/26 from an estimated 4.8% in the current year, and to 3% by 2028".
    /// </summary>
    private static bool JoinedGoal(SentenceContext sentence, Figure figure)
    {
        var joined = JoinedAfter(sentence, figure);
        for (var hops = 0; hops < 3 && joined is not null; hops++)
        {
            if (joined.Role != FigureRole.From && (joined.Role == FigureRole.To || AimedAt(sentence, joined.First) || sentence.AnyBefore(joined.First, 14, StatedGoals))) return true;
            joined = joined.Role == FigureRole.From ? Counterpart(sentence, joined) : JoinedAfter(sentence, joined);
        }
        return false;
    }

    /// <summary>
    /// What a movement's figures count, named by the subject of the verb that states its way, where no word the desk knows
    /// names it: "the ECG's distribution losses declined to 31.2 per cent in 2024 from 28.6 per cent" (`distribution-losses`),
    /// "Shipments of arabica, grown largely on the slopes of Mount Elgon, dropped to 1.42 million bags" (past the aside,
    /// `arabica-shipments`); null when no movement's verb is stated or its subject is no plain noun (a name, a pronoun, a
    /// figure, an age, a town).
    /// </summary>
    private static string? MovingSubject(SentenceContext sentence, Figure figure)
    {
        var t = sentence.Tokens;
        var verb = -1;
        var counterpart = Counterpart(sentence, figure);
        foreach (var end in (Figure?[])[figure, counterpart])
        {
            // A verb whose subject names what moves: not the "up" of "4.2%, up from 3.1%", nor a participle ("after rising to 6.8%").
            if (end is not null && WayBefore(t, end) is { } way && t[way.Word].Lower is not ("up" or "down") && !t[way.Word].Lower.EndsWith("ing", StringComparison.Ordinal)) verb = verb < 0 ? way.Word : Math.Min(verb, way.Word);
        }
        if (verb < 1)
        {
            return (MovedObject(sentence, figure) ?? (counterpart is not null ? MovedObject(sentence, counterpart) : null)) is var (objectFirst, objectHead)
                ? SubjectBetween(sentence, objectFirst, objectHead)
                : null;
        }
        var head = verb - 1;
        // "The flat fare … will rise from 750 naira", "Spending has risen to": the subject stands before the verb's helpers.
        while (head > 0 && (Words.Auxiliaries.Contains(t[head]) || t[head].Lower is "will" or "would" or "could" or "may" or "might" or "should" or "been")) head--;
        // "demanding that their monthly stipend be raised to one lakh rupees": a wish, which states no level.
        if (t[head].Is("be")) return null;
        if (t[head].Text == ",")
        {
            // Past an aside between commas on the subject: ", the share of available seats that were sold,", ", grown largely on …,".
            var opening = Asides.OpeningBefore(t, head, 25);
            if (opening < 0) return null;
            head = opening - 1;
        }
        else if (LocalSites.IsSpacedDash(t, head))
        {
            // "separations — resignations, retirements and medical discharges — fell": past the aside between dashes.
            var opening = head - 1;
            while (opening > 0 && !LocalSites.IsSpacedDash(t, opening)) opening--;
            if (opening < 1) return null;
            head = opening - 1;
        }
        // The subject's first nouns, from its clause's start: "The death toll from the collapse of a bridge … rose" is the
        // toll's, "The number of farmers covered by PCIC nationwide rose" the farmers'.
        var first = head;
        while (first > 0 && !IsClauseMark(t[first - 1]) && !LocalSites.IsSpacedDash(t, first - 1) && t[first - 1].Lower is not ("that" or "said" or "says" or "say" or "showed" or "shows" or "and" or "while" or "as" or "but")) first--;
        return SubjectBetween(sentence, first, head);
    }

    /// <summary>
    /// The first and last token of what a verb moves when the verb has it as its object: "The result lifted the country's
    /// tax-to-GDP ratio to 13.9% from 14.2%", "cut its policy rate to 9.75%"; null where no verb of movement stands within
    /// seven words before the figure's "to" with "the", "its", "their" or an owner right after it.
    /// </summary>
    private static (int First, int Head)? MovedObject(SentenceContext sentence, Figure figure)
    {
        var t = sentence.Tokens;
        var to = figure.First - 1;
        if (to < 2 || !t[to].Is("to")) return null;
        for (var j = to - 2; j > 0 && j >= to - 8 && t[j].IsWord; j--)
        {
            if (MoverWay(t[j]) is not null && t[j + 1] is var next && (next.Lower is "the" or "its" or "their" || next.IsPossessive)) return (j + 1, to - 1);
        }
        return null;
    }

    /// <summary>The way a verb states of what it moves as its object: "lifted", "pushed" up, and any word of movement.</summary>
    private static ChangeDirection? MoverWay(Token token) =>
        token.Lower is "lifted" or "lifts" or "lifting" or "pushed" or "pushes" or "pushing" ? ChangeDirection.Increase : Way(token);

    /// <summary>What tokens <paramref name="first"/> to <paramref name="head"/> name as a movement's subject, or null (see <see cref="MovingSubject"/>).</summary>
    private static string? SubjectBetween(SentenceContext sentence, int first, int head)
    {
        var t = sentence.Tokens;
        for (var k = first; k <= head; k++)
        {
            // "the province's 24 public colleges dropped from 389,000": what is counted at them is not named.
            if (t[k].IsNumber) return null;
        }
        // "A newly qualified teacher's starting salary": what moves is named after its owner, where the owner stands in the
        // subject's own words ("Enrolment in Ethiopia's primary schools" is the enrolment's).
        for (var k = first; k < head && t[k].IsWord && !IsPreposition(t[k]); k++)
        {
            if (t[k].IsPossessive) { first = k + 1; break; }
        }
        while (first <= head && (t[first].Lower is "the" or "a" or "an" or "its" or "their" || t[first].IsPossessive || sentence.PlaceAt(first) is not null)) first++;
        var share = first + 2 <= head && t[first].Lower is "share" or "proportion" or "percentage" && t[first + 1].Is("of");
        if (share || (first + 2 <= head && t[first].Lower is "number" or "total" or "amount" && t[first + 1].Is("of"))) first += 2;
        // "a number the government has pledged to cut", "the maximum age for joining", "The coastal town of Walvis Bay": no
        // count named, an age, a place's people.
        if (first > head || !IsPlainNoun(sentence, first) || t[first].Lower is "number" or "figure" or "level" or "amount" or "age" or "town" or "city" or "village"
            || IsAreaKind(t[first]) || (first + 1 <= head && t[first + 1].Lower is "age" or "town" or "city" or "village")) return null;
        if (share) return Slug.Of(t[first].Lower + (first + 1 <= head && IsPlainNoun(sentence, first + 1) ? "-" + t[first + 1].Lower : "") + "-share");
        var second = first + 1 <= head && IsPlainNoun(sentence, first + 1);
        // "Shipments of arabica": what the shipments are of names them too.
        if (!second && first + 2 <= head && t[first + 1].Is("of") && IsPlainNoun(sentence, first + 2)) return Slug.Of(t[first + 2].Lower + "-" + t[first].Lower);
        // "Gross official reserves fell", "Net interest income increased": the noun a name of three words ends in is what moves.
        if (second && first + 2 <= head && IsPlainNoun(sentence, first + 2) && !t[first + 2].Lower.EndsWith("ed", StringComparison.Ordinal)) return Slug.Of(t[first].Lower + "-" + t[first + 1].Lower + "-" + t[first + 2].Lower);
        return Slug.Of(second ? t[first].Lower + "-" + t[first + 1].Lower : t[first].Lower);
    }

    /// <summary>Whether token <paramref name="k"/> is a word that can name what is counted: no name, place, pronoun, function word or number.</summary>
    private static bool IsPlainNoun(SentenceContext sentence, int k)
    {
        var t = sentence.Tokens;
        // A sentence's first word is capitalised, after a dateline's dash as at its start.
        if (k < 0 || !t[k].IsWord || t[k].IsPossessive || (t[k].IsCapitalized && k > 0 && !LocalSites.IsSpacedDash(t, k - 1)) || sentence.PlaceAt(k) is not null || sentence.PersonCovering(k) is not null) return false;
        return !IsPreposition(t[k]) && t[k].Lower is not ("it" or "they" or "this" or "that" or "these" or "those" or "which" or "who" or "the" or "a" or "an" or "its" or "their" or "and" or "or"
            or "be" or "mostly" or "mainly" or "largely" or "chiefly" or "partly" or "only" or "has" or "have" or "had" or "was" or "were" or "is" or "are" or "been" or "said" or "also" or "all" or "total");
    }

    /// <summary>
    /// Whether the word opens a phrase after a subject's noun ("Enrolment in …", "Imports through …"), which none of its nouns
    /// is. A pattern, not a <see cref="WordList"/>: a spelling remembers the answers of a fixed few lists.
    /// </summary>
    private static bool IsPreposition(Token token) => token.Lower is "of" or "in" or "on" or "at" or "for" or "by" or "with" or "from" or "to" or "around" or "near"
        or "across" or "within" or "over" or "under" or "into" or "through" or "via" or "among" or "between";
}
