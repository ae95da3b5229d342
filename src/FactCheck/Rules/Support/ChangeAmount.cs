namespace FactCheck.Rules;

/// <summary>
/// A signed change between nominal figures, worded for an editor: <c>a cut of 3,600–4,600</c>,
/// <c>a rise of about 2,200</c>, <c>a cut of more than 3,600</c>.
/// </summary>
internal readonly struct ChangeAmount
{
    private readonly ValueInterval magnitude;
    private readonly string suffix;

    internal ChangeAmount(ValueInterval change, bool approximate, bool percent = false)
    {
        suffix = percent ? " percentage points" : string.Empty;
        Change = change;
        IsCut = change.Max < 0 || (change.Max == 0 && !change.MaxInclusive);
        magnitude = IsCut ? -change : change;
        IsApproximate = approximate;
    }

    /// <summary>The signed change: negative is a cut.</summary>
    internal ValueInterval Change { get; }

    internal bool IsCut { get; }

    internal bool IsApproximate { get; }

    /// <summary><c>a cut of 3,600–4,600</c>.</summary>
    internal string Phrase => (IsCut ? "a cut of " : "a rise of ") + Amount(magnitude, IsApproximate) + suffix;

    /// <summary><c>65–84 a day</c>.</summary>
    internal string PerDay(int days) => Amount(magnitude.DivideBy(days), IsApproximate) + suffix + " a day";

    /// <summary>The size of the change without its direction: <c>1,200</c>, <c>0.6 percentage points</c>.</summary>
    internal string Size => Amount(magnitude, IsApproximate) + suffix;

    /// <summary>The evidence numbers: changeMin and changeMax, and with days the rates, rounded to one decimal.</summary>
    internal Evidence Evidence(int? days)
    {
        var evidence = FactCheck.Evidence.Of(("changeMin", Change.Min), ("changeMax", Change.Max));
        if (days is { } d and > 0)
        {
            var rate = Change.DivideBy(d);
            evidence = evidence.With(("daysLeft", d), ("perDayMin", NumberText.OneDecimal(rate.Min)), ("perDayMax", NumberText.OneDecimal(rate.Max)));
        }
        return evidence;
    }

    internal static string Amount(ValueInterval amount, bool approximate)
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
