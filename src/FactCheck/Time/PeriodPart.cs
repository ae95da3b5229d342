namespace FactCheck;

/// <summary>The early, middle or late third of a month or a year.</summary>
public enum PeriodPart
{
    /// <summary>Days 1–10 of a month; January–April of a year.</summary>
    Early = 0,

    /// <summary>Days 11–20 of a month; May–August of a year.</summary>
    Mid,

    /// <summary>Day 21 to the end of a month; September–December of a year.</summary>
    Late,
}
