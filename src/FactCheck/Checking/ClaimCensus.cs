using System.Collections.Immutable;

namespace FactCheck.Checking;

/// <summary>
/// The series of a stretch of a claim set, by kind of claim, with how many claims each has, and how many claims of
/// the kinds kept in claim-set order (changes, mentions, shares) the stretch holds.
/// </summary>
/// <param name="mostSubjects">The most subjects its observations may have, to size their tables for; 0 when not known.</param>
internal sealed class ClaimCensus(int mostSubjects = 0)
{
    internal SeriesGrouping Observations { get; } = new(mostSubjects);

    internal SeriesGrouping Projections { get; } = new();

    internal SeriesGrouping Targets { get; } = new();

    internal SeriesGrouping Events { get; } = new();

    internal int Changes { get; private set; }

    internal int Mentions { get; private set; }

    internal int Shares { get; private set; }

    /// <summary>
    /// Counts <c>claims[from..to]</c>: <paramref name="groupOf"/>[i] is claim i's series number among its kind in this
    /// census, or its position among the changes, mentions or shares of the stretch. <paramref name="subjectNumbers"/>
    /// are the claims' subject numbers, if the set has them (<see cref="ClaimSet.SubjectNumbers"/>). Stops quietly when cancelled.
    /// </summary>
    internal void Count(ImmutableArray<Claim> claims, int[]? subjectNumbers, int from, int to, int[] groupOf, CancellationToken cancellationToken)
    {
        var numbers = subjectNumbers.AsSpan();
        for (var i = from; i < to; i++)
        {
            if ((i & 0xFFFF) == 0 && cancellationToken.IsCancellationRequested) return;
            var number = (uint)i < (uint)numbers.Length ? numbers[i] : 0;
            groupOf[i] = claims[i] switch
            {
                Observation { Projection: true } p => Projections.Count(p.Subject, p.Metric, number),
                Observation o => Observations.Count(o.Subject, o.Metric, number),
                Target t => Targets.Count(t.Subject, t.Metric, number),
                Event e => Events.Count(e.Subject, string.Empty, number),
                Change => Changes++,
                Mention => Mentions++,
                _ => Shares++,
            };
        }
    }

    /// <summary>What has been counted so far: each series' count, and the claims of the other kinds.</summary>
    internal CensusCounts Counts() => new(Observations.Counts(), Projections.Counts(), Targets.Counts(), Events.Counts(), Changes, Mentions, Shares);

    /// <summary>
    /// Takes in <paramref name="later"/>, the census of the claims that follow this one's (see <see cref="SeriesGrouping.Absorb"/>);
    /// returns, for each kind, its series numbers' numbers here.
    /// </summary>
    internal CensusNumbers Absorb(ClaimCensus later)
    {
        Changes += later.Changes;
        Mentions += later.Mentions;
        Shares += later.Shares;
        return new(Observations.Absorb(later.Observations), Projections.Absorb(later.Projections), Targets.Absorb(later.Targets), Events.Absorb(later.Events));
    }
}

/// <summary>A census's counts at one point: each series' count by kind, and the changes, mentions and shares.</summary>
internal sealed record CensusCounts(int[] Observations, int[] Projections, int[] Targets, int[] Events, int Changes, int Mentions, int Shares);

/// <summary>For each kind, the series numbers of an absorbed census in the census that absorbed it.</summary>
internal sealed record CensusNumbers(int[] Observations, int[] Projections, int[] Targets, int[] Events);
