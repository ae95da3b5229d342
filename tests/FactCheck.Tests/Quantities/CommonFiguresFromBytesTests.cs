using System.Text;
using CsCheck;

namespace FactCheck.Tests.Quantities;

/// <summary>Figures in their common shapes read from their UTF-8 bytes, as the file reader reads most figures, against the text's reading.</summary>
public class CommonFiguresFromBytesTests
{
    // Mostly the plain grammar's characters, with a few it refuses: a letter, a second separator, and characters
    // whose UTF-8 bytes are not ASCII (a no-break space, which the full grammar reads as a space, and a letter).
    private static readonly Gen<string> Figure =
        Gen.Char["0123456789,,  ..-+a\u00A0é"].Array[0, 30].Select(static chars => new string(chars));

    [Fact]
    public void A_figure_reads_from_its_bytes_as_from_its_text()
    {
        Figure.Sample(text =>
        {
            var fromBytes = NumberReader.TryReadPlain(Encoding.UTF8.GetBytes(text), out var byBytes);
            var fromText = NumberReader.TryReadPlain(text, out var byText);
            return fromBytes == fromText && decimal.GetBits(byBytes).SequenceEqual(decimal.GetBits(byText));
        }, iter: 20_000);
    }

    [Fact]
    public void A_figure_of_digits_reads_as_decimal_parsing_reads_its_digits_to_the_last_bit()
    {
        // Figures of up to nineteen digits are made from their digits as one integer; longer ones are parsed. Either
        // way the decimal is decimal.TryParse's of the digits alone: sign, negative zero and every decimal place.
        var digits = Gen.Select(Gen.Int[0, 2], Gen.Char["0123456789"].Array[1, 24], Gen.Char["0123456789"].Array[0, 30], Gen.Bool)
            .Select(static (sign, whole, fraction, grouped) =>
            {
                var integer = new string(whole);
                if (grouped && integer.Length > 3)
                {
                    var head = integer.Length % 3 == 0 ? 3 : integer.Length % 3;
                    var groups = Enumerable.Range(0, (integer.Length - head) / 3).Select(g => integer[(head + 3 * g)..(head + 3 * g + 3)]);
                    integer = string.Join(",", groups.Prepend(integer[..head]));
                }
                return (sign == 0 ? "-" : sign == 1 ? "+" : "") + integer + (fraction.Length > 0 ? "." + new string(fraction) : "");
            });
        digits.Sample(text =>
        {
            var read = NumberReader.TryRead(text, out var value, out _, out _);
            var parsed = decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var expected);
            return read == (parsed && text.Split('.').ElementAtOrDefault(1) is not { Length: > 28 }) && (!read || decimal.GetBits(value).SequenceEqual(decimal.GetBits(expected)));
        }, iter: 20_000);
    }

    [Fact]
    public void A_figure_the_bytes_read_plain_is_the_quantity_the_parser_makes_of_its_text()
    {
        Gen.OneOf(Figure, Plain).Sample(text =>
        {
            if (!NumberReader.TryReadPlain(Encoding.UTF8.GetBytes(text), out var plain)) return true;
            return QuantityParser.TryParse(text, allowTrailingUnit: false, out var parsed, out _) && Exactly(parsed) == Exactly(Quantity.Exactly(plain));
        }, iter: 20_000);
    }

    // A figure as news writes it: plain, grouped by commas or spaces, with or without decimals (of any length, trailing
    // zeros too), small and large, now and then with a leading zero; long enough at times to pass 24 characters.
    private static readonly Gen<string> Plain =
        Gen.Select(Gen.OneOf(Gen.Long[0, 99], Gen.Long[0, 99_999], Gen.Long[0, 999_999_999_999_999_999]), Gen.Int[0, 5], Gen.Int[1, 6], Gen.Int[0, 999_999]).Select(static (n, style, places, fraction) => style switch
        {
            0 => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            1 => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            2 => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', ' '),
            3 => "0" + n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => $"{n}.{fraction.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(6, '0')[..places]}",
        });

    /// <summary>What a quantity reads as, to the last decimal place: equality leaves out places that a figure's precision keeps.</summary>
    private static string Exactly(Quantity q) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{q.Form} {q.Value} {q.UpperValue} {q.IsPercent} {q.Scale} {q}");

    private static readonly string[] Hedges = ["", "about ", "at least ", "at most ", "About ", "nearly ", "about  ", "at least of ", "over ", "-", "~", ">", ">=", "≤", "as many as ", "fewer than "];

    // Hedged, bounded and ranged figures, most in the shapes the bytes reader takes, some just outside them.
    private static readonly Gen<string> Statement =
        Gen.Select(Gen.Int[0, Hedges.Length + 1], Plain, Plain, Gen.Int[0, 6]).Select(static (hedge, a, b, tail) =>
        {
            var text = hedge == Hedges.Length ? $"between {a} and {b}" : hedge > Hedges.Length ? $"between {a} and {a}" : Hedges[hedge] + a;
            return tail switch
            {
                0 => text + " soldiers",
                1 => text + "%",
                2 => text.ToUpperInvariant(),
                _ => text,
            };
        });

    [Fact]
    public void A_statement_read_from_its_bytes_is_the_quantity_the_parser_makes_of_its_text()
    {
        Gen.Select(Statement, Gen.Bool).Sample((text, withUnit) =>
        {
            if (!QuantityParser.TryParseCommon(Encoding.UTF8.GetBytes(text), out var fromBytes)) return true;
            return QuantityParser.TryParse(text, allowTrailingUnit: withUnit, out var parsed, out _) && parsed == fromBytes && Exactly(parsed) == Exactly(fromBytes);
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("8,600", "8,600")]
    [InlineData("about 2,700,000", "~2.7 million")]
    [InlineData("at least 5", "≥5")]
    [InlineData("at most 5 000", "≤5,000")]
    [InlineData("between 1,040,369 and 1,231,012", "1,040,369–1,231,012")]
    [InlineData("between 5 and 5", "5–5")]
    [InlineData(">40", ">40")]
    [InlineData("~5.50", "~5.5")]
    [InlineData("nearly 5", "nearly 5")]
    public void The_common_shapes_read_from_their_bytes(string text, string written)
    {
        QuantityParser.TryParseCommon(Encoding.UTF8.GetBytes(text), out var value).Should().BeTrue();
        QuantityParser.TryParse(text, allowTrailingUnit: false, out var parsed, out _).Should().BeTrue();
        value.Should().Be(parsed);
        value.ToString().Should().Be(parsed.ToString()).And.Be(written);
    }

    [Theory]
    [InlineData("between 6 and 5")]
    [InlineData("About 5")]
    [InlineData("about  5")]
    [InlineData("NEARLY 5")]
    [InlineData("about 5%")]
    [InlineData("between 5 and")]
    [InlineData("at least 5 and at most 9")]
    public void Other_statements_are_left_to_the_parser(string text) =>
        QuantityParser.TryParseCommon(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();

    [Theory]
    [InlineData("8600", "8600")]
    [InlineData("8,600", "8600")]
    [InlineData("2 181 417", "2181417")]
    [InlineData("5.25", "5.25")]
    [InlineData("123456789012345678901234", "123456789012345678901234")]
    public void Plain_figures_up_to_24_characters_read_from_their_bytes(string text, string expected)
    {
        NumberReader.TryReadPlain(Encoding.UTF8.GetBytes(text), out var value).Should().BeTrue();
        value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234567890123456789012345")]
    [InlineData("8\u00A0600")]
    [InlineData("8,60")]
    [InlineData("about 8,600")]
    [InlineData("8,600 ")]
    [InlineData("-12")]
    [InlineData("1 000,000")]
    public void Anything_else_is_left_to_the_full_grammar(string text) =>
        NumberReader.TryReadPlain(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();
}
