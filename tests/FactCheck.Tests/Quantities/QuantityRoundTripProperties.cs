using CsCheck;

namespace FactCheck.Tests.Quantities;

/// <summary>The law behind ToString: what it writes parses back to the same statement, written the same way.</summary>
public class QuantityRoundTripProperties
{
    /// <summary>Figures as statements give them: mostly round, whole or with up to three decimals (trailing zeros kept), small or in the trillions.</summary>
    private static readonly Gen<decimal> Figure =
        Gen.Select(Gen.Long[-9_999_999_999_999_999, 9_999_999_999_999_999], Gen.Int[0, 15], Gen.Int[0, 3])
            .Select(static (digits, zeros, decimals) =>
            {
                var power = 1L;
                for (var i = 0; i < zeros; i++) power *= 10;
                var mantissa = (ulong)Math.Abs(digits / power * power);
                return new decimal((int)(mantissa & 0xFFFF_FFFF), (int)(mantissa >> 32), 0, digits < 0, (byte)decimals);
            });

    private static readonly ScaleWord[] Scales = [ScaleWord.None, ScaleWord.None, ScaleWord.Million, ScaleWord.Billion, ScaleWord.Trillion, ScaleWord.Lakh, ScaleWord.Crore];

    private static readonly Gen<ScaleWord> Scale = Gen.Int[0, Scales.Length - 1].Select(static i => Scales[i]);

    private static readonly Gen<Quantity> Statement =
        Gen.Select(Gen.Int[0, 7], Figure, Figure, Gen.Bool, Scale).Select(static (form, a, b, percent, scale) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            var quantity = form switch
            {
                0 => Quantity.Exactly(a),
                1 => Quantity.Approximately(a),
                2 => Quantity.Nearly(a),
                3 => Quantity.AtLeast(a),
                4 => Quantity.MoreThan(a),
                5 => Quantity.AtMost(a),
                6 => Quantity.LessThan(a),
                _ => Quantity.Between(low, high),
            };
            if (percent) quantity = quantity.AsPercent();
            return ScaleWords.Fits(a, scale) && ScaleWords.Fits(b, scale) && !percent ? quantity.WithScale(scale) : quantity;
        });

    private static readonly QuantityForm[] Hedges =
        [QuantityForm.Exact, QuantityForm.Approximate, QuantityForm.Nearly, QuantityForm.AtLeast, QuantityForm.MoreThan, QuantityForm.AtMost, QuantityForm.LessThan];

    private static readonly string[] Numbers = ["one", "two", "three", "seven", "ten", "twenty"];

    /// <summary>Shares in words: "k in M" in digits or words, and the fractions, each under any hedge.</summary>
    private static readonly Gen<Quantity> Fraction =
        Gen.Select(Gen.Int[0, Hedges.Length - 1], Gen.Int[0, 40], Gen.Int[1, 1_000], Gen.Bool, Gen.Int[0, 9]).Select(static (hedge, part, whole, inWords, fraction) =>
        {
            var words = fraction switch
            {
                0 => "half",
                1 => "a third",
                2 => "two thirds",
                3 => "a quarter",
                4 => "three quarters",
                5 => "a fifth",
                6 => "a tenth",
                // The numbers in words rise, so the smaller index is the part and never more than the whole.
                _ => inWords
                    ? $"{Numbers[Math.Min(part % Numbers.Length, part / Numbers.Length % Numbers.Length)]} in {Numbers[Math.Max(part % Numbers.Length, part / Numbers.Length % Numbers.Length)]}"
                    : $"{Math.Min(part, whole)} in {whole}",
            };
            var share = Quantity.Parse(words);
            return Hedges[hedge] == QuantityForm.Exact ? share : share.Hedged(Hedges[hedge]);
        });

    [Fact]
    public void Formatting_then_parsing_a_fraction_gives_the_same_quantity() => Fraction.Sample(ReadsBackAsWritten, iter: 5_000);

    [Fact]
    public void Formatting_then_parsing_gives_the_same_quantity() => Statement.Sample(ReadsBackAsWritten, iter: 20_000);

    private static void ReadsBackAsWritten(Quantity quantity)
    {
        var text = quantity.ToString();
        Quantity.TryParse(text, out var back).Should().BeTrue($"'{text}' was written by ToString");
        back.Should().Be(quantity, $"'{text}' must read back as it was written");
        back.ToString().Should().Be(text);
        // The same numbers, to the last bit or two that decimal-to-double conversion spends on trailing zeros.
        var (was, now) = (quantity.ToInterval(), back.ToInterval());
        now.Min.Should().BeApproximately(was.Min, Math.Abs(was.Min) * 1e-15, text);
        now.Max.Should().BeApproximately(was.Max, Math.Abs(was.Max) * 1e-15, text);
        (now.MinInclusive, now.MaxInclusive).Should().Be((was.MinInclusive, was.MaxInclusive), text);
    }
}
