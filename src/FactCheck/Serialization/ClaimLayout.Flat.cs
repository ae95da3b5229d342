using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Json;

namespace FactCheck.Serialization;

internal sealed partial class ClaimLayout
{
    /// <summary>
    /// Notes the fields of the claim object that starts at <paramref name="json"/>'s first byte (a '{'), as
    /// <see cref="Scan"/> does, when the claim is flat: strings without escapes, numbers, <c>true</c>, <c>false</c> and
    /// <c>null</c>, and a value given as an object of numbers, separated by JSON white space. Most claims of a large file
    /// are, and a hand-written pass over them is several times faster than a general reader. Anything else is
    /// <see cref="FlatScan.NotFlat"/>, for the general reader to take from the start, so that what this accepts is
    /// exactly valid JSON read as <see cref="Scan"/> reads it; <paramref name="length"/> is then the object's length, to
    /// its closing brace.
    /// </summary>
    internal FlatScan ScanFlat(ReadOnlySpan<byte> json, out int length)
    {
        Reset();
        length = 0;
        var i = 1;
        if (!SkipBlank(json, ref i)) return FlatScan.Incomplete;
        var closed = json[i] == (byte)'}';
        while (!closed)
        {
            var scan = Member(json, ref i, out var name);
            if (scan != FlatScan.Scanned) return scan;
            var field = Name(json[name], escaped: false, out var taken);
            var start = i;
            if (json[i] == (byte)'"')
            {
                scan = StringEnd(json, i + 1, out var valueEnd);
                if (scan != FlatScan.Scanned) return scan;
                if (taken) Note(field, JsonTokenType.String, start + 1, valueEnd - start - 1);
                i = valueEnd + 1;
            }
            else if (json[i] == (byte)'{')
            {
                // A claim's value as an object of numbers, as files often give it; any other object is the general reader's.
                if (!taken || field != KnownField.Value) return FlatScan.NotFlat;
                scan = ValueObjectEnd(json, ref i);
                if (scan != FlatScan.Scanned) return scan;
                Note(field, JsonTokenType.StartObject, start, 0);
            }
            else
            {
                (scan, var token) = json[i] switch
                {
                    (byte)'t' => (Literal(json, ref i, "true"u8), JsonTokenType.True),
                    (byte)'f' => (Literal(json, ref i, "false"u8), JsonTokenType.False),
                    (byte)'n' => (Literal(json, ref i, "null"u8), JsonTokenType.Null),
                    (byte)'-' or (>= (byte)'0' and <= (byte)'9') => (Number(json, ref i), JsonTokenType.Number),
                    _ => (FlatScan.NotFlat, JsonTokenType.None),
                };
                if (scan != FlatScan.Scanned) return scan;
                if (taken) Note(field, token, start, i - start);
            }
            scan = AfterValue(json, ref i, out closed);
            if (scan != FlatScan.Scanned) return scan;
        }
        length = i + 1;
        return FlatScan.Scanned;
    }

    /// <summary>
    /// Reads the value object that starts at <paramref name="i"/> (a '{') as <see cref="ReadValueObject"/> does, when
    /// its members are all numbers, moving past its closing brace; anything else in it is <see cref="FlatScan.NotFlat"/>.
    /// </summary>
    private FlatScan ValueObjectEnd(ReadOnlySpan<byte> json, ref int i)
    {
        var numbers = new ValueObjectNumbers();
        var plain = true;
        i++;
        if (!SkipBlank(json, ref i)) return FlatScan.Incomplete;
        var closed = json[i] == (byte)'}';
        while (!closed)
        {
            var scan = Member(json, ref i, out var name);
            if (scan != FlatScan.Scanned) return scan;
            if (json[i] is not ((byte)'-' or (>= (byte)'0' and <= (byte)'9'))) return FlatScan.NotFlat;
            var from = i;
            scan = Number(json, ref i);
            if (scan != FlatScan.Scanned) return scan;
            plain &= numbers.Take(KnownField.Find(json[name]), json[from..i]);
            scan = AfterValue(json, ref i, out closed);
            if (scan != FlatScan.Scanned) return scan;
        }
        i++;
        EndValueObject(numbers, plain);
        return FlatScan.Scanned;
    }

    /// <summary>
    /// Reads a member's name, which starts at <paramref name="i"/>, and its colon, moving to its value; the name's place
    /// is <paramref name="name"/>. Not flat when no unescaped name and colon stand there (a trailing comma is not).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FlatScan Member(ReadOnlySpan<byte> json, ref int i, out Range name)
    {
        name = default;
        if (json[i] != (byte)'"') return FlatScan.NotFlat;
        var scan = StringEnd(json, i + 1, out var nameEnd);
        if (scan != FlatScan.Scanned) return scan;
        name = (i + 1)..nameEnd;
        i = nameEnd + 1;
        if (!SkipBlank(json, ref i)) return FlatScan.Incomplete;
        if (json[i] != (byte)':') return FlatScan.NotFlat;
        i++;
        return SkipBlank(json, ref i) ? FlatScan.Scanned : FlatScan.Incomplete;
    }

    /// <summary>
    /// Reads what follows a member's value: the object's closing brace (<paramref name="closed"/>, <paramref name="i"/>
    /// left on it) or a comma, moving to the next member.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FlatScan AfterValue(ReadOnlySpan<byte> json, ref int i, out bool closed)
    {
        closed = false;
        if (!SkipBlank(json, ref i)) return FlatScan.Incomplete;
        if (json[i] == (byte)'}')
        {
            closed = true;
            return FlatScan.Scanned;
        }
        if (json[i] != (byte)',') return FlatScan.NotFlat;
        i++;
        return SkipBlank(json, ref i) ? FlatScan.Scanned : FlatScan.Incomplete;
    }

    /// <summary>Moves <paramref name="i"/> past JSON white space; false when the bytes end there.</summary>
    private static bool SkipBlank(ReadOnlySpan<byte> json, ref int i)
    {
        i = JsonWhiteSpace.Skip(json, i);
        return i < json.Length;
    }

    /// <summary>The closing quote of the string whose text starts at <paramref name="from"/>, when no escape or control character comes first.</summary>
    private static FlatScan StringEnd(ReadOnlySpan<byte> json, int from, out int end)
    {
        var stop = IndexOfStringStop(json[from..]);
        end = from + stop;
        return stop < 0 ? FlatScan.Incomplete : json[end] == (byte)'"' ? FlatScan.Scanned : FlatScan.NotFlat;
    }

    /// <summary>
    /// The index of the first byte of <paramref name="text"/> that ends a string's scan, or -1: its closing quote, an
    /// escape, or a control character, which JSON does not allow raw. Sixteen bytes at a time, by hand: the native tool is
    /// compiled for the baseline instruction set, where <c>SearchValues</c>' search of a set of bytes took 205 ms over the
    /// 14 million names and values of a million-claim file, against 116–120 ms for this (benchmarks/README.md, ninth pass).
    /// </summary>
    internal static int IndexOfStringStop(ReadOnlySpan<byte> text)
    {
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var first = ref MemoryMarshal.GetReference(text);
            var (quote, backslash, space) = (Vector128.Create((byte)'"'), Vector128.Create((byte)'\\'), Vector128.Create((byte)0x20));
            for (; i <= text.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                var bytes = Vector128.LoadUnsafe(ref first, (nuint)i);
                var stops = (Vector128.Equals(bytes, quote) | Vector128.Equals(bytes, backslash) | Vector128.LessThan(bytes, space)).ExtractMostSignificantBits();
                if (stops != 0) return i + BitOperations.TrailingZeroCount(stops);
            }
        }
        for (; i < text.Length; i++)
        {
            if (text[i] is (byte)'"' or (byte)'\\' or < 0x20) return i;
        }
        return -1;
    }

    /// <summary>The literal <paramref name="literal"/> (<c>true</c>, <c>false</c>, <c>null</c>) at <paramref name="i"/>, moving past it.</summary>
    private static FlatScan Literal(ReadOnlySpan<byte> json, ref int i, ReadOnlySpan<byte> literal)
    {
        var rest = json[i..];
        if (rest.Length < literal.Length) return literal.StartsWith(rest) ? FlatScan.Incomplete : FlatScan.NotFlat;
        if (!rest.StartsWith(literal)) return FlatScan.NotFlat;
        i += literal.Length;
        return FlatScan.Scanned;
    }

    /// <summary>A JSON number: an optional minus, 0 or digits not starting with 0, optional decimals, an optional exponent.</summary>
    private static FlatScan Number(ReadOnlySpan<byte> json, ref int i)
    {
        if (json[i] == (byte)'-' && ++i == json.Length) return FlatScan.Incomplete;
        if (json[i] == (byte)'0') i++;
        else if (!Digits(json, ref i)) return FlatScan.NotFlat;
        if (i < json.Length && json[i] == (byte)'.')
        {
            i++;
            if (!Digits(json, ref i)) return i == json.Length ? FlatScan.Incomplete : FlatScan.NotFlat;
        }
        if (i < json.Length && json[i] is (byte)'e' or (byte)'E')
        {
            if (++i < json.Length && json[i] is (byte)'+' or (byte)'-') i++;
            if (!Digits(json, ref i)) return i == json.Length ? FlatScan.Incomplete : FlatScan.NotFlat;
        }
        // A number that runs to the end of the bytes may go on past them.
        return i == json.Length ? FlatScan.Incomplete : FlatScan.Scanned;
    }

    /// <summary>Moves past one digit or more; false when there is none.</summary>
    private static bool Digits(ReadOnlySpan<byte> json, ref int i)
    {
        var from = i;
        while (i < json.Length && json[i] is >= (byte)'0' and <= (byte)'9') i++;
        return i > from;
    }
}
