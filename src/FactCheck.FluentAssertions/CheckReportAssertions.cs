using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace FactCheck.FluentAssertions;

/// <summary>
/// Assertions on a <see cref="CheckReport"/>. Derives from FluentAssertions' object assertions, so that
/// <c>Be</c>, <c>BeSameAs</c>, <c>NotBeNull</c>, <c>BeEquivalentTo</c> and the rest stay reachable beside these.
/// </summary>
public sealed class CheckReportAssertions : ObjectAssertions<CheckReport, CheckReportAssertions>
{
    /// <summary>Creates assertions on <paramref name="report"/>.</summary>
    public CheckReportAssertions(CheckReport report)
        : base(report)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "report";

    /// <summary>Asserts that no finding is an error.</summary>
    [CustomAssertion]
    public AndConstraint<CheckReportAssertions> HaveNoErrors(string because = "", params object[] becauseArgs)
    {
        var errors = Findings().Where(f => f.Severity == Severity.Error).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(errors.Count == 0)
            .FailWith("Expected {context:report} to have no errors{reason}, but found {0}:{1}", errors.Count, new FindingList(errors));
        return new AndConstraint<CheckReportAssertions>(this);
    }

    /// <summary>Asserts that the report has no findings at all.</summary>
    [CustomAssertion]
    public AndConstraint<CheckReportAssertions> HaveNoFindings(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Findings().Count == 0)
            .FailWith("Expected {context:report} to have no findings{reason}, but found {0}:{1}", Findings().Count, new FindingList(Findings()));
        return new AndConstraint<CheckReportAssertions>(this);
    }

    /// <summary>
    /// Asserts that there is a finding of rule <paramref name="ruleId"/>; narrow it with
    /// <see cref="FindingConstraint.Involving(string[])"/>, <see cref="FindingConstraint.WithSeverity"/> and the
    /// other steps, and get it with <see cref="FindingConstraint.Which"/>.
    /// </summary>
    [CustomAssertion]
    public FindingConstraint HaveFinding(string ruleId, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var matches = Findings().Where(f => FindingConstraint.IsRule(f, ruleId)).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(matches.Count > 0)
            .FailWith("Expected {context:report} to have a finding of {0}{reason}, but it has none; its findings are:{1}", ruleId, new FindingList(Findings()));
        return new FindingConstraint(this, ruleId, matches);
    }

    /// <summary>
    /// Asserts that some finding involves claim <paramref name="claimId"/>, as FluentValidation's
    /// <c>ShouldHaveValidationErrorFor</c> does for a property; narrow with <see cref="FindingConstraint.WithRule"/>.
    /// </summary>
    [CustomAssertion]
    public FindingConstraint HaveFindingFor(string claimId, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(claimId);
        var matches = Findings().Where(f => f.Claims.Contains(claimId)).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(matches.Count > 0)
            .FailWith("Expected {context:report} to have a finding for claim {0}{reason}, but it has none; its findings are:{1}", claimId, new FindingList(Findings()));
        return new FindingConstraint(this, "for " + claimId, matches);
    }

    /// <summary>Asserts that there is no finding of rule <paramref name="ruleId"/>.</summary>
    [CustomAssertion]
    public AndConstraint<CheckReportAssertions> NotHaveFinding(string ruleId, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var matches = Findings().Where(f => FindingConstraint.IsRule(f, ruleId)).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(matches.Count == 0)
            .FailWith("Expected {context:report} to have no finding of {0}{reason}, but found {1}:{2}", ruleId, matches.Count, new FindingList(matches));
        return new AndConstraint<CheckReportAssertions>(this);
    }

    /// <summary>Asserts that no finding involves claim <paramref name="claimId"/>, as FluentValidation's <c>ShouldNotHaveValidationErrorFor</c> does for a property.</summary>
    [CustomAssertion]
    public AndConstraint<CheckReportAssertions> NotHaveFindingFor(string claimId, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(claimId);
        var matches = Findings().Where(f => f.Claims.Contains(claimId)).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(matches.Count == 0)
            .FailWith("Expected {context:report} to have no finding for claim {0}{reason}, but found {1}:{2}", claimId, matches.Count, new FindingList(matches));
        return new AndConstraint<CheckReportAssertions>(this);
    }

    /// <summary>Asserts that every finding is of one of <paramref name="ruleIds"/>, and that each of them has at least one.</summary>
    public AndConstraint<CheckReportAssertions> OnlyHaveFindings(params string[] ruleIds) => OnlyHaveFindings((IEnumerable<string>)ruleIds);

    /// <summary>Asserts that every finding is of one of <paramref name="ruleIds"/>, and that each of them has at least one.</summary>
    /// <param name="ruleIds">The rule ids.</param>
    /// <param name="because">Why the assertion is needed, as FluentAssertions formats it.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    [CustomAssertion]
    public AndConstraint<CheckReportAssertions> OnlyHaveFindings(IEnumerable<string> ruleIds, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        var ids = ruleIds.ToList();
        var unexpected = Findings().Where(f => !ids.Exists(id => FindingConstraint.IsRule(f, id))).ToList();
        var missing = ids.Where(id => !Findings().Any(f => FindingConstraint.IsRule(f, id))).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(unexpected.Count == 0)
            .FailWith("Expected {context:report} to have only findings of {0}{reason}, but it also has:{1}", string.Join(", ", ids), new FindingList(unexpected))
            .Then
            .ForCondition(missing.Count == 0)
            .FailWith("Expected {context:report} to have findings of {0}{reason}, but it has none of {1}; its findings are:{2}", string.Join(", ", ids), string.Join(", ", missing), new FindingList(Findings()));
        return new AndConstraint<CheckReportAssertions>(this);
    }

    private ValueArray<Finding> Findings() => Subject?.Findings ?? default;
}
