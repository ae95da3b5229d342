namespace FactCheck.Rules.Authoring;

/// <summary>
/// Which of two value intervals' bounds is the more extreme, the one place that says it: the higher lower bound
/// (<see cref="HighestFirst"/>) or the lower upper bound (<see cref="LowestFirst"/>), and on equal bounds an excluded
/// one, since it is the one that can be disjoint from a touching interval. The sweep's heaps order these, and the checks
/// of one time's figures pick the extremes with them.
/// </summary>
/// <remarks>
/// Bounds that order themselves, so that a heap compares them in line: with a comparer made from a lambda, every
/// comparison of a sift was a call through a delegate (benchmarks/README.md, twenty-first pass). A bound is never NaN
/// (<see cref="ValueInterval"/> refuses it, and its arithmetic never makes one), so the order is total.
/// </remarks>
internal static class BoundRank
{
    /// <summary>Whether <paramref name="a"/>'s lower bound ranks above <paramref name="b"/>'s.</summary>
    internal static bool RanksHigher(ValueInterval a, ValueInterval b) => HighestFirst.Of(a).CompareTo(HighestFirst.Of(b)) < 0;

    /// <summary>Whether <paramref name="a"/>'s upper bound ranks below <paramref name="b"/>'s.</summary>
    internal static bool RanksLower(ValueInterval a, ValueInterval b) => LowestFirst.Of(a).CompareTo(LowestFirst.Of(b)) < 0;
}

/// <summary>A lower bound, ordered highest first; on equal bounds an excluded one first (see <see cref="BoundRank"/>).</summary>
internal readonly struct HighestFirst(double bound, bool excluded) : IComparable<HighestFirst>
{
    private double Bound { get; } = bound;

    private bool Excluded { get; } = excluded;

    /// <summary>The lower bound of <paramref name="interval"/>.</summary>
    internal static HighestFirst Of(ValueInterval interval) => new(interval.Min, !interval.MinInclusive);

    /// <inheritdoc />
    public int CompareTo(HighestFirst other) => Bound != other.Bound ? other.Bound.CompareTo(Bound) : other.Excluded.CompareTo(Excluded);
}

/// <summary>An upper bound, ordered lowest first; on equal bounds an excluded one first (see <see cref="BoundRank"/>).</summary>
internal readonly struct LowestFirst(double bound, bool excluded) : IComparable<LowestFirst>
{
    private double Bound { get; } = bound;

    private bool Excluded { get; } = excluded;

    /// <summary>The upper bound of <paramref name="interval"/>.</summary>
    internal static LowestFirst Of(ValueInterval interval) => new(interval.Max, !interval.MaxInclusive);

    /// <inheritdoc />
    public int CompareTo(LowestFirst other) => Bound != other.Bound ? Bound.CompareTo(other.Bound) : other.Excluded.CompareTo(Excluded);
}
