using NodaTime;

namespace FactCheck.Extraction.Reading;

/// <summary>A time expression found in a sentence, resolved against the article's date.</summary>
/// <param name="First">The index of its first token in the sentence.</param>
/// <param name="Last">The index of its last token.</param>
/// <param name="Time">The days it stands for.</param>
/// <param name="Lead">The preposition before it (<c>by</c>, <c>since</c>, <c>in</c>, <c>on</c>, <c>during</c>), or empty.</param>
/// <param name="IsNow">Whether it is "currently", "now" or "today": the publication day.</param>
/// <param name="Weekday">The weekday the text states, or null.</param>
internal sealed record TimeMention(int First, int Last, FuzzyTime Time, string Lead, bool IsNow, IsoDayOfWeek? Weekday)
{
    /// <summary>
    /// Whether the time only measures the figure against the past ("the highest since 2001", "the previous record, set in
    /// 1989"): no figure of the sentence holds then.
    /// </summary>
    public bool IsComparison { get; init; }

    /// <summary>Whether it is a span of years written with both ends ("between 2019 and 2021"), whose first year a movement starts in and whose last it ends in.</summary>
    public bool IsSpan { get; init; }

    /// <summary>
    /// Whether the time is relative to what its own clause says ("a year earlier", "a year ago"), so that it dates no figure in
    /// another: "412,000 unemployed, some 9,000 fewer than a year earlier" is not last year's 412,000.
    /// </summary>
    public bool IsOwnClauseOnly { get; init; }

    /// <summary>What an <see cref="IsOwnClauseOnly"/> time counts back by: "year" ("a year earlier"), "month" ("a month ago") or "week".</summary>
    public string CountedBackBy { get; init; } = "year";

    /// <summary>How many of <see cref="CountedBackBy"/> an <see cref="IsOwnClauseOnly"/> time counts back: 3 for "three months earlier".</summary>
    public int CountedBackTimes { get; init; } = 1;

    /// <summary>The year an <see cref="IsOwnClauseOnly"/> time names for the time before it ("the same quarter of 2024"), or null where it counts back by <see cref="CountedBackBy"/>.</summary>
    public int? IntoYear { get; init; }

    /// <summary>
    /// Whether the time is the subject of its own clause ("while 2023 was the worst year on record, with 321,179 cases"), so
    /// that it dates the figures after it and none before: "575 deaths, while 2023 was …" are last year's.
    /// </summary>
    public bool DatesOnlyWhatFollows { get; init; }

    /// <summary>
    /// Whether it is "since then", whose start is the time of the sentence before: "Romania declared an epidemic in October 2023.
    /// Since then, more than 31,000 cases have been reported." It stands for the day of writing until the article's reader resolves it.
    /// </summary>
    public bool SinceThen { get; init; }

    /// <summary>Whether the time is a deadline: "by the end of the month", "by the presidential elections on November 3", "during September".</summary>
    public bool IsDeadline => Lead is "by" or "before" or "until" or "during";
}
