namespace FactCheck;

/// <summary>How precisely a time was stated; two statements at one precision about the same interval say "the same time".</summary>
public enum TimePrecision
{
    /// <summary>One day: <c>2020-09-09</c>.</summary>
    Day = 0,

    /// <summary>A third of a month: <c>early 2020-09</c> (days 1–10), <c>mid 2020-09</c> (11–20), <c>late 2020-09</c> (21–end).</summary>
    PartOfMonth,

    /// <summary>One month: <c>2020-09</c>.</summary>
    Month,

    /// <summary>One quarter: <c>2020-Q3</c>.</summary>
    Quarter,

    /// <summary>A third of a year: <c>early 2018</c> (Jan–Apr), <c>mid 2018</c> (May–Aug), <c>late 2018</c> (Sep–Dec).</summary>
    PartOfYear,

    /// <summary>One year: <c>2020</c>.</summary>
    Year,

    /// <summary>An explicit span between two stated times: <c>2020-03/2020-09</c>.</summary>
    Range,

    /// <summary>A span open at one end: <c>../2020-11-03</c>, <c>2020-09/..</c>.</summary>
    Open,
}
