using FluentAssertions;
using FluentAssertions.Execution;

namespace FactCheck.FluentAssertions;

/// <summary>
/// The findings an assertion matched, narrowed step by step in the style of FluentValidation's TestHelper:
/// <code>
/// report.Should().HaveFinding("FC002").Involving("afg-now", "afg-trump").WithSeverity(Severity.Warning).Only().Which
/// report.Should().HaveFindingFor("m1").WithRule("FC007").WithoutSeverity(Severity.Error)
/// </code>
/// <c>With…</c> and <c>Involving</c> keep the matches that have the property and fail when none has it;
/// <c>Without…</c> steps fail when any match has it; <see cref="Only"/> fails when the report
/// has findings besides the matches. Every step takes a <c>because</c>.
/// </summary>
public sealed class FindingConstraint
{
    private readonly string description;

    internal FindingConstraint(CheckReportAssertions parent, string description, IReadOnlyList<Finding> matches)
    {
        And = parent;
        this.description = description;
        Matches = matches;
    }

    /// <summary>Goes on asserting on the report.</summary>
    public CheckReportAssertions And { get; }

    /// <summary>The findings still matching.</summary>
    public IReadOnlyList<Finding> Matches { get; }

    /// <summary>The finding matched; fails when more than one still matches (narrow with <see cref="Involving(string[])"/>).</summary>
    public Finding Which
    {
        get
        {
            Execute.Assertion
                .ForCondition(Matches.Count == 1)
                .FailWith("Expected a single {0} finding, but found {1}:{2}", description, Matches.Count, new FindingList(Matches));
            // Inside an AssertionScope the failure above is collected rather than thrown.
            return Matches.Count > 0 ? Matches[0] : null!;
        }
    }

    /// <summary>Keeps the findings that involve every one of <paramref name="claimIds"/> (in any order); fails when none does.</summary>
    public FindingConstraint Involving(params string[] claimIds) => Involving((IEnumerable<string>)claimIds);

    /// <summary>Keeps the findings that involve every one of <paramref name="claimIds"/> (in any order); fails when none does.</summary>
    /// <param name="claimIds">The claim ids.</param>
    /// <param name="because">Why the assertion is needed, as FluentAssertions formats it.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    [CustomAssertion]
    public FindingConstraint Involving(IEnumerable<string> claimIds, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(claimIds);
        var ids = claimIds.ToList();
        return Narrow(f => ids.TrueForAll(id => f.Claims.Contains(id)), $"{description} involving {string.Join(", ", ids)}",
            "Expected a {0} finding{reason}, but the {1} findings involve other claims:{2}", because, becauseArgs);
    }

    /// <summary>Keeps the findings of <paramref name="severity"/>; fails when none is.</summary>
    [CustomAssertion]
    public FindingConstraint WithSeverity(Severity severity, string because = "", params object[] becauseArgs) =>
        Narrow(f => f.Severity == severity, $"{description} at {SeverityText.Of(severity)}",
            "Expected a {0} finding{reason}, but the {1} findings have other severities:{2}", because, becauseArgs);

    /// <summary>Keeps the findings of rule <paramref name="ruleId"/>; fails when none is (after <see cref="CheckReportAssertions.HaveFindingFor"/>).</summary>
    [CustomAssertion]
    public FindingConstraint WithRule(string ruleId, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        return Narrow(f => IsRule(f, ruleId), $"{description} of {ruleId}",
            "Expected a {0} finding{reason}, but the {1} findings are of other rules:{2}", because, becauseArgs);
    }

    /// <summary>Keeps the findings whose message contains <paramref name="text"/>; fails when none does.</summary>
    [CustomAssertion]
    public FindingConstraint WithMessageContaining(string text, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Narrow(f => f.Message.Contains(text, StringComparison.Ordinal), $"{description} whose message contains \"{text}\"",
            "Expected a {0} finding{reason}, but the {1} findings say otherwise:{2}", because, becauseArgs);
    }

    /// <summary>Keeps the findings whose evidence has the number <paramref name="name"/> equal to <paramref name="value"/>; fails when none does.</summary>
    [CustomAssertion]
    public FindingConstraint WithEvidence(string name, double value, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Narrow(f => f.Evidence.TryGetNumber(name, out var actual) && actual.Equals(value),
            $"{description} with evidence {name} = {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            "Expected a {0} finding{reason}, but found:{2}", because, becauseArgs);
    }

    /// <summary>Keeps the findings whose evidence has the text <paramref name="name"/> equal to <paramref name="text"/>; fails when none does.</summary>
    [CustomAssertion]
    public FindingConstraint WithEvidence(string name, string text, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        return Narrow(f => f.Evidence.GetText(name) == text, $"{description} with evidence {name} = \"{text}\"",
            "Expected a {0} finding{reason}, but found:{2}", because, becauseArgs);
    }

    /// <summary>Fails when the report has any finding besides the ones matched so far.</summary>
    [CustomAssertion]
    public FindingConstraint Only(string because = "", params object[] becauseArgs)
    {
        var others = (And.Subject?.Findings ?? default).Where(f => !Matches.Contains(f)).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(others.Count == 0)
            .FailWith("Expected no findings besides the {0} ones{reason}, but found {1} more:{2}", description, others.Count, new FindingList(others));
        return this;
    }

    /// <summary>Fails when any finding matched is of <paramref name="severity"/>.</summary>
    [CustomAssertion]
    public FindingConstraint WithoutSeverity(Severity severity, string because = "", params object[] becauseArgs) =>
        Exclude(f => f.Severity == severity, $"at {SeverityText.Of(severity)}", because, becauseArgs);

    /// <summary>Fails when any finding matched is of rule <paramref name="ruleId"/>.</summary>
    [CustomAssertion]
    public FindingConstraint WithoutRule(string ruleId, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        return Exclude(f => IsRule(f, ruleId), $"of {ruleId}", because, becauseArgs);
    }

    /// <summary>Fails when any finding matched has a message containing <paramref name="text"/>.</summary>
    [CustomAssertion]
    public FindingConstraint WithoutMessageContaining(string text, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Exclude(f => f.Message.Contains(text, StringComparison.Ordinal), $"whose message contains \"{text}\"", because, becauseArgs);
    }

    /// <summary>Fails when any finding matched is for (involves) any of <paramref name="claimIds"/>: the matches' <see cref="CheckReportAssertions.NotHaveFindingFor"/>.</summary>
    public FindingConstraint WithoutFindingFor(params string[] claimIds) => WithoutFindingFor((IEnumerable<string>)claimIds);

    /// <summary>Fails when any finding matched is for (involves) any of <paramref name="claimIds"/>: the matches' <see cref="CheckReportAssertions.NotHaveFindingFor"/>.</summary>
    /// <param name="claimIds">The claim ids.</param>
    /// <param name="because">Why the assertion is needed, as FluentAssertions formats it.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    [CustomAssertion]
    public FindingConstraint WithoutFindingFor(IEnumerable<string> claimIds, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(claimIds);
        var ids = claimIds.ToList();
        return Exclude(f => f.Claims.Any(ids.Contains), $"for {string.Join(" or ", ids)}", because, becauseArgs);
    }

    internal static bool IsRule(Finding finding, string ruleId) => string.Equals(finding.RuleId, ruleId, StringComparison.OrdinalIgnoreCase);

    /// <summary>A narrowing step: keeps the matches that satisfy <paramref name="keep"/>; fails with <paramref name="failure"/> ({0} the new label, {1} the old one, {2} the matches) when none does.</summary>
    private FindingConstraint Narrow(Func<Finding, bool> keep, string label, string failure, string because, object[] becauseArgs)
    {
        var narrowed = Matches.Where(keep).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(narrowed.Count > 0)
            .FailWith(failure, label, description, new FindingList(Matches));
        return new FindingConstraint(And, label, narrowed);
    }

    /// <summary>A <c>Without…</c> step: fails when any match satisfies <paramref name="unwanted"/>; the matches stay as they are.</summary>
    private FindingConstraint Exclude(Func<Finding, bool> unwanted, string what, string because, object[] becauseArgs)
    {
        var found = Matches.Where(unwanted).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(found.Count == 0)
            .FailWith("Expected no {0} finding {1}{reason}, but found {2}:{3}", description, what, found.Count, new FindingList(found));
        return this;
    }
}
