namespace FactCheck.Rules;

/// <summary>
/// A consistency rule. The engine builds its indexes once and hands every rule the same read-only views
/// through a <see cref="RuleContext"/>; the rule reports findings there. Rules are stateless and may run
/// concurrently with one another. A rule that throws becomes one <c>FC900</c> finding; the others stand.
/// </summary>
public interface IClaimRule
{
    /// <summary>What the rule is.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Looks for the rule's findings and reports them through <paramref name="context"/>.</summary>
    /// <param name="context">The indexed claims, the settings, the cancellation token, and where to report.</param>
    void Analyze(RuleContext context);
}
