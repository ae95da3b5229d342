using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FactCheck;

/// <summary>
/// What a statement says about a number: the figure(s) as stated, the form they were stated in
/// (exact, approximate, a bound, a range, a vague amount), and whether it is a percentage.
/// </summary>
/// <remarks>
/// <para>
/// A quantity keeps the statement, not a guess: <c>about 5,200</c> stays "about 5,200". The interval it
/// stands for depends on the options in force and is computed by <see cref="ToInterval(QuantityOptions, bool)"/>.
/// </para>
/// <para>
/// A figure stated with a scale word keeps it: <c>3.42 billion</c> is written back as "3.42 billion" (not
/// "3420 million"), and <c>1.03 million</c> as "1.03 million" (not "1,030,000"). How a figure was written is not
/// part of equality: <c>5.2 million</c> equals <c>5,200,000</c>.
/// </para>
/// <para>The default value is exactly zero.</para>
/// </remarks>
public readonly struct Quantity : IEquatable<Quantity>, ISpanParsable<Quantity>, ISpanFormattable
{
    [Flags]
    private enum Flags : byte
    {
        None = 0,
        Percent = 1,
        LowerExclusive = 2,
        UpperExclusive = 4,

        // "one in seven", "three in ten": a share stated as a part of a whole number; the whole is kept in `upper`.
        PartOfWhole = 8,
    }

    // The two figures (a range's ends; a share's percentage and its whole; for other forms the figure twice), each as a
    // 64-bit mantissa and a byte of decimals and sign (DecimalParts), and the rest kept apart: null, the words as stated
    // (a string), or Wide, for figures too long for 64 bits with any words. A quantity then takes 32 bytes rather than the
    // 48 of two decimals and its words: a million observations hold 16 MB less, which a large load no longer has the
    // system zero and the collector scan. Fractions stated as words whose percentage has many digits (a third is
    // 33.33…, 29 digits) and most shares ("one in seven") take a Wide of 56 bytes: they are few in any large set.
    private readonly ulong valueMantissa;
    private readonly ulong upperMantissa;
    private readonly object? extra;
    private readonly byte valueDecimals;
    private readonly byte upperDecimals;
    private readonly byte form;
    private readonly Flags flags;

    // How the figure was written ("3.42 billion"), for writing it back; not part of equality, like a number's grouping.
    private readonly ScaleWord scale;

    private Quantity(QuantityForm form, decimal value, decimal upper, Flags flags, string? word, ScaleWord scale = ScaleWord.None)
    {
        this.form = (byte)form;
        this.flags = flags;
        this.scale = scale;
        extra = DecimalParts.TrySplit(value, out valueMantissa, out valueDecimals) & DecimalParts.TrySplit(upper, out upperMantissa, out upperDecimals)
            ? word
            : new Wide(value, upper, word);
    }

    /// <summary>Figures that need more than a 64-bit mantissa, with the words they were stated in.</summary>
    private sealed class Wide(decimal value, decimal upper, string? word)
    {
        internal decimal Value { get; } = value;

        internal decimal Upper { get; } = upper;

        internal string? Word { get; } = word;
    }

    /// <summary>The stated figure, as <see cref="Value"/> but for a vague amount, whose figure is zero.</summary>
    private decimal Figure => extra is Wide wide ? wide.Value : DecimalParts.Join(valueMantissa, valueDecimals);

    /// <summary>The upper figure: a range's upper end or a share's whole; for the other forms, the figure itself.</summary>
    private decimal Upper => extra is Wide wide ? wide.Upper : DecimalParts.Join(upperMantissa, upperDecimals);

    /// <summary>The form the figure was stated in.</summary>
    public QuantityForm Form => (QuantityForm)form;

    /// <summary>
    /// The stated figure: the number of an exact, approximate or bounded statement, the lower bound of a
    /// range, and the lower end of a vague amount's interval.
    /// </summary>
    public decimal Value => Form == QuantityForm.Vague ? (decimal)VagueAmounts.Get(Word!).Min : Figure;

    /// <summary>The upper bound of a range; for the other forms, the same as <see cref="Value"/>.</summary>
    public decimal UpperValue => Form switch
    {
        QuantityForm.Between => Upper,
        QuantityForm.Vague => double.IsPositiveInfinity(VagueAmounts.Get(Word!).Max) ? Value : (decimal)VagueAmounts.Get(Word!).Max,
        _ => Figure,
    };

    /// <summary>Whether the figure is a percentage (<c>69%</c>, <c>a third</c>, <c>one in seven</c>, <c>majority</c>).</summary>
    public bool IsPercent => (flags & Flags.Percent) != 0;

    /// <summary>Whether the statement is hedged (approximate, nearly, or a vague amount) rather than a figure or a bound.</summary>
    public bool IsApproximate => Form is QuantityForm.Approximate or QuantityForm.Nearly or QuantityForm.Vague;

    /// <summary>The vague or fractional words as stated, in canonical form (<c>dozens</c>, <c>a third</c>, <c>one in seven</c>), or null; a hedge is not part of them.</summary>
    public string? Word => extra is Wide wide ? wide.Word : (string?)extra;

    /// <summary>Exactly <paramref name="value"/>.</summary>
    public static Quantity Exactly(decimal value) => new(QuantityForm.Exact, value, value, Flags.None, null);

    /// <summary>Approximately <paramref name="value"/>: the value ± the approximate tolerance.</summary>
    public static Quantity Approximately(decimal value) => new(QuantityForm.Approximate, value, value, Flags.None, null);

    /// <summary>Nearly <paramref name="value"/>: just under it.</summary>
    public static Quantity Nearly(decimal value) => new(QuantityForm.Nearly, value, value, Flags.None, null);

    /// <summary>At least <paramref name="value"/>.</summary>
    public static Quantity AtLeast(decimal value) => new(QuantityForm.AtLeast, value, value, Flags.None, null);

    /// <summary>More than <paramref name="value"/>.</summary>
    public static Quantity MoreThan(decimal value) => new(QuantityForm.MoreThan, value, value, Flags.None, null);

    /// <summary>At most <paramref name="value"/>.</summary>
    public static Quantity AtMost(decimal value) => new(QuantityForm.AtMost, value, value, Flags.None, null);

    /// <summary>Less than <paramref name="value"/>.</summary>
    public static Quantity LessThan(decimal value) => new(QuantityForm.LessThan, value, value, Flags.None, null);

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/>, both included.</summary>
    /// <exception cref="ArgumentException"><paramref name="min"/> is greater than <paramref name="max"/>.</exception>
    public static Quantity Between(decimal min, decimal max) => Range(min, false, max, false);

    /// <summary>
    /// A range with either bound left open (null) and either bound excluded; this is the object form of the
    /// file format (<c>{"min": 4000, "max": 5000, "maxExclusive": true}</c>).
    /// </summary>
    /// <param name="min">The lower bound, or null for none.</param>
    /// <param name="minExclusive">Whether <paramref name="min"/> itself is excluded.</param>
    /// <param name="max">The upper bound, or null for none.</param>
    /// <param name="maxExclusive">Whether <paramref name="max"/> itself is excluded.</param>
    /// <exception cref="ArgumentException">Both bounds are null, or <paramref name="min"/> is greater than <paramref name="max"/>, or they are equal and one is excluded.</exception>
    public static Quantity Range(decimal? min, bool minExclusive, decimal? max, bool maxExclusive)
    {
        if (RangeProblem(min, minExclusive, max, maxExclusive) is { } problem) throw new ArgumentException(problem, nameof(min));
        if (min is null) return maxExclusive ? LessThan(max!.Value) : AtMost(max!.Value);
        if (max is null) return minExclusive ? MoreThan(min.Value) : AtLeast(min.Value);
        var flags = (minExclusive ? Flags.LowerExclusive : Flags.None) | (maxExclusive ? Flags.UpperExclusive : Flags.None);
        return new Quantity(QuantityForm.Between, min.Value, max.Value, flags, null);
    }

    /// <summary>Why <see cref="Range"/> cannot make a range of these bounds, or null when it can: the one check of a range, for every caller.</summary>
    internal static string? RangeProblem(decimal? min, bool minExclusive, decimal? max, bool maxExclusive)
    {
        if (min is null && max is null) return "A range needs at least one bound; got neither min nor max.";
        if (min is { } low && max is { } high && (low > high || (low == high && (minExclusive || maxExclusive))))
        {
            return $"The range {NumberText.Format(low)}–{NumberText.Format(high)} is inverted or empty: the lower bound must be below the upper bound.";
        }
        return null;
    }

    /// <summary>Exactly <paramref name="percent"/> per cent (69 for 69 %).</summary>
    public static Quantity Percent(decimal percent) => Exactly(percent).AsPercent();

    /// <summary>
    /// The same statement about a percentage: <c>10</c> becomes <c>10%</c>. A vague amount of things (<c>dozens</c>) has
    /// no such statement and stays as it is, so that a share of "a few" is refused the same way however it is made.
    /// </summary>
    public Quantity AsPercent() => Form == QuantityForm.Vague && !IsPercent ? this : new(Form, Figure, Upper, flags | Flags.Percent, Word, ScaleWord.None);

    /// <summary>The scale word the figure was stated with (<c>billion</c> in "3.42 billion"), or none.</summary>
    internal ScaleWord Scale => scale;

    /// <summary>One of the statement's figures as it was stated: in its scale word, or for a percentage to its decimals.</summary>
    internal string FigureText(decimal figure) => new FigureText(figure, scale, IsPercent).ToString();

    /// <summary>The same statement, written back in <paramref name="stated"/> ("3.42 billion") rather than in digits.</summary>
    /// <remarks>A percentage is written in digits, to the decimals it was stated to, so it takes no scale word.</remarks>
    internal Quantity WithScale(ScaleWord stated) => IsPercent ? this : new(Form, Figure, Upper, flags, Word, stated);

    internal static Quantity Vague(string canonicalWord) =>
        new(QuantityForm.Vague, 0m, 0m, VagueAmounts.Get(canonicalWord).IsPercent ? Flags.Percent : Flags.None, canonicalWord);

    internal static Quantity Fraction(decimal percent, string canonicalWord) =>
        new(QuantityForm.Exact, percent, percent, Flags.Percent, canonicalWord);

    /// <summary><paramref name="part"/> in <paramref name="whole"/> as stated (<c>one in seven</c>, <c>3 in 10</c>): a share, written back in its words.</summary>
    internal static Quantity PartOfWhole(decimal part, decimal whole, string statedWords) =>
        new(QuantityForm.Exact, part * 100m / whole, whole, Flags.Percent | Flags.PartOfWhole, statedWords);

    /// <summary>The same fraction hedged or bounded (<c>nearly two thirds</c>, <c>more than one in five</c>), still written in its words.</summary>
    internal Quantity Hedged(QuantityForm form) => new(form, Figure, Upper, flags, Word, scale);

    /// <summary>
    /// The interval the statement stands for under <paramref name="options"/>.
    /// </summary>
    /// <param name="options">The approximate tolerance and implied precision in force.</param>
    /// <param name="isCount">Whether the metric is a count, which cannot be negative: <c>less than 5,000</c> is then [0, 5,000).</param>
    public ValueInterval ToInterval(QuantityOptions options, bool isCount = false)
    {
        // Every figure of every check comes through here, and most are plain whole figures: those are worked in integers.
        var whole = WholeFigure();
        // The rounding room of the stated figure: what it stands for when implied precision is on.
        var wholeRoom = whole is { } w && options.ImpliedPrecision ? ImpliedHalfWidth(w) : 0L;
        var room = whole is null && options.ImpliedPrecision ? RoundingRoom : wholeRoom;
        var stated = Figure;
        switch (Form)
        {
            case QuantityForm.Exact when (flags & Flags.PartOfWhole) != 0 && options.ImpliedPrecision:
                return PartOfWholeInterval();
            case QuantityForm.Exact:
                return ValueInterval.Closed(Below(), Above());
            case QuantityForm.Approximate:
            {
                if (whole is { } figure && TryApproximateInterval(figure, wholeRoom, options.ApproximateTolerance, out var interval)) return interval;
                var half = Math.Max(Math.Abs(stated) * options.ApproximateTolerance, room);
                return ValueInterval.Closed(Shift(stated, -half), Shift(stated, half));
            }
            case QuantityForm.Nearly:
                return ValueInterval.Create(Shift(stated, -Math.Abs(stated) * options.ApproximateTolerance), true, (double)stated, false);
            // A bound on a round figure reaches as far as the figure could: "more than 3,000" is (2,500, ∞).
            case QuantityForm.AtLeast:
                return ValueInterval.Create(Below(), true, double.PositiveInfinity, false);
            case QuantityForm.MoreThan:
                return ValueInterval.Create(Below(), false, double.PositiveInfinity, false);
            case QuantityForm.AtMost:
                return UpTo(Above(), true, isCount);
            // A strict upper bound says the figure has not reached N: it is taken as stated, so that "less than 4,000"
            // and "between 4,000 and 5,000" stay disjoint, as the catalogue has always said.
            case QuantityForm.LessThan:
                return UpTo((double)stated, false, isCount);
            case QuantityForm.Between:
                return ValueInterval.Create((double)stated, (flags & Flags.LowerExclusive) == 0, (double)Upper, (flags & Flags.UpperExclusive) == 0);
            default:
                return VagueAmounts.Get(Word!).Interval;
        }

        // The figure less and plus its rounding room: in integers for a whole figure, the very doubles decimals give.
        double Below() => whole is { } figure ? figure - wholeRoom : Shift(stated, -room);
        double Above() => whole is { } figure ? figure + wholeRoom : Shift(stated, room);
    }

    /// <summary>
    /// The figure as an integer when it is a plain whole figure (no percentage, no words, not zero) below 2⁵²: there
    /// the figure, its rounding room and their sum and difference are exact both as integers and as doubles, so the
    /// bounds worked in integers are the very doubles the decimal arithmetic gives. Zero is left to the decimals (a
    /// negative zero converts to −0.0). Null otherwise.
    /// </summary>
    private long? WholeFigure()
    {
        // Read from the figure's parts: no decimal need be made for the many figures that are whole.
        return extra is not null || flags != Flags.None || valueMantissa == 0 ? null : DecimalParts.WholeNumber(valueMantissa, valueDecimals);
    }

    /// <summary>
    /// An approximate whole figure's interval, ± the larger of the tolerance and the rounding room. The decimal
    /// arithmetic gives its bounds as mantissas over 10^s, s being the tolerance's decimals, and converts them to
    /// doubles as mantissa ÷ 10^s; so does this, in 128-bit integers, where the mantissas are exact in a double.
    /// </summary>
    private static bool TryApproximateInterval(long whole, long room, decimal tolerance, out ValueInterval interval)
    {
        const long Exact = 1L << 53;
        interval = default;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(tolerance, bits);
        var decimals = (bits[3] >> 16) & 0xFF;
        if (bits[1] != 0 || bits[2] != 0 || bits[3] < 0 || decimals > 18) return false;
        var power = (Int128)PowersOfTen[decimals];
        var scaled = whole * power;
        var half = Int128.Max((whole < 0 ? -whole : whole) * (Int128)(uint)bits[0], room * power);
        var (low, high) = (scaled - half, scaled + half);
        if (low <= -Exact || low >= Exact || high <= -Exact || high >= Exact || low == 0 || high == 0) return false;
        interval = ValueInterval.Closed((long)low / (double)PowersOfTen[decimals], (long)high / (double)PowersOfTen[decimals]);
        return true;
    }

    private static readonly long[] PowersOfTen =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000,
        10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
    ];

    /// <summary>
    /// What "k in M" stands for with implied precision: k out of any whole that rounds to M, [k/(M + ½), k/(M − ½)]
    /// (one in seven is 13.3 %–15.4 %), as a round figure stands for what rounds to it; never above the whole.
    /// </summary>
    private ValueInterval PartOfWholeInterval()
    {
        var whole = Upper;
        var part = decimal.Round(Figure * whole / 100m);
        return ValueInterval.Closed((double)(part * 100m / (whole + 0.5m)), Math.Min(100d, (double)(part * 100m / (whole - 0.5m))));
    }

    private static ValueInterval UpTo(double max, bool inclusive, bool isCount) =>
        ValueInterval.Create(isCount ? Math.Min(0, max) : double.NegativeInfinity, isCount, max, inclusive);

    /// <summary>
    /// Half the unit of the last digit the figure was stated to, when implied precision is on: a round whole
    /// figure stands for what rounds to it (8,600 → ±50, 3,000 → ±500, 5.2 million → ±50,000), a percentage for
    /// what rounds to its last stated digit (34% → ±0.5, 59.9% → ±0.05); other figures (5,201, 3.5) and fractions
    /// written as words (a third) are taken as exact.
    /// </summary>
    internal decimal RoundingRoom => Word is not null ? 0m : IsPercent ? PercentHalfWidth(Figure) : ImpliedHalfWidth(Figure);

    /// <summary>Half the unit of a percentage's last stated digit: 0.5 for 34, 0.05 for 59.9 (and for 60.0).</summary>
    internal static decimal PercentHalfWidth(decimal percent)
    {
        var decimals = percent.Scale;
        var half = 0.5m;
        for (var i = 0; i < decimals; i++) half /= 10m;
        return half;
    }

    /// <summary>
    /// <paramref name="value"/> plus <paramref name="delta"/> (at most as large as the value), exactly where decimal
    /// arithmetic cannot overflow, and in doubles, which saturate, near decimal's limits.
    /// </summary>
    private static double Shift(decimal value, decimal delta) =>
        Math.Abs(value) <= decimal.MaxValue / 2 ? (double)(value + delta) : (double)value + (double)delta;

    /// <summary>The interval under the default options (±10 %, implied precision on).</summary>
    public ValueInterval ToInterval() => ToInterval(QuantityOptions.Default);

    /// <summary>
    /// The figures exactly as stated, without tolerance or implied precision: a point for an exact or
    /// approximate figure, the stated bounds (unbounded on the open side) for bounds and ranges.
    /// Messages are written from these; intervals only decide whether statements conflict.
    /// </summary>
    public ValueInterval Nominal => Form switch
    {
        QuantityForm.Exact or QuantityForm.Approximate or QuantityForm.Nearly => ValueInterval.Point((double)Figure),
        QuantityForm.AtMost => ValueInterval.Create(double.NegativeInfinity, false, (double)Figure, true),
        QuantityForm.LessThan => ValueInterval.Create(double.NegativeInfinity, false, (double)Figure, false),
        _ => ToInterval(default),
    };

    /// <summary>
    /// One number that stands for the statement when a single figure is needed (a trend's start or end):
    /// the figure itself, the middle of a bounded range, or the bound of a one-sided statement.
    /// </summary>
    public double Representative
    {
        get
        {
            var nominal = Nominal;
            if (double.IsInfinity(nominal.Min)) return nominal.Max;
            if (double.IsInfinity(nominal.Max)) return nominal.Min;
            return nominal.Min + ((nominal.Max - nominal.Min) / 2);
        }
    }

    /// <summary>
    /// Half the rounding unit of a round whole figure: 8,600 stands for [8,550, 8,650], so 50;
    /// a figure whose last digit is not zero, or that has decimals, is taken as exact.
    /// </summary>
    internal static decimal ImpliedHalfWidth(decimal figure)
    {
        if (figure.Scale == 0 && figure > long.MinValue && figure <= long.MaxValue) return ImpliedHalfWidth((long)figure);
        if (figure == 0m || figure != decimal.Truncate(figure)) return 0m;
        var magnitude = Math.Abs(figure);
        if (magnitude < 1_000_000_000_000_000_000m)
        {
            // Whole numbers in 64 bits, without decimal division.
            return HalfWidthOf((ulong)magnitude);
        }
        var unit = 1m;
        var rest = Math.Abs(figure);
        while (rest % 10m == 0m)
        {
            rest /= 10m;
            unit *= 10m;
        }
        return unit / 2m is var half && half >= 5m ? half : 0m;
    }

    /// <summary>The same for a whole figure held as an integer.</summary>
    private static long ImpliedHalfWidth(long figure) => figure == 0 ? 0 : (long)HalfWidthOf(figure < 0 ? (ulong)-(figure + 1) + 1 : (ulong)figure);

    /// <summary>Half the rounding unit of a whole figure's <paramref name="magnitude"/> (not 0): 50 for 8,600, 0 when its last digit is not zero.</summary>
    private static ulong HalfWidthOf(ulong magnitude)
    {
        ulong power = 1;
        while (magnitude % 10 == 0)
        {
            magnitude /= 10;
            power *= 10;
        }
        return power >= 10 ? power / 2 : 0;
    }

    /// <summary>
    /// Reads a quantity in the grammar of the claim-set format (<c>8,600</c>, <c>about 5,200</c>, <c>between 4,000 and 5,000</c>,
    /// <c>five thousand</c>, <c>17.35 lakh</c>, <c>as many as one million</c>, <c>dozens</c>, <c>69%</c>, <c>one in seven</c>, <c>nearly two thirds</c>).
    /// </summary>
    /// <param name="text">The statement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a quantity; the message quotes it and says what was expected.</exception>
    public static Quantity Parse(string text) => Parse(text, allowTrailingUnit: false);

    /// <summary>
    /// Reads a quantity; with <paramref name="allowTrailingUnit"/> a trailing unit word (<c>8,600 soldiers</c>)
    /// is ignored, as the file format does when a claim also gives its unit.
    /// </summary>
    /// <param name="text">The statement.</param>
    /// <param name="allowTrailingUnit">Whether up to three trailing words that are not part of the grammar are ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a quantity.</exception>
    public static Quantity Parse(string text, bool allowTrailingUnit)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (QuantityParser.TryParse(text, allowTrailingUnit, out var result, out var error)) return result;
        throw new FormatException(error);
    }

    /// <summary>Reads a quantity, returning false instead of throwing when the text is not one.</summary>
    /// <param name="text">The statement, or null.</param>
    /// <param name="result">The quantity read, or the default value.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, out Quantity result) =>
        QuantityParser.TryParse(text, false, out result);

    // The generic parsing and formatting interfaces, for code that works on any parsable type. The grammar is the
    // format's own, in every culture, so the provider is not consulted; a format string other than "G" is refused.
    static Quantity IParsable<Quantity>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Quantity>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Quantity result) => TryParse(s, out result);

    static Quantity ISpanParsable<Quantity>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    static bool ISpanParsable<Quantity>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Quantity result) => TryParse(s.ToString(), out result);

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        return Utility.FormatStrings.CheckGeneral(format) && TryFormat(destination, out charsWritten);
    }

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) =>
        Utility.FormatStrings.CheckGeneral(format) ? ToString() : string.Empty;

    /// <inheritdoc />
    public bool Equals(Quantity other) =>
        Form == other.Form && Figure == other.Figure && Upper == other.Upper && flags == other.flags && string.Equals(Word, other.Word, StringComparison.Ordinal)
        && StatedDecimals == other.StatedDecimals;

    /// <summary>The decimals a percentage was stated to (59.9% has one, 60.0% one, 60% none): its precision, and so part of the statement.</summary>
    private int StatedDecimals => IsPercent && Word is null ? (Figure.Scale << 8) | Upper.Scale : 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Form, Figure, Upper, flags, Word, StatedDecimals);

    /// <summary>Compares two statements: same form, same figures; "5.2 million" equals "5,200,000".</summary>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Compares two statements: same form, same figures.</summary>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <summary>
    /// The statement as an editor writes it: <c>8,600</c>, <c>~5,200</c>, <c>4,000–5,000</c>, <c>&lt;5,000</c>,
    /// <c>≥3</c>, <c>nearly 5,000</c>, <c>69%</c>, <c>5.2 million</c>, <c>dozens</c>. The text parses back to an equal quantity.
    /// </summary>
    public override string ToString() => Form is QuantityForm.Exact or QuantityForm.Vague && Word is not null ? Word : Utility.SpanText.Format(this, static (Quantity q, Span<char> text, out int written) => q.TryFormat(text, out written));

    /// <summary>An en dash between the ends of a range, or "to" when the upper end is negative: "−5 to −3" reads back, "−5–−3" would not.</summary>
    private string RangeDash => Upper < 0m ? " to " : "–";

    /// <summary>Writes <see cref="ToString"/>'s text into <paramref name="destination"/>; messages are made of many figures, so none is a separate string.</summary>
    internal bool TryFormat(Span<char> destination, out int charsWritten)
    {
        if (Word is not null)
        {
            return Form is QuantityForm.Exact or QuantityForm.Vague
                ? Utility.SpanText.Copy(Word, destination, out charsWritten)
                : destination.TryWrite(CultureInfo.InvariantCulture, $"{HedgeWords(Form)} {Word}", out charsWritten);
        }
        var percent = IsPercent ? "%" : string.Empty;
        // A percentage keeps the decimals it was stated with: "60.0%" says more than "60%" (see RoundingRoom).
        var figure = new FigureText(Figure, scale, IsPercent);
        var invariant = CultureInfo.InvariantCulture;
        return Form switch
        {
            QuantityForm.Exact => destination.TryWrite(invariant, $"{figure}{percent}", out charsWritten),
            QuantityForm.Approximate => destination.TryWrite(invariant, $"~{figure}{percent}", out charsWritten),
            QuantityForm.Nearly => destination.TryWrite(invariant, $"nearly {figure}{percent}", out charsWritten),
            QuantityForm.AtLeast => destination.TryWrite(invariant, $"≥{figure}{percent}", out charsWritten),
            QuantityForm.MoreThan => destination.TryWrite(invariant, $">{figure}{percent}", out charsWritten),
            QuantityForm.AtMost => destination.TryWrite(invariant, $"≤{figure}{percent}", out charsWritten),
            QuantityForm.LessThan => destination.TryWrite(invariant, $"<{figure}{percent}", out charsWritten),
            _ => TryFormatRange(destination, out charsWritten),
        };
    }

    /// <summary>The words before a hedged fraction: <c>nearly</c> two thirds, <c>more than</c> half.</summary>
    internal static string HedgeWords(QuantityForm form) => form switch
    {
        QuantityForm.Approximate => "about",
        QuantityForm.Nearly => "nearly",
        QuantityForm.AtLeast => "at least",
        QuantityForm.MoreThan => "more than",
        QuantityForm.AtMost => "at most",
        _ => "less than",
    };

    private bool TryFormatRange(Span<char> destination, out int charsWritten)
    {
        var invariant = CultureInfo.InvariantCulture;
        var percent = IsPercent ? "%" : string.Empty;
        if ((flags & (Flags.LowerExclusive | Flags.UpperExclusive)) != Flags.None)
        {
            // Each end is a bound of its own (">4 million and ≤5 million"), read back one by one.
            return destination.TryWrite(invariant,
                $"{((flags & Flags.LowerExclusive) != 0 ? ">" : "≥")}{new FigureText(Figure, scale, IsPercent)}{percent} and {((flags & Flags.UpperExclusive) != 0 ? "<" : "≤")}{new FigureText(Upper, scale, IsPercent)}{percent}",
                out charsWritten);
        }
        var common = RangeScale;
        if (common != ScaleWord.None)
        {
            // "4–5 million": the scale word once, after the range, as the grammar reads it back.
            var factor = ScaleWords.Factor(common);
            return destination.TryWrite(invariant, $"{NumberText.Digits(Figure / factor)}{RangeDash}{NumberText.Digits(Upper / factor)} {ScaleWords.Name(common)}", out charsWritten);
        }
        // Both ends in digits: a scale word on the upper end alone would be read as applying to both.
        return destination.TryWrite(invariant, $"{new FigureText(Figure, ScaleWord.None, true)}{percent}{RangeDash}{new FigureText(Upper, ScaleWord.None, true)}{percent}", out charsWritten);
    }

    /// <summary>
    /// Whether both ends of the range can be written in <paramref name="common"/>, the lower end as a mantissa of it, as
    /// the grammar reads "4–5 million" back: when the grammar would give the lower end the scale word
    /// (<see cref="QuantityParser.LowerEndTakes"/>; not for "5–5 million", which it reads as 5 to 5 million).
    /// </summary>
    private bool FitsRange(ScaleWord common) =>
        common != ScaleWord.None && ScaleWords.Fits(Figure, common) && ScaleWords.Fits(Upper, common)
        && QuantityParser.LowerEndTakes(Figure / ScaleWords.Factor(common), ScaleWords.Factor(common), Upper);

    /// <summary>The scale both ends of a range are written in: the one stated, or the one an editor would use for both.</summary>
    private ScaleWord RangeScale
    {
        get
        {
            if (IsPercent) return ScaleWord.None;
            if (FitsRange(scale)) return scale;
            var natural = ScaleWords.Natural(Figure);
            return natural == ScaleWords.Natural(Upper) && FitsRange(natural) ? natural : ScaleWord.None;
        }
    }
}
