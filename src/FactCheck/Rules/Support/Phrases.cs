using System.Globalization;
using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>How findings cite claims: <c>8,600 on 2020-09-09 (s1)</c>, <c>the target 4,000–5,000 due 2020-11-03 (Donald Trump, s1)</c>.</summary>
/// <remarks>
/// Figures and targets are phrases that format themselves into the message being built: a check that finds a
/// million conflicts would otherwise make several throw-away strings for each.
/// </remarks>
internal static class Phrases
{
    internal static FigurePhrase Figure(Quantity value, FuzzyTime time, Provenance provenance) => new(value, time, provenance, string.Empty);

    internal static FigurePhrase Figure(ObservationEntry entry) =>
        new(entry.Claim.Value, entry.Claim.Time, entry.Claim.Provenance, StatedUnit.Suffix(entry.Claim.Unit, entry.Scale));

    internal static TargetPhrase Target(Target target) => new(target, string.Empty);

    internal static TargetPhrase Target(TargetEntry entry) => new(entry.Claim, StatedUnit.Suffix(entry.Claim.Unit, entry.Scale));

    internal static string Time(FuzzyTime time) => TimePhrase.Of(time);

    internal static string Day(NodaTime.LocalDate day) => Dates.Format(day);

    internal static string Days(int days) => days == 1 ? "1 day" : days.ToString(CultureInfo.InvariantCulture) + " days";

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
