namespace FactCheck.Checking;

/// <summary>
/// The immutable snapshot of <see cref="FactCheckOptions"/> that a checker and its rules use.
/// </summary>
public sealed record CheckSettings
{
    internal CheckSettings(FactCheckOptions options)
    {
        Quantities = new QuantityOptions(options.ApproximateTolerance, options.ImpliedPrecision);
        SignificantChange = options.SignificantChange;
        NameSimilarityThreshold = options.NameSimilarityThreshold;
        Units = options.Units;
    }

    /// <summary>The default settings.</summary>
    public static CheckSettings Default { get; } = new(new FactCheckOptions());

    /// <summary>How vague figures widen into intervals.</summary>
    public QuantityOptions Quantities { get; }

    /// <summary>The smallest relative change that counts as significant.</summary>
    public decimal SignificantChange { get; }

    /// <summary>The name similarity from which two names are one person spelled two ways.</summary>
    public double NameSimilarityThreshold { get; }

    /// <summary>Which unit names mean the same unit.</summary>
    public UnitAliasTable Units { get; }

    /// <summary>The interval <paramref name="value"/> stands for, for a claim of <paramref name="metric"/>.</summary>
    public ValueInterval IntervalOf(Quantity value, string metric) => value.ToInterval(Quantities, Metrics.IsCount(metric));
}
