using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace FactCheck;

/// <summary>
/// A time of day with its UTC offset, as claims write it (<c>2023-02-07T08:00+03:00</c>, <c>…T08:00:30Z</c>,
/// <c>…T23:35-04:00</c>): read and written with NodaTime's <see cref="OffsetDateTimePattern"/>. The offset is
/// required: without it a time of day names no moment, and a claim set gathers outlets from many places.
/// </summary>
internal static class TimesOfDay
{
    // "Z" for a zero offset, otherwise +HH:mm; seconds and fractions only when given.
    private static readonly OffsetDateTimePattern Minutes = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<Z+HH:mm>");
    private static readonly OffsetDateTimePattern Seconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<Z+HH:mm>");
    private static readonly OffsetPattern OffsetText = OffsetPattern.CreateWithInvariantCulture("Z+HH:mm");
    private static readonly LocalDateTimePattern NoOffset = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDateTimePattern NoOffsetSeconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF");

    /// <summary>Whether <paramref name="text"/> is written as a date with a time of day (<c>2023-02-07T…</c>), right or wrong.</summary>
    internal static bool IsTimeOfDay(string text) => text.Length > 10 && text[10] is 'T' or 't' && char.IsAsciiDigit(text[0]);

    /// <summary>Reads a time of day with its offset; never throws. <paramref name="error"/> says what is wrong otherwise.</summary>
    internal static bool TryParse(string text, out OffsetDateTime value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        var trimmed = text.Trim();
        var result = Minutes.Parse(trimmed);
        if (!result.Success) result = Seconds.Parse(trimmed);
        if (result.Success)
        {
            value = result.Value;
            if (Dates.InRange(value.Date)) return true;
            error = Utility.TextMessages.DateOutOfRange(value.Date) + ".";
            return false;
        }
        value = default;
        error = NoOffset.Parse(trimmed).Success || NoOffsetSeconds.Parse(trimmed).Success
            ? $"The time of day '{text}' needs a UTC offset, as in '2023-02-07T08:00+03:00' ('Z' for UTC): without one it names no moment."
            : $"'{text}' is not a time of day; expected a date, a time and a UTC offset, as in '2023-02-07T08:00+03:00' or '2023-02-07T05:00Z'.";
        return false;
    }

    /// <summary>Reads a time of day with its offset.</summary>
    /// <exception cref="ArgumentException">It is not one.</exception>
    internal static OffsetDateTime Parse(string text, string paramName) =>
        TryParse(text, out var value, out var error) ? value : throw new ArgumentException(error, paramName);

    /// <summary><c>2023-02-07T08:00+03:00</c>; seconds only when the time has them, <c>Z</c> for a zero offset.</summary>
    internal static string Format(OffsetDateTime value) =>
        (value.Second == 0 && value.NanosecondOfSecond == 0 ? Minutes : Seconds).Format(value);

    /// <summary>An offset as the format writes it: <c>+05:00</c>, <c>-04:00</c>, <c>Z</c>.</summary>
    internal static string Format(Offset offset) => OffsetText.Format(offset);

    /// <summary>Reads an offset (<c>+05:00</c>, <c>-04:00</c>, <c>Z</c>); never throws.</summary>
    internal static bool TryParseOffset(string text, out Offset offset, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = OffsetText.Parse(text.Trim());
        offset = result.Success ? result.Value : default;
        error = result.Success ? null : string.Create(CultureInfo.InvariantCulture, $"A UTC offset is written '+05:00', '-04:00' or 'Z'; got '{text}'.");
        return result.Success;
    }
}
