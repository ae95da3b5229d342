using System.Globalization;
using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Quantities;

/// <summary>Figures are written by hand on the hot path; they must read exactly as .NET's own patterns write them.</summary>
public class NumberTextTests
{
    // As text, so that 0, -0 and 0.0 are three cases and not one.
    public static TheoryData<string> Figures => new()
    {
        "0", "-0", "0.0", "1", "-1", "7", "999", "1000", "-1000", "1234", "5000.00", "12345", "999999", "1000000", "1234567",
        "-98765432", "5200000", "2500000000", "999999999999999999", "-999999999999999999",
        "1000000000000000000", "79228162514264337593543950335", "0.5", "-0.25", "1234.5678", "83.6", "0.0043",
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Figures_read_as_the_grouping_pattern_writes_them(string figure)
    {
        var value = decimal.Parse(figure, CultureInfo.InvariantCulture);
        var expected = Math.Abs(value) >= 1_000_000m && ScaleWords.Natural(value) != ScaleWord.None
            ? null
            : value.ToString("#,##0.##########", CultureInfo.InvariantCulture);
        var text = NumberText.Format(value);
        if (expected is not null) text.Should().Be(expected);

        Span<char> buffer = stackalloc char[64];
        NumberText.TryFormat(value, buffer, out var written).Should().BeTrue();
        buffer[..written].ToString().Should().Be(text);
    }

    [Fact]
    public void Formatting_into_a_buffer_too_small_reports_that_it_does_not_fit()
    {
        Span<char> buffer = stackalloc char[4];
        NumberText.TryFormat(12_345m, buffer, out var written).Should().BeFalse();
        written.Should().Be(0);
        NumberText.TryFormat(1_234m, buffer, out written).Should().BeFalse("'1,234' needs five characters and the buffer has four");
        NumberText.TryFormat(-123m, buffer, out written).Should().BeTrue();
        buffer[..written].ToString().Should().Be("-123");
    }

    [Theory]
    [InlineData(1, 1, 1, "0001-01-01")]
    [InlineData(2020, 9, 9, "2020-09-09")]
    [InlineData(9998, 12, 31, "9998-12-31")]
    public void Days_read_as_the_iso_pattern_writes_them(int year, int month, int day, string expected)
    {
        var date = new LocalDate(year, month, day);
        Dates.Format(date).Should().Be(expected).And.Be(date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        FuzzyTime.Month(year, month).ToString().Should().Be(expected[..7]);
    }

    [Fact]
    public void Days_outside_the_four_digit_years_still_format()
    {
        var date = new LocalDate(-5, 3, 1);
        Dates.Format(date).Should().Be(date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
    }
}
