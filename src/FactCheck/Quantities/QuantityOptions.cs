namespace FactCheck;

/// <summary>
/// How vague statements are widened into intervals before they are compared.
/// </summary>
/// <remarks>The default value has a zero tolerance and no implied precision; use <see cref="Default"/> for the documented defaults.</remarks>
public readonly record struct QuantityOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="approximateTolerance">The relative tolerance of <c>approximately N</c> (0.10 is ±10 %); from 0 to 1.</param>
    /// <param name="impliedPrecision">Whether a figure stands for everything that rounds to it (see <see cref="ImpliedPrecision"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="approximateTolerance"/> is outside [0, 1].</exception>
    public QuantityOptions(decimal approximateTolerance, bool impliedPrecision)
    {
        if (approximateTolerance < 0m || approximateTolerance > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(approximateTolerance), approximateTolerance, "The approximate tolerance is a fraction from 0 to 1, e.g. 0.10 for ±10 %.");
        }
        ApproximateTolerance = approximateTolerance;
        ImpliedPrecision = impliedPrecision;
    }

    /// <summary>±10 % for approximate figures, implied precision on.</summary>
    public static QuantityOptions Default { get; } = new(0.10m, true);

    /// <summary>The relative tolerance of approximate figures: 0.10 means ±10 %.</summary>
    public decimal ApproximateTolerance { get; }

    /// <summary>
    /// Whether a figure stands for everything that rounds to it: a round figure (<c>3,000</c> → [2,500, 3,500]), a
    /// percentage to its last digit (<c>34%</c> → [33.5, 34.5]), and a bound on its bounded side (<c>more than 3,000</c>
    /// → (2,500, ∞)). It decides whether two reports of one figure can both be true, never a gap to a target.
    /// </summary>
    public bool ImpliedPrecision { get; }
}
