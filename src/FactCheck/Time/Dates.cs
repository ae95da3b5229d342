using System.Globalization;
using FactCheck.Utility;
using NodaTime;

namespace FactCheck;

/// <summary>Date helpers that reject impossible dates instead of rolling them over.</summary>
internal static class Dates
{
    /// <summary>The years a claim may name. Wide enough for history, narrow enough that arithmetic never overflows and 9999-12-31 can mean "open".</summary>
    internal const int MinYear = 1, MaxYear = 9998;

    /// <exception cref="ArgumentOutOfRangeException">The date does not exist, or its year is outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    internal static LocalDate Create(int year, int month, int day)
    {
        if (TryCreate(year, month, day, out var date, out var problem)) return date;
        var (paramName, value) = problem.Part switch { DatePart.Year => (nameof(year), year), DatePart.Month => (nameof(month), month), _ => (nameof(day), day) };
        throw new ArgumentOutOfRangeException(paramName, value, problem.Message + ".");
    }

    /// <summary>Which number of a date is wrong.</summary>
    internal enum DatePart
    {
        Year,
        Month,
        Day,
    }

    /// <summary>Why a date cannot be made: which part, and a clause that says why ("the year must be from 1 to 9998; got 0").</summary>
    internal readonly record struct DateProblem(DatePart Part, string Message);

    /// <summary>Makes the date, or says why it does not exist; never throws.</summary>
    internal static bool TryCreate(int year, int month, int day, out LocalDate date, out DateProblem problem)
    {
        date = default;
        problem = default;
        if (year is < MinYear or > MaxYear)
        {
            problem = new DateProblem(DatePart.Year, TextMessages.YearOutOfRange(year));
            return false;
        }
        if (month is < 1 or > 12)
        {
            problem = new DateProblem(DatePart.Month, $"The month must be from 1 to 12; got {month.ToString(CultureInfo.InvariantCulture)}");
            return false;
        }
        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            problem = new DateProblem(DatePart.Day,
                $"{year.ToString("0000", CultureInfo.InvariantCulture)}-{month.ToString("00", CultureInfo.InvariantCulture)} has {days.ToString(CultureInfo.InvariantCulture)} days; got day {day.ToString(CultureInfo.InvariantCulture)}");
            return false;
        }
        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Whether a claim may name <paramref name="date"/>: its year is from <see cref="MinYear"/> to <see cref="MaxYear"/>.</summary>
    internal static bool InRange(LocalDate date) => date.Year is >= MinYear and <= MaxYear;

    /// <summary><c>2020-09-09</c>.</summary>
    internal static string Format(LocalDate date) => date.Year is >= 1 and <= 9999
        ? string.Create(10, date, static (text, d) => WriteDay(text, d))
        : date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Writes <c>2020-09-09</c> into <paramref name="destination"/>; messages are made of many dates, so none is a separate string.</summary>
    internal static bool TryFormat(LocalDate date, Span<char> destination, out int charsWritten)
    {
        if (date.Year is < 1 or > 9999) return SpanText.Copy(Format(date), destination, out charsWritten);
        charsWritten = destination.Length >= 10 ? 10 : 0;
        if (charsWritten == 0) return false;
        WriteDay(destination, date);
        return true;
    }

    /// <summary><c>2020-09</c>.</summary>
    internal static string FormatMonth(LocalDate date) => date.Year is >= 1 and <= 9999
        ? string.Create(7, date, static (text, d) => TryFormatMonth(d, text, out _))
        : date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Writes <c>2020-09</c> into <paramref name="destination"/>.</summary>
    internal static bool TryFormatMonth(LocalDate date, Span<char> destination, out int charsWritten)
    {
        if (date.Year is < 1 or > 9999) return SpanText.Copy(FormatMonth(date), destination, out charsWritten);
        charsWritten = destination.Length >= 7 ? 7 : 0;
        if (charsWritten == 0) return false;
        WriteMonth(destination, date);
        return true;
    }

    /// <summary>Writes <c>2020</c> into <paramref name="destination"/>.</summary>
    internal static bool TryFormatYear(int year, Span<char> destination, out int charsWritten)
    {
        if (year is < 1 or > 9999) return SpanText.Copy(year.ToString("0000", CultureInfo.InvariantCulture), destination, out charsWritten);
        charsWritten = destination.Length >= 4 ? 4 : 0;
        if (charsWritten == 0) return false;
        WriteYear(destination, year);
        return true;
    }

    private static void WriteDay(Span<char> text, LocalDate date)
    {
        WriteMonth(text, date);
        text[7] = '-';
        WriteTwoDigits(text[8..], date.Day);
    }

    private static void WriteMonth(Span<char> text, LocalDate date)
    {
        WriteYear(text, date.Year);
        text[4] = '-';
        WriteTwoDigits(text[5..], date.Month);
    }

    private static void WriteYear(Span<char> text, int year)
    {
        WriteTwoDigits(text, year / 100);
        WriteTwoDigits(text[2..], year % 100);
    }

    private static void WriteTwoDigits(Span<char> text, int value)
    {
        text[0] = (char)('0' + (value / 10));
        text[1] = (char)('0' + (value % 10));
    }

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    internal static int DaysBetween(LocalDate from, LocalDate to) => Period.DaysBetween(from, to);
}
