using System.Globalization;

namespace FactCheck;

/// <summary>
/// The result of a check: every finding in a stable order (severity, rule id, claim ids) and the counts.
/// The same claim set and options give an equal report on every run.
/// </summary>
public sealed record CheckReport
{
    /// <summary>Creates a report; the findings are put in the stable order.</summary>
    /// <param name="claimCount">How many claims were checked.</param>
    /// <param name="findings">The findings, in any order.</param>
    public CheckReport(int claimCount, IEnumerable<Finding> findings)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(claimCount);
        ArgumentNullException.ThrowIfNull(findings);
        var sorted = findings.ToArray();
        FindingOrder.Sort(sorted);
        ClaimCount = claimCount;
        Findings = new ValueArray<Finding>(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(sorted));
        foreach (var finding in sorted)
        {
            switch (finding.Severity)
            {
                case Severity.Error: Errors++; break;
                case Severity.Warning: Warnings++; break;
                default: Infos++; break;
            }
        }
    }

    /// <summary>How many claims were checked.</summary>
    public int ClaimCount { get; }

    /// <summary>The findings, errors first, then by rule id and claim ids.</summary>
    public ValueArray<Finding> Findings { get; }

    /// <summary>How many findings are errors.</summary>
    public int Errors { get; }

    /// <summary>How many findings are warnings.</summary>
    public int Warnings { get; }

    /// <summary>How many findings are infos.</summary>
    public int Infos { get; }

    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Errors > 0;

    /// <summary>Whether any finding is at or above <paramref name="severity"/>.</summary>
    public bool HasFindingsAtOrAbove(Severity severity) => Findings.Any(f => f.Severity >= severity);

    /// <summary><c>21 claims: 0 errors, 4 warnings, 1 info</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{ClaimCount} claims: {Errors} error{(Errors == 1 ? "" : "s")}, {Warnings} warning{(Warnings == 1 ? "" : "s")}, {Infos} info{(Infos == 1 ? "" : "s")}");
}
