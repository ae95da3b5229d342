using System.Globalization;
using System.Text.Unicode;

namespace FactCheck.Serialization;

/// <summary>
/// Finds text a claim set cannot hold in the raw bytes of a JSON string: bytes that are not UTF-8, and \u escapes of
/// half a surrogate pair. System.Text.Json finds both only when a string is decoded, and then throws; this says
/// where, and which encoding the file seems to be in.
/// </summary>
internal static class Utf8Check
{
    /// <summary>
    /// The index in <paramref name="raw"/> (a string's bytes as written, escapes and all) of the first byte of text that
    /// is not Unicode, or -1 when it is all well formed.
    /// </summary>
    internal static int FindInvalid(ReadOnlySpan<byte> raw, bool escaped)
    {
        if (!Utf8.IsValid(raw)) return FirstInvalidByte(raw);
        return escaped ? FindLoneSurrogateEscape(raw) : -1;
    }

    /// <summary>What is wrong at <paramref name="at"/>, found by <see cref="FindInvalid"/>, and what the file seems to be.</summary>
    internal static string Describe(ReadOnlySpan<byte> raw, int at)
    {
        if (raw[at] == (byte)'\\')
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"The text holds the escape {System.Text.Encoding.ASCII.GetString(raw.Slice(at, Math.Min(6, raw.Length - at)))}, half of a surrogate pair, which stands for no character; escape both halves of the pair, or write the character itself.");
        }
        var b = raw[at];
        var guess = b is >= 0x80 and <= 0x9F
            ? "the file looks like Windows-1252"
            : b >= 0xA0 && (at + 1 >= raw.Length || raw[at + 1] < 0x80 || raw[at + 1] >= 0xC0)
                ? "the file looks like Latin-1 (ISO-8859-1 or Windows-1252)"
                : "the file is not in UTF-8";
        return string.Create(CultureInfo.InvariantCulture,
            $"The text is not valid UTF-8: the byte 0x{b:X2} does not belong there; {guess}. A claim set is read as UTF-8: save the file as UTF-8.");
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> raw)
    {
        var i = 0;
        while (i < raw.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(raw[i..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done) return i;
            i += consumed;
        }
        return -1;
    }

    /// <summary>The index of a \u escape of a lone surrogate, or -1.</summary>
    private static int FindLoneSurrogateEscape(ReadOnlySpan<byte> raw)
    {
        for (var i = raw.IndexOf((byte)'\\'); i >= 0 && i < raw.Length - 1;)
        {
            if (raw[i + 1] != (byte)'u')
            {
                var next = raw[(i + 2)..].IndexOf((byte)'\\');
                if (next < 0) return -1;
                i += 2 + next;
                continue;
            }
            var unit = Hex(raw, i + 2);
            if (unit is >= 0xDC00 and <= 0xDFFF) return i;
            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                if (i + 12 <= raw.Length && raw[i + 6] == (byte)'\\' && raw[i + 7] == (byte)'u' && Hex(raw, i + 8) is >= 0xDC00 and <= 0xDFFF)
                {
                    i += 12;
                }
                else
                {
                    return i;
                }
            }
            else
            {
                i += 6;
            }
            var rest = i < raw.Length ? raw[i..].IndexOf((byte)'\\') : -1;
            if (rest < 0) return -1;
            i += rest;
        }
        return -1;
    }

    private static int Hex(ReadOnlySpan<byte> raw, int at)
    {
        if (at + 4 > raw.Length) return -1;
        return int.TryParse(raw.Slice(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit) ? unit : -1;
    }
}
