namespace FactCheck.Benchmarks;

/// <summary>A generated claim set and the findings it must give, exactly.</summary>
public sealed record GeneratedClaims(ClaimSet Claims, IReadOnlyList<ExpectedFinding> Expected)
{
    /// <summary>The differences between the expected findings and <paramref name="report"/>'s, both ways; empty when they agree.</summary>
    public IReadOnlyList<string> Differences(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var expected = Expected.GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        var actual = report.Findings.Select(ExpectedFinding.Of).GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        var differences = new List<string>();
        foreach (var (finding, count) in expected)
        {
            var found = actual.GetValueOrDefault(finding);
            if (found < count) differences.Add($"missing {count - found}× {finding}");
        }
        foreach (var (finding, count) in actual)
        {
            var wanted = expected.GetValueOrDefault(finding);
            if (count > wanted) differences.Add($"unexpected {count - wanted}× {finding}");
        }
        differences.Sort(StringComparer.Ordinal);
        return differences;
    }
}
