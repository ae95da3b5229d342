using System.Collections.Immutable;

namespace FactCheck.Rules;

/// <summary>
/// The descriptors of the findings the engine itself reports, which no rule reports: FC900 (a rule threw) and
/// FC901 (a suppression matches no finding). Their severities are configured like any rule's.
/// </summary>
public static class EngineDescriptors
{
    /// <summary>FC900's message: which rule threw what.</summary>
    public static FindingDescriptor RuleFailedMessage { get; } = new(
        "FC900", "ruleFailed", Severity.Error, "A rule threw an exception; its findings are missing.",
        "Rule {rule} ({ruleName}) failed with {exceptionType}: {reason} Its findings are missing; the other rules' findings stand.");

    /// <summary>FC901's message: which suppression to remove.</summary>
    public static FindingDescriptor UnusedSuppressionMessage { get; } = new(
        "FC901", "unusedSuppression", Severity.Info, "A suppression matches no finding.",
        "The suppression of {rule} for {claims} (\"{justification}\") matches no finding; remove it.");

    /// <summary>FC900: a rule threw; its findings are missing and the check went on.</summary>
    public static RuleDescriptor RuleFailed { get; } = new(
        "FC900",
        "RuleFailed",
        Severity.Error,
        "A rule threw an exception; its findings are missing, and the check went on.",
        """
        When a rule throws, the check does not stop: the findings that rule had reported are dropped (they may be
        incomplete) and this one finding takes their place, naming the rule and the exception. The other rules'
        findings stand. Cancelling a check is not a failure and gives no FC900. FC900 cannot be turned off,
        because a report without it would look complete when it is not; its severity can be changed.

        Example: a custom rule NEWS101 that throws InvalidOperationException("reference data unavailable") gives
          FC900 error: Rule NEWS101 (ReferenceFigures) failed with InvalidOperationException: reference data
          unavailable Its findings are missing; the other rules' findings stand.
        """)
    {
        Messages = [RuleFailedMessage],
    };

    /// <summary>FC901: a suppression matches no finding, so it can be removed.</summary>
    public static RuleDescriptor UnusedSuppression { get; } = new(
        "FC901",
        "UnusedSuppression",
        Severity.Info,
        "A suppression matches no finding; the finding it accepted is gone, so the suppression can be removed.",
        """
        A suppression accepts one finding: a rule id, the exact set of claims of that finding, and a justification.
        When the claims change so that the finding no longer appears (the spelling was fixed, a figure corrected),
        the suppression matches nothing; this info says so, so that stale suppressions do not pile up and
        silently hide a future finding.

        Example: the configuration
          "suppressions": [ { "rule": "FC007", "claims": ["m1", "m2"], "justification": "spelled as printed" } ]
        with m1 and m2 now spelled alike gives
          FC901 info: The suppression of FC007 for m1, m2 ("spelled as printed") matches no finding; remove it.
        """)
    {
        Messages = [UnusedSuppressionMessage],
    };

    /// <summary>FC900 and FC901, in id order.</summary>
    // Declared after the descriptors it lists: static initialisers run in textual order.
    public static ImmutableArray<RuleDescriptor> All { get; } = [RuleFailed, UnusedSuppression];
}
