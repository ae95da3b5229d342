using System.Globalization;
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

    internal static string Format(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    internal static int DaysBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;
}
