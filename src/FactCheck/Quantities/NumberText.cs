using System.Globalization;

namespace FactCheck;

/// <summary>Writes numbers the way an editor does: grouped thousands, no needless decimals, culture-invariant.</summary>
internal static class NumberText
{
    internal static string Format(decimal value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude >= 1_000_000_000m && magnitude % 100_000_000m == 0)
        {
            return (value / 1_000_000_000m).ToString("0.#", CultureInfo.InvariantCulture) + " billion";
        }
        if (magnitude >= 1_000_000m && magnitude % 100_000m == 0)
        {
            return (value / 1_000_000m).ToString("0.#", CultureInfo.InvariantCulture) + " million";
        }
        return value.ToString("#,##0.##########", CultureInfo.InvariantCulture);
    }

    internal static string Format(double value)
    {
        if (double.IsInfinity(value) || double.IsNaN(value)) return value.ToString(CultureInfo.InvariantCulture);
        if (Math.Abs(value) < 7.9e27)
        {
            return Format((decimal)Math.Round(value, 6));
        }
        return value.ToString("#,##0", CultureInfo.InvariantCulture);
    }

    /// <summary>A rounded whole number for messages: 65.45 → "65".</summary>
    internal static string Whole(double value) => Format(Math.Round(value, 0, MidpointRounding.AwayFromZero));

    /// <summary>An evidence figure: one decimal, rounded away from zero, as the report shows it.</summary>
    internal static double OneDecimal(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
