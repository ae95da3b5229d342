using FactCheck.Utility;

namespace FactCheck;

/// <summary>
/// A finding an editor has accepted: the rule, the exact set of claims, and why. A suppressed finding is not
/// reported again; a suppression that matches no finding is itself reported (FC901), so stale ones get removed.
/// </summary>
public sealed record Suppression
{
    /// <summary>Creates a suppression.</summary>
    /// <param name="ruleId">The rule whose finding is accepted (<c>FC007</c>).</param>
    /// <param name="claimIds">The claims of that finding, in any order; it must involve exactly these.</param>
    /// <param name="justification">Why the finding is accepted; required, so that the next editor knows.</param>
    /// <exception cref="ArgumentException">The rule id or justification is blank, or no claim is given.</exception>
    public Suppression(string ruleId, IEnumerable<string> claimIds, string justification)
    {
        RuleId = Preconditions.CheckIdentifier(ruleId);
        ArgumentNullException.ThrowIfNull(claimIds);
        var ids = claimIds.Select(id => Preconditions.CheckIdentifier(id, nameof(claimIds))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Preconditions.CheckArgument(ids.Count > 0, nameof(claimIds), $"A suppression of {ruleId} must name the claims of the finding it accepts.");
        Claims = new ValueArray<string>(ids);
        Justification = Preconditions.CheckText(justification);
    }

    /// <summary>The rule whose finding is accepted.</summary>
    public string RuleId { get; }

    /// <summary>The claims of the accepted finding, sorted.</summary>
    public ValueArray<string> Claims { get; }

    /// <summary>Why the finding is accepted.</summary>
    public string Justification { get; }

    /// <summary>Whether <paramref name="finding"/> is the accepted one: same rule, exactly the same claims.</summary>
    public bool Matches(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (!string.Equals(finding.RuleId, RuleId, StringComparison.OrdinalIgnoreCase)) return false;
        var ids = finding.Claims.Distinct(StringComparer.Ordinal).ToList();
        return ids.Count == Claims.Count && ids.TrueForAll(id => Claims.AsImmutableArray().AsSpan().BinarySearch(id, StringComparer.Ordinal) >= 0);
    }

    /// <summary><c>FC007 for m1, m2: "kept as printed in the quotes"</c>.</summary>
    public override string ToString() => $"{RuleId} for {string.Join(", ", Claims)}: \"{Justification}\"";
}
