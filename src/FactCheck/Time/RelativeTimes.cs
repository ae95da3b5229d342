using NodaTime;

namespace FactCheck;

/// <summary>
/// Relative expressions of news text, resolved against an anchor day (the source's publication date):
/// <c>today</c>, <c>yesterday</c>, <c>last month</c>, <c>this year</c>, <c>on Tuesday</c>, <c>last Wednesday</c>,
/// <c>next Friday</c>, <c>by the end of the month</c>, <c>earlier this year</c>, <c>September 9</c>, <c>November 3, 2020</c>.
/// </summary>
/// <remarks>
/// News is written in the past tense, so a bare weekday (<c>on Tuesday</c>) is the latest such day on or before
/// the anchor; <c>last Tuesday</c> is strictly before it; <c>next Tuesday</c> strictly after.
/// </remarks>
internal static class RelativeTimes
{
    private static readonly string[] Fillers = ["by the ", "by ", "on ", "in ", "during ", "until ", "the "];

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly Dictionary<string, IsoDayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = IsoDayOfWeek.Monday, ["tuesday"] = IsoDayOfWeek.Tuesday, ["wednesday"] = IsoDayOfWeek.Wednesday,
        ["thursday"] = IsoDayOfWeek.Thursday, ["friday"] = IsoDayOfWeek.Friday, ["saturday"] = IsoDayOfWeek.Saturday,
        ["sunday"] = IsoDayOfWeek.Sunday,
    };

    internal static bool IsRelative(string text) => TryResolve(text, new LocalDate(2000, 6, 15), out _);

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

    /// <summary>
    /// Resolves <paramref name="text"/> against <paramref name="anchor"/>; false when it is not a relative time, or
    /// when it lands outside the years a claim may name ("last year" in the year 1).
    /// </summary>
    internal static bool TryResolve(string text, LocalDate anchor, out FuzzyTime result)
    {
        var s = Strip(string.Join(' ', text.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        result = default;
        switch (s)
        {
            case "today": return DayOf(anchor, out result);
            case "yesterday": return DayOf(anchor.PlusDays(-1), out result);
            case "tomorrow": return DayOf(anchor.PlusDays(1), out result);
            case "this month": return MonthOf(anchor, out result);
            case "last month": return MonthOf(anchor.PlusMonths(-1), out result);
            case "next month": return MonthOf(anchor.PlusMonths(1), out result);
            case "this year": return YearOf(anchor.Year, out result);
            case "last year": return YearOf(anchor.Year - 1, out result);
            case "next year": return YearOf(anchor.Year + 1, out result);
            case "this week": { var monday = anchor.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)); return SpanOf(monday, monday.PlusDays(6), out result); }
            case "last week": { var monday = anchor.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)).PlusDays(-7); return SpanOf(monday, monday.PlusDays(6), out result); }
            case "end of the month" or "end of this month" or "end of month":
                return DayOf(anchor.With(DateAdjusters.EndOfMonth), out result);
            case "end of the year" or "end of this year" or "end of year":
                return DayOf(new LocalDate(anchor.Year, 12, 31), out result);
            case "earlier this year" or "since the beginning of the year" or "since the start of the year" or "so far this year" or "beginning of the year to date":
                return SpanOf(new LocalDate(anchor.Year, 1, 1), anchor, out result);
            case "earlier this month" or "since the beginning of the month":
                return SpanOf(new LocalDate(anchor.Year, anchor.Month, 1), anchor, out result);
        }
        var words = s.Split(' ');
        if (words.Length == 1 && Weekdays.TryGetValue(words[0], out var weekday))
        {
            return DayOf(anchor.With(DateAdjusters.PreviousOrSame(weekday)), out result);
        }
        if (words.Length == 2 && Weekdays.TryGetValue(words[1], out weekday))
        {
            switch (words[0])
            {
                case "last": return DayOf(anchor.With(DateAdjusters.Previous(weekday)), out result);
                case "next": return DayOf(anchor.With(DateAdjusters.Next(weekday)), out result);
                case "this": return DayOf(anchor.With(DateAdjusters.PreviousOrSame(weekday)), out result);
            }
        }
        return TryCalendarWords(words, anchor, out result);
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
            if (comma > 0 && Weekdays.ContainsKey(s[..comma]))
            {
                s = s[(comma + 2)..];
                stripped = true;
            }
        }
        while (stripped);
        return s;
    }

    /// <summary>"september 9", "9 september", "september 9, 2020", "september 2020", "september".</summary>
    private static bool TryCalendarWords(string[] words, LocalDate anchor, out FuzzyTime result)
    {
        result = default;
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
        if (month is null || !Dates.TryCreate(year ?? anchor.Year, month.Value, day ?? 1, out var date, out _)) return false;
        result = day is null ? FuzzyTime.Month(date.Year, date.Month) : FuzzyTime.Day(date);
        return true;
    }
}
