using System.Globalization;
using System.Text;

namespace FactCheck.Rules.Authoring;

/// <summary>
/// How two stated figures that cannot both hold differ, worded for an editor: <c>they differ by 2,200</c>,
/// <c>they differ by 0.4 percentage points</c>, <c>they meet at 3 million, one under it and the other over</c>, or
/// <c>they differ by 3.41658 trillion, a factor of 1,000 (billion or trillion?)</c>. The difference is exact, in the
/// scale the figures were stated in; the evidence gives the same numbers.
/// </summary>
public readonly struct FigureDifference
{
    private readonly Quantity first;
    private readonly Quantity second;
    private readonly string unit;
    private readonly bool sameUnit;

    private FigureDifference(Quantity first, Quantity second, decimal amount, decimal? factor, string unit, bool sameUnit, double gap)
    {
        Gap = gap;
        this.first = first;
        this.second = second;
        Amount = amount;
        Factor = factor;
        this.unit = unit;
        this.sameUnit = sameUnit;
    }

    /// <summary>The second figure less the first, as stated (the middle of a range, the figure of a bound), in the first one's unit.</summary>
    public decimal Amount { get; }

    /// <summary>The larger figure over the smaller when that is near a thousand or a million (a slip of scale), else null.</summary>
    public decimal? Factor { get; }

    /// <summary>The difference between two figures of one subject and metric, in the unit the first one states.</summary>
    public static FigureDifference Between(Figure first, Figure second)
    {
        var (x, y) = (first.Interval, second.Interval);
        var gap = x.IsEntirelyAbove(y) ? NumberText.Difference(x.Min, y.Max) : y.IsEntirelyAbove(x) ? NumberText.Difference(y.Min, x.Max) : 0;
        // Intervals of convertible units are in the base unit (metres); the gap is in the first figure's unit.
        if (first.Scale > 0) gap = StatedUnit.Convert(gap, 1, first.Scale);
        // Through decimal: the stated figures are decimals, and their difference must not pick up binary noise.
        var a = Saturated(first.Value.Representative);
        var b = Saturated(second.RepresentativeIn(first));
        var sameUnit = first.Scale == second.Scale;
        return new FigureDifference(first.Value, second.Value, Difference(b, a), ScaleSlip(a, b), first.UnitSuffix, sameUnit, gap);
    }

    /// <summary>A figure as a decimal; one past decimal's range (a double rounds 79,228,162,514,264,337,593,543,950,335 up) is its limit.</summary>
    private static decimal Saturated(double figure) =>
        figure >= (double)decimal.MaxValue ? decimal.MaxValue : figure <= (double)decimal.MinValue ? decimal.MinValue : (decimal)figure;

    /// <summary><paramref name="b"/> − <paramref name="a"/>, at decimal's limit when figures of opposite signs near it are further apart than it reaches.</summary>
    private static decimal Difference(decimal b, decimal a) =>
        (b >= 0m) == (a >= 0m) || Math.Abs(b) <= decimal.MaxValue - Math.Abs(a) ? b - a : b > a ? decimal.MaxValue : decimal.MinValue;

    /// <summary>The clause, without a full stop: <c>they differ by 2,200</c>.</summary>
    public string Phrase
    {
        get
        {
            var text = new StringBuilder();
            AppendPhrase(text);
            return text.ToString();
        }
    }

    /// <summary>Appends <see cref="Phrase"/> to <paramref name="text"/>, the figures written there directly.</summary>
    internal void AppendPhrase(StringBuilder text)
    {
        if (sameUnit && Meet(out var low, out var high))
        {
            text.Append(MeetingPhrase(low, high));
            return;
        }
        var invariant = CultureInfo.InvariantCulture;
        var percent = first.IsPercent ? " percentage points" : unit;
        // Stated figures in one unit differ exactly; a figure converted from another unit differs by a computed amount, rounded as computed figures are.
        if (sameUnit) text.Append(invariant, $"they differ by {new FigureText(Math.Abs(Amount), ScaleWords.Larger(first.Scale, second.Scale))}{percent}");
        else text.Append(invariant, $"they differ by {NumberText.Rounded((double)Math.Abs(Amount))}{percent}");
        if (Factor is not { } factor) return;
        var (about, words) = factor >= 100_000m ? ("a million", 2) : ("1,000", 1);
        var stated = Saturated(first.Representative);
        var smaller = (double)Math.Min(Math.Abs(stated), Math.Abs(Difference(stated, -Amount)));
        var lowIndex = ThousandsIndex(smaller);
        var slip = lowIndex >= 1 && lowIndex + words < ScaleNames.Length ? $" ({ScaleNames[lowIndex]} or {ScaleNames[lowIndex + words]}?)" : string.Empty;
        var exactly = factor == 1_000m || factor == 1_000_000m ? string.Empty : "about ";
        text.Append(invariant, $", a factor of {exactly}{about}{slip}");
    }

    /// <summary>
    /// How far apart the two figures' intervals are, in the first one's unit (0 when they overlap): the least
    /// correction that would reconcile them.
    /// </summary>
    public double Gap { get; }

    /// <summary>The evidence numbers: <c>difference</c>, the <c>gap</c> when asked, and <c>factor</c> when the figures are a scale apart.</summary>
    internal void AddEvidence(EvidenceBuilder evidence, bool withGap)
    {
        evidence.Add("difference", (double)Amount);
        if (withGap) evidence.Add("gap", Gap);
        if (Factor is { } factor) evidence.Add("factor", (double)decimal.Round(factor, 2));
    }

    private static readonly string[] ScaleNames = ["", "thousand", "million", "billion", "trillion"];

    private static int ThousandsIndex(double magnitude)
    {
        var index = 0;
        while (magnitude >= 1000 && index < ScaleNames.Length - 1)
        {
            magnitude /= 1000;
            index++;
        }
        return index;
    }

    /// <summary>The ratio of two figures of one sign when it is within a fifth of a thousand or a million.</summary>
    private static decimal? ScaleSlip(decimal a, decimal b)
    {
        if (a == 0m || b == 0m || (a < 0m) != (b < 0m)) return null;
        var (low, high) = Math.Abs(a) <= Math.Abs(b) ? (Math.Abs(a), Math.Abs(b)) : (Math.Abs(b), Math.Abs(a));
        // Screened in double first: a decimal quotient of a tiny and a huge figure would overflow.
        var rough = (double)high / (double)low;
        var near = rough is >= 800 and <= 1_250 || rough is >= 800_000 and <= 1_250_000;
        return near ? high / low : null;
    }

    /// <summary>
    /// The stated figures touch at one number from either side ("nearly 3 million" and "more than 3 million",
    /// "under 4,000" and "4,000–5,000"): then they are described as what they are, one under and one over, since
    /// a difference between them would be zero or say nothing.
    /// </summary>
    private bool Meet(out ValueInterval low, out ValueInterval high)
    {
        var (a, b) = (Side(first), Side(second));
        (low, high) = a.Max <= b.Min ? (a, b) : (b, a);
        return low.Max == high.Min && !(low.IsPoint && high.IsPoint);
    }

    /// <summary>The numbers a figure's words allow, without tolerance: "nearly N" is under N.</summary>
    private static ValueInterval Side(Quantity value) =>
        value.Form == QuantityForm.Nearly ? ValueInterval.Create(double.NegativeInfinity, false, (double)value.Value, false) : value.Nominal;

    private string MeetingPhrase(ValueInterval low, ValueInterval high)
    {
        var at = NumberText.Format(Saturated(low.Max), ScaleWords.Larger(first.Scale, second.Scale)) + (first.IsPercent ? "%" : unit);
        var under = low.IsPoint ? "at it" : low.MaxInclusive ? "at or under it" : "under it";
        var over = high.IsPoint ? "at it" : high.MinInclusive ? "at or over" : "over";
        return string.Create(CultureInfo.InvariantCulture, $"they meet at {at}, one {under} and the other {over}");
    }
}
