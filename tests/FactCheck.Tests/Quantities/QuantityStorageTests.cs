using System.Runtime.CompilerServices;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Quantities;

/// <summary>
/// A quantity holds its two figures in 32 bytes, as mantissas of 64 bits, and keeps figures wider than that apart:
/// whichever way it holds them, it gives back the very decimals it was made from.
/// </summary>
public class QuantityStorageTests
{
    private const decimal Widest = decimal.MaxValue;

    private static int[] Bits(decimal figure) => decimal.GetBits(figure);

    [Fact]
    public void A_quantity_takes_32_bytes() =>
        Unsafe.SizeOf<Quantity>().Should().Be(32);

    [Fact]
    public void Any_figure_comes_back_to_the_bit()
    {
        Gen.Decimal.Sample(static figure =>
            Bits(Quantity.Exactly(figure).Value).AsSpan().SequenceEqual(Bits(figure))
            && Bits(Quantity.AtMost(figure).UpperValue).AsSpan().SequenceEqual(Bits(figure)), iter: 20_000);
    }

    [Fact]
    public void Both_ends_of_any_range_come_back_to_the_bit()
    {
        Gen.Select(Gen.Decimal, Gen.Decimal).Sample(static (a, b) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            if (low == high) return true;
            var range = Quantity.Between(low, high);
            return Bits(range.Value).AsSpan().SequenceEqual(Bits(low)) && Bits(range.UpperValue).AsSpan().SequenceEqual(Bits(high));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_range_with_one_end_past_64_bits_keeps_both(bool wideAtTop)
    {
        var (low, high) = wideAtTop ? (4_000m, Widest) : (-Widest, 5_000m);

        var range = Quantity.Between(low, high);

        range.Value.Should().Be(low);
        range.UpperValue.Should().Be(high);
        range.ToInterval(QuantityOptions.Default).Should().Be(ValueInterval.Closed((double)low, (double)high));
    }

    [Fact]
    public void Figures_past_64_bits_compare_and_hash_by_value()
    {
        var widest = Quantity.Exactly(Widest);
        var parsed = Quantity.Exactly(decimal.Parse("79228162514264337593543950335", System.Globalization.CultureInfo.InvariantCulture));

        widest.Should().Be(parsed);
        widest.GetHashCode().Should().Be(parsed.GetHashCode());
        widest.Should().NotBe(Quantity.Exactly(Widest - 1));
        widest.Should().NotBe(Quantity.Approximately(Widest));
    }

    [Fact]
    public void A_figure_written_past_64_bits_equals_the_same_figure_written_short()
    {
        // 1 to 28 decimals has a mantissa of 10^28, kept whole apart; 1 fits 64 bits. Equal figures, equal statements.
        var long1 = Quantity.Exactly(1.0000000000000000000000000000m);

        long1.Should().Be(Quantity.Exactly(1m));
        long1.GetHashCode().Should().Be(Quantity.Exactly(1m).GetHashCode());
        long1.AsPercent().Should().NotBe(Quantity.Exactly(1m).AsPercent(), "a percentage's stated decimals are part of it");
    }

    [Fact]
    public void A_share_of_a_whole_past_64_bits_keeps_its_words_and_its_whole()
    {
        var whole = 10_000_000_000_000_000_000_000_000m;

        var share = Quantity.PartOfWhole(1m, whole, "1 in 10 septillion");

        share.Word.Should().Be("1 in 10 septillion");
        share.ToString().Should().Be("1 in 10 septillion");
        share.IsPercent.Should().BeTrue();
        share.Should().Be(Quantity.PartOfWhole(1m, whole, "1 in 10 septillion"));
    }

    [Fact]
    public void A_percentage_keeps_its_stated_decimals_in_its_parts()
    {
        Quantity.Percent(60.0m).Should().NotBe(Quantity.Percent(60m));
        Quantity.Percent(60.0m).ToString().Should().Be("60.0%");
        Quantity.Between(59.0m, 61.00m).AsPercent().ToString().Should().Be("59.0%–61.00%");
    }
}
