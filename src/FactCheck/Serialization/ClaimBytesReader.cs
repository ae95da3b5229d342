using System.Globalization;
using System.Text.Json;
using FactCheck.Utility;

namespace FactCheck.Serialization;

/// <summary>
/// Reads the claims most files are made of straight from their bytes into a draft: observations, targets and events
/// whose fields are all there, well formed and plain. A large file is mostly such claims, and reading them this way
/// skips the node that <see cref="ClaimReader"/> reads from (an object, a list and a string per field), the position
/// of every value, and strings for figures. It gives up on anything else (another kind, a span, a weekday, a value
/// object with bounds that exclude, a time of day) and at the first thing it would have to report, leaving the claim
/// to <see cref="ClaimReader"/>, which reads every claim and reports every problem: so a claim reads the same either
/// way, and every message stays where it was (tests read whole files both ways and compare). The reading thread has
/// noted where the claim's fields stand (<see cref="ClaimLayout"/>); this reader, the converter's, takes them from there.
/// </summary>
internal sealed class ClaimBytesReader
{
    private static readonly ulong Common = KnownField.Mask(["id", "kind", "source", "attribution", "quote"]);
    private static readonly ulong ObservationFields = Common | KnownField.Mask(["subject", "metric", "value", "unit", "time", "basis", "projection", "revises"]);
    private static readonly ulong TargetFields = Common | KnownField.Mask(["subject", "metric", "value", "unit", "deadline", "stated", "tense", "basis"]);
    private static readonly ulong EventFields = Common | KnownField.Mask(["subject", "time", "tense"]);

    private readonly SharedStrings strings = new();

    // What the values, times and units seen lately stood for, by their bytes: most claims state one seen before. A text
    // not held here is parsed as ClaimReader parses it, with no second cache to miss on the way.
    private readonly Utf8TextCache<Quantity> values = new();
    private readonly Utf8TextCache<Quantity> valuesBeforeUnits = new();
    private readonly Utf8TextCache<TimeInput> times = new();
    private readonly Utf8TextCache<Unit> units = new();

    // Where each field's value stands in the claim's bytes (see ClaimLayout): its token, and the start and length of its text.
    private readonly JsonTokenType[] tokens = new JsonTokenType[64];
    private readonly int[] starts = new int[64];
    private readonly int[] lengths = new int[64];
    private ulong present;
    private Quantity valueObject;
    private ClaimDraft draft;

    /// <summary>The draft of the last claim read; its provenance is still in parts (source, attribution, quote) for the converter to share.</summary>
    internal ref readonly ClaimDraft Draft => ref draft;

    /// <summary>The strings of repeating fields this reader shares, for the nodes read on its thread to share them too.</summary>
    internal SharedStrings Strings => strings;

    /// <summary>
    /// Reads the claim whose bytes are <paramref name="claim"/>, whose id, taken when it was numbered, is
    /// <paramref name="id"/> (which passed <see cref="IsIdentifier"/> if <paramref name="idChecked"/>), and whose fields
    /// stand where <paramref name="fields"/> says (a plain claim's, see
    /// <see cref="ClaimLayout"/>), its value object read as <paramref name="valueObject"/>, into <see cref="Draft"/>;
    /// false when <see cref="ClaimReader"/> must read it.
    /// </summary>
    internal bool TryRead(ReadOnlySpan<byte> claim, string? id, bool idChecked, ReadOnlySpan<FieldSpan> fields, Quantity valueObject)
    {
        draft = default;
        present = 0;
        foreach (var field in fields)
        {
            present |= 1UL << field.Field;
            (tokens[field.Field], starts[field.Field], lengths[field.Field]) = (field.Token, field.Start, field.Length);
        }
        this.valueObject = valueObject;
        var (kindOf, allowed) = Token(KnownField.Kind) == JsonTokenType.String ? KindOf(Bytes(claim, KnownField.Kind)) : (ClaimKind.Observation, 0UL);
        if (id is null || allowed == 0 || (present & ~allowed) != 0) return false;
        if (!idChecked
            || !TryIdentifier(claim, KnownField.Source, false, out var source)
            || !TryString(claim, KnownField.Attribution, false, out var attribution)
            || !TryString(claim, KnownField.Quote, false, out var quote)
            || !TryIdentifier(claim, KnownField.Subject, true, out var subject, out var subjectNumber))
        {
            return false;
        }
        draft.Kind = kindOf;
        draft.Id = id;
        draft.Source = source;
        draft.Attribution = attribution;
        draft.Quote = quote;
        draft.Subject = subject;
        draft.SubjectNumber = subjectNumber;
        var drafted = kindOf switch
        {
            ClaimKind.Observation => Observation(claim),
            ClaimKind.Target => Target(claim),
            _ => Event(claim),
        };
        // The id passed IsIdentifier when it was numbered (idChecked), the subject above, the metric as the kind was read.
        draft.IdentifiersChecked = drafted;
        return drafted;
    }

    /// <summary>
    /// Whether <paramref name="claim"/>, laid out as <paramref name="layout"/> says, is one this reader may draft: plain,
    /// of a kind it drafts, with no field that kind has not. The reading thread reads any other claim as a node at once.
    /// </summary>
    internal static bool MayTake(ReadOnlySpan<byte> claim, ClaimLayout layout) =>
        layout.Plain && layout.StringOf(KnownField.Kind) is { } kind && KindOf(claim.Slice(kind.Start, kind.Length)) is (_, var allowed and not 0)
        && (layout.Present & ~allowed) == 0;

    /// <summary>The kind spelled by <paramref name="kind"/> and the fields it may have; no fields for a kind this reader does not draft.</summary>
    private static (ClaimKind Kind, ulong Fields) KindOf(ReadOnlySpan<byte> kind) =>
        kind.SequenceEqual("observation"u8) ? (ClaimKind.Observation, ObservationFields)
        : kind.SequenceEqual("target"u8) ? (ClaimKind.Target, TargetFields)
        : kind.SequenceEqual("event"u8) ? (ClaimKind.Event, EventFields)
        : (ClaimKind.Observation, 0UL);

    private bool Observation(ReadOnlySpan<byte> claim)
    {
        if (!TryValue(claim, out var value) || !TryUnit(claim, out var unit) || !TryIdentifier(claim, KnownField.Metric, false, out var metric)
            || !TryTime(claim, KnownField.Time, timeOfDayApart: true, out var time) || !TryBasis(claim, out var basis)
            || !TryFlag(KnownField.Projection, out var projection) || !TryIdentifier(claim, KnownField.Revises, false, out var revises))
        {
            return false;
        }
        (draft.Value, draft.Unit, draft.Metric, draft.Time, draft.Basis, draft.Projection, draft.Revises) = (value, unit, metric, time, basis, projection, revises);
        return true;
    }

    private bool Target(ReadOnlySpan<byte> claim)
    {
        if (!TryValue(claim, out var value) || !TryUnit(claim, out var unit) || !TryIdentifier(claim, KnownField.Metric, false, out var metric)
            || !TryTime(claim, KnownField.Deadline, timeOfDayApart: false, out var deadline) || !TryTime(claim, KnownField.Stated, timeOfDayApart: false, out var stated)
            || !TryTense(claim, out var tense) || !TryBasis(claim, out var basis))
        {
            return false;
        }
        (draft.Value, draft.Unit, draft.Metric, draft.Deadline, draft.Stated, draft.Tense, draft.Basis) = (value, unit, metric, deadline, stated, tense, basis);
        return true;
    }

    private bool Event(ReadOnlySpan<byte> claim)
    {
        if (!TryTime(claim, KnownField.Time, timeOfDayApart: true, out var time) || !TryTense(claim, out var tense)) return false;
        (draft.Time, draft.Tense) = (time, tense);
        return true;
    }

    private JsonTokenType Token(int field) => (present & 1UL << field) == 0 ? JsonTokenType.None : tokens[field];

    private ReadOnlySpan<byte> Bytes(ReadOnlySpan<byte> claim, int field) => claim.Slice(starts[field], lengths[field]);

    /// <summary>A string field as <see cref="NodeReader.String"/> takes it: missing or null is none; false where it would report a problem.</summary>
    private bool TryString(ReadOnlySpan<byte> claim, int field, bool required, out string? text) =>
        TryText(claim, field, required, out text) && (text is null || IsText(text, required));

    /// <summary>
    /// An id as <see cref="NodeReader.Identifier"/> takes it. Only the id's own checks are made: they refuse everything
    /// the text checks refuse (a blank, every control character, tabs and line breaks included, and half a surrogate
    /// pair), so an id that passes them passes those too.
    /// </summary>
    private bool TryIdentifier(ReadOnlySpan<byte> claim, int field, bool required, out string? text) =>
        TryIdentifier(claim, field, required, out text, out _);

    /// <summary>As <see cref="TryIdentifier(ReadOnlySpan{byte}, int, bool, out string?)"/>, with the value's <paramref name="number"/> in its pool (see <see cref="SharedStrings.StringOf(int, ReadOnlySpan{byte}, out int)"/>).</summary>
    private bool TryIdentifier(ReadOnlySpan<byte> claim, int field, bool required, out string? text, out int number) =>
        TryText(claim, field, required, out text, out number) && (text is null || IsIdentifier(text));

    /// <summary>A string field's text, unchecked: missing or null is none (false when required); false for another token.</summary>
    private bool TryText(ReadOnlySpan<byte> claim, int field, bool required, out string? text) => TryText(claim, field, required, out text, out _);

    /// <summary>As <see cref="TryText(ReadOnlySpan{byte}, int, bool, out string?)"/>, with the value's <paramref name="number"/> in its pool (0 when none).</summary>
    private bool TryText(ReadOnlySpan<byte> claim, int field, bool required, out string? text, out int number)
    {
        (text, number) = (null, 0);
        var token = Token(field);
        if (token is JsonTokenType.None or JsonTokenType.Null) return !required;
        if (token != JsonTokenType.String) return false;
        text = strings.StringOf(field, Bytes(claim, field), out number);
        return true;
    }

    /// <summary>Whether <paramref name="text"/> passes <see cref="NodeReader.String"/>'s checks.</summary>
    private static bool IsText(string text, bool required) =>
        !(required && string.IsNullOrWhiteSpace(text)) && TextChecks.OptionalTextProblem(text) is null;

    /// <summary>Whether <paramref name="text"/> passes <see cref="NodeReader.Identifier"/>'s checks, which imply the text checks.</summary>
    internal static bool IsIdentifier(string? text) => text is not null && TextChecks.IdentifierProblem(text) is null;

    private bool TryValue(ReadOnlySpan<byte> claim, out Quantity value)
    {
        value = default;
        switch (Token(KnownField.Value))
        {
            case JsonTokenType.String:
                var bytes = Bytes(claim, KnownField.Value);
                // The common shapes are read from their bytes as QuantityParser reads their text, first: most figures are
                // stated once, so a string (and, hedged, a normalised copy) and a place in the cache would be spent on each for nothing.
                if (QuantityParser.TryParseCommon(bytes, out value)) return true;
                var allowTrailingUnit = (present & 1UL << KnownField.Unit) != 0;
                var known = allowTrailingUnit ? valuesBeforeUnits : values;
                if (known.TryGet(bytes, out value)) return true;
                if (!TryString(claim, KnownField.Value, false, out var text) || !QuantityParser.TryParse(text, allowTrailingUnit, out value)) return false;
                known.Add(bytes, text!, value);
                return true;
            case JsonTokenType.Number:
                if (!decimal.TryParse(Bytes(claim, KnownField.Value), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return false;
                value = Quantity.Exactly(number);
                return true;
            case JsonTokenType.StartObject:
                value = valueObject;
                return true;
            default:
                return false;
        }
    }

    private bool TryUnit(ReadOnlySpan<byte> claim, out Unit unit)
    {
        unit = default;
        if (Token(KnownField.Unit) == JsonTokenType.String && units.TryGet(Bytes(claim, KnownField.Unit), out unit)) return true;
        if (!TryString(claim, KnownField.Unit, false, out var name) || name is { Length: > 100 }) return false;
        unit = string.IsNullOrWhiteSpace(name) ? default : Unit.Of(name);
        if (name is not null) units.Add(Bytes(claim, KnownField.Unit), name, unit);
        return true;
    }

    /// <summary>
    /// A time, given outright or relative to the source's date; false for a time that does not parse, and for a time of
    /// day where <paramref name="timeOfDayApart"/> (observations and events read it with its offset, ClaimReader's part).
    /// </summary>
    private bool TryTime(ReadOnlySpan<byte> claim, int field, bool timeOfDayApart, out TimeInput time)
    {
        time = TimeInput.None;
        if (Token(field) == JsonTokenType.String)
        {
            var bytes = Bytes(claim, field);
            // Days and spans of days are read from their bytes first, as the parser reads their text: thousands of them,
            // in no order, miss the cache.
            if (FuzzyTimeParser.TryParseCommon(bytes, out var common))
            {
                time = new TimeInput(common, null);
                return true;
            }
            if (times.TryGet(bytes, out time)) return true;
        }
        if (!TryString(claim, field, false, out var text)) return false;
        if (text is null) return true;
        var timeOfDay = TimesOfDay.IsTimeOfDay(text);
        if (timeOfDayApart && timeOfDay) return false;
        if (!TimeInput.TryRead(text, out time, out _)) return false;
        // A time of day is not held: an observation's or event's is read apart, with its offset.
        if (!timeOfDay) times.Add(Bytes(claim, field), text, time);
        return true;
    }

    private bool TryTense(ReadOnlySpan<byte> claim, out ClaimTense? tense)
    {
        tense = null;
        if (!TryString(claim, KnownField.Tense, false, out var text)) return false;
        switch (text)
        {
            case null: return true;
            case "past": tense = ClaimTense.Past; return true;
            case "future": tense = ClaimTense.Future; return true;
            default: return false;
        }
    }

    private bool TryBasis(ReadOnlySpan<byte> claim, out string? basis)
    {
        var read = TryString(claim, KnownField.Basis, false, out basis);
        if (string.IsNullOrWhiteSpace(basis)) basis = null;
        return read;
    }

    private bool TryFlag(int field, out bool flag)
    {
        var token = Token(field);
        flag = token == JsonTokenType.True;
        return token is JsonTokenType.None or JsonTokenType.True or JsonTokenType.False;
    }

    /// <summary>
    /// Where the value of <paramref name="field"/> starts in a claim read from <paramref name="claim"/> that starts at
    /// <paramref name="start"/>, as <see cref="JsonStreamReader"/> would have located it; (0, 0) when the claim has no
    /// such field, as for a missing field of a node.
    /// </summary>
    internal static (int Line, int Column) Locate(ReadOnlySpan<byte> claim, (int Line, int Column) start, string field, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(claim, isFinalBlock: true, new JsonReaderState(options));
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(field);
            reader.Read();
            if (found)
            {
                var offset = (int)reader.TokenStartIndex;
                var before = claim[..offset];
                var lastNewline = before.LastIndexOf((byte)'\n');
                return lastNewline < 0 ? (start.Line, start.Column + offset) : (start.Line + before.Count((byte)'\n'), offset - lastNewline);
            }
            reader.Skip();
        }
        return default;
    }
}
