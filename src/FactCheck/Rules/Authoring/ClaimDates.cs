using NodaTime;

namespace FactCheck.Rules.Authoring;

/// <summary>The calendar as claim sets have it.</summary>
public static class ClaimDates
{
    /// <summary>Whether a claim set can hold the day: years 1 to 9998, so that a day on either side of it exists.</summary>
    public static bool InRange(LocalDate day) => Dates.InRange(day);
}
