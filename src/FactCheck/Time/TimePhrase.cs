namespace FactCheck;

/// <summary>A time as a sentence uses it: <c>on 2020-09-09</c>, <c>in late 2018</c>, <c>from 2020-03 to 2020-09</c>.</summary>
internal static class TimePhrase
{
    internal static string Of(FuzzyTime time)
    {
        if (time.Precision == TimePrecision.Day) return "on " + time;
        if (time.Precision == TimePrecision.Open)
        {
            var text = time.ToString();
            return time.IsOpenAtStart ? "until " + text[3..] : "since " + text[..^3];
        }
        if (time.Precision == TimePrecision.Range)
        {
            var text = time.ToString();
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            return "from " + text[..slash] + " to " + text[(slash + 1)..];
        }
        return "in " + time;
    }
}
