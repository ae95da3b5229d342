namespace FactCheck.Checking;

/// <summary>
/// The immutable snapshot of <see cref="FactCheckOptions"/> that a checker and its rules use.
/// </summary>
public sealed record CheckSettings
{
    internal CheckSettings(FactCheckOptions options)
    {
        Quantities = new QuantityOptions(options.ApproximateTolerance, options.ImpliedPrecision);
        StatedQuantities = new QuantityOptions(options.ApproximateTolerance, impliedPrecision: false);
        SignificantChange = options.SignificantChange;
        NameSimilarityThreshold = options.NameSimilarityThreshold;
        Units = options.Units;
    }

    /// <summary>The default settings.</summary>
    public static CheckSettings Default { get; } = new(new FactCheckOptions());

    /// <summary>How vague figures widen into intervals.</summary>
    public QuantityOptions Quantities { get; }

    /// <summary>
    /// The vagueness the words state and nothing more: the approximate tolerance without implied precision. A gap to
    /// a target is measured with these: a current 3,000 against a target of 2,500 is a gap of 500, though "3,000"
    /// could be a rounded 2,600 when it is compared with another report of the same figure.
    /// </summary>
    public QuantityOptions StatedQuantities { get; }

    /// <summary>The smallest relative change that counts as significant.</summary>
    public decimal SignificantChange { get; }

    /// <summary>The name similarity from which two names are one person spelled two ways.</summary>
    public double NameSimilarityThreshold { get; }

    /// <summary>Which unit names mean the same unit.</summary>
    public UnitAliasTable Units { get; }

    /// <summary>The interval <paramref name="value"/> stands for, for a claim of <paramref name="metric"/>.</summary>
    public ValueInterval IntervalOf(Quantity value, string metric) => value.ToInterval(Quantities, Metrics.IsCount(metric));

    /// <summary>The interval <paramref name="value"/> stands for by its words alone (see <see cref="StatedQuantities"/>), for a claim of <paramref name="metric"/>.</summary>
    public ValueInterval StatedIntervalOf(Quantity value, string metric) => value.ToInterval(StatedQuantities, Metrics.IsCount(metric));

    /// <summary>
    /// The interval a figure stands for, in the unit it is compared in: its canonical unit, or, for a unit that
    /// converts by a fixed factor, the base unit of its kind ("100 km" is [95,000, 105,000] m or so).
    /// </summary>
    /// <param name="value">The figure.</param>
    /// <param name="metric">Its metric, which says whether it is a count.</param>
    /// <param name="unit">Its unit.</param>
    /// <param name="stated">Whether it is taken by its words alone (<see cref="StatedQuantities"/>), as a target and a figure compared with one are.</param>
    internal ValueInterval IntervalIn(Quantity value, string metric, Unit unit, bool stated = false)
    {
        var (_, scale) = ComparedUnitOf(unit);
        return IntervalIn(value, metric, scale, stated);
    }

    /// <summary>The interval a figure stands for, as <see cref="IntervalIn(Quantity, string, Unit, bool)"/>, with its compared unit, looked up already (<paramref name="inUnit"/>).</summary>
    internal Measure MeasureOf(Quantity value, string metric, ComparedUnit? inUnit, bool stated = false) =>
        // A percentage is the same share in any unit: it is compared without the factor.
        new(IntervalIn(value, metric, ComparedUnit.ScaleOf(inUnit), stated), value.IsPercent ? inUnit?.Unscaled : inUnit);

    private ValueInterval IntervalIn(Quantity value, string metric, double scale, bool stated)
    {
        var interval = stated ? StatedIntervalOf(value, metric) : IntervalOf(value, metric);
        return scale > 0 && !value.IsPercent ? interval.Times(scale) : interval;
    }

    /// <summary>The unit figures in <paramref name="unit"/> are compared in, and the factor to it (0 when the unit does not convert).</summary>
    public (Unit Unit, double Scale) ComparedUnitOf(Unit unit) => Units.ComparedUnitOf(unit);
}
