using System.Diagnostics;

namespace FactCheck.Benchmarks;

/// <summary>FC001 as a user would first write it: every pair of observations, in LINQ.</summary>
internal static class PairwiseFc001
{
    public static HashSet<(string, string)>? Find(ClaimSet claims, TimeSpan budget)
    {
        var options = QuantityOptions.Default;
        var units = UnitAliasTable.Default;
        var observations = claims.Claims.OfType<Observation>()
            .Select((o, i) => (Claim: o, Index: i, Interval: o.Value.ToInterval(options, Metrics.IsCount(o.Metric)), Unit: units.Canonicalize(o.Unit)))
            .ToList();
        var watch = Stopwatch.StartNew();
        var pairs =
            from a in observations
            where watch.Elapsed < budget
            from b in observations
            where a.Index < b.Index
                  && a.Claim.Subject == b.Claim.Subject && a.Claim.Metric == b.Claim.Metric
                  && a.Claim.Time.Overlaps(b.Claim.Time)
                  && (a.Unit.IsNone || b.Unit.IsNone || a.Unit == b.Unit)
                  && a.Claim.Value.IsPercent == b.Claim.Value.IsPercent
                  && !a.Interval.Overlaps(b.Interval)
            select ComparisonRun.Ordered((a.Claim.Id, b.Claim.Id));
        var found = pairs.ToHashSet();
        return watch.Elapsed < budget ? found : null;
    }
}
