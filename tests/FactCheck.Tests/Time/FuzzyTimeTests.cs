namespace FactCheck.Tests.Time;

public class FuzzyTimeTests
{
    [Theory]
    [InlineData("2020-09-09", "2020-09-09", "2020-09-09", TimePrecision.Day)]
    [InlineData("2020-09", "2020-09-01", "2020-09-30", TimePrecision.Month)]
    [InlineData("2020-02", "2020-02-01", "2020-02-29", TimePrecision.Month)]
    [InlineData("2021-02", "2021-02-01", "2021-02-28", TimePrecision.Month)]
    [InlineData("2020", "2020-01-01", "2020-12-31", TimePrecision.Year)]
    [InlineData("2020-Q3", "2020-07-01", "2020-09-30", TimePrecision.Quarter)]
    [InlineData("2020-q1", "2020-01-01", "2020-03-31", TimePrecision.Quarter)]
    [InlineData("early 2018", "2018-01-01", "2018-04-30", TimePrecision.PartOfYear)]
    [InlineData("mid 2018", "2018-05-01", "2018-08-31", TimePrecision.PartOfYear)]
    [InlineData("late 2018", "2018-09-01", "2018-12-31", TimePrecision.PartOfYear)]
    [InlineData("Late 2018", "2018-09-01", "2018-12-31", TimePrecision.PartOfYear)]
    [InlineData("mid-2018", "2018-05-01", "2018-08-31", TimePrecision.PartOfYear)]
    [InlineData("early 2020-09", "2020-09-01", "2020-09-10", TimePrecision.PartOfMonth)]
    [InlineData("mid 2020-09", "2020-09-11", "2020-09-20", TimePrecision.PartOfMonth)]
    [InlineData("late 2020-09", "2020-09-21", "2020-09-30", TimePrecision.PartOfMonth)]
    [InlineData("late 2021-02", "2021-02-21", "2021-02-28", TimePrecision.PartOfMonth)]
    [InlineData("2018-09-01/2018-12-31", "2018-09-01", "2018-12-31", TimePrecision.Range)]
    [InlineData("2020-03/2020-09", "2020-03-01", "2020-09-30", TimePrecision.Range)]
    public void Every_form_of_the_time_table_is_a_closed_interval_of_days(string text, string first, string last, TimePrecision precision)
    {
        var time = FuzzyTime.Parse(text);
        Dates(time).Should().Be((first, last));
        time.Precision.Should().Be(precision);
    }

    [Fact]
    public void Open_ends_reach_the_edge_of_the_calendar()
    {
        var until = FuzzyTime.Parse("../2020-11-03");
        until.IsOpenAtStart.Should().BeTrue();
        until.End.Should().Be(new LocalDate(2020, 11, 3));
        until.Precision.Should().Be(TimePrecision.Open);
        var since = FuzzyTime.Parse("2020-09/..");
        since.Start.Should().Be(new LocalDate(2020, 9, 1));
        since.IsOpenAtEnd.Should().BeTrue();
    }

    [Theory]
    [InlineData("2021-02-29", "28 days")]
    [InlineData("2020-13-45", "month must be from 1 to 12")]
    [InlineData("2020-04-31", "30 days")]
    [InlineData("2020-00", "month must be from 1 to 12")]
    [InlineData("2020-Q5", "quarter is 1 to 4")]
    [InlineData("2020-09-30/2020-09-01", "ends")]
    public void Impossible_dates_are_rejected_never_rolled_over(string text, string reason)
    {
        var act = () => FuzzyTime.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"*'{text}'*{reason}*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("20-09-09")]
    [InlineData("2020/09/09/10")]
    [InlineData("../..")]
    public void Unparsable_times_are_rejected(string text) => FuzzyTime.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void Impossible_date_in_code_throws_naming_the_parameter()
    {
        var act = () => FuzzyTime.Day(2021, 2, 29);
        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "day").WithMessage("*2021-02 has 28 days*29*");
    }

    [Theory]
    [InlineData("today", "2020-09-09", "2020-09-09")]
    [InlineData("yesterday", "2020-09-08", "2020-09-08")]
    [InlineData("last month", "2020-08-01", "2020-08-31")]
    [InlineData("this month", "2020-09-01", "2020-09-30")]
    [InlineData("last year", "2019-01-01", "2019-12-31")]
    [InlineData("on Tuesday", "2020-09-08", "2020-09-08")]
    [InlineData("Wednesday", "2020-09-09", "2020-09-09")]
    [InlineData("last Wednesday", "2020-09-02", "2020-09-02")]
    [InlineData("next Friday", "2020-09-11", "2020-09-11")]
    [InlineData("by the end of the month", "2020-09-30", "2020-09-30")]
    [InlineData("end of the year", "2020-12-31", "2020-12-31")]
    [InlineData("earlier this year", "2020-01-01", "2020-09-09")]
    [InlineData("November 3", "2020-11-03", "2020-11-03")]
    [InlineData("on November 3", "2020-11-03", "2020-11-03")]
    [InlineData("Wednesday, September 9", "2020-09-09", "2020-09-09")]
    [InlineData("September 9, 2021", "2021-09-09", "2021-09-09")]
    [InlineData("3 November", "2020-11-03", "2020-11-03")]
    public void Relative_times_resolve_against_the_anchor(string text, string first, string last)
    {
        // 2020-09-09, a Wednesday: the seed articles' publication date.
        var time = FuzzyTime.Parse(text, new LocalDate(2020, 9, 9));
        Dates(time).Should().Be((first, last));
    }

    [Fact]
    public void Relative_time_without_an_anchor_says_what_is_missing()
    {
        var act = () => FuzzyTime.Parse("last month");
        act.Should().Throw<FormatException>().WithMessage("*relative*published*");
        FuzzyTime.IsRelative("last month").Should().BeTrue();
        FuzzyTime.IsRelative("2020-09").Should().BeFalse();
    }

    [Theory]
    [InlineData("2020-09-09")]
    [InlineData("2020-09")]
    [InlineData("2020")]
    [InlineData("2020-Q3")]
    [InlineData("late 2018")]
    [InlineData("early 2020-09")]
    [InlineData("2020-03/2020-09")]
    [InlineData("2018-09-02/2018-12-31")]
    [InlineData("2018/2020")]
    [InlineData("../2020-11-03")]
    [InlineData("2020-09/..")]
    public void ToString_is_the_canonical_form_and_parses_back(string text)
    {
        var time = FuzzyTime.Parse(text);
        time.ToString().Should().Be(text);
        FuzzyTime.Parse(time.ToString()).Should().Be(time);
    }

    [Fact]
    public void Same_days_at_different_precision_are_not_equal_but_cover_the_same_days()
    {
        var month = FuzzyTime.Parse("2020-09");
        var span = FuzzyTime.Parse("2020-09-01/2020-09-30");
        month.Should().NotBe(span);
        month.CoversSameDaysAs(span).Should().BeTrue();
    }

    [Fact]
    public void Month_and_a_day_inside_it_overlap_but_adjacent_months_do_not()
    {
        FuzzyTime.Parse("2020-09").Overlaps(FuzzyTime.Parse("2020-09-30")).Should().BeTrue();
        FuzzyTime.Parse("2020-09").Overlaps(FuzzyTime.Parse("2020-10-01")).Should().BeFalse();
    }

    [Fact]
    public void Times_are_ordered_by_first_day_then_last_day()
    {
        var times = new[] { "2020", "2020-09-09", "late 2018", "2020-01" }.Select(FuzzyTime.Parse).Order().Select(t => t.ToString());
        times.Should().Equal("late 2018", "2020-01", "2020", "2020-09-09");
    }

    private static (string, string) Dates(FuzzyTime time) =>
        (time.Start.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), time.End.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
