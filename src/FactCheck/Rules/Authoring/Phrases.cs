using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using FactCheck.Checking;

namespace FactCheck.Rules.Authoring;

/// <summary>How findings cite claims: <c>8,600 on 2020-09-09 (s1)</c>, <c>the target 4,000–5,000 due 2020-11-03 (Donald Trump, s1)</c>.</summary>
/// <remarks>
/// Figures and targets are phrases that format themselves into the message being built: a check that finds a
/// million conflicts would otherwise make several throw-away strings for each.
/// </remarks>
public static class Phrases
{
    /// <summary><c>8,600 on 2020-09-09 (s1)</c>: a figure, its time and who states it.</summary>
    public static string Figure(Quantity value, FuzzyTime time, Provenance provenance) => new FigurePhrase(value, time, provenance, string.Empty).ToString();

    /// <summary><c>8,600 on 2020-09-09 (s1)</c>, or <c>62 miles on 2020-09-09 (s1)</c> for a unit that converts.</summary>
    public static string Figure(ObservationEntry entry) => FigureOf(entry).ToString();

    /// <summary><c>the target 4,000–5,000 due 2020-11-03 (s1)</c>, or <c>the open-ended target &lt;5,000 (s1)</c>.</summary>
    public static string Target(Target target) => new TargetPhrase(target, string.Empty).ToString();

    /// <summary>As <see cref="Target(FactCheck.Target)"/>, with the unit when it converts.</summary>
    public static string Target(TargetEntry entry) => TargetOf(entry).ToString();

    /// <summary>A time as findings cite it: <c>on 2020-09-09</c>, <c>in late 2018</c>, <c>from 2020-03 to 2020-09</c>.</summary>
    public static string Time(FuzzyTime time) => TimePhrase.Of(time);

    /// <summary>A day: <c>2020-09-09</c>.</summary>
    public static string Day(NodaTime.LocalDate day) => Dates.Format(day);

    /// <summary>A time of day with its offset, as a claim set writes it: <c>2023-02-05T23:35-04:00</c>.</summary>
    public static string Moment(NodaTime.OffsetDateTime moment) => TimesOfDay.Format(moment);

    /// <summary>A UTC offset: <c>-04:00</c>, <c>+05:30</c>.</summary>
    public static string Offset(NodaTime.Offset offset) => TimesOfDay.Format(offset);

    /// <summary>A change as its claim states it: <c>a significant decrease</c>, <c>an increase of 20%</c>, <c>no change</c>.</summary>
    public static string Change(ChangeDirection direction, ChangeMagnitude? magnitude) => ChangeText.Describe(direction, magnitude);

    /// <summary>The days from one day to another (negative when <paramref name="to"/> is earlier).</summary>
    public static int DaysBetween(NodaTime.LocalDate from, NodaTime.LocalDate to) => Dates.DaysBetween(from, to);

    internal static FigurePhrase FigureOf(ObservationEntry entry) =>
        new(entry.Claim.Value, entry.Claim.Time, entry.Claim.Provenance, StatedUnit.Suffix(entry.Claim.Unit, entry.Scale));

    internal static TargetPhrase TargetOf(TargetEntry entry) => new(entry.Claim, StatedUnit.Suffix(entry.Claim.Unit, entry.Scale));

    /// <summary><c>1 day</c>, <c>55 days</c>.</summary>
    public static string Days(int days) => days == 1 ? "1 day" : days.ToString(CultureInfo.InvariantCulture) + " days";

    /// <summary>
    /// A statement as findings cite it: <c>8,600 on 2020-09-09 (s1)</c>, or for one made by several,
    /// <c>8,600 on 2020-09-09 (stated by 3 sources: s1; s2; Reuters, s3)</c>; targets as <see cref="Target(Target)"/>.
    /// </summary>
    public static string Statement(Statement statement)
    {
        var text = new StringBuilder();
        AppendStatement(text, statement);
        return text.ToString();
    }

    /// <summary>
    /// Appends <see cref="Statement(Authoring.Statement)"/>'s text to <paramref name="text"/>, each figure, unit, time
    /// and source written there directly: a report of a hundred thousand findings cites two statements in each.
    /// </summary>
    internal static void AppendStatement(StringBuilder text, Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var lead = statement.Lead;
        var invariant = CultureInfo.InvariantCulture;
        if (lead.Claim is Target target)
        {
            text.Append(invariant, $"{(target.DeadlineDay is null ? "the open-ended target " : "the target ")}{target.Value}");
            lead.AppendUnitSuffix(text);
            if (target.DeadlineDay is { } day) text.Append(invariant, $" due {new DayText(day)}");
        }
        else
        {
            lead.AppendValue(text);
            text.Append(invariant, $" {new TimeText(((Observation)lead.Claim).Time)}");
        }
        text.Append(' ');
        AppendStatedBy(text, statement.Claims);
    }

    /// <summary><c>(s1)</c>, or <c>(stated by 8 sources: s1; s2; s3; s4 and 4 more)</c> when several claims make the statement.</summary>
    public static string StatedBy(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var text = new StringBuilder();
        AppendStatedBy(text, statement.Claims);
        return text.ToString();
    }

    /// <summary>
    /// Appends <see cref="StatedBy(IEnumerable{Provenance})"/>'s text for the claims of a statement. Most statements are
    /// made by one source, or by claims that all name the same one: then it is written as it stands, with no list.
    /// </summary>
    private static void AppendStatedBy(StringBuilder text, ImmutableArray<Figure> claims)
    {
        var first = claims[0].Claim.Provenance;
        foreach (var figure in claims.AsSpan()[1..])
        {
            if (!first.CitesAs(figure.Claim.Provenance))
            {
                text.Append(StatedBy(claims.Select(c => c.Claim.Provenance)));
                return;
            }
        }
        // ToString gives the source or the attribution itself, making a string only when it names both.
        text.Append('(').Append(first.ToString()).Append(')');
    }

    /// <summary><c>(s1)</c>, or <c>(stated by 2 sources: s1; police, s2)</c>.</summary>
    public static string StatedBy(IEnumerable<Provenance> provenances)
    {
        const int Listed = 4;
        var distinct = provenances.Select(p => p.ToString()).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 1) return $"({distinct[0]})";
        var listed = string.Join("; ", distinct.Take(Listed));
        var more = distinct.Count > Listed ? $" and {distinct.Count - Listed} more" : string.Empty;
        return $"(stated by {distinct.Count.ToString(CultureInfo.InvariantCulture)} sources: {listed}{more})";
    }

    /// <summary><c>5,200 (s1), 3,000 (s2) and 8,000 (s3)</c>, the first few of a long list and how many more.</summary>
    public static string List(IReadOnlyList<string> items, int listed = 6)
    {
        if (items.Count == 1) return items[0];
        if (items.Count <= listed) return string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
        return string.Join(", ", items.Take(listed)) + $" and {(items.Count - listed).ToString(CultureInfo.InvariantCulture)} more";
    }

    /// <summary><c>8,600 on 2020-09-09 (s1)</c>, or <c>62 miles on 2020-09-09 (s1)</c> for a unit that converts.</summary>
    internal readonly struct FigurePhrase(Quantity value, FuzzyTime time, Provenance provenance, string unit) : ISpanFormattable
    {
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
            destination.TryWrite(CultureInfo.InvariantCulture, $"{new QuantityText(value)}{unit} {new TimeText(time)} ({provenance})", out charsWritten);

        public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");
    }

    /// <summary><c>the target 4,000–5,000 due 2020-11-03 (s1)</c>, or <c>the open-ended target &lt;5,000 (s1)</c>.</summary>
    internal readonly struct TargetPhrase(Target target, string unit) : ISpanFormattable
    {
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) => target.DeadlineDay is { } day
            ? destination.TryWrite(CultureInfo.InvariantCulture, $"the target {new QuantityText(target.Value)}{unit} due {new DayText(day)} ({target.Provenance})", out charsWritten)
            : destination.TryWrite(CultureInfo.InvariantCulture, $"the open-ended target {new QuantityText(target.Value)}{unit} ({target.Provenance})", out charsWritten);

        public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this}");
    }

    private readonly struct QuantityText(Quantity value) : ISpanFormattable
    {
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) => value.TryFormat(destination, out charsWritten);

        public string ToString(string? format, IFormatProvider? formatProvider) => value.ToString();
    }

    private readonly struct TimeText(FuzzyTime time) : ISpanFormattable
    {
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) => TimePhrase.TryFormat(time, destination, out charsWritten);

        public string ToString(string? format, IFormatProvider? formatProvider) => TimePhrase.Of(time);
    }

    private readonly struct DayText(NodaTime.LocalDate day) : ISpanFormattable
    {
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) => Dates.TryFormat(day, destination, out charsWritten);

        public string ToString(string? format, IFormatProvider? formatProvider) => Dates.Format(day);
    }
}
