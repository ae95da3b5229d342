using FluentAssertions.Formatting;

namespace FactCheck.FluentAssertions;

/// <summary>
/// Entry points of the FactCheck assertions:
/// <code>
/// report.Should().HaveFinding("FC002").Involving("afg-now", "afg-trump").WithSeverity(Severity.Warning);
/// claims.Should().BeConsistent();
/// report.Should().Be(otherReport);   // FluentAssertions' object assertions stay reachable
/// </code>
/// </summary>
public static class FactCheckAssertionExtensions
{
    static FactCheckAssertionExtensions() => Formatter.AddFormatter(new FindingValueFormatter());

    /// <summary>Assertions on a check report.</summary>
    public static CheckReportAssertions Should(this CheckReport report) => new(report);

    /// <summary>Assertions on a claim set, which check it.</summary>
    public static ClaimSetAssertions Should(this ClaimSet claims) => new(claims);
}
