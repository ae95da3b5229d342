using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace FactCheck.FluentAssertions;

/// <summary>Assertions on a <see cref="CheckReport"/>.</summary>
public sealed class CheckReportAssertions : ReferenceTypeAssertions<CheckReport, CheckReportAssertions>
{
    /// <summary>Creates assertions on <paramref name="report"/>.</summary>
    public CheckReportAssertions(CheckReport report)
        : base(report)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "report";

    /// <summary>Asserts that no finding is an error.</summary>
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
    public AndConstraint<CheckReportAssertions> HaveNoFindings(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Findings().Count == 0)
            .FailWith("Expected {context:report} to have no findings{reason}, but found {0}:{1}", Findings().Count, new FindingList(Findings()));
        return new AndConstraint<CheckReportAssertions>(this);
    }

    /// <summary>Asserts that there is a finding of rule <paramref name="ruleId"/>; narrow it with <see cref="FindingConstraint.Involving"/> and <see cref="FindingConstraint.WithSeverity"/>, and get it with <see cref="FindingConstraint.Which"/>.</summary>
    public FindingConstraint HaveFinding(string ruleId, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var matches = Findings().Where(f => string.Equals(f.RuleId, ruleId, StringComparison.OrdinalIgnoreCase)).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(matches.Count > 0)
            .FailWith("Expected {context:report} to have a finding of {0}{reason}, but it has none; its findings are:{1}", ruleId, new FindingList(Findings()));
        return new FindingConstraint(this, ruleId, matches);
    }

    /// <summary>Asserts that there is no finding of rule <paramref name="ruleId"/>.</summary>
    public AndConstraint<CheckReportAssertions> NotHaveFinding(string ruleId, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var matches = Findings().Where(f => string.Equals(f.RuleId, ruleId, StringComparison.OrdinalIgnoreCase)).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(matches.Count == 0)
            .FailWith("Expected {context:report} to have no finding of {0}{reason}, but found {1}:{2}", ruleId, matches.Count, new FindingList(matches));
        return new AndConstraint<CheckReportAssertions>(this);
    }

    /// <summary>Asserts that every finding is of one of <paramref name="ruleIds"/>, and that each of them has at least one.</summary>
    public AndConstraint<CheckReportAssertions> OnlyHaveFindings(params string[] ruleIds)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        var expected = new HashSet<string>(ruleIds, StringComparer.OrdinalIgnoreCase);
        var unexpected = Findings().Where(f => !expected.Contains(f.RuleId)).ToList();
        var missing = ruleIds.Where(id => !Findings().Any(f => string.Equals(f.RuleId, id, StringComparison.OrdinalIgnoreCase))).ToList();
        Execute.Assertion
            .ForCondition(unexpected.Count == 0)
            .FailWith("Expected {context:report} to have only findings of {0}, but it also has:{1}", string.Join(", ", ruleIds), new FindingList(unexpected))
            .Then
            .ForCondition(missing.Count == 0)
            .FailWith("Expected {context:report} to have findings of {0}, but it has none of {1}; its findings are:{2}", string.Join(", ", ruleIds), string.Join(", ", missing), new FindingList(Findings()));
        return new AndConstraint<CheckReportAssertions>(this);
    }

    private ValueArray<Finding> Findings() => Subject?.Findings ?? default;
}
