using System.Globalization;

namespace FactCheck.Tests.Properties;

/// <summary>Quantity and FuzzyTime work with code written for any parsable, formattable type.</summary>
public class GenericParsingTests
{
    private static T ParseAny<T>(string text) where T : IParsable<T> => T.Parse(text, CultureInfo.InvariantCulture);

    private static bool TryParseSpan<T>(ReadOnlySpan<char> text, out T result) where T : ISpanParsable<T> => T.TryParse(text, null, out result!);

    private static string FormatAny<T>(T value) where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[64];
        return value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture) ? buffer[..written].ToString() : "(too long)";
    }

    [Fact]
    public void A_quantity_parses_through_the_generic_interfaces_whatever_provider_is_given()
    {
        ParseAny<Quantity>("about 5,200").Should().Be(Quantity.Approximately(5200));
        TryParseSpan<Quantity>("between 4,000 and 5,000 and more".AsSpan(0, 23), out var range).Should().BeTrue();
        range.Should().Be(Quantity.Between(4000, 5000));
        TryParseSpan<Quantity>("between and 5", out _).Should().BeFalse();
    }

    [Fact]
    public void A_time_parses_through_the_generic_interfaces()
    {
        ParseAny<FuzzyTime>("late 2018").Should().Be(FuzzyTime.PartOfYear(PeriodPart.Late, 2018));
        TryParseSpan<FuzzyTime>("2020-09-09", out var day).Should().BeTrue();
        day.Should().Be(FuzzyTime.Day(new LocalDate(2020, 9, 9)));
        TryParseSpan<FuzzyTime>("0000", out _).Should().BeFalse();
    }

    [Fact]
    public void Both_format_into_a_span_as_their_text_and_refuse_an_unknown_format()
    {
        FormatAny(Quantity.Approximately(5200)).Should().Be("~5,200");
        FormatAny(FuzzyTime.Quarter(2020, 3)).Should().Be("2020-Q3");
        $"{Quantity.AtLeast(3)} in {FuzzyTime.Year(2020)}".Should().Be("≥3 in 2020");
        var unknown = () => string.Format(CultureInfo.InvariantCulture, "{0:N2}", Quantity.Exactly(5));
        unknown.Should().Throw<FormatException>();
    }
}
