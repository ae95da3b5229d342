using FactCheck.Rules;

namespace FactCheck;

/// <summary>
/// How a <see cref="FactChecker"/> checks: tolerances and thresholds, unit aliases, which rules run and at what
/// severity, and extra rules. Mutable Microsoft.Extensions options: in an app, set them with
/// <c>services.AddFactCheck(o => …)</c>, <c>services.Configure&lt;FactCheckOptions&gt;</c> or a bound configuration
/// section, and read them as <c>IOptions&lt;FactCheckOptions&gt;</c>. A checker takes a snapshot when it is created,
/// so changing the options afterwards does not change it.
/// </summary>
public sealed class FactCheckOptions
{
    private decimal approximateTolerance = 0.10m;
    private decimal significantChange = 0.10m;
    private double nameSimilarityThreshold = 0.90;
    private UnitAliasTable units = UnitAliasTable.Default;

    /// <summary>The relative tolerance of approximate figures: 0.10 (the default) means ±10 %.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public decimal ApproximateTolerance
    {
        get => approximateTolerance;
        set => approximateTolerance = InUnitRange(value, nameof(ApproximateTolerance));
    }

    /// <summary>
    /// Whether a figure stands for everything that rounds to it (<c>3,000</c> → [2,500, 3,500], <c>34%</c> → [33.5, 34.5],
    /// <c>more than 3,000</c> → (2,500, ∞)) when two reports of one figure are compared. Targets, and figures compared with
    /// them, are always taken as stated. On by default.
    /// </summary>
    public bool ImpliedPrecision { get; set; } = true;

    /// <summary>The smallest relative change that counts as "significant": 0.10 (the default) is 10 % of the starting value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public decimal SignificantChange
    {
        get => significantChange;
        set => significantChange = InUnitRange(value, nameof(SignificantChange));
    }

    /// <summary>The Jaro–Winkler similarity from which two names sharing a role are taken as one person spelled two ways: 0.90 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside (0, 1].</exception>
    public double NameSimilarityThreshold
    {
        get => nameSimilarityThreshold;
        set => nameSimilarityThreshold = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(NameSimilarityThreshold), value, "The threshold is a similarity in (0, 1].");
    }

    /// <summary>Which unit names mean the same unit. <see cref="UnitAliasTable.Default"/> unless set.</summary>
    public UnitAliasTable Units
    {
        get => units;
        set => units = value ?? throw new ArgumentNullException(nameof(Units));
    }

    /// <summary>Severity per rule id; <see cref="RuleSeverity.None"/> turns a rule off. Rules not listed keep their default.</summary>
    public IDictionary<string, RuleSeverity> Severities { get; } = new Dictionary<string, RuleSeverity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Findings an editor has accepted; they are not reported, and those matching nothing are reported as FC901.</summary>
    public IList<Suppression> Suppressions { get; } = [];

    /// <summary>Rules run besides the built-in catalogue.</summary>
    public IList<IClaimRule> Rules { get; } = [];

    /// <summary>Whether the built-in catalogue (FC001–FC015) runs. On by default.</summary>
    public bool IncludeBuiltInRules { get; set; } = true;

    /// <summary>How many rules may run at once; 1 runs them one after another. Defaults to the processor count.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => maxDegreeOfParallelism;
        set => maxDegreeOfParallelism = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "At least one rule must be able to run.");
    }

    private int maxDegreeOfParallelism = Environment.ProcessorCount;

    /// <summary>Sets the severity of rule <paramref name="ruleId"/>'s findings.</summary>
    public FactCheckOptions SetSeverity(string ruleId, RuleSeverity severity)
    {
        Utility.Preconditions.CheckIdentifier(ruleId);
        Severities[ruleId] = Utility.Preconditions.CheckDefined(severity);
        return this;
    }

    /// <summary>Turns rule <paramref name="ruleId"/> off.</summary>
    public FactCheckOptions Disable(string ruleId) => SetSeverity(ruleId, RuleSeverity.None);

    /// <summary>Accepts the finding of <paramref name="ruleId"/> about exactly <paramref name="claimIds"/>, for the reason given.</summary>
    public FactCheckOptions Suppress(string ruleId, IEnumerable<string> claimIds, string justification)
    {
        Suppressions.Add(new Suppression(ruleId, claimIds, justification));
        return this;
    }

    /// <summary>Adds a rule to run besides the catalogue.</summary>
    public FactCheckOptions AddRule(IClaimRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rules.Add(rule);
        return this;
    }

    private static decimal InUnitRange(decimal value, string name) =>
        value is >= 0m and <= 1m ? value : throw new ArgumentOutOfRangeException(name, value, "The value is a fraction from 0 to 1, e.g. 0.10 for 10 %.");
}
