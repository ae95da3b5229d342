namespace FactCheck.Checking;

/// <summary>
/// Where one stretch of the claim set writes its entries: for each kind, the series each of the stretch's own series
/// numbers is, and the next free place in each series; and where its changes, mentions and shares start.
/// </summary>
internal sealed record FillCursors(SeriesCursor Observations, SeriesCursor Projections, SeriesCursor Targets, SeriesCursor Events, int Changes, int Mentions, int Shares)
{
    /// <summary>The first stretch: its series numbers are the merged census's own, and every series starts empty.</summary>
    internal static FillCursors FirstHalf(ClaimCensus merged, CensusCounts first) => new(
        SeriesCursor.First(first.Observations.Length, merged.Observations.Length),
        SeriesCursor.First(first.Projections.Length, merged.Projections.Length),
        SeriesCursor.First(first.Targets.Length, merged.Targets.Length),
        SeriesCursor.First(first.Events.Length, merged.Events.Length),
        0,
        0,
        0);

    /// <summary>The second stretch: its series numbers as merged, each series filled from the first stretch's count on.</summary>
    internal static FillCursors SecondHalf(ClaimCensus merged, CensusCounts first, CensusNumbers second) => new(
        SeriesCursor.After(second.Observations, first.Observations, merged.Observations.Length),
        SeriesCursor.After(second.Projections, first.Projections, merged.Projections.Length),
        SeriesCursor.After(second.Targets, first.Targets, merged.Targets.Length),
        SeriesCursor.After(second.Events, first.Events, merged.Events.Length),
        first.Changes,
        first.Mentions,
        first.Shares);
}

/// <summary>A stretch's series numbers in the merged numbering (<see cref="Map"/>), and the next free place in each merged series (<see cref="Next"/>).</summary>
internal readonly record struct SeriesCursor(int[] Map, int[] Next)
{
    /// <summary>Numbers kept as they are, every series empty.</summary>
    internal static SeriesCursor First(int own, int merged)
    {
        var map = new int[own];
        for (var i = 0; i < map.Length; i++) map[i] = i;
        return new(map, new int[merged]);
    }

    /// <summary>Numbers mapped, each series filled from its count before (0 for series first seen after it).</summary>
    internal static SeriesCursor After(int[] map, int[] countsBefore, int merged)
    {
        var next = new int[merged];
        countsBefore.CopyTo(next, 0);
        return new(map, next);
    }
}
