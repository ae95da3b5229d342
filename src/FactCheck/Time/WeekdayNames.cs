using NodaTime;

namespace FactCheck;

/// <summary>The English names of the days of the week, as claims and relative times write them.</summary>
internal static class WeekdayNames
{
    /// <summary>Each day's name in lower case.</summary>
    internal static Dictionary<string, IsoDayOfWeek> ByLowerCaseName { get; } = new(StringComparer.Ordinal)
    {
        ["monday"] = IsoDayOfWeek.Monday, ["tuesday"] = IsoDayOfWeek.Tuesday, ["wednesday"] = IsoDayOfWeek.Wednesday,
        ["thursday"] = IsoDayOfWeek.Thursday, ["friday"] = IsoDayOfWeek.Friday, ["saturday"] = IsoDayOfWeek.Saturday,
        ["sunday"] = IsoDayOfWeek.Sunday,
    };

    /// <summary>
    /// The day <paramref name="text"/> names, Monday to Sunday in any case and with white space around it; nothing else,
    /// neither a number nor a list ("Monday, Tuesday"), which an enum's own parser would have read as some day.
    /// </summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out IsoDayOfWeek day)
    {
        day = IsoDayOfWeek.None;
        var name = text.Trim();
        foreach (var (known, value) in ByLowerCaseName)
        {
            if (!name.Equals(known, StringComparison.OrdinalIgnoreCase)) continue;
            day = value;
            return true;
        }
        return false;
    }
}
