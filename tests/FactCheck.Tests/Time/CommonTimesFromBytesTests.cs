using System.Text;
using CsCheck;

namespace FactCheck.Tests.Time;

/// <summary>Days and spans of days read from their UTF-8 bytes, as the file reader reads most times, against the text's reading.</summary>
public class CommonTimesFromBytesTests
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
                // Ten bytes still, one character fewer: a byte of 'é' stands where a digit of the year is looked for.
                2 => text[..2] + "é" + text[4..],
                3 => text.Replace('-', '/'),
                _ => text,
            };
        });

    // Two day-like ends, in either order, joined as a span; now and then with spaces, which the bytes reader leaves alone.
    private static readonly Gen<string> SpanLike =
        Gen.Select(DayLike, DayLike, Gen.Int[0, 9]).Select(static (from, to, style) => style switch
        {
            0 => $"{from} / {to}",
            1 => $"{from}/..",
            _ => $"{from}/{to}",
        });

    [Fact]
    public void A_span_read_from_its_bytes_is_the_time_its_text_reads_as()
    {
        SpanLike.Sample(text =>
        {
            if (!FuzzyTimeParser.TryParseCommon(Encoding.UTF8.GetBytes(text), out var span)) return true;
            return TimeInput.TryRead(text, out var input, out _) && input.Fixed == span && input.Fixed.Value.ToString() == span.ToString();
        }, iter: 20_000);
    }

    [Fact]
    public void Every_span_of_two_days_the_text_reads_is_read_from_its_bytes_too()
    {
        SpanLike.Sample(text =>
        {
            var plainSpan = text.Length == 21 && text[10] == '/' && TimeInput.TryRead(text, out var input, out _) && input.Fixed is not null;
            return !plainSpan || FuzzyTimeParser.TryParseCommon(Encoding.UTF8.GetBytes(text), out _);
        }, iter: 20_000);
    }

    [Fact]
    public void A_day_read_from_its_bytes_is_the_time_its_text_reads_as()
    {
        DayLike.Sample(text =>
        {
            if (!FuzzyTimeParser.TryParseCommon(Encoding.UTF8.GetBytes(text), out var day)) return true;
            return TimeInput.TryRead(text, out var input, out _) && input.Fixed == day && input.Relative is null;
        }, iter: 20_000);
    }

    [Fact]
    public void Every_day_the_text_reads_as_a_day_reads_from_its_bytes_too()
    {
        DayLike.Sample(text =>
        {
            var isDay = TimeInput.TryRead(text, out var input, out _) && input.Fixed is { Precision: TimePrecision.Day } && text.Length == 10 && text[4] == '-';
            return !isDay || FuzzyTimeParser.TryParseCommon(Encoding.UTF8.GetBytes(text), out _);
        }, iter: 20_000);
    }

    [Fact]
    public void A_day_read_by_hand_is_the_day_NodaTime_s_ISO_pattern_reads_within_the_years_a_claim_set_takes()
    {
        DayLike.Sample(text =>
        {
            var pattern = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
            var expected = pattern.Success && pattern.Value.Year is >= 1 and <= 9998 ? pattern.Value : (NodaTime.LocalDate?)null;
            var read = FuzzyTimeParser.TryParseIsoDay(text, out var day) && day.Year is >= 1 and <= 9998 ? day : (NodaTime.LocalDate?)null;
            return read == expected;
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("2020-02-29", true)]
    [InlineData("2021-02-29", false)]
    [InlineData("0001-01-01", true)]
    [InlineData("9998-12-31", true)]
    [InlineData("2020-9-09", false)]
    [InlineData("2020-09-09 ", false)]
    [InlineData("+2020-09-09", false)]
    public void An_ISO_day_is_read_by_hand_only_when_it_exists_and_is_written_in_full(string text, bool read) =>
        FuzzyTimeParser.TryParseIsoDay(text, out _).Should().Be(read);

    [Theory]
    [InlineData("2020-02-29", true)]
    [InlineData("2021-02-29", false)]
    [InlineData("2020-13-01", false)]
    [InlineData("2020-00-10", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("2020-9-09", false)]
    [InlineData("2020-09-9 ", false)]
    [InlineData("2020-Q3", false)]
    [InlineData("2020-09-09/2020-09-10", true)]
    [InlineData("2020-09-10/2020-09-10", true)]
    [InlineData("2020-09-10/2020-09-09", false)]
    [InlineData("2020-09-09/2021-02-29", false)]
    [InlineData("2020-09-09 /2020-09-10", false)]
    [InlineData("2020-09/2020-10", false)]
    public void Only_days_that_exist_written_in_full_and_spans_of_them_read_from_their_bytes(string text, bool read) =>
        FuzzyTimeParser.TryParseCommon(Encoding.UTF8.GetBytes(text), out _).Should().Be(read);
}
