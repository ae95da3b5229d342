using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace FactCheck;

/// <summary>
/// A time as a statement gives it: a closed interval of calendar days with the precision it was stated at
/// (<c>2020-09-09</c>, <c>2020-09</c>, <c>late 2018</c>, <c>2020-Q3</c>, <c>2020-03/2020-09</c>, <c>../2020-11-03</c>).
/// </summary>
/// <remarks>
/// <para>Both <see cref="Start"/> and <see cref="End"/> belong to the interval. An open end is represented by
/// <see cref="LocalDate.MinIsoValue"/> or <see cref="LocalDate.MaxIsoValue"/> and written <c>..</c>.</para>
/// <para>The default value is the day 0001-01-01 (NodaTime's default <see cref="LocalDate"/>), at day precision.</para>
/// </remarks>
public readonly struct FuzzyTime : IEquatable<FuzzyTime>, IComparable<FuzzyTime>, ISpanParsable<FuzzyTime>, ISpanFormattable
{
    private readonly LocalDate start;
    private readonly LocalDate end;

    private FuzzyTime(LocalDate start, LocalDate end, TimePrecision precision)
    {
        this.start = start;
        this.end = end;
        Precision = precision;
    }

    /// <summary>The first day of the interval (<see cref="LocalDate.MinIsoValue"/> when open at the start).</summary>
    public LocalDate Start => start;

    /// <summary>The last day of the interval, included (<see cref="LocalDate.MaxIsoValue"/> when open at the end).</summary>
    public LocalDate End => end;

    /// <summary>How precisely the time was stated.</summary>
    public TimePrecision Precision { get; }

    /// <summary>Whether the interval has no first day.</summary>
    public bool IsOpenAtStart => start == LocalDate.MinIsoValue;

    /// <summary>Whether the interval has no last day.</summary>
    public bool IsOpenAtEnd => end == LocalDate.MaxIsoValue;

    /// <summary>Whether the time is one day.</summary>
    public bool IsDay => start == end;

    /// <summary>The interval as a NodaTime <see cref="DateInterval"/> (both ends included).</summary>
    public DateInterval ToDateInterval() => new(start, end);

    /// <summary>One day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9998.</exception>
    public static FuzzyTime Day(LocalDate date) => new(Utility.Preconditions.CheckDate(date), date, TimePrecision.Day);

    /// <summary>One day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date does not exist (2021-02-29, 2020-13-45).</exception>
    public static FuzzyTime Day(int year, int month, int day) => Day(Dates.Create(year, month, day));

    /// <summary>One month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month does not exist.</exception>
    public static FuzzyTime Month(int year, int month)
    {
        var first = Dates.Create(year, month, 1);
        return new(first, first.With(DateAdjusters.EndOfMonth), TimePrecision.Month);
    }

    /// <summary>One quarter, 1–4.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The quarter is not 1–4, or the year is out of range.</exception>
    public static FuzzyTime Quarter(int year, int quarter)
    {
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter), quarter, $"A quarter is 1 to 4; got {quarter.ToString(CultureInfo.InvariantCulture)}.");
        var first = Dates.Create(year, ((quarter - 1) * 3) + 1, 1);
        return new(first, first.PlusMonths(3).PlusDays(-1), TimePrecision.Quarter);
    }

    /// <summary>One year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static FuzzyTime Year(int year) => new(Dates.Create(year, 1, 1), Dates.Create(year, 12, 31), TimePrecision.Year);

    /// <summary>The early, middle or late third of a year: Jan–Apr, May–Aug, Sep–Dec.</summary>
    public static FuzzyTime PartOfYear(PeriodPart part, int year)
    {
        var first = Dates.Create(year, (Utility.Preconditions.CheckDefined(part) switch { PeriodPart.Early => 1, PeriodPart.Mid => 5, _ => 9 }), 1);
        return new(first, first.PlusMonths(4).PlusDays(-1), TimePrecision.PartOfYear);
    }

    /// <summary>The early, middle or late third of a month: days 1–10, 11–20, 21 to the end.</summary>
    public static FuzzyTime PartOfMonth(PeriodPart part, int year, int month)
    {
        var first = Dates.Create(year, month, 1);
        return Utility.Preconditions.CheckDefined(part) switch
        {
            PeriodPart.Early => new(first, first.PlusDays(9), TimePrecision.PartOfMonth),
            PeriodPart.Mid => new(first.PlusDays(10), first.PlusDays(19), TimePrecision.PartOfMonth),
            _ => new(first.PlusDays(20), first.With(DateAdjusters.EndOfMonth), TimePrecision.PartOfMonth),
        };
    }

    /// <summary>Every day from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>, or a year is outside 1–9998 (other than an open end).</exception>
    public static FuzzyTime Between(LocalDate first, LocalDate last)
    {
        if (first != LocalDate.MinIsoValue) Utility.Preconditions.CheckDate(first);
        if (last != LocalDate.MaxIsoValue) Utility.Preconditions.CheckDate(last);
        if (last < first)
        {
            throw new ArgumentException($"The span {Dates.Format(first)}/{Dates.Format(last)} is inverted: it ends before it starts.", nameof(last));
        }
        var precision = first == LocalDate.MinIsoValue || last == LocalDate.MaxIsoValue ? TimePrecision.Open : TimePrecision.Range;
        return new(first, last, precision);
    }

    /// <summary>Every day up to <paramref name="last"/>, included: <c>../2020-11-03</c>.</summary>
    public static FuzzyTime Until(LocalDate last) => Between(LocalDate.MinIsoValue, last);

    /// <summary>Every day from <paramref name="first"/> on: <c>2020-09-01/..</c>.</summary>
    public static FuzzyTime Since(LocalDate first) => Between(first, LocalDate.MaxIsoValue);

    /// <summary>Whether the two times share at least one day.</summary>
    public bool Overlaps(FuzzyTime other) => start <= other.end && other.start <= end;

    /// <summary>Whether <paramref name="date"/> lies in the interval.</summary>
    public bool Contains(LocalDate date) => start <= date && date <= end;

    /// <summary>Whether the two times cover exactly the same days (whatever their precision).</summary>
    public bool CoversSameDaysAs(FuzzyTime other) => start == other.start && end == other.end;

    /// <summary>Reads a time in the grammar of the claim-set format; relative expressions are not allowed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a time, or names a day that does not exist; the message says which.</exception>
    public static FuzzyTime Parse(string text) => Parse(text, null);

    /// <summary>
    /// Reads a time; relative expressions (<c>last month</c>, <c>on Tuesday</c>, <c>by the end of the month</c>,
    /// <c>last Wednesday</c>, <c>today</c>) are resolved against <paramref name="anchor"/>, usually the source's publication date.
    /// </summary>
    /// <param name="text">The time as written.</param>
    /// <param name="anchor">"Today" for relative expressions, or null to reject them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a time.</exception>
    public static FuzzyTime Parse(string text, LocalDate? anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (FuzzyTimeParser.TryParse(text, anchor, out var result, out var error)) return result;
        throw new FormatException(error);
    }

    /// <summary>Reads a time, returning false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out FuzzyTime result) => TryParse(text, null, out result);

    /// <summary>Reads a time, resolving relative expressions against <paramref name="anchor"/>; false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, LocalDate? anchor, out FuzzyTime result) =>
        FuzzyTimeParser.TryParse(text, anchor, out result, out _);

    /// <summary>Whether <paramref name="text"/> is a relative expression that needs an anchor date.</summary>
    public static bool IsRelative(string? text) => text is not null && RelativeTimes.IsRelative(text);

    /// <inheritdoc />
    public bool Equals(FuzzyTime other) => start == other.start && end == other.end && Precision == other.Precision;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FuzzyTime other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(start, end, Precision);

    /// <summary>Orders by first day, then last day, then precision: the order in which claims are placed in time.</summary>
    public int CompareTo(FuzzyTime other)
    {
        var c = start.CompareTo(other.start);
        if (c == 0) c = end.CompareTo(other.end);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    /// <summary>Compares first and last days and precision.</summary>
    public static bool operator ==(FuzzyTime left, FuzzyTime right) => left.Equals(right);

    /// <summary>Compares first and last days and precision.</summary>
    public static bool operator !=(FuzzyTime left, FuzzyTime right) => !left.Equals(right);

    /// <summary>Orders by first day, then last day.</summary>
    public static bool operator <(FuzzyTime left, FuzzyTime right) => left.CompareTo(right) < 0;

    /// <summary>Orders by first day, then last day.</summary>
    public static bool operator >(FuzzyTime left, FuzzyTime right) => left.CompareTo(right) > 0;

    /// <summary>Orders by first day, then last day.</summary>
    public static bool operator <=(FuzzyTime left, FuzzyTime right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by first day, then last day.</summary>
    public static bool operator >=(FuzzyTime left, FuzzyTime right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// The time in the file format's grammar, as stated: <c>2020-09-09</c>, <c>2020-09</c>, <c>2020-Q3</c>,
    /// <c>late 2018</c>, <c>early 2020-09</c>, <c>2020</c>, <c>2020-03/2020-09</c>, <c>../2020-11-03</c>. It parses back to an equal time.
    /// </summary>
    public override string ToString() => Precision switch
    {
        TimePrecision.Day => Dates.Format(start),
        TimePrecision.Month => Dates.FormatMonth(start),
        TimePrecision.Quarter => string.Create(CultureInfo.InvariantCulture, $"{start.Year:0000}-Q{((start.Month - 1) / 3) + 1}"),
        TimePrecision.Year => start.Year.ToString("0000", CultureInfo.InvariantCulture),
        TimePrecision.PartOfYear => PartName(start.Month switch { 1 => PeriodPart.Early, 5 => PeriodPart.Mid, _ => PeriodPart.Late }) + " " + start.Year.ToString("0000", CultureInfo.InvariantCulture),
        TimePrecision.PartOfMonth => PartName(start.Day switch { 1 => PeriodPart.Early, 11 => PeriodPart.Mid, _ => PeriodPart.Late }) + " " + Dates.FormatMonth(start),
        _ => FormatSpan(),
    };

    /// <summary>Writes <see cref="ToString"/>'s text into <paramref name="destination"/>, without a string for the common precisions.</summary>
    internal bool TryFormat(Span<char> destination, out int charsWritten) => Precision switch
    {
        TimePrecision.Day => Dates.TryFormat(start, destination, out charsWritten),
        TimePrecision.Month => Dates.TryFormatMonth(start, destination, out charsWritten),
        TimePrecision.Year => Dates.TryFormatYear(start.Year, destination, out charsWritten),
        _ => Utility.SpanText.Copy(ToString(), destination, out charsWritten),
    };

    // The generic parsing and formatting interfaces, for code that works on any parsable type. The grammar is the
    // format's own, in every culture, so the provider is not consulted; a format string other than "G" is refused.
    static FuzzyTime IParsable<FuzzyTime>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<FuzzyTime>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out FuzzyTime result) => TryParse(s, out result);

    static FuzzyTime ISpanParsable<FuzzyTime>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    static bool ISpanParsable<FuzzyTime>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out FuzzyTime result) => TryParse(s.ToString(), out result);

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        return Utility.FormatStrings.CheckGeneral(format) && TryFormat(destination, out charsWritten);
    }

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) =>
        Utility.FormatStrings.CheckGeneral(format) ? ToString() : string.Empty;

    private static string PartName(PeriodPart part) => part switch { PeriodPart.Early => "early", PeriodPart.Mid => "mid", _ => "late" };

    /// <summary>
    /// A span with both ends at the coarsest precision that names them exactly: whole years (<c>2018/2020</c>),
    /// whole months (<c>2020-03/2020-09</c>), or days. An open end is <c>..</c>.
    /// </summary>
    private string FormatSpan()
    {
        var first = IsOpenAtStart ? null : (LocalDate?)start;
        var last = IsOpenAtEnd ? null : (LocalDate?)end;
        var years = (first is null || (first.Value.Month == 1 && first.Value.Day == 1)) && (last is null || (last.Value.Month == 12 && last.Value.Day == 31));
        var months = (first is null || first.Value.Day == 1) && (last is null || last.Value.Day == last.Value.Calendar.GetDaysInMonth(last.Value.Year, last.Value.Month));
        string Format(LocalDate? date) => date is not { } d ? ".."
            : years ? d.Year.ToString("0000", CultureInfo.InvariantCulture)
            : months ? Dates.FormatMonth(d)
            : Dates.Format(d);
        return Format(first) + "/" + Format(last);
    }
}
