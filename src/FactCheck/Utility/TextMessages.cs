using System.Globalization;

namespace FactCheck.Utility;

/// <summary>
/// The messages of the reading side that more than one place gives, in one catalogue, so that a file, a builder and a
/// constructor say the same thing about the same mistake. Each is a clause without a final full stop.
/// </summary>
internal static class TextMessages
{
    internal static string YearOutOfRange(int year) =>
        string.Create(CultureInfo.InvariantCulture, $"The year must be from {Dates.MinYear} to {Dates.MaxYear}; got {year}");

    internal static string DateOutOfRange(NodaTime.LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"A date must fall in the years {Dates.MinYear} to {Dates.MaxYear}; got {date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}");

    internal static string RelativeOutOfRange(string text) =>
        $"'{text}' falls outside the years {Dates.MinYear.ToString(CultureInfo.InvariantCulture)} to {Dates.MaxYear.ToString(CultureInfo.InvariantCulture)} when resolved against the source's date";

    internal static string BlankText(string value) => $"The text must not be empty or white space; got '{value}'";

    internal static string ControlCharacter(string value, int at) =>
        string.Create(CultureInfo.InvariantCulture, $"The text holds the control character U+{(int)value[at]:X4} at position {at + 1}; only tabs and line breaks may appear in text");

    internal static string ControlCharacterInId(string value, int at) =>
        string.Create(CultureInfo.InvariantCulture, $"An identifier holds the control character U+{(int)value[at]:X4} at position {at + 1}; ids are printable text");

    internal static string BadIdentifier(string value) => $"An identifier must be non-empty text without leading or trailing white space; got '{value}'";

    internal static string LoneSurrogate(int at) =>
        string.Create(CultureInfo.InvariantCulture, $"The text holds half of a surrogate pair at position {at + 1}, which stands for no character");
}
