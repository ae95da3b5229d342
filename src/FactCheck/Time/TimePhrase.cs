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

    /// <summary>Writes <see cref="Of"/>'s text into <paramref name="destination"/>, without a string for a day, month or year.</summary>
    internal static bool TryFormat(FuzzyTime time, Span<char> destination, out int charsWritten)
    {
        if (time.Precision is TimePrecision.Open or TimePrecision.Range) return Utility.SpanText.Copy(Of(time), destination, out charsWritten);
        var lead = time.Precision == TimePrecision.Day ? "on " : "in ";
        if (lead.TryCopyTo(destination) && time.TryFormat(destination[lead.Length..], out var written))
        {
            charsWritten = lead.Length + written;
            return true;
        }
        charsWritten = 0;
        return false;
    }
}
