namespace FactCheck.Utility;

/// <summary>Helpers for writing text into a caller's buffer, as <see cref="ISpanFormattable"/> does.</summary>
internal static class SpanText
{
    /// <summary>Copies <paramref name="text"/> into <paramref name="destination"/> if it fits.</summary>
    internal static bool Copy(string text, Span<char> destination, out int charsWritten)
    {
        var fits = text.TryCopyTo(destination);
        charsWritten = fits ? text.Length : 0;
        return fits;
    }

    /// <summary>The text a <c>TryFormat</c> writes, as a string: through a stack buffer when it is short, as most are.</summary>
    internal static string Format<T>(T value, TryFormatter<T> format)
    {
        Span<char> buffer = stackalloc char[128];
        for (var size = 128; ; size *= 2)
        {
            if (size > 128) buffer = new char[size];
            if (format(value, buffer, out var written)) return new string(buffer[..written]);
        }
    }

    /// <summary>Writes <paramref name="value"/> into <paramref name="destination"/>; false when it does not fit.</summary>
    internal delegate bool TryFormatter<T>(T value, Span<char> destination, out int charsWritten);
}
