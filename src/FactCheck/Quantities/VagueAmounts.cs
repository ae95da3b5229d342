namespace FactCheck;

/// <summary>The vague amounts of the file format and the intervals they stand for.</summary>
internal static class VagueAmounts
{
    internal readonly record struct Amount(string Word, ValueInterval Interval, bool IsPercent)
    {
        public double Min => Interval.Min;

        public double Max => Interval.Max;
    }

    private static readonly Dictionary<string, Amount> ByWord = new(StringComparer.Ordinal)
    {
        ["dozens"] = new("dozens", ValueInterval.Closed(24, 99), false),
        ["hundreds"] = new("hundreds", ValueInterval.Closed(200, 999), false),
        ["thousands"] = new("thousands", ValueInterval.Closed(2_000, 9_999), false),
        ["tens of thousands"] = new("tens of thousands", ValueInterval.Closed(20_000, 99_999), false),
        ["hundreds of thousands"] = new("hundreds of thousands", ValueInterval.Closed(200_000, 999_999), false),
        ["millions"] = new("millions", ValueInterval.Closed(2_000_000, 9_999_999), false),
        ["a few"] = new("a few", ValueInterval.Closed(2, 9), false),
        ["several"] = new("several", ValueInterval.Closed(2, 9), false),
        ["majority"] = new("majority", ValueInterval.Create(50, false, 100, true), true),
    };

    /// <summary>
    /// "A few" or "several" of a dozen, a hundred, a thousand or a million (<c>several thousand</c>, <c>a few hundred</c>):
    /// the interval of the plural (<c>thousands</c>), written back as stated. News writes these more often than the
    /// plurals, and they say no more: "several thousand troops" is some thousands of them.
    /// </summary>
    private static readonly (string Of, string Plural)[] FewOf =
        [("dozen", "dozens"), ("hundred", "hundreds"), ("thousand", "thousands"), ("million", "millions")];

    static VagueAmounts()
    {
        foreach (var (of, plural) in FewOf)
        {
            foreach (var few in (ReadOnlySpan<string>)["a few", "several"])
            {
                var word = $"{few} {of}";
                ByWord.Add(word, new(word, ByWord[plural].Interval, false));
            }
        }
    }

    /// <summary>Other spellings of the same amounts.</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["a majority"] = "majority",
        ["the majority"] = "majority",
        ["the bulk"] = "majority",
        ["bulk"] = "majority",
        ["most"] = "majority",
        ["few"] = "a few",
    };

    /// <summary>Fractions, as percentages, keyed by how they are written.</summary>
    private static readonly Dictionary<string, (string Word, decimal Percent)> Fractions = new(StringComparer.Ordinal)
    {
        ["half"] = ("half", 50m),
        ["a half"] = ("half", 50m),
        ["one half"] = ("half", 50m),
        ["a third"] = ("a third", 100m / 3m),
        ["one third"] = ("a third", 100m / 3m),
        ["two thirds"] = ("two thirds", 200m / 3m),
        ["a quarter"] = ("a quarter", 25m),
        ["one quarter"] = ("a quarter", 25m),
        ["three quarters"] = ("three quarters", 75m),
        ["a fifth"] = ("a fifth", 20m),
        ["one fifth"] = ("a fifth", 20m),
        ["a tenth"] = ("a tenth", 10m),
        ["one tenth"] = ("a tenth", 10m),
    };

    internal static Amount Get(string canonicalWord) => ByWord[canonicalWord];

    internal static bool TryRead(string normalized, out Quantity quantity)
    {
        if (Synonyms.TryGetValue(normalized, out var canonical)) normalized = canonical;
        if (ByWord.ContainsKey(normalized))
        {
            quantity = Quantity.Vague(normalized);
            return true;
        }
        return TryReadFraction(normalized, out quantity);
    }

    /// <summary>A fraction in words (<c>two thirds</c>, <c>half</c>), as a percentage written back in those words.</summary>
    internal static bool TryReadFraction(string normalized, out Quantity quantity)
    {
        if (Fractions.TryGetValue(normalized, out var fraction))
        {
            quantity = Quantity.Fraction(fraction.Percent, fraction.Word);
            return true;
        }
        quantity = default;
        return false;
    }
}
