namespace FactCheck.Rules;

/// <summary>FC901: a suppression matches no finding. Reported by the engine, not a rule that runs.</summary>
public static class UnusedSuppressionRule
{
    /// <summary>The descriptor of FC901.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
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
        """);
}
