using System.Globalization;
using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Text;
using NodaTime;

namespace FactCheck.Extraction.Reading;

/// <summary>
/// Finds the time expressions of a sentence and resolves them against the publication date with the tense around them:
/// "November 3" in a sentence about the future is the November ahead; "on Tuesday" in the past tense is the latest Tuesday.
/// </summary>
internal static class TimeReader
{
    private static readonly WordList Leads = WordList.Of("by", "since", "in", "on", "during", "until", "before", "after", "from", "at", "of");

    internal static List<TimeMention> Read(List<Token> tokens, LocalDate anchor, ITenses tenses)
    {
        var found = new List<TimeMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // Most tokens are no time: only words and numbers that can start one are read, and the tense only when a date needs it.
            if (!StartsTime(tokens[i])) continue;
            if (TryRead(tokens, i, anchor, new TenseAround(tenses, tokens, i), out var mention))
            {
                if (mention.Lead == "since" && WhenAfter(tokens, mention.Last))
                {
                    // "the deadliest since 2010, when 73 workers died": what the "when" clause tells happened then.
                    mention = mention with { Lead = "in" };
                }
                else
                {
                    if ((mention.Lead == "since" || StartedAt(tokens, mention)) && !mention.IsNow && mention.Time.End < anchor)
                    {
                        // "since Sunday", "since March": from then to the day of writing, as "since January" is; and "120 deaths since
                        // the epidemic began in October 2023, as of Feb. 16" to the day it is counted up to.
                        var end = AsOfAfter(tokens, mention.Last, anchor, tenses) is { } asOf && asOf > mention.Time.Start ? asOf : anchor;
                        mention = mention with { Time = FuzzyTime.Between(mention.Time.Start, end), Weekday = null };
                    }
                    if (Compares(tokens, mention.First)) mention = mention with { IsComparison = true };
                }
                if (WeekTo(tokens, mention) is { } week) mention = week;
                else if (MonthsTo(tokens, mention) is { } months) mention = months;
                // "a year earlier" is read as soon as it is met, but its time is a year before the sentence's time before it.
                // Not a time of a relative clause where another stands: "for the 2024/25 season, which ended in September, fell to 5.9
                // million bags from 5.5 million bags the season before" counts back from the season.
                if (mention.IsOwnClauseOnly)
                {
                    // A week counts back from the week the sentence names, not from the day it was said on ("in the week to Tuesday, the
                    // ministry said Wednesday, down from 3,104 cases the week before").
                    bool Measured(TimeMention m) => !m.IsComparison && Asides.RelativeOpeningBefore(tokens, m.First) < 0;
                    var reference = (mention.CountedBackBy == "week" ? found.LastOrDefault(m => Measured(m) && !SaidThen(tokens, m)) : null)
                        ?? found.LastOrDefault(Measured) ?? found.LastOrDefault(static m => !m.IsComparison);
                    if (mention.IntoYear is { } year)
                    {
                        // "1,840 cases since the start of the year, the ministry said on Wednesday, up from 1,120 in the same period
                        // of 2024": the period is the figure's, not the day it was said.
                        var period = found.LastOrDefault(m => !m.IsComparison && !SaidOn(tokens, m)) ?? reference;
                        // Opening the sentence with no time before it, "In the same period of 2024, the country had logged 2.6 million
                        // cases" is the year's, for the whole sentence.
                        mention = period is not null ? mention with { Time = InYear(period.Time, year) }
                            : mention with { Time = FuzzyTime.Year(year), IsOwnClauseOnly = mention.First > 1 };
                    }
                    else
                    {
                        mention = mention with { Time = CountedBack(reference?.Time, anchor, mention.CountedBackBy, mention.CountedBackTimes) };
                    }
                }
                // "fell from 312 in March to 87 in April", written on March 10: the start comes before the end, so a month the
                // past would put in this year and the end's in the last puts both in the last.
                if (found.Count > 0 && found[^1] is var start && StartAfterEnd(tokens, start, mention)) found[^1] = start with { Time = YearBefore(start.Time, anchor) };
                // "installed on nearly 1.2 million households as of 31 March, against a target … by March 2027": "as of" is a time
                // that has come, which the tense of a goal beside it had put in the year ahead.
                if (AsOfAhead(tokens, mention, anchor)) mention = mention with { Time = YearBefore(mention.Time, anchor) };
                // "rose to 17,600 at the end of December, from 18,900 at the end of September", written in March: the start, told
                // after its end and resolved with the tense of its own clause, had been put after the end.
                else if (found.Count > 0 && StartToldAfterEnd(tokens, found[^1], mention)) mention = mention with { Time = YearBefore(mention.Time, anchor) };
                found.Add(mention);
                i = mention.Last;
            }
        }
        return found;
    }

    /// <summary>
    /// Whether <paramref name="start"/> and <paramref name="end"/> are the times of a movement's two ends ("in March to … in
    /// April"), neither written with its year, that their resolving put in the wrong order.
    /// </summary>
    private static bool StartAfterEnd(List<Token> t, TimeMention start, TimeMention end)
    {
        if (end.First - start.Last > 6 || start.Time.Start <= end.Time.Start || start.Time.Precision is not (TimePrecision.Month or TimePrecision.Day)) return false;
        var to = false;
        for (var k = start.Last + 1; k < end.First; k++) to |= t[k].Is("to");
        for (var k = start.First; k <= end.Last && to; k++)
        {
            if (Year(t[k]) is not null) return false;
        }
        return to && start.Time.Start.PlusYears(-1) <= end.Time.Start;
    }

    /// <summary>Whether <paramref name="mention"/> follows "as of", is written without its year, and was resolved after the day of writing.</summary>
    private static bool AsOfAhead(List<Token> t, TimeMention mention, LocalDate anchor)
    {
        if (mention.First < 2 || !t[mention.First - 1].Is("of") || !t[mention.First - 2].Is("as") || mention.Time.Start <= anchor) return false;
        for (var k = mention.First; k <= mention.Last; k++)
        {
            if (Year(t[k]) is not null) return false;
        }
        return mention.Time.Start.PlusYears(-1) <= anchor;
    }

    /// <summary>
    /// Whether <paramref name="start"/>, written without its year after "from" and a figure, is the time of a movement's start
    /// told after its end's time <paramref name="end"/> ("to 17,600 at the end of December, from 18,900 at the end of September"),
    /// and its resolving put it after the end, within a year of it.
    /// </summary>
    private static bool StartToldAfterEnd(List<Token> t, TimeMention end, TimeMention start)
    {
        if (start.First - end.Last > 6 || start.Time.Start <= end.Time.Start || start.Time.Start.PlusYears(-1) > end.Time.Start) return false;
        var from = false;
        for (var k = end.Last + 1; k + 1 < start.First; k++) from |= t[k].Is("from") && t[k + 1].IsNumber;
        for (var k = start.First; k <= start.Last && from; k++)
        {
            if (Year(t[k]) is not null) return false;
        }
        return from;
    }

    /// <summary>
    /// The last day of an "as of" date closing the clause of a span that begins at token <paramref name="last"/>: "since October
    /// 2023, as of Feb. 16"; null where none follows within a few tokens.
    /// </summary>
    private static LocalDate? AsOfAfter(List<Token> t, int last, LocalDate anchor, ITenses tenses)
    {
        for (var k = last + 1; k + 2 < t.Count && k <= last + 4; k++)
        {
            if (t[k].Text is ";" or ":" || (t[k].IsWord && !t[k].Is("as") && !t[k].Is("of") && !t[k].Is("at") && t[k].Text != ",")) return null;
            // "as of Feb. 16", and "as at Feb. 16" as British agencies write it.
            if (t[k].Is("as") && t[k + 1].Lower is "of" or "at" && TryRead(t, k + 2, anchor, new TenseAround(tenses, t, k + 2), out var asOf) && asOf.Time.End <= anchor) return asOf.Time.End;
        }
        return null;
    }

    /// <summary>Whether ", when" and a clause with a number of its own follow token <paramref name="last"/>.</summary>
    private static bool WhenAfter(List<Token> t, int last)
    {
        if (last + 2 >= t.Count || t[last + 1].Text != "," || !t[last + 2].Is("when")) return false;
        // Only when the "when" clause tells a figure of its own ("since 2010, when 73 workers died"); "Since 2015, when the war
        // began, more than 20,000 people have been killed" counts from then.
        for (var k = last + 3; k < t.Count && t[k].Text is not ("," or ";"); k++)
        {
            // "since 2017, when eight people died": a figure in words as well.
            // Not "when one of the dams burst".
            if (t[k].IsNumber || (FigureReader.IsFigureWord(t[k]) && t[k].Lower is not ("and" or "one") && !(k + 1 < t.Count && t[k + 1].Is("of")))) return true;
        }
        return false;
    }

    /// <summary>
    /// "a year earlier", "a year ago": a year before the time the sentence gave before it ("1.82 euros in March, against 1.91
    /// euros a year earlier" is last March), else the month a year before the day of writing.
    /// </summary>
    private static FuzzyTime YearBefore(FuzzyTime? reference, LocalDate anchor) =>
        reference is { } time ? YearsOver(time, -1) : FuzzyTime.Month(anchor.Year - 1, anchor.Month);

    /// <summary>Whether <paramref name="mention"/> is the day something was said: "the ministry said on Wednesday".</summary>
    private static bool SaidOn(List<Token> t, TimeMention mention) =>
        mention.First > 1 && t[mention.First - 1].Is("on") && Words.Speech.Contains(t[mention.First - 2]);

    /// <summary>Whether <paramref name="mention"/> is the day something was said, with "on" or without: "police said Tuesday", "officials said on Monday".</summary>
    internal static bool SaidThen(List<Token> t, TimeMention mention) =>
        SaidOn(t, mention) || (mention.First > 0 && Words.Speech.Contains(t[mention.First - 1]));

    /// <summary>"84.1% in the April-June period from 82.6% in the same quarter of 2024": the time before it, in <paramref name="year"/>.</summary>
    private static FuzzyTime InYear(FuzzyTime time, int year) => YearsOver(time, year - time.Start.Year);

    /// <summary><paramref name="time"/> moved by <paramref name="years"/> years, at its own precision.</summary>
    private static FuzzyTime YearsOver(FuzzyTime time, int years) => time.Precision switch
    {
        TimePrecision.Day => FuzzyTime.Day(time.Start.PlusYears(years)),
        TimePrecision.Month => FuzzyTime.Month(time.Start.Year + years, time.Start.Month),
        TimePrecision.Year => FuzzyTime.Year(time.Start.Year + years),
        _ => FuzzyTime.Between(time.Start.PlusYears(years), time.End.PlusYears(years)),
    };

    /// <summary>
    /// "a month earlier", "a week ago": a month or a week before the time the sentence gave before it ("31.4% on Monday from 33.9% a
    /// month earlier" is the Monday a month before), else before the day of writing, and "three months earlier" three times as far; "a year earlier" as <see cref="YearBefore"/> takes it.
    /// </summary>
    private static FuzzyTime CountedBack(FuzzyTime? reference, LocalDate anchor, string by, int times)
    {
        if (by == "year") return times == 1 ? YearBefore(reference, anchor) : reference is { } time ? YearsOver(time, -times) : FuzzyTime.Month(anchor.Year - times, anchor.Month);
        var back = by == "month" ? Period.FromMonths(times) : Period.FromWeeks(times);
        return reference switch
        {
            { Precision: TimePrecision.Day } day => FuzzyTime.Day(day.Start - back),
            // "4.1% in April from 3.6% a month earlier": March.
            { Precision: TimePrecision.Month } month when by == "month" => MonthOf(month.Start - back),
            // "8,412 in the last week of September, from 7,935 a week earlier": the seven days before.
            { } week when by == "week" && Period.DaysBetween(week.Start, week.End) == 6 => FuzzyTime.Between(week.Start - back, week.End - back),
            // "312 people since late June, up from 247 a week earlier": the running total as it stood a week before, from the
            // same start, where it had been a day's figure, and then put a year back for a start told after its end.
            { Precision: TimePrecision.Range } running when by is "week" or "month" && running.End == anchor && running.End - back > running.Start
                => FuzzyTime.Between(running.Start, running.End - back),
            _ => by == "month" ? MonthOf(anchor - back) : FuzzyTime.Day(anchor - back),
        };
    }

    private static FuzzyTime MonthOf(LocalDate day) => FuzzyTime.Month(day.Year, day.Month);

    /// <summary>"in the week to March 3", "the week ending March 3": the seven days up to that day, or null for any other time.</summary>
    private static TimeMention? WeekTo(List<Token> t, TimeMention mention)
    {
        var k = mention.First - 1;
        if (mention.Time.Precision != TimePrecision.Day || k < 1 || t[k].Lower is not ("to" or "ending" or "ended") || !t[k - 1].Is("week")) return null;
        var first = k - 1 > 0 && t[k - 2].Is("the") ? k - 2 : k - 1;
        var day = mention.Time.Start;
        return mention with { First = first, Time = FuzzyTime.Between(day.PlusDays(-6), day), Lead = LeadBefore(t, first) };
    }

    /// <summary>"in the three months to June", "the 12 months to March 2025", "the year to June 2025": the months up to that month's end, or null for any other time.</summary>
    private static TimeMention? MonthsTo(List<Token> t, TimeMention mention)
    {
        var k = mention.First - 1;
        if (mention.Time.Precision != TimePrecision.Month || k < 2 || !t[k].Is("to")) return null;
        // "its budget for the year to June 2025": the twelve months to its end.
        var count = t[k - 1].Is("year") ? 12 : t[k - 1].Lower.StartsWith("month", StringComparison.Ordinal) ? MonthCount(t[k - 2]) : 0;
        if (count == 0) return null;
        var counted = t[k - 1].Is("year") ? k - 1 : k - 2;
        var first = counted > 0 && t[counted - 1].Is("the") ? counted - 1 : counted;
        return mention with { First = first, Time = FuzzyTime.Between(mention.Time.Start.PlusMonths(1 - count), mention.Time.End), Lead = LeadBefore(t, first) };
    }

    /// <summary>
    /// The months of a span starting at token <paramref name="i"/>, "April to June", "from January to March", "April-June"
    /// as one token, or "between March and June 2024" with its year (without one, the calendar's "between" reads it), and the
    /// token it ends at; null for any other words, and for "postponed from March to June", whose "to" is a date's move.
    /// </summary>
    private static (int From, int To, int Last)? MonthSpan(List<Token> t, int i)
    {
        var w = t[i].Lower;
        var dash = w.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && Words.MonthNumbers.TryGetValue(w[..dash], out var first) && Words.MonthNumbers.TryGetValue(w[(dash + 1)..], out var last)) return (first, last, i);
        if (i + 2 >= t.Count || !Words.MonthNumbers.TryGetValue(w, out first) || !t[i + 2].IsCapitalized || !Words.MonthNumbers.TryGetValue(t[i + 2].Lower, out last)) return null;
        if (i > 0 && t[i - 1].Is("between"))
        {
            return t[i + 1].Is("and") && i + 3 < t.Count && Year(t[i + 3]) is not null && first <= last ? (first, last, i + 2) : null;
        }
        return t[i + 1].Text is "to" or "–" && !(i > 1 && t[i - 1].Is("from") && MovesADate(t, i - 2)) ? (first, last, i + 2) : null;
    }

    /// <summary>Whether a verb that moves a date stands at token <paramref name="k"/> or up to two before it: "the vote was postponed from March to June".</summary>
    private static bool MovesADate(List<Token> t, int k)
    {
        for (var j = k; j >= Math.Max(0, k - 2); j--)
        {
            if (t[j].Lower is "postponed" or "moved" or "delayed" or "rescheduled" or "pushed" or "brought" or "shifted" or "changed" or "put") return true;
        }
        return false;
    }

    /// <summary>A count of months as news writes it ("three", "12"), from 1 to 24, or 0 for any other token.</summary>
    private static int MonthCount(Token token) => token.Lower switch
    {
        "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12,
        _ => int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 24 ? n : 0,
    };

    /// <summary>
    /// The tense around the token a time starts at, read only when a date needs it (a weekday, a date without its year):
    /// most words that may start a time are names, and the sentence's tenses need not be read for them.
    /// </summary>
    private readonly struct TenseAround(ITenses tenses, List<Token> t, int token)
    {
        internal Tense Value => DoneAt(t, token) ? Tense.Past
            : DeadlineOfGoal(t, token) ? Tense.Future
            : tenses.TenseAt(token) is var tense && tense == Tense.Present && RecordedBefore(t, token) ? Tense.Past : tense;
    }

    /// <summary>
    /// Whether a verb of a count already made stands before the time at token <paramref name="i"/> in its clause: "Kenya
    /// recorded 400 cases in November", written in March, is the November behind. These verbs mark no tense of their own, as
    /// news writes them of running totals too ("Kenya recorded 400 cases", now); a date after one is still behind.
    /// </summary>
    private static bool RecordedBefore(List<Token> t, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 10) && t[k].Text is not (";" or "."); k--)
        {
            if (t[k].Lower is "recorded" or "reported" or "registered" or "logged" or "confirmed" or "counted" or "sat" or "received" or "handled" or "sold" or "produced"
                or "approved" or "adopted" or "passed") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the time at token <paramref name="i"/> is the deadline of a goal: "said it planned to transfer some 600 people
    /// to Porto Empedocle by Thursday" is the Thursday ahead, which the past "said" had put in the week behind.
    /// </summary>
    private static bool DeadlineOfGoal(List<Token> t, int i)
    {
        if (i < 2 || !t[i - 1].Is("by")) return false;
        for (var k = i - 2; k >= Math.Max(0, i - 14) && t[k].Text is not (";" or "."); k--)
        {
            // Not a goal that had been set ("had aimed to vaccinate 1 million children by Thursday but reached only 600,000").
            if (Words.Goal.Contains(t[k]) && k + 1 < t.Count && t[k + 1].Is("to")) return !(k > 0 && t[k - 1].Is("had"));
        }
        return false;
    }

    /// <summary>
    /// Whether the time at token <paramref name="i"/> is when something was said or began: "Ishiba said on Friday that a
    /// second package would follow", "told reporters on Friday", "since the outbreak began in late December". What is reported
    /// as said or begun is done, whatever the tense around it, which had put that Friday in the week ahead and that December in
    /// the year ahead; but not what "will be announced on Friday".
    /// </summary>
    private static bool DoneAt(List<Token> t, int i)
    {
        // "2,150 deaths since August", written in June: a "since" looks back, to the August behind.
        if (i > 0 && t[i - 1].Is("since")) return true;
        var k = i - 1;
        if (k >= 0 && t[k].Lower is "on" or "in") k--;
        if (k >= 0 && (Words.Speech.Contains(t[k]) || t[k].Lower is "wrote" or "began" or "erupted" or "struck" or "occurred")) return !(k > 0 && t[k - 1].Lower is "be" or "been" or "being" or "to" or "will" or "would");
        return k > 0 && t[k - 1].Is("told") && t[k].IsWord && !t[k].IsCapitalized && t[i - 1].Is("on");
    }

    /// <summary>
    /// A time counted back by a <paramref name="by"/> ("year", "month", "week") from tokens <paramref name="first"/> to
    /// <paramref name="last"/>: "a year earlier", "the season before", "in the same period last year". Its time is resolved in
    /// Read, against the time before it in the sentence.
    /// </summary>
    private static TimeMention CountedBackMention(int first, int last, string lead, string by, LocalDate anchor) =>
        new(first, last, FuzzyTime.Day(anchor), lead, false, null) { IsOwnClauseOnly = true, CountedBackBy = by };

    /// <summary>
    /// The token of "the" in "the previous year", "the previous financial year", "the preceding month" ending at the period's
    /// word at token <paramref name="i"/>, after a "from" a few words before; 0 for any other words.
    /// </summary>
    private static int PreviousPeriodStart(List<Token> t, int i)
    {
        var k = i - 1;
        if (k > 0 && t[k].Lower is "financial" or "fiscal" or "school" or "crop" or "marketing" or "academic" or "calendar") k--;
        if (k < 1 || t[k].Lower is not ("previous" or "preceding" or "prior") || !t[k - 1].Is("the")) return 0;
        // Only a movement's start, "from 1,094 in the previous financial year", "compared with some 15,700 the previous year":
        // "averaged 7.7% in the previous year" names a whole year the desk cannot date from the day of writing.
        for (var j = k - 2; j >= 0 && j >= k - 7; j--)
        {
            if (t[j].Lower is "from" or "against" || (t[j].Is("with") && j > 0 && t[j - 1].Is("compared"))) return k - 1;
        }
        return 0;
    }

    /// <summary>
    /// The last token of "same period last year" from "same" at token <paramref name="i"/>, or of "same quarter a year earlier",
    /// "same month of the previous year", "same period the year before", "same quarter of 2024" (whose year is
    /// <paramref name="year"/>, else null); 0 for any other words.
    /// </summary>
    private static int SamePeriod(List<Token> t, int i, out int? year)
    {
        year = null;
        if (i + 3 >= t.Count || t[i + 1].Lower is not ("period" or "quarter" or "month" or "months" or "week" or "season" or "time")) return 0;
        var k = i + 2;
        if (t[k].Is("last") && t[k + 1].Is("year")) return k + 1;
        if (k + 2 < t.Count && t[k].Is("a") && t[k + 1].Is("year") && t[k + 2].Lower is "earlier" or "ago" or "before") return k + 2;
        if (t[k].Lower is "of" or "in")
        {
            k++;
            year = Year(t[k]);
            if (year is not null) return k;
        }
        if (k + 2 < t.Count && t[k].Is("the") && t[k + 1].Is("previous") && t[k + 2].Is("year")) return k + 2;
        return k + 2 < t.Count && t[k].Is("the") && t[k + 1].Is("year") && t[k + 2].Is("before") ? k + 2 : 0;
    }

    /// <summary>The words in lower case that may start a time, beside numbers and capitalised words.</summary>
    private static readonly WordList Starts = WordList.Of(
        "today", "yesterday", "tomorrow", "tonight", "currently", "now", "presently", "recent", "last", "next", "this", "past", "since", "earlier", "so", "end",
        "early", "mid", "late", "month", "date", "start", "beginning", "spring", "summer", "autumn", "fall", "winter", "first", "second", "third", "fourth", "year", "week", "same", "season",
        "months", "years", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");

    /// <summary>The ordinals a week of the year is numbered by in words ("the sixth week of the year").</summary>
    /// <summary>The first day of the week of <paramref name="month"/> that <paramref name="ordinal"/> names: "first" its 1st, "last" seven days before its end.</summary>
    private static LocalDate WeekOfMonth(LocalDate month, string ordinal) =>
        ordinal == "last" ? month.With(DateAdjusters.EndOfMonth).PlusDays(-6) : month.PlusDays(7 * (WeekOrdinal(ordinal) - 1));

    private static int WeekOrdinal(string lower) => lower switch
    {
        "first" => 1, "second" => 2, "third" => 3, "fourth" => 4, "fifth" => 5, "sixth" => 6, "seventh" => 7, "eighth" => 8, "ninth" => 9, "tenth" => 10,
        "eleventh" => 11, "twelfth" => 12, _ => 0,
    };

    private static bool StartsTime(Token token) => token.IsNumber || (token.IsWord && (token.IsCapitalized || Starts.Contains(token) || PartOfMonthWord(token.Lower) is not null));

    /// <summary>"mid-august", "early-march", one token as the tokenizer keeps a hyphened word: the part and the month, or null.</summary>
    private static (PeriodPart Part, int Month)? PartOfMonthWord(string lower)
    {
        // Asked of every word that may start no other time, so the first letter turns most away before the search for a hyphen.
        if (lower.Length < 7 || lower[0] is not ('e' or 'm' or 'l')) return null;
        var dash = lower.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0) return null;
        return PartOf(lower[..dash]) is { } part && Words.MonthNumbers.TryGetValue(lower[(dash + 1)..], out var month) ? (part, month) : null;
    }

    /// <summary>The part of a period "early", "mid" or "late" names, or null for any other word.</summary>
    private static PeriodPart? PartOf(string lower) => lower switch { "early" => PeriodPart.Early, "mid" => PeriodPart.Mid, "late" => PeriodPart.Late, _ => null };

    private static bool TryRead(List<Token> t, int i, LocalDate anchor, TenseAround tense, out TimeMention mention)
    {
        mention = null!;
        var w = t[i].Lower;
        var lead = LeadBefore(t, i);
        if (PartOfMonthWord(w) is { } partOfMonth)
        {
            // "mid-August", one token.
            mention = PartOfMonth(t, i, i, partOfMonth.Part, partOfMonth.Month, anchor, tense, lead);
            return true;
        }
        switch (w)
        {
            case "today" or "yesterday" or "tomorrow" or "tonight":
            {
                var day = w switch { "yesterday" => anchor.PlusDays(-1), "tomorrow" => anchor.PlusDays(1), _ => anchor };
                var last = i;
                IsoDayOfWeek? weekday = null;
                if (i + 2 < t.Count && t[i + 1].Text == "," && Words.Weekdays.TryGetValue(t[i + 2].Lower, out var wd))
                {
                    weekday = wd;
                    last = i + 2;
                }
                mention = new TimeMention(i, last, FuzzyTime.Day(day), lead, w is "today" or "tonight", weekday);
                return true;
            }
            case "this" when i + 1 < t.Count && (t[i + 1].Lower is "morning" or "afternoon" or "evening" || (t[i + 1].Is("season") && !(i + 2 < t.Count && t[i + 2].Is("'s")))):
                // "Some 112 passenger vessels were not sailing this morning": the day of writing; and "fell to 31.4% of deliveries
                // this season from 27.9% in 2023/24", whose crop year the desk cannot name, as it stands on that day.
                mention = new TimeMention(i, i + 1, FuzzyTime.Day(anchor), lead, true, null);
                return true;
            case "season" or "week" or "month" or "year" when PreviousPeriodStart(t, i) is var previous and > 0:
                // "fell to 1,186 from 1,094 in the previous financial year": counted back as "a year earlier" is.
                mention = CountedBackMention(previous, i, previous > 0 && Leads.Contains(t[previous - 1]) ? t[previous - 1].Lower : string.Empty, w == "season" ? "year" : w, anchor);
                return true;
            case "season" or "week" or "month" or "year" when i > 0 && t[i - 1].Is("the") && i + 1 < t.Count && t[i + 1].Is("before")
                && i + 2 < t.Count && !t[i + 2].IsWord && !t[i + 2].IsNumber:
                // "from 5.5 million bags the season before": a season is a year's, and the one before it a year back; "to 8,412
                // from 7,935 the week before", counted back as "a week earlier" is. Not "the week before the election".
                mention = CountedBackMention(i - 1, i + 1, string.Empty, w == "season" ? "year" : w, anchor);
                return true;
            case "same" when i > 0 && t[i - 1].Is("the") && SamePeriod(t, i, out var samePeriodYear) is var samePeriodLast and > 0:
                // "to 921,000 tonnes in the first quarter of 2025 from 874,000 tonnes in the same period last year": the time
                // before it a year back, resolved in Read as "a year earlier" is; "from 82.6% in the same quarter of 2024", the
                // time before it in that year.
                mention = CountedBackMention(i - 1, samePeriodLast, i > 1 && Leads.Contains(t[i - 2]) ? t[i - 2].Lower : string.Empty, "year", anchor) with { IntoYear = samePeriodYear };
                return true;
            case "year" or "month" or "week" when i > 0 && t[i - 1].Is("a") && i + 1 < t.Count && t[i + 1].Lower is "earlier" or "ago":
                // Its time is resolved in Read, against the times before it in the sentence; "a year before the election" is not read.
                mention = CountedBackMention(i - 1, i + 1, string.Empty, w, anchor);
                return true;
            case "months" or "years" when i > 0 && MonthCount(t[i - 1]) is var times and > 1 && i + 1 < t.Count && t[i + 1].Lower is "earlier" or "ago":
                // "to 689,300 at the end of March, from 652,870 three months earlier": counted back as "a month earlier" is, that many times.
                mention = CountedBackMention(i - 1, i + 1, string.Empty, w[..^1], anchor) with { CountedBackTimes = times };
                return true;
            case "so" when i + 1 < t.Count && t[i + 1].Is("far") && !(i + 2 < t.Count && t[i + 2].Is("this")):
                mention = new TimeMention(i, i + 1, FuzzyTime.Day(anchor), lead, true, null);
                return true;
            case "date" when i > 0 && t[i - 1].Is("to"):
                mention = new TimeMention(i - 1, i, FuzzyTime.Day(anchor), string.Empty, true, null);
                return true;
            case "currently" or "now" or "presently":
                mention = new TimeMention(i, i, FuzzyTime.Day(anchor), lead, true, null);
                return true;
            case "recent" when i > 0 && t[i - 1].Is("in") && i + 1 < t.Count:
            {
                var first = new LocalDate(anchor.Year, anchor.Month, 1);
                FuzzyTime? span = t[i + 1].Lower switch
                {
                    // "In recent months": the six months up to the published month, as an editor reads it.
                    "months" => FuzzyTime.Between(first.PlusMonths(-6), anchor.With(DateAdjusters.EndOfMonth)),
                    "weeks" => FuzzyTime.Between(anchor.PlusDays(-28), anchor),
                    "days" => FuzzyTime.Between(anchor.PlusDays(-7), anchor),
                    "years" => FuzzyTime.Between(new LocalDate(anchor.Year - 5, 1, 1), anchor),
                    _ => null,
                };
                if (span is null) return false;
                mention = new TimeMention(i - 1, i + 1, span.Value, "in", false, null);
                return true;
            }
            // "in the first week of March", "the fourth week of June 2024": seven days of the month, where the month alone had been
            // read and "from 48.20 pesos in the first week of February" had no time of its own, the month standing past the figure's
            // reach; "in the last week of September", the month's last seven days, where "last week" had been read and "September"
            // after it. A past week is never after the day of writing ("recorded 900 new cases in the last week of March", written on
            // March 11, is last year's).
            // Only where the week is the figure's own time ("in", "during"): "by the first week of March" is a deadline, and "from the
            // first week of January to the second week of February" a span, which the month readers read.
            case "first" or "second" or "third" or "fourth" or "last" when i > 1 && t[i - 1].Is("the") && t[i - 2].Lower is "in" or "during" && i + 3 < t.Count && t[i + 1].Is("week") && t[i + 2].Is("of")
                && Words.MonthNumbers.TryGetValue(t[i + 3].Lower, out var weekMonth):
            {
                var statedYear = i + 4 < t.Count ? Year(t[i + 4]) : null;
                var month = new LocalDate(statedYear ?? YearFor(anchor, weekMonth, null, tense.Value), weekMonth, 1);
                var start = WeekOfMonth(month, w);
                if (statedYear is null && tense.Value == Tense.Past && start > anchor) start = WeekOfMonth(month.PlusYears(-1), w);
                mention = new TimeMention(i - 1, statedYear is null ? i + 3 : i + 4, FuzzyTime.Between(start, start.PlusDays(6)), LeadBefore(t, i - 1), false, null);
                return true;
            }
            case "last" or "next" or "this" or "past" when i + 1 < t.Count:
            {
                var unit = t[i + 1].Lower;
                if (unit is "month" or "year" or "week")
                {
                    var text = (w == "past" ? "last" : w) + " " + unit;
                    if (!FuzzyTime.TryParse(text, anchor, out var time)) return false;
                    mention = new TimeMention(i, i + 1, time, lead, false, null);
                    return true;
                }
                if (Words.Weekdays.TryGetValue(unit, out var weekday))
                {
                    var day = w switch
                    {
                        "last" => anchor.With(DateAdjusters.Previous(weekday)),
                        "next" => anchor.With(DateAdjusters.Next(weekday)),
                        _ => tense.Value == Tense.Future ? anchor.With(DateAdjusters.NextOrSame(weekday)) : anchor.With(DateAdjusters.PreviousOrSame(weekday)),
                    };
                    mention = new TimeMention(i, i + 1, FuzzyTime.Day(day), lead, false, weekday);
                    return true;
                }
                return false;
            }
            case "since" when i + 1 < t.Count && t[i + 1].Is("then"):
                mention = new TimeMention(i, i + 1, FuzzyTime.Day(anchor), "since", false, null) { SinceThen = true };
                return true;
            case "since" or "earlier" or "so" when SinceStartOfYear(t, i) is var length and > 0:
                mention = new TimeMention(i, i + length - 1, FuzzyTime.Between(new LocalDate(anchor.Year, 1, 1), anchor), "since", false, null);
                return true;
            case "end" or "start" or "beginning" when i > 0 && t[i - 1].Is("the") && i + 2 < t.Count && t[i + 1].Is("of"):
                return TryEdgeOf(t, i, anchor, tense, out mention);
            case "early" or "mid" or "late" when MonthAfter(t, i, out var partMonth, out var partMonthLast):
            {
                // "in mid-August", "early March 2023": a part of the month.
                mention = PartOfMonth(t, i, partMonthLast, PartOf(w)!.Value, partMonth, anchor, tense, lead);
                return true;
            }
            case "early" or "mid" or "late" when YearAfter(t, i, hyphen: true, out var partYear, out var partLast):
                // "late 2019", "mid-2020"
                mention = new TimeMention(i, partLast, FuzzyTime.PartOfYear(PartOf(w)!.Value, partYear), lead, false, null);
                return true;
            case "first" or "second" or "third" or "fourth" when i + 1 < t.Count && t[i + 1].Lower is "quarter" or "half":
            {
                var half = t[i + 1].Is("half");
                var n = w switch { "first" => 1, "second" => 2, "third" => 3, _ => 4 };
                if (half && n > 2) return false;
                return TryPartOfYear(t, i, i + 1, (n - 1) * (half ? 6 : 3) + 1, half ? 6 : 3, anchor, tense, lead, out mention);
            }
            // "in the first six months of 2025", "the first three months of the year": from January, as "the first half" is; not
            // "its first six months", "the first three months after the ceasefire", which are no months of a year.
            case "first" when i + 4 < t.Count && t[i + 2].Is("months") && t[i + 3].Is("of") && MonthCount(t[i + 1]) is var count and > 1 and < 12:
                return TryPartOfYear(t, i, i + 2, 1, count, anchor, tense, lead, out mention);
            // "in the sixth week of the year", "the third week of 2025": an ISO week, as health agencies number their weekly reports.
            case var _ when WeekOrdinal(w) is var week and > 0 && i > 0 && t[i - 1].Is("the") && i + 3 < t.Count && t[i + 1].Is("week") && t[i + 2].Is("of")
                && (Year(t[i + 3]) ?? (i + 4 < t.Count && t[i + 3].Is("the") && t[i + 4].Is("year") ? anchor.Year : null)) is { } weekYear:
            {
                var monday = LocalDate.FromWeekYearWeekAndDay(weekYear, week, IsoDayOfWeek.Monday);
                mention = new TimeMention(i - 1, Year(t[i + 3]) is not null ? i + 3 : i + 4, FuzzyTime.Between(monday, monday.PlusDays(6)), LeadBefore(t, i - 1), false, null);
                return true;
            }
            // "fall" is a season only where a time's word stands before it ("in fall 2021", "Fall 2021"), not in "prices fall 2000 points".
            case "spring" or "summer" or "autumn" or "fall" or "winter" when (w != "fall" || t[i].IsCapitalized || (i > 0 && Leads.Contains(t[i - 1])) || (i > 0 && t[i - 1].Is("the")))
                && YearAfter(t, i, hyphen: false, out var seasonYear, out var seasonLast):
                mention = new TimeMention(i, seasonLast, Season(w, seasonYear), lead, false, null);
                return true;
        }
        if (w == "month" && i > 1 && t[i - 1].Is("the") && i + 2 < t.Count && t[i + 1].Is("of") && Words.MonthNumbers.TryGetValue(t[i + 2].Lower, out var ofMonth))
        {
            // "during the month of September"
            var year = YearFor(anchor, ofMonth, null, tense.Value);
            mention = new TimeMention(i - 1, i + 2, FuzzyTime.Month(year, ofMonth), LeadBefore(t, i - 1), false, null);
            return true;
        }
        // "in Tuesday's elections": the day, as "on Tuesday".
        if (Words.Weekdays.TryGetValue(t[i].IsPossessive ? w[..^2] : w, out var stated) && t[i].IsCapitalized)
        {
            // "on Wednesday, September 9" or "Wednesday" alone.
            if (i + 2 < t.Count && t[i + 1].Text == "," && TryCalendar(t, i + 2, anchor, tense, out var date, out var dateLast))
            {
                mention = new TimeMention(i, dateLast, date, lead, false, stated);
                return true;
            }
            var day = tense.Value == Tense.Future ? anchor.With(DateAdjusters.NextOrSame(stated)) : anchor.With(DateAdjusters.PreviousOrSame(stated));
            mention = new TimeMention(i, i, FuzzyTime.Day(day), lead, false, stated);
            return true;
        }
        if (t[i].IsCapitalized && MonthSpan(t, i) is { } months)
        {
            // "in April to June", "the April-June quarter", "November to January 2025", "between March and June 2024": the
            // months from the one to the other, where the first month alone had been the figure's time (and "April-June" a
            // place the desk did not know).
            var toYear = months.Last + 1 < t.Count && Year(t[months.Last + 1]) is { } statedYear ? statedYear : YearFor(anchor, months.To, null, tense.Value);
            var spanLast = months.Last + 1 < t.Count && Year(t[months.Last + 1]) is not null ? months.Last + 1 : months.Last;
            var from = new LocalDate(months.From <= months.To ? toYear : toYear - 1, months.From, 1);
            mention = new TimeMention(i, spanLast, FuzzyTime.Between(from, new LocalDate(toYear, months.To, 1).With(DateAdjusters.EndOfMonth)), lead, false, null);
            return true;
        }
        if (TryCalendar(t, i, anchor, tense, out var calendar, out var calendarLast))
        {
            // "between July 1 and July 14", "from January to the end of August": the days from the one to the other.
            var between = i > 0 && t[i - 1].Is("between");
            var untilAt = calendarLast + 2;
            if (!between && untilAt + 2 < t.Count && t[untilAt].Is("the") && t[untilAt + 1].Is("end") && t[untilAt + 2].Is("of")) untilAt += 3;
            // Not a date moved ("The election was moved from April to June"): the one or the other, never both.
            var moved = i > 1 && t[i - 2].Lower is "moved" or "postponed" or "delayed" or "shifted" or "pushed" or "rescheduled" or "brought" or "changed";
            if (i > 0 && (between ? calendarLast + 1 < t.Count && t[calendarLast + 1].Is("and") : !moved && t[i - 1].Is("from") && calendarLast + 1 < t.Count && t[calendarLast + 1].Lower is "to" or "through" or "until")
                && untilAt < t.Count && TryCalendar(t, untilAt, anchor, tense, out var until, out var untilLast))
            {
                // "between June and September", written in July of the past: the end's year, where June alone had been this
                // year's and September last year's.
                var start = until.End < calendar.Start && calendar.Start.PlusYears(-1) <= until.End ? calendar.Start.PlusYears(-1) : calendar.Start;
                if (until.End >= start)
                {
                    mention = new TimeMention(i, untilLast, FuzzyTime.Between(start, until.End), lead, false, null);
                    return true;
                }
            }
            mention = new TimeMention(i, calendarLast, calendar, lead, false, null);
            return true;
        }
        if (Year(t[i]) is not { } bare) return false;
        if (YearSpanEnd(t, i, bare) is { } endYear)
        {
            // "between 2019 and 2021", "from 2015 to 2020": the years from the first's start to the last's end, where "2021"
            // alone had been the figure's time and "2019 and 2021" a range of some count.
            // "2023-24", "the 2024/25 season": one year that runs into the next, twelve months from July, the middle of the
            // starts news gives (April, July, October), so that a season and the one before it do not overlap; its months are
            // not known.
            var time = t[i + 1].IsWord ? FuzzyTime.Between(new LocalDate(bare, 1, 1), new LocalDate(endYear, 12, 31)) : FuzzyTime.Between(new LocalDate(bare, 7, 1), new LocalDate(endYear, 6, 30));
            mention = new TimeMention(i, i + 2, time, lead, false, null) { IsSpan = t[i + 1].IsWord };
            return true;
        }
        // "its goal of 17 million passengers for 2025.": the year a goal or a budget is for, where the year had been read as a
        // count of passengers; not "for 2025 people", a count.
        var forYear = i > 0 && t[i - 1].Is("for") && (i + 1 >= t.Count || !(t[i + 1].IsWord && !t[i + 1].IsCapitalized));
        // "2023 was the worst year on record, with 321,179 cases": a year the subject of its verb, after a sentence's opening words too.
        var yearSaw = i + 1 < t.Count && t[i + 1].Lower is "was" or "saw" or "brought";
        // "a 2018 disaster, in which 228 people died", "at the 2019 census": the year of an event named by it.
        // "Pakistan's 2022 floods" too.
        yearSaw |= i > 0 && i + 1 < t.Count && (t[i - 1].Lower is "a" or "the" || t[i - 1].IsPossessive) && t[i + 1].Lower is "disaster" or "census" or "election" or "elections" or "earthquake"
            or "flood" or "floods" or "cyclone" or "hurricane" or "typhoon" or "drought" or "outbreak" or "crisis" or "war" or "survey";
        if (Leads.Contains(lead) || forYear || yearSaw || (i + 1 < t.Count && t[i + 1].Text == ",") || i == 0 || (i > 1 && t[i - 1].Lower is "with" or "to" && t[i - 2].Is("compared")))
        {
            mention = new TimeMention(i, i, FuzzyTime.Year(bare), lead, false, null) { DatesOnlyWhatFollows = yearSaw && i + 1 < t.Count && t[i + 1].Lower is "was" or "saw" or "brought" };
            return true;
        }
        return false;
    }

    /// <summary>
    /// The last year of a span of years starting with <paramref name="first"/> at token <paramref name="i"/>: "between 2019 and
    /// 2021", "from 2015 to 2020", "from 2015 through 2020", "2024-25"; null for any other words, or a span that runs backwards.
    /// </summary>
    private static int? YearSpanEnd(List<Token> t, int i, int first)
    {
        if (i + 2 >= t.Count) return null;
        // "the 2024-25 crop year", "fiscal 2024/25": a year that runs into the next.
        if (t[i + 1].Text is "-" or "/" or "–" && t[i + 1].Start == t[i].End && t[i + 2].Start == t[i + 1].End && t[i + 2].IsNumber
            && (t[i + 2].Text.Length == 2 ? int.TryParse(t[i + 2].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var next) && next == (first + 1) % 100 : Year(t[i + 2]) == first + 1))
        {
            return first + 1;
        }
        if (i < 1) return null;
        var joined = t[i - 1].Is("between") ? t[i + 1].Is("and") : t[i - 1].Is("from") && t[i + 1].Lower is "to" or "through" or "until";
        return joined && Year(t[i + 2]) is { } last && last > first ? last : null;
    }

    /// <summary>"since the beginning of the year", "earlier this year", "so far this year": the tokens it takes, or 0.</summary>
    private static int SinceStartOfYear(List<Token> t, int i)
    {
        string[][] forms =
        [
            ["since", "the", "beginning", "of", "the", "year"], ["since", "the", "start", "of", "the", "year"],
            ["earlier", "this", "year"], ["so", "far", "this", "year"],
        ];
        foreach (var form in forms)
        {
            if (i + form.Length > t.Count) continue;
            var all = true;
            for (var k = 0; k < form.Length && all; k++) all = t[i + k].Is(form[k]);
            if (all) return form.Length;
        }
        return 0;
    }

    /// <summary>"September 9", "Sept. 9, 2020", "9 September", "September 2020", "in February".</summary>
    private static bool TryCalendar(List<Token> t, int i, LocalDate anchor, TenseAround tense, out FuzzyTime time, out int last)
    {
        time = default;
        last = i;
        int? day = null, year = null;
        int month;
        if (Words.MonthNumbers.TryGetValue(t[i].Lower, out month) && t[i].IsCapitalized && !(t[i].Is("may") && !NextIsDayOrYear(t, i) && !(i > 0 && t[i - 1].Lower is "in" or "by" or "since" or "until" or "during" or "of" or "early" or "late" or "mid")))
        {
            var k = i + 1;
            if (k < t.Count && t[k].Text == "." ) k++;
            if (k < t.Count && DayNumber(t[k]) is { } d)
            {
                day = d;
                last = k;
                k++;
                if (k + 1 < t.Count && t[k].Text == "," && Year(t[k + 1]) is { } y1)
                {
                    year = y1;
                    last = k + 1;
                }
            }
            else if (k < t.Count && Year(t[k]) is { } y2)
            {
                year = y2;
                last = k;
            }
            else if (k + 1 < t.Count && t[k].Lower is "last" or "this" && t[k + 1].Is("year"))
            {
                // "from 13,877 in March last year": the month of the year before the day of writing.
                year = t[k].Is("last") ? anchor.Year - 1 : anchor.Year;
                last = k + 1;
            }
        }
        else if (DayNumber(t[i]) is { } d2 && i + 1 < t.Count && Words.MonthNumbers.TryGetValue(t[i + 1].Lower, out month) && t[i + 1].IsCapitalized)
        {
            day = d2;
            last = i + 1;
            if (i + 2 < t.Count && Year(t[i + 2]) is { } y3)
            {
                year = y3;
                last = i + 2;
            }
        }
        else
        {
            return false;
        }
        var resolvedYear = year ?? YearFor(anchor, month, day, tense.Value);
        if (day is { } dd)
        {
            if (dd > CalendarSystem.Iso.GetDaysInMonth(resolvedYear, month)) return false;
            time = FuzzyTime.Day(resolvedYear, month, dd);
        }
        else
        {
            time = FuzzyTime.Month(resolvedYear, month);
        }
        return true;
    }

    private static bool NextIsDayOrYear(List<Token> t, int i) => i + 1 < t.Count && (DayNumber(t[i + 1]) is not null || Year(t[i + 1]) is not null);

    /// <summary>The year of a date written without one: the one ahead in the future tense, the one behind in the past.</summary>
    private static int YearFor(LocalDate anchor, int month, int? day, Tense tense)
    {
        var sameYear = new LocalDate(anchor.Year, month, Math.Min(day ?? 1, CalendarSystem.Iso.GetDaysInMonth(anchor.Year, month)));
        var sameYearEnd = day is null ? sameYear.With(DateAdjusters.EndOfMonth) : sameYear;
        return tense switch
        {
            Tense.Future when sameYearEnd < anchor => anchor.Year + 1,
            Tense.Past or Tense.Perfect when sameYear > anchor => anchor.Year - 1,
            _ => anchor.Year,
        };
    }

    /// <summary>Words that make a time after them a comparison: "the highest since 2001", "its lowest in 15 years", "the previous record set in 1989", "two fewer than in September".</summary>
    private static readonly WordList MeasuredAgainst = WordList.Of(
        "highest", "lowest", "most", "least", "fewest", "biggest", "largest", "smallest", "greatest", "best", "worst", "strongest", "weakest", "record",
        // "two fewer than in September 2023", "an increase of 7.8% compared with 2023": what the figure is compared with.
        "than", "compared");

    /// <summary>
    /// Whether a superlative, "record" or "than" stands before the time starting at token <paramref name="first"/> in its clause, with
    /// no figure between: the time is what the figure is measured against, not when it holds.
    /// </summary>
    private static bool Compares(List<Token> t, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 8); k--)
        {
            if (t[k].IsNumber || t[k].Text is "," or ";") return false;
            // "compared" only as "compared with" or "compared to".
            if (MeasuredAgainst.Contains(t[k])) return !t[k].Is("compared") || (k + 1 < t.Count && t[k + 1].Lower is "with" or "to");
        }
        return false;
    }

    /// <summary>Verbs that make the time after them a start: "since the outbreak began in March 2022".</summary>
    private static readonly WordList Beginnings = WordList.Of("began", "begun", "started", "erupted", "broke", "declared", "detected", "established", "launched", "founded", "created");

    /// <summary>
    /// Whether <paramref name="mention"/> is when something began that a count runs from: "fighting that began in April has
    /// displaced …", "cases since the outbreak began in March 2022". What is counted since then runs to the day of
    /// writing, as after "since"; a start alone ("fighting began on April 15") stays its day, an event's.
    /// </summary>
    private static bool StartedAt(List<Token> t, TimeMention mention)
    {
        var k = mention.First - 1;
        if (k < 1 || !t[k].Lower.Equals(mention.Lead, StringComparison.Ordinal) || mention.Lead is not ("in" or "on")) return false;
        k--;
        if (t[k].Is("out")) k--;
        if (k < 0 || !Beginnings.Contains(t[k])) return false;
        var perfectAfter = mention.Last + 1 < t.Count && t[mention.Last + 1].Lower is "has" or "have";
        var sinceBefore = false;
        for (var back = k - 1; back >= Math.Max(0, k - 4) && !sinceBefore; back--) sinceBefore = t[back].Is("since");
        return perfectAfter || sinceBefore;
    }

    /// <summary>
    /// "the end of the month", "the end of October", "the start of March 2024", "the beginning of the year", "the end of
    /// last year": the day that edge is. A named month's year is resolved as a month alone is.
    /// </summary>
    private static bool TryEdgeOf(List<Token> t, int i, LocalDate anchor, TenseAround tense, out TimeMention mention)
    {
        mention = null!;
        var end = t[i].Is("end");
        var k = i + 2;
        LocalDate first, last;
        var unit = t[k].Lower is "the" or "this" ? k + 1 : k;
        if (end && unit < t.Count && t[unit].Lower is "month" or "year")
        {
            // "by the end of the month", "the end of this year": a deadline's day, the month's or year's of writing.
            k = unit;
            (first, last) = t[unit].Is("month")
                ? (anchor.With(DateAdjusters.StartOfMonth), anchor.With(DateAdjusters.EndOfMonth))
                : (new LocalDate(anchor.Year, 1, 1), new LocalDate(anchor.Year, 12, 31));
        }
        else if (Words.MonthNumbers.TryGetValue(t[k].Lower, out var month) && t[k].IsCapitalized)
        {
            var year = k + 1 < t.Count && Year(t[k + 1]) is { } y ? y : YearFor(anchor, month, null, tense.Value);
            if (k + 1 < t.Count && Year(t[k + 1]) is not null) k++;
            first = new LocalDate(year, month, 1);
            last = first.With(DateAdjusters.EndOfMonth);
        }
        else if (t[k].Lower is "the" or "this" && k + 1 < t.Count && t[k + 1].Is("year"))
        {
            k++;
            (first, last) = (new LocalDate(anchor.Year, 1, 1), new LocalDate(anchor.Year, 12, 31));
        }
        else if (t[k].Lower is "last" or "next" && k + 1 < t.Count && t[k + 1].Is("year"))
        {
            var year = anchor.Year + (t[k].Is("last") ? -1 : 1);
            k++;
            (first, last) = (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        }
        else if (Year(t[k]) is { } stated)
        {
            (first, last) = (new LocalDate(stated, 1, 1), new LocalDate(stated, 12, 31));
        }
        else
        {
            return false;
        }
        mention = new TimeMention(i - 1, k, FuzzyTime.Day(end ? last : first), LeadBefore(t, i - 1), false, null);
        return true;
    }

    /// <summary>
    /// "the first quarter", "the third quarter of 2020", "the first half of the year", "the second half of 2019", "the first
    /// six months of 2025": the <paramref name="months"/> months from <paramref name="firstMonth"/>, whose words end at token
    /// <paramref name="last"/>; their year stated, or the year of writing ("the year"), or, with neither, the latest such part
    /// begun by the day of writing (the next one ahead in the future tense).
    /// </summary>
    private static bool TryPartOfYear(List<Token> t, int i, int last, int firstMonth, int months, LocalDate anchor, TenseAround tense, string lead, out TimeMention mention)
    {
        mention = null!;
        int? stated = null;
        if (last + 2 < t.Count && t[last + 1].Is("of"))
        {
            if (Year(t[last + 2]) is { } y)
            {
                stated = y;
                last += 2;
            }
            else if (last + 3 < t.Count && t[last + 2].Lower is "the" or "this" && t[last + 3].Is("year"))
            {
                stated = anchor.Year;
                last += 3;
            }
            else
            {
                // "the first half of the troops" is a share, not a time.
                return false;
            }
        }
        var year = stated ?? anchor.Year;
        var start = new LocalDate(year, firstMonth, 1);
        if (stated is null && start > anchor && tense.Value != Tense.Future) start = start.PlusYears(-1);
        var end = start.PlusMonths(months).PlusDays(-1);
        if (stated is null && tense.Value == Tense.Future && end < anchor) (start, end) = (start.PlusYears(1), end.PlusYears(1));
        var time = months == 3 && firstMonth % 3 == 1 ? FuzzyTime.Quarter(start.Year, (firstMonth + 2) / 3) : FuzzyTime.Between(start, end);
        var first = i > 0 && t[i - 1].Is("the") ? i - 1 : i;
        mention = new TimeMention(first, last, time, lead, false, null);
        return true;
    }

    /// <summary>
    /// A part of <paramref name="month"/> whose words end at token <paramref name="monthLast"/>, with the year after it when one
    /// is written ("early March 2023"), else resolved as a month's alone is.
    /// </summary>
    private static TimeMention PartOfMonth(List<Token> t, int first, int monthLast, PeriodPart part, int month, LocalDate anchor, TenseAround tense, string lead)
    {
        var last = monthLast + 1 < t.Count && Year(t[monthLast + 1]) is not null ? monthLast + 1 : monthLast;
        var year = last > monthLast ? Year(t[last])!.Value : YearFor(anchor, month, null, tense.Value);
        return new TimeMention(first, last, FuzzyTime.PartOfMonth(part, year, month), lead, false, null);
    }

    /// <summary>Whether a named month follows token <paramref name="i"/>, next to it or after a hyphen ("early March", "mid-August"); <paramref name="last"/> is the month's token.</summary>
    private static bool MonthAfter(List<Token> t, int i, out int month, out int last)
    {
        last = i + 1;
        if (last < t.Count && t[last].Text is "-" or "–") last++;
        month = 0;
        return last < t.Count && t[last].IsCapitalized && Words.MonthNumbers.TryGetValue(t[last].Lower, out month);
    }

    /// <summary>
    /// Whether a year follows token <paramref name="i"/>: next to it ("late 2019", "summer 2021"), after "of" ("the summer
    /// of 2021"), or, when <paramref name="hyphen"/>, after a hyphen ("mid-2020"); <paramref name="last"/> is the year's token.
    /// </summary>
    private static bool YearAfter(List<Token> t, int i, bool hyphen, out int year, out int last)
    {
        last = i + 1;
        if (last < t.Count && (t[last].Is("of") || (hyphen && t[last].Text is "-" or "–"))) last++;
        year = last < t.Count && Year(t[last]) is { } y ? y : 0;
        return year != 0;
    }

    /// <summary>
    /// The time a season of <paramref name="year"/> holds, read as the northern hemisphere's: spring, summer and autumn
    /// as their year, winter as both winters that touch it (the one ending and the one starting in it), since "winter
    /// 2021" is written of either.
    /// </summary>
    private static FuzzyTime Season(string season, int year) => season == "winter"
        ? FuzzyTime.Between(new LocalDate(year - 1, 12, 1), new LocalDate(year + 1, 3, 1).PlusDays(-1))
        : FuzzyTime.Year(year);

    internal static int? Year(Token token) =>
        token.IsNumber && token.Text.Length == 4 && int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1800 and <= 2100 ? y : null;

    private static int? DayNumber(Token token)
    {
        var text = token.Text.AsSpan();
        if (token.IsWord)
        {
            // "3rd", "21st"
            var digits = text.TrimEnd("stndrh");
            text = digits.Length < text.Length && digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9') ? digits : [];
        }
        else if (!token.IsNumber)
        {
            return null;
        }
        return text.Length is 1 or 2 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : null;
    }

    private static string LeadBefore(List<Token> t, int i)
    {
        // "displaced by violence as of September 30": "as of" is the time's own lead, whatever "by" stands before it.
        if (i > 1 && t[i - 1].Is("of") && t[i - 2].Is("as")) return "of";
        // "by the presidential elections on November 3": the deadline's "by" stands before the event it names; but not before
        // a span's own word ("reached the islands by sea between January 1 and March 31", "infested by desert locusts since
        // the start of January"). "since the first cases were reported in late January" is a span from then, as "since" is.
        for (var back = i - 1; back >= Math.Max(0, i - 8); back--)
        {
            if (back >= i - 5 && (t[back].Is("by") || t[back].Is("before"))) return t[back].Lower;
            if (t[back].Is("since")) return "since";
            if (t[back].IsNumber || t[back].Text is "," or ";" or ":" || t[back].Lower is "that" or "between" or "from" or "during" or "until") break;
        }
        var k = i - 1;
        if (k >= 0 && t[k].Is("the")) k--;
        return k >= 0 && Leads.Contains(t[k]) ? t[k].Lower : string.Empty;
    }
}
