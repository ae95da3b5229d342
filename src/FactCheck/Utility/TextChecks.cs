using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FactCheck.Utility;

/// <summary>
/// The model's checks of ids and texts, in one place: each returns what is wrong (a clause from
/// <see cref="TextMessages"/>) or null. A constructor or builder turns the answer into an
/// <see cref="ArgumentException"/>; the file reader into a located problem.
/// </summary>
internal static class TextChecks
{
    /// <summary>An id: not blank, no white space at either end, no control characters, no half surrogate pairs.</summary>
    internal static string? IdentifierProblem(string value)
    {
        // Most ids are printable ASCII: one vectorised pass rules out every problem below but spaces at the ends.
        if (value.Length > 0 && value[0] != ' ' && value[^1] != ' ' && IsPrintableAscii(value)) return null;
        if (string.IsNullOrWhiteSpace(value) || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])) return TextMessages.BadIdentifier(value);
        var control = value.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        if (control < 0) control = value.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
        if (control >= 0) return TextMessages.ControlCharacterInId(value, control);
        return Unpaired(value) is var at and >= 0 ? TextMessages.LoneSurrogate(at) : null;
    }

    /// <summary>Required text: not blank, and otherwise as <see cref="OptionalTextProblem"/>.</summary>
    internal static string? TextProblem(string value) =>
        string.IsNullOrWhiteSpace(value) ? TextMessages.BlankText(value) : OptionalTextProblem(value);

    /// <summary>Text that may be blank: no control characters but tabs and line breaks, no half surrogate pairs.</summary>
    internal static string? OptionalTextProblem(string value)
    {
        if (IsPrintableAscii(value)) return null;
        var span = value.AsSpan();
        for (var from = 0; ;)
        {
            var at = span[from..].IndexOfAnyInRange('\0', '\u001F');
            if (at < 0) break;
            at += from;
            if (value[at] is not ('\t' or '\n' or '\r')) return TextMessages.ControlCharacter(value, at);
            from = at + 1;
        }
        var high = span.IndexOfAnyInRange('\u007F', '\u009F');
        if (high >= 0) return TextMessages.ControlCharacter(value, high);
        return Unpaired(value) is var unpaired and >= 0 ? TextMessages.LoneSurrogate(unpaired) : null;
    }

    /// <summary>The index of the first half of a surrogate pair that has no other half, or -1.</summary>
    private static int Unpaired(string value)
    {
        for (var i = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    /// <summary>Whether <paramref name="value"/> is all printable ASCII: no control character, no surrogate, nothing to look at closer.</summary>
    /// <remarks>
    /// Eight characters at a time, by hand, not <c>ContainsAnyExceptInRange(' ', '~')</c>: that generic method tells the
    /// character type apart with type tests, which code not yet optimised boxes, two characters a call. A million-claim
    /// file read in a new process asks this of every id and subject, and the first read allocated up to 70 bytes a claim
    /// more than the next, all of it boxed characters (benchmarks/README.md, twenty-sixth pass). A search through
    /// <c>SearchValues</c> boxes nothing, but its call through the search's type cost the native tool some 3 %.
    /// </remarks>
    private static bool IsPrintableAscii(string value)
    {
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(value.AsSpan()));
            var (space, width) = (Vector128.Create((ushort)' '), Vector128.Create((ushort)('~' - ' ')));
            for (; i <= value.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                // Below the space, the difference wraps round to a large number: one comparison for both ends.
                if (Vector128.GreaterThanAny(Vector128.LoadUnsafe(ref first, (nuint)i) - space, width)) return false;
            }
        }
        for (; i < value.Length; i++)
        {
            if ((uint)(value[i] - ' ') > '~' - ' ') return false;
        }
        return true;
    }
}
