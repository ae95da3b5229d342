namespace FactCheck.Checking;

/// <summary>What a series of figures is about: a subject and a metric (<c>us-troops/iraq</c>, <c>count</c>).</summary>
/// <param name="Subject">The subject id.</param>
/// <param name="Metric">The metric.</param>
public readonly record struct SeriesKey(string Subject, string Metric) : IComparable<SeriesKey>
{
    /// <summary>Orders by subject, then metric, ordinally.</summary>
    public int CompareTo(SeriesKey other)
    {
        var c = string.CompareOrdinal(Subject, other.Subject);
        return c != 0 ? c : string.CompareOrdinal(Metric, other.Metric);
    }

    /// <summary><c>us-troops/iraq</c>, or <c>us-troops/iraq (budget)</c> for another metric than count.</summary>
    public override string ToString() => Metrics.IsCount(Metric) ? Subject : $"{Subject} ({Metric})";

    /// <summary>Orders by subject, then metric.</summary>
    public static bool operator <(SeriesKey left, SeriesKey right) => left.CompareTo(right) < 0;

    /// <summary>Orders by subject, then metric.</summary>
    public static bool operator >(SeriesKey left, SeriesKey right) => left.CompareTo(right) > 0;

    /// <summary>Orders by subject, then metric.</summary>
    public static bool operator <=(SeriesKey left, SeriesKey right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by subject, then metric.</summary>
    public static bool operator >=(SeriesKey left, SeriesKey right) => left.CompareTo(right) >= 0;
}
