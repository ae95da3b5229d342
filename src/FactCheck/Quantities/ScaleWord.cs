namespace FactCheck;

/// <summary>
/// The scale word a figure was stated with ("5.2 million", "3.42 billion", "3.42 trillion"), kept so that the figure
/// is written back as stated and not as "3420 million" or "1,030,000". Thousands are written in digits, as editors do.
/// The Indian lakh (100,000) and crore (10 million) are kept when stated ("17.35 lakh"), never chosen for a computed figure.
/// </summary>
internal enum ScaleWord : byte
{
    None = 0,
    Lakh = 5,
    Million = 6,
    Crore = 7,
    Billion = 9,
    Trillion = 12,
}

/// <summary>What a <see cref="ScaleWord"/> multiplies by and how it is written.</summary>
internal static class ScaleWords
{
    internal static decimal Factor(ScaleWord scale) => scale switch
    {
        ScaleWord.Lakh => 100_000m,
        ScaleWord.Million => 1_000_000m,
        ScaleWord.Crore => 10_000_000m,
        ScaleWord.Billion => 1_000_000_000m,
        ScaleWord.Trillion => 1_000_000_000_000m,
        _ => 1m,
    };

    internal static string Name(ScaleWord scale) => scale switch
    {
        ScaleWord.Lakh => "lakh",
        ScaleWord.Million => "million",
        ScaleWord.Crore => "crore",
        ScaleWord.Billion => "billion",
        ScaleWord.Trillion => "trillion",
        _ => string.Empty,
    };

    /// <summary>The scale word of a number word (<c>million</c>), or none for any other word, <c>thousand</c> included.</summary>
    internal static ScaleWord Of(decimal factor) => factor switch
    {
        100_000m => ScaleWord.Lakh,
        1_000_000m => ScaleWord.Million,
        10_000_000m => ScaleWord.Crore,
        1_000_000_000m => ScaleWord.Billion,
        1_000_000_000_000m => ScaleWord.Trillion,
        _ => ScaleWord.None,
    };

    /// <summary>The larger of two scales: a figure compared with a trillion is written in trillions.</summary>
    internal static ScaleWord Larger(ScaleWord a, ScaleWord b) => a >= b ? a : b;

    /// <summary>
    /// The scale a computed figure is written in when none was stated: the largest of million, billion and trillion
    /// that it reaches, when the figure then needs at most three decimals (<c>1.03 million</c>, <c>3.42 billion</c>);
    /// otherwise none, and the figure is written in grouped digits (<c>1,234,567</c>).
    /// </summary>
    internal static ScaleWord Natural(decimal value)
    {
        var magnitude = Math.Abs(value);
        var scale = magnitude >= 1_000_000_000_000m ? ScaleWord.Trillion
            : magnitude >= 1_000_000_000m ? ScaleWord.Billion
            : magnitude >= 1_000_000m ? ScaleWord.Million
            : ScaleWord.None;
        if (scale == ScaleWord.None) return scale;
        var mantissa = value / Factor(scale);
        return decimal.Round(mantissa, 3) == mantissa ? scale : ScaleWord.None;
    }

    /// <summary>Whether <paramref name="value"/> can be written in <paramref name="scale"/> without losing a digit (at most ten decimals).</summary>
    internal static bool Fits(decimal value, ScaleWord scale)
    {
        if (scale == ScaleWord.None) return false;
        var mantissa = value / Factor(scale);
        return decimal.Round(mantissa, 10) == mantissa;
    }
}
