using System.Globalization;
using NodaTime;

namespace FactCheck;

/// <summary>Reads the time grammar of the claim-set format, rejecting impossible dates with a reason.</summary>
internal static class FuzzyTimeParser
{
    private const string Expected =
        "expected a day ('2020-09-09'), a month ('2020-09'), a year ('2020'), a quarter ('2020-Q3'), a part ('late 2018', 'early 2020-09'), " +
        "or a span ('2020-03/2020-09', '../2020-11-03')";

    internal static bool TryParse(string? text, LocalDate? anchor, out FuzzyTime result, out string error) =>
        TryParse(text, anchor, ClaimTense.Past, out result, out error);

    /// <summary>Reads a time; a relative one resolves against <paramref name="anchor"/>, backward or forward as <paramref name="tense"/> says.</summary>
    internal static bool TryParse(string? text, LocalDate? anchor, ClaimTense tense, out FuzzyTime result, out string error)
    {
        result = default;
        if (text is null)
        {
            error = "A time is required; " + Expected + ".";
            return false;
        }
        if (text.Length > 100)
        {
            error = $"The time '{text[..30]}…' is {text.Length.ToString(CultureInfo.InvariantCulture)} characters long; a time is at most 100.";
            return false;
        }
        string? problem = null;
        // The common forms in files (2020-09-09, 2020-09, 2020) are read as they stand, without normalising a copy.
        if (text.Length is 4 or 7 or 10 && char.IsAsciiDigit(text[0]) && TryAbsolute(text, ref problem, out result))
        {
            error = string.Empty;
            return true;
        }
        var s = string.Join(' ', text.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (TryAbsolute(s, ref problem, out result))
        {
            error = string.Empty;
            return true;
        }
        if (problem is null && RelativeTimes.IsRelative(s))
        {
            if (anchor is null)
            {
                error = $"'{text}' is a relative time; it needs a source with a 'published' date (or the file's 'asOf') to resolve against.";
                return false;
            }
            if (RelativeTimes.TryResolve(s, anchor.Value, tense, out result, out var unresolved))
            {
                error = string.Empty;
                return true;
            }
            error = $"'{text}' cannot be placed: {unresolved.TrimEnd('.')}.";
            return false;
        }
        error = problem is not null ? $"'{text}' is not a valid time: {problem}." : $"'{text}' is not a time: {Expected}.";
        return false;
    }

    private static readonly (string Word, PeriodPart Part)[] Parts = [("early", PeriodPart.Early), ("mid", PeriodPart.Mid), ("late", PeriodPart.Late)];

    // Called for every time a file holds: no closures or arrays here, or a large file makes several objects per claim.
    private static bool TryAbsolute(string s, ref string? problem, out FuzzyTime result)
    {
        result = default;
        var slash = s.IndexOf('/');
        if (slash >= 0)
        {
            return TrySpan(s[..slash].Trim(), s[(slash + 1)..].Trim(), ref problem, out result);
        }
        foreach (var (word, part) in Parts)
        {
            if (s.Length > word.Length + 1 && s.StartsWith(word, StringComparison.Ordinal) && s[word.Length] is ' ' or '-')
            {
                var rest = s[(word.Length + 1)..].Trim();
                if (!TryNumbers(rest, out var y, out var m, out var d, out var q) || d is not null || q is not null) return false;
                if (!Exists(y, m ?? 1, 1, ref problem)) return false;
                result = m is { } month ? FuzzyTime.PartOfMonth(part, y, month) : FuzzyTime.PartOfYear(part, y);
                return true;
            }
        }
        if (!TryNumbers(s, out var year, out var monthOf, out var day, out var quarter)) return false;
        if (quarter is < 1 or > 4)
        {
            problem = $"A quarter is 1 to 4; got {quarter.Value.ToString(CultureInfo.InvariantCulture)}";
            return false;
        }
        if (!Exists(year, monthOf ?? 1, day ?? 1, ref problem)) return false;
        result = quarter is { } qu ? FuzzyTime.Quarter(year, qu)
            : day is { } dd ? FuzzyTime.Day(year, monthOf!.Value, dd)
            : monthOf is { } mm ? FuzzyTime.Month(year, mm)
            : FuzzyTime.Year(year);
        return true;
    }

    private static bool TrySpan(string left, string right, ref string? problem, out FuzzyTime result)
    {
        result = default;
        if (left == ".." && right == "..")
        {
            problem = "a span needs at least one end";
            return false;
        }
        var first = LocalDate.MinIsoValue;
        var last = LocalDate.MaxIsoValue;
        if (left != "..")
        {
            if (!TryAbsolute(left, ref problem, out var from) || from.Precision is TimePrecision.Range or TimePrecision.Open) return false;
            first = from.Start;
        }
        if (right != "..")
        {
            if (!TryAbsolute(right, ref problem, out var to) || to.Precision is TimePrecision.Range or TimePrecision.Open) return false;
            last = to.End;
        }
        if (last < first)
        {
            problem = $"the span ends ({Dates.Format(last)}) before it starts ({Dates.Format(first)})";
            return false;
        }
        result = FuzzyTime.Between(first, last);
        return true;
    }

    /// <summary>
    /// The times most files state, read from their UTF-8 bytes with no string, as <see cref="TryParse(string?, LocalDate?, out FuzzyTime, out string)"/>
    /// reads their text: a day written <c>yyyy-mm-dd</c>, or a span of two such days (<c>2019-12-12/2019-12-27</c>). Ten
    /// years of days in no order miss any small cache, and each miss cost a string and a parse. False for anything else,
    /// and for a day that does not exist or a span that ends before it starts, which the full grammar reads and reports.
    /// </summary>
    internal static bool TryParseCommon(ReadOnlySpan<byte> utf8, out FuzzyTime result)
    {
        result = default;
        if (utf8.Length == 10) return TryParseDay(utf8, out result);
        // As TrySpan has it for two days: from the first day's start to the second's end, not backwards.
        if (utf8.Length != 21 || utf8[10] != '/' || !TryParseDay(utf8[..10], out var from) || !TryParseDay(utf8[11..], out var to) || to.End < from.Start) return false;
        result = FuzzyTime.Between(from.Start, to.End);
        return true;
    }

    /// <summary>
    /// A day written <c>yyyy-mm-dd</c> that exists, from its ten UTF-8 bytes, as <see cref="TryParseIsoDay"/> reads its
    /// characters; a day is ASCII, so bytes that are not are refused here, as the grammar refuses the characters they decode to.
    /// </summary>
    private static bool TryParseDay(ReadOnlySpan<byte> utf8, out FuzzyTime result)
    {
        result = default;
        Span<char> text = stackalloc char[10];
        if (System.Text.Ascii.ToUtf16(utf8, text, out _) != System.Buffers.OperationStatus.Done || !TryParseIsoDay(text, out var date)) return false;
        result = FuzzyTime.Day(date);
        return true;
    }

    /// <summary>
    /// A day written <c>yyyy-mm-dd</c> that exists, by the grammar's own <see cref="TryNumbers"/>, as NodaTime's
    /// <c>LocalDatePattern.Iso</c> reads one with a year of four digits; without that pattern, whose first use builds NodaTime's formatting tables (about a millisecond of a
    /// command's start, for the first source's publication date).
    /// </summary>
    internal static bool TryParseIsoDay(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        return text.Length == 10 && TryNumbers(text, out var year, out var month, out var day, out _) && day is { } dd
            && Dates.TryCreate(year, month!.Value, dd, out date, out _);
    }

    /// <summary>Whether the day exists; when it does not, why ("2021-02 has 28 days; got day 29") in <paramref name="problem"/>.</summary>
    private static bool Exists(int year, int month, int day, ref string? problem)
    {
        if (Dates.TryCreate(year, month, day, out _, out var why)) return true;
        problem = why.Message;
        return false;
    }

    /// <summary>yyyy, yyyy-mm, yyyy-mm-dd or yyyy-qN, digits only, fixed widths.</summary>
    private static bool TryNumbers(ReadOnlySpan<char> s, out int year, out int? month, out int? day, out int? quarter)
    {
        year = 0;
        month = day = quarter = null;
        if (s.Length < 4 || !TryNumber(s, 0, 4, out year)) return false;
        if (s.Length == 4) return true;
        if (s[4] != '-') return false;
        if (s.Length == 7 && s[5] == 'q' && char.IsAsciiDigit(s[6]))
        {
            quarter = s[6] - '0';
            return true;
        }
        if (s.Length < 7 || !TryNumber(s, 5, 2, out var mm)) return false;
        month = mm;
        if (s.Length == 7) return true;
        if (s.Length != 10 || s[7] != '-' || !TryNumber(s, 8, 2, out var dd)) return false;
        day = dd;
        return true;
    }

    /// <summary>The number the <paramref name="count"/> characters from <paramref name="start"/> spell, when all are ASCII digits.</summary>
    private static bool TryNumber(ReadOnlySpan<char> s, int start, int count, out int number)
    {
        number = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                number = 0;
                return false;
            }
            number = number * 10 + (s[i] - '0');
        }
        return true;
    }
}
