namespace FactCheck.Rules.Authoring;

/// <summary>Arithmetic on stated figures, and computed figures as findings write them, the same for every rule.</summary>
public static class Numbers
{
    /// <summary>
    /// <paramref name="a"/> − <paramref name="b"/> for figures that were decimals before they were doubles: subtracted as
    /// decimals, so that 60.25 − 59.95 is 0.3 and not 0.29999999999999716.
    /// </summary>
    public static double Difference(double a, double b) => NumberText.Difference(a, b);

    /// <summary>A computed figure as findings write it: whole from 10 up (65.45 → "65"), one decimal from 1, two significant digits below.</summary>
    public static string Rounded(double value) => NumberText.Rounded(value);

    /// <summary>A computed figure for evidence: one decimal from 1 up, two significant digits below.</summary>
    public static double OneDecimal(double value) => NumberText.OneDecimal(value);
}
