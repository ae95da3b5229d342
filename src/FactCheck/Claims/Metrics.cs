namespace FactCheck;

/// <summary>Well-known metric names.</summary>
public static class Metrics
{
    /// <summary>The default metric: a count of things, which is never negative.</summary>
    public const string Count = "count";

    /// <summary>Whether <paramref name="metric"/> is a count.</summary>
    public static bool IsCount(string metric) => string.Equals(metric, Count, StringComparison.Ordinal);
}
