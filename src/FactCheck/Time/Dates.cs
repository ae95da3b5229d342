using System.Globalization;
using FactCheck.Utility;
using NodaTime;

namespace FactCheck;

/// <summary>Date helpers that reject impossible dates instead of rolling them over.</summary>
internal static class Dates
{
    /// <summary>The years a claim may name. Wide enough for history, narrow enough that arithmetic never overflows and 9999-12-31 can mean "open".</summary>
    internal const int MinYear = 1, MaxYear = 9998;

    internal static LocalDate Create(int year, int month, int day)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The year must be from {MinYear} to {MaxYear}; got {year.ToString(CultureInfo.InvariantCulture)}.");
        }
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, $"The month must be from 1 to 12; got {month.ToString(CultureInfo.InvariantCulture)}.");
        }
        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day,
                $"{year.ToString("0000", CultureInfo.InvariantCulture)}-{month.ToString("00", CultureInfo.InvariantCulture)} has {days.ToString(CultureInfo.InvariantCulture)} days; got day {day.ToString(CultureInfo.InvariantCulture)}.");
        }
        return new LocalDate(year, month, day);
    }

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
    internal static int DaysBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;
}
