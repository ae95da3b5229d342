using System.Text.Json;

namespace FactCheck.Serialization;

/// <summary>
/// Where each top-level field of a claim stands in its bytes, noted by the reading thread in the one pass that finds
/// the claim's end (<see cref="JsonStreamReader.TryPeekObject"/>), so that the converter, which drafts the claim
/// (<see cref="ClaimBytesReader"/>), need not read its JSON again. Says too whether the claim is plain enough to draft
/// (every field known or an extension, each once, none an array, only the value an object, and that one of numbers),
/// and whether any text in it has escapes (then it is read as a node, which unescapes and checks them).
/// </summary>
internal sealed partial class ClaimLayout
{
    /// <summary>The most fields a plain claim has; one with more is not plain.</summary>
    private const int MaxFields = 32;

    private readonly FieldSpan[] fields = new FieldSpan[MaxFields];

    /// <summary>Which <see cref="KnownField"/>s the claim has, one bit each.</summary>
    internal ulong Present { get; private set; }

    /// <summary>Whether the claim is one <see cref="ClaimBytesReader"/> may draft.</summary>
    internal bool Plain { get; private set; }

    /// <summary>Whether a name or string anywhere in the claim has escapes.</summary>
    internal bool Escaped { get; private set; }

    /// <summary>The claim's value, when it is given as an object of numbers.</summary>
    internal Quantity ValueObject { get; private set; }

    /// <summary>The fields noted, in the order they stand.</summary>
    internal ReadOnlySpan<FieldSpan> Fields => fields.AsSpan(0, Count);

    private int Count { get; set; }

    /// <summary>The place of the string the claim gives for <paramref name="field"/> (a <see cref="KnownField"/> number), when it gives one.</summary>
    internal FieldSpan? StringOf(int field) => (Present & 1UL << field) == 0 ? null : StringOf(Fields, field);

    /// <summary>The place of the string <paramref name="fields"/>, a claim's fields as noted, give for <paramref name="field"/>, when they give one.</summary>
    internal static FieldSpan? StringOf(ReadOnlySpan<FieldSpan> fields, int field)
    {
        foreach (var span in fields)
        {
            if (span.Field == field) return span.Token == JsonTokenType.String ? span : null;
        }
        return null;
    }

    /// <summary>
    /// Reads the object that starts at the reader's next token to its end, noting its fields; false when the input
    /// ends first. <paramref name="objectStart"/> is where the object starts in what the reader reads; the fields'
    /// places count from there.
    /// </summary>
    /// <exception cref="JsonException">The object is not valid JSON.</exception>
    internal bool Scan(ref Utf8JsonReader reader, out int objectStart)
    {
        Reset();
        objectStart = 0;
        if (!reader.Read()) return false;
        objectStart = (int)reader.TokenStartIndex;
        while (true)
        {
            if (!reader.Read()) return false;
            // Nested values are read whole below, so the next end of an object is this one's.
            if (reader.TokenType == JsonTokenType.EndObject) return true;
            Escaped |= reader.ValueIsEscaped;
            var field = Name(reader.ValueSpan, Escaped, out var taken);
            if (!reader.Read()) return false;
            var start = (int)reader.TokenStartIndex - objectStart;
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    Escaped |= reader.ValueIsEscaped;
                    if (taken) Note(field, JsonTokenType.String, start + 1, reader.ValueSpan.Length);
                    break;
                case JsonTokenType.StartObject when taken && field == KnownField.Value:
                    if (!ReadValueObject(ref reader)) return false;
                    Note(field, JsonTokenType.StartObject, start, 0);
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    if (taken) Plain = false;
                    if (!SkipNested(ref reader)) return false;
                    break;
                default:
                    if (taken) Note(field, reader.TokenType, start, reader.ValueSpan.Length);
                    break;
            }
        }
    }

    private void Reset() => (Present, Count, Plain, Escaped) = (0, 0, true, false);

    /// <summary>
    /// The <see cref="KnownField"/> number of the field named <paramref name="name"/> (-1 for one not known), and whether
    /// it is taken: known, not given before, and within <see cref="MaxFields"/>. Any other name but an extension's makes
    /// the claim not plain.
    /// </summary>
    private int Name(ReadOnlySpan<byte> name, bool escaped, out bool taken)
    {
        // An escaped name is not unescaped to look it up: it may hold half a surrogate pair, and the claim is not taken anyway.
        var field = escaped ? -1 : KnownField.Find(name);
        taken = field >= 0 && (Present & 1UL << field) == 0 && Count < MaxFields;
        // Extensions are skipped unread, as the node reader skips them; any other name, or a field given twice, is its to report.
        if (!taken && !(field < 0 && !escaped && name.StartsWith("x-"u8))) Plain = false;
        return field;
    }

    private void Note(int field, JsonTokenType token, int start, int length)
    {
        Present |= 1UL << field;
        fields[Count++] = new FieldSpan(field, token, start, length);
    }

    /// <summary>Reads the object or array that starts at the current token to its end, noting escapes; false when the input ends first.</summary>
    private bool SkipNested(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName) Escaped |= reader.ValueIsEscaped;
            else if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth) return true;
        }
        return false;
    }
}

/// <summary>Where a field's value stands in a claim's bytes: its token, and the start and length of its text (of a string, without the quotes).</summary>
/// <param name="Field">The field's <see cref="KnownField"/> number.</param>
/// <param name="Token">The value's token; <see cref="JsonTokenType.StartObject"/> for a value object, read already.</param>
/// <param name="Start">Where the text starts, from the claim's first byte.</param>
/// <param name="Length">How many bytes the text has.</param>
internal readonly record struct FieldSpan(int Field, JsonTokenType Token, int Start, int Length);
