namespace FactCheck.Rules.Authoring;

/// <summary>
/// A signed change between nominal figures, worded for an editor: <c>a cut of 3,600–4,600</c>,
/// <c>a rise of about 2,200</c>, <c>a cut of more than 3,600</c>.
/// </summary>
public readonly struct ChangeAmount
{
    private readonly ValueInterval magnitude;
    private readonly string suffix;
    private readonly string unit;

    /// <summary>A change of <paramref name="change"/> (negative is a cut).</summary>
    /// <param name="change">The signed change.</param>
    /// <param name="approximate">Whether a figure it comes from is approximate ('about').</param>
    /// <param name="percent">Whether it is between percentages, so in percentage points.</param>
    /// <param name="unit">What follows the amount (<c> km</c>, see <see cref="StatedUnit.Suffix"/>), not the rate.</param>
    public ChangeAmount(ValueInterval change, bool approximate, bool percent = false, string unit = "")
    {
        suffix = percent ? " percentage points" : string.Empty;
        this.unit = unit ?? throw new ArgumentNullException(nameof(unit));
        Change = change;
        IsCut = change.Max < 0 || (change.Max == 0 && !change.MaxInclusive);
        magnitude = IsCut ? -change : change;
        IsApproximate = approximate;
    }

    /// <summary>The signed change: negative is a cut.</summary>
    public ValueInterval Change { get; }

    /// <summary>Whether the change is a cut.</summary>
    public bool IsCut { get; }

    /// <summary>Whether a figure it comes from is approximate.</summary>
    public bool IsApproximate { get; }

    /// <summary><c>a cut of 3,600–4,600</c>.</summary>
    public string Phrase => (IsCut ? "a cut of " : "a rise of ") + Amount(magnitude, IsApproximate) + suffix + unit;

    /// <summary><c>65–84 a day</c>.</summary>
    public string PerDay(int days) => Amount(magnitude.DivideBy(days), IsApproximate) + suffix + " a day";

    /// <summary>The size of the change without its direction: <c>1,200</c>, <c>0.6 percentage points</c>.</summary>
    public string Size => Amount(magnitude, IsApproximate) + suffix + unit;

    /// <summary>An amount as findings write it: <c>about 3,600–4,600</c>, <c>more than 3,600</c>.</summary>
    public static string Amount(ValueInterval amount, bool approximate)
    {
        var about = approximate ? "about " : string.Empty;
        if (double.IsPositiveInfinity(amount.Max))
        {
            return (amount.MinInclusive ? "at least " : "more than ") + NumberText.Rounded(amount.Min);
        }
        if (double.IsNegativeInfinity(amount.Min))
        {
            return (amount.MaxInclusive ? "at most " : "less than ") + NumberText.Rounded(amount.Max);
        }
        var low = NumberText.Rounded(amount.Min);
        var high = NumberText.Rounded(amount.Max);
        return low == high ? about + low : about + low + "–" + high;
    }
}
