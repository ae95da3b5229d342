using CsCheck;
using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Quantities;

/// <summary>
/// A quantity keeps its figures as a 64-bit mantissa and a byte of decimals and sign, and keeps wider figures whole
/// apart: the parts must give back the very decimal they were made from, or equality, hashing and "60.0%" would drift.
/// </summary>
public class DecimalPartsTests
{
    private static int[] Bits(decimal figure) => decimal.GetBits(figure);

    [Fact]
    public void Parts_join_to_the_same_decimal_to_the_bit()
    {
        Gen.Decimal.Sample(static figure =>
        {
            if (!DecimalParts.TrySplit(figure, out var mantissa, out var decimalsAndSign)) return Bits(figure)[2] != 0;
            return Bits(DecimalParts.Join(mantissa, decimalsAndSign)).AsSpan().SequenceEqual(Bits(figure));
        }, iter: 50_000);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("60.0")]
    [InlineData("-0.5")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("18446744073709551615")]
    [InlineData("-18446744073709551615")]
    [InlineData("1844674407370955161.5")]
    public void Figures_of_at_most_64_bits_split_and_join_to_the_bit(string text)
    {
        var figure = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        DecimalParts.TrySplit(figure, out var mantissa, out var decimalsAndSign).Should().BeTrue();
        Bits(DecimalParts.Join(mantissa, decimalsAndSign)).Should().Equal(Bits(figure));
    }

    [Fact]
    public void A_negative_zero_keeps_its_sign()
    {
        var negativeZero = new decimal(0, 0, 0, isNegative: true, scale: 1);

        DecimalParts.TrySplit(negativeZero, out var mantissa, out var decimalsAndSign).Should().BeTrue();
        Bits(DecimalParts.Join(mantissa, decimalsAndSign)).Should().Equal(Bits(negativeZero));
    }

    [Theory]
    [InlineData("18446744073709551616")]
    [InlineData("-18446744073709551616")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1844674407370955161.6")]
    public void Figures_past_64_bits_do_not_split(string text) =>
        DecimalParts.TrySplit(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), out _, out _).Should().BeFalse();

    [Theory]
    [InlineData("4503599627370495", 4503599627370495L)]
    [InlineData("-4503599627370495", -4503599627370495L)]
    [InlineData("4503599627370496", null)]
    [InlineData("12.0", null)]
    [InlineData("8600", 8600L)]
    public void Whole_numbers_below_the_bound_are_read_from_the_parts(string text, long? expected)
    {
        DecimalParts.TrySplit(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), out var mantissa, out var decimalsAndSign);

        DecimalParts.WholeNumber(mantissa, decimalsAndSign).Should().Be(expected);
    }
}
