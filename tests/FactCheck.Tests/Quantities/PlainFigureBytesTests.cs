using System.Text;
using CsCheck;

namespace FactCheck.Tests.Quantities;

/// <summary>Plain figures read from their UTF-8 bytes, as the file reader reads most figures, against the text's reading.</summary>
public class PlainFigureBytesTests
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
            return fromBytes == fromText && byBytes == byText;
        }, iter: 20_000);
    }

    [Fact]
    public void A_figure_the_bytes_read_plain_is_the_quantity_the_parser_makes_of_its_text()
    {
        Figure.Sample(text =>
        {
            if (!NumberReader.TryReadPlain(Encoding.UTF8.GetBytes(text), out var plain)) return true;
            return QuantityParser.TryParse(text, allowTrailingUnit: false, out var parsed, out _) && parsed == Quantity.Exactly(plain);
        }, iter: 20_000);
    }

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
