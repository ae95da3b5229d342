using FluentAssertions;
using FluentAssertions.Execution;

namespace FactCheck.FluentAssertions;

/// <summary>
/// The findings of one rule that an assertion found, narrowed step by step:
/// <c>.HaveFinding("FC002").Involving("afg-now", "afg-trump").WithSeverity(Severity.Warning).Which</c>.
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

    /// <summary>The finding matched; fails when more than one still matches (narrow with <see cref="Involving"/>).</summary>
    public Finding Which
    {
        get
        {
            Execute.Assertion
                .ForCondition(Matches.Count == 1)
                .FailWith("Expected a single {0} finding, but found {1}:{2}", description, Matches.Count, new FindingList(Matches));
            return Matches[0];
        }
    }

    /// <summary>Keeps the findings that involve every one of <paramref name="claimIds"/> (in any order); fails when none does.</summary>
    public FindingConstraint Involving(params string[] claimIds)
    {
        ArgumentNullException.ThrowIfNull(claimIds);
        var narrowed = Matches.Where(f => claimIds.All(id => f.Claims.Contains(id))).ToList();
        var label = $"{description} involving {string.Join(", ", claimIds)}";
        Execute.Assertion
            .ForCondition(narrowed.Count > 0)
            .FailWith("Expected a {0} finding, but the {1} findings involve other claims:{2}", label, description, new FindingList(Matches));
        return new FindingConstraint(And, label, narrowed);
    }

    /// <summary>Keeps the findings of <paramref name="severity"/>; fails when none is.</summary>
    public FindingConstraint WithSeverity(Severity severity)
    {
        var narrowed = Matches.Where(f => f.Severity == severity).ToList();
        var label = $"{description} at {SeverityText.Of(severity)}";
        Execute.Assertion
            .ForCondition(narrowed.Count > 0)
            .FailWith("Expected a {0} finding, but the {1} findings have other severities:{2}", label, description, new FindingList(Matches));
        return new FindingConstraint(And, label, narrowed);
    }

    /// <summary>Keeps the findings whose message contains <paramref name="text"/>; fails when none does.</summary>
    public FindingConstraint WithMessageContaining(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var narrowed = Matches.Where(f => f.Message.Contains(text, StringComparison.Ordinal)).ToList();
        Execute.Assertion
            .ForCondition(narrowed.Count > 0)
            .FailWith("Expected a {0} finding whose message contains {1}, but found:{2}", description, text, new FindingList(Matches));
        return new FindingConstraint(And, description, narrowed);
    }

    /// <summary>Keeps the findings whose evidence has <paramref name="name"/> equal to <paramref name="value"/>; fails when none does.</summary>
    public FindingConstraint WithEvidence(string name, double value)
    {
        ArgumentNullException.ThrowIfNull(name);
        var narrowed = Matches.Where(f => f.Evidence.TryGetNumber(name, out var actual) && actual.Equals(value)).ToList();
        Execute.Assertion
            .ForCondition(narrowed.Count > 0)
            .FailWith("Expected a {0} finding with evidence {1} = {2}, but found:{3}", description, name, value,
                new FindingList(Matches));
        return new FindingConstraint(And, description, narrowed);
    }
}
