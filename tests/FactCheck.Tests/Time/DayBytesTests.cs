using System.Text;
using CsCheck;

namespace FactCheck.Tests.Time;

/// <summary>Days read from their UTF-8 bytes, as the file reader reads most times, against the text's reading.</summary>
public class DayBytesTests
{
    // Ten characters shaped like a day, most of them digits where digits go, some days that do not exist, and now and
    // then a character that is no digit or a byte that is not ASCII.
    private static readonly Gen<string> DayLike =
        Gen.Select(Gen.Int[0, 9999], Gen.Int[0, 13], Gen.Int[0, 32], Gen.Int[0, 20]).Select(static (year, month, day, noise) =>
        {
            var text = $"{year:D4}-{month:D2}-{day:D2}";
            return noise switch
            {
                0 => "x" + text[1..],
                1 => text[..9] + "é",
                2 => text.Replace('-', '/'),
                _ => text,
            };
        });

    [Fact]
    public void A_day_read_from_its_bytes_is_the_time_its_text_reads_as()
    {
        DayLike.Sample(text =>
        {
            if (!FuzzyTimeParser.TryReadDay(Encoding.UTF8.GetBytes(text), out var day)) return true;
            return TimeInput.TryRead(text, out var input, out _) && input.Fixed == day && input.Relative is null;
        }, iter: 20_000);
    }

    [Fact]
    public void Every_day_the_text_reads_as_a_day_reads_from_its_bytes_too()
    {
        DayLike.Sample(text =>
        {
            var isDay = TimeInput.TryRead(text, out var input, out _) && input.Fixed is { Precision: TimePrecision.Day } && text.Length == 10 && text[4] == '-';
            return !isDay || FuzzyTimeParser.TryReadDay(Encoding.UTF8.GetBytes(text), out _);
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("2020-02-29", true)]
    [InlineData("2021-02-29", false)]
    [InlineData("2020-13-01", false)]
    [InlineData("2020-00-10", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("2020-9-09", false)]
    [InlineData("2020-09-9 ", false)]
    [InlineData("2020-Q3", false)]
    [InlineData("2020-09-09/2020-09-10", false)]
    public void Only_a_day_that_exists_written_in_full_reads_from_its_bytes(string text, bool read) =>
        FuzzyTimeParser.TryReadDay(Encoding.UTF8.GetBytes(text), out _).Should().Be(read);
}
