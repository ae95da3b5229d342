using NodaTime;

namespace FactCheck;

/// <summary>
/// Relative expressions of news text, resolved against an anchor day (the source's publication date):
/// <c>today</c>, <c>yesterday</c>, <c>last month</c>, <c>this year</c>, <c>on Tuesday</c>, <c>last Wednesday</c>,
/// <c>next Friday</c>, <c>by the end of the month</c>, <c>earlier this year</c>, <c>September 9</c>, <c>November 3, 2020</c>.
/// </summary>
/// <remarks>
/// News is written in the past tense, so a bare weekday (<c>on Tuesday</c>) is the latest such day on or before
/// the anchor; <c>last Tuesday</c> is strictly before it; <c>next Tuesday</c> strictly after. In the future tense
/// (<see cref="ClaimTense.Future"/>) a bare weekday is the first such day on or after the anchor, and a day or month
/// without a year (<c>November 3</c>, <c>in November</c>) the first one on or after it: the November ahead.
/// </remarks>
internal static class RelativeTimes
{
    private static readonly string[] Fillers = ["by the ", "by ", "on ", "in ", "during ", "until ", "the "];

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>What a relative expression names, as the grammar reads it before any date is known.</summary>
    private enum PhraseKind
    {
        Today, Yesterday, Tomorrow, ThisMonth, LastMonth, NextMonth, ThisYear, LastYear, NextYear, ThisWeek, LastWeek,
        EndOfMonth, EndOfYear, YearToDate, MonthToDate, Weekday, LastWeekday, NextWeekday, CalendarDay, CalendarMonth, ComingWeekday,
    }

    /// <summary>A relative expression read: its kind, and the weekday, month, day and year it names, where it names them.</summary>
    private readonly record struct Phrase(PhraseKind Kind, IsoDayOfWeek Weekday = IsoDayOfWeek.None, int Month = 0, int Day = 0, int? Year = null);

    /// <summary>Whether <paramref name="text"/> is a relative expression of the grammar, whatever date it would resolve against.</summary>
    internal static bool IsRelative(string text) => TryRead(text, out _);

    /// <summary>
    /// Resolves <paramref name="text"/> against <paramref name="anchor"/>; false when it is not a relative time, when the
    /// day it names does not exist ("February 30"), or when it lands outside the years a claim may name ("last year"
    /// in the year 1); then <paramref name="problem"/> says which.
    /// </summary>
    internal static bool TryResolve(string text, LocalDate anchor, out FuzzyTime result, out string problem) =>
        TryResolve(text, anchor, ClaimTense.Past, out result, out problem);

    /// <summary>Resolves <paramref name="text"/> against <paramref name="anchor"/>, backward or forward as <paramref name="tense"/> says.</summary>
    internal static bool TryResolve(string text, LocalDate anchor, ClaimTense tense, out FuzzyTime result, out string problem)
    {
        result = default;
        if (!TryRead(text, out var phrase))
        {
            problem = "not a relative time";
            return false;
        }
        if (tense == ClaimTense.Future) phrase = Forward(phrase, anchor);
        if (phrase.Kind is PhraseKind.CalendarDay or PhraseKind.CalendarMonth
            && !Dates.TryCreate(phrase.Year ?? anchor.Year, phrase.Month, phrase.Kind == PhraseKind.CalendarDay ? phrase.Day : 1, out _, out var missing))
        {
            problem = missing.Message;
            return false;
        }
        if (Resolve(phrase, anchor, out result))
        {
            problem = string.Empty;
            return true;
        }
        problem = Utility.TextMessages.RelativeOutOfRange(text);
        return false;
    }

    /// <summary>Resolves <paramref name="text"/> against <paramref name="anchor"/>; false when it cannot be (see the overload with a problem).</summary>
    internal static bool TryResolve(string text, LocalDate anchor, out FuzzyTime result) => TryResolve(text, anchor, out result, out _);

    /// <summary>Reads the grammar of relative expressions; no date is involved.</summary>
    private static bool TryRead(string text, out Phrase phrase)
    {
        var s = Strip(string.Join(' ', text.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        phrase = default;
        PhraseKind? kind = s switch
        {
            "today" => PhraseKind.Today,
            "yesterday" => PhraseKind.Yesterday,
            "tomorrow" => PhraseKind.Tomorrow,
            "this month" => PhraseKind.ThisMonth,
            "last month" => PhraseKind.LastMonth,
            "next month" => PhraseKind.NextMonth,
            "this year" => PhraseKind.ThisYear,
            "last year" => PhraseKind.LastYear,
            "next year" => PhraseKind.NextYear,
            "this week" => PhraseKind.ThisWeek,
            "last week" => PhraseKind.LastWeek,
            "end of the month" or "end of this month" or "end of month" => PhraseKind.EndOfMonth,
            "end of the year" or "end of this year" or "end of year" => PhraseKind.EndOfYear,
            "earlier this year" or "since the beginning of the year" or "since the start of the year" or "so far this year" or "beginning of the year to date" => PhraseKind.YearToDate,
            "earlier this month" or "since the beginning of the month" => PhraseKind.MonthToDate,
            _ => null,
        };
        if (kind is { } known)
        {
            phrase = new Phrase(known);
            return true;
        }
        var words = s.Split(' ');
        if (words.Length == 1 && WeekdayNames.ByLowerCaseName.TryGetValue(words[0], out var weekday))
        {
            phrase = new Phrase(PhraseKind.Weekday, weekday);
            return true;
        }
        if (words.Length == 2 && WeekdayNames.ByLowerCaseName.TryGetValue(words[1], out weekday) && words[0] is "last" or "next" or "this")
        {
            phrase = new Phrase(words[0] switch { "last" => PhraseKind.LastWeekday, "next" => PhraseKind.NextWeekday, _ => PhraseKind.Weekday }, weekday);
            return true;
        }
        return TryCalendarWords(words, out phrase);
    }

    /// <summary>
    /// The phrase as the future tense reads it: a bare weekday is the coming one, and a day or month without a year the
    /// first one on or after <paramref name="anchor"/> ("by November 3" said in September is the November ahead).
    /// </summary>
    private static Phrase Forward(Phrase phrase, LocalDate anchor) => phrase switch
    {
        { Kind: PhraseKind.Weekday } => phrase with { Kind = PhraseKind.ComingWeekday },
        { Kind: PhraseKind.CalendarDay, Year: null } => phrase with
        {
            Year = (phrase.Month, phrase.Day).CompareTo((anchor.Month, anchor.Day)) < 0 ? anchor.Year + 1 : anchor.Year,
        },
        { Kind: PhraseKind.CalendarMonth, Year: null } => phrase with { Year = phrase.Month < anchor.Month ? anchor.Year + 1 : anchor.Year },
        _ => phrase,
    };

    /// <summary>The days <paramref name="phrase"/> names, counted from <paramref name="anchor"/>; false when they fall outside the years a claim may name.</summary>
    private static bool Resolve(Phrase phrase, LocalDate anchor, out FuzzyTime result)
    {
        var monday = anchor.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        return phrase.Kind switch
        {
            PhraseKind.Today => DayOf(anchor, out result),
            PhraseKind.Yesterday => DayOf(anchor.PlusDays(-1), out result),
            PhraseKind.Tomorrow => DayOf(anchor.PlusDays(1), out result),
            PhraseKind.ThisMonth => MonthOf(anchor, out result),
            PhraseKind.LastMonth => MonthOf(anchor.PlusMonths(-1), out result),
            PhraseKind.NextMonth => MonthOf(anchor.PlusMonths(1), out result),
            PhraseKind.ThisYear => YearOf(anchor.Year, out result),
            PhraseKind.LastYear => YearOf(anchor.Year - 1, out result),
            PhraseKind.NextYear => YearOf(anchor.Year + 1, out result),
            PhraseKind.ThisWeek => SpanOf(monday, monday.PlusDays(6), out result),
            PhraseKind.LastWeek => SpanOf(monday.PlusDays(-7), monday.PlusDays(-1), out result),
            PhraseKind.EndOfMonth => DayOf(anchor.With(DateAdjusters.EndOfMonth), out result),
            PhraseKind.EndOfYear => DayOf(new LocalDate(anchor.Year, 12, 31), out result),
            PhraseKind.YearToDate => SpanOf(new LocalDate(anchor.Year, 1, 1), anchor, out result),
            PhraseKind.MonthToDate => SpanOf(new LocalDate(anchor.Year, anchor.Month, 1), anchor, out result),
            PhraseKind.Weekday => DayOf(anchor.With(DateAdjusters.PreviousOrSame(phrase.Weekday)), out result),
            PhraseKind.LastWeekday => DayOf(anchor.With(DateAdjusters.Previous(phrase.Weekday)), out result),
            PhraseKind.NextWeekday => DayOf(anchor.With(DateAdjusters.Next(phrase.Weekday)), out result),
            PhraseKind.ComingWeekday => DayOf(anchor.With(DateAdjusters.NextOrSame(phrase.Weekday)), out result),
            _ => CalendarOf(phrase, anchor, out result),
        };
    }

    private static bool CalendarOf(Phrase phrase, LocalDate anchor, out FuzzyTime result)
    {
        result = default;
        var isDay = phrase.Kind == PhraseKind.CalendarDay;
        if (!Dates.TryCreate(phrase.Year ?? anchor.Year, phrase.Month, isDay ? phrase.Day : 1, out var date, out _)) return false;
        result = isDay ? FuzzyTime.Day(date) : FuzzyTime.Month(date.Year, date.Month);
        return true;
    }

    private static bool DayOf(LocalDate day, out FuzzyTime result)
    {
        result = Dates.InRange(day) ? FuzzyTime.Day(day) : default;
        return Dates.InRange(day);
    }

    private static bool SpanOf(LocalDate first, LocalDate last, out FuzzyTime result)
    {
        result = Dates.InRange(first) && Dates.InRange(last) ? FuzzyTime.Between(first, last) : default;
        return Dates.InRange(first) && Dates.InRange(last);
    }

    private static bool YearOf(int year, out FuzzyTime result)
    {
        result = year is >= Dates.MinYear and <= Dates.MaxYear ? FuzzyTime.Year(year) : default;
        return year is >= Dates.MinYear and <= Dates.MaxYear;
    }

    private static bool MonthOf(LocalDate day, out FuzzyTime result)
    {
        result = Dates.InRange(day) ? FuzzyTime.Month(day.Year, day.Month) : default;
        return Dates.InRange(day);
    }

    private static string Strip(string s)
    {
        bool stripped;
        do
        {
            stripped = false;
            foreach (var filler in Fillers)
            {
                if (s.StartsWith(filler, StringComparison.Ordinal) && s.Length > filler.Length)
                {
                    s = s[filler.Length..];
                    stripped = true;
                }
            }
            // "Wednesday, September 9": the weekday is checked elsewhere (FC006); here only the date counts.
            var comma = s.IndexOf(", ", StringComparison.Ordinal);
            if (comma > 0 && WeekdayNames.ByLowerCaseName.ContainsKey(s[..comma]))
            {
                s = s[(comma + 2)..];
                stripped = true;
            }
        }
        while (stripped);
        return s;
    }

    /// <summary>"september 9", "9 september", "september 9, 2020", "september 2020", "september": a month, and a day and a year if given.</summary>
    private static bool TryCalendarWords(string[] words, out Phrase phrase)
    {
        phrase = default;
        var tokens = words.Select(w => w.TrimEnd(',', '.')).Where(w => w.Length > 0).ToArray();
        int? month = null, day = null, year = null;
        foreach (var token in tokens)
        {
            var m = Array.IndexOf(MonthNames, token);
            if (m < 0 && token.Length >= 3) m = Array.FindIndex(MonthNames, n => n.StartsWith(token, StringComparison.Ordinal) && token.Length == 3);
            if (m >= 0 && month is null) { month = m + 1; continue; }
            var digits = token.TrimEnd('s', 't', 'h', 'n', 'd', 'r');
            if (digits.Length is >= 1 and <= 2 && digits.All(char.IsAsciiDigit) && day is null) { day = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture); continue; }
            if (token.Length == 4 && token.All(char.IsAsciiDigit) && year is null) { year = int.Parse(token, System.Globalization.CultureInfo.InvariantCulture); continue; }
            return false;
        }
        if (month is null || day is < 1 or > 31) return false;
        phrase = new Phrase(day is null ? PhraseKind.CalendarMonth : PhraseKind.CalendarDay, Month: month.Value, Day: day ?? 0, Year: year);
        return true;
    }
}
