namespace FactCheck.Rules;

/// <summary>FC900: a rule threw. Not a rule that runs: the engine reports it in place of the failed rule's findings.</summary>
public static class RuleFailedRule
{
    /// <summary>The descriptor of FC900.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
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
        """);
}
