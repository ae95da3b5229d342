using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace FactCheck.FluentAssertions;

/// <summary>
/// Assertions on a <see cref="ClaimSet"/>: checking it and expecting no warnings or errors. Derives from
/// FluentAssertions' object assertions, so that <c>Be</c>, <c>BeSameAs</c>, <c>NotBeNull</c> and the rest stay reachable.
/// </summary>
public sealed class ClaimSetAssertions : ObjectAssertions<ClaimSet, ClaimSetAssertions>
{
    /// <summary>Creates assertions on <paramref name="claims"/>.</summary>
    public ClaimSetAssertions(ClaimSet claims)
        : base(claims)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "claim set";

    /// <summary>Checks the claims with the default options and asserts no finding is a warning or an error (infos are allowed).</summary>
    [CustomAssertion]
    public AndWhichConstraint<ClaimSetAssertions, CheckReport> BeConsistent(string because = "", params object[] becauseArgs) =>
        BeConsistent(new FactChecker(), because, becauseArgs);

    /// <summary>Checks the claims with <paramref name="options"/> and asserts no finding is a warning or an error.</summary>
    [CustomAssertion]
    public AndWhichConstraint<ClaimSetAssertions, CheckReport> BeConsistent(FactCheckOptions options, string because = "", params object[] becauseArgs) =>
        BeConsistent(new FactChecker(options ?? throw new ArgumentNullException(nameof(options))), because, becauseArgs);

    /// <summary>Checks the claims with <paramref name="checker"/> and asserts no finding is a warning or an error.</summary>
    [CustomAssertion]
    public AndWhichConstraint<ClaimSetAssertions, CheckReport> BeConsistent(IFactChecker checker, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(checker);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:claim set} to be consistent{reason}, but it is <null>.");
        // Inside an AssertionScope the failure above is collected rather than thrown; there is nothing to check.
        if (Subject is null) return new AndWhichConstraint<ClaimSetAssertions, CheckReport>(this, (CheckReport)null!);
        var report = checker.Check(Subject);
        var problems = report.Findings.Where(f => f.Severity >= Severity.Warning).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(problems.Count == 0)
            .FailWith("Expected {context:claim set} to be consistent{reason}, but the check found {0}:{1}", problems.Count, new FindingList(problems));
        return new AndWhichConstraint<ClaimSetAssertions, CheckReport>(this, report);
    }
}
