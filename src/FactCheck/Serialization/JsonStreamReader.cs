using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FactCheck.Serialization;

/// <summary>
/// Reads JSON tokens from a stream with <see cref="Utf8JsonReader"/>, holding only the bytes of the current
/// token in memory, and knows the line and column of every token. A token longer than the limit, or nesting
/// deeper than the limit, is an error at its position — never an unbounded allocation or a stack overflow.
/// </summary>
internal sealed class JsonStreamReader : IDisposable
{
    private readonly Stream stream;
    private readonly int maxTokenBytes;
    private readonly int maxBufferBytes;
    private readonly JsonReaderOptions options;
    private byte[] buffer;
    private int start;
    private int end;
    private bool finalBlock;
    private JsonReaderState state;
    private bool stateIsAfterClaim;
    private long bufferOffset;   // absolute position of buffer[0] in the stream
    private long scanned;        // absolute position up to which newlines are counted
    private int line = 1;
    private bool anyToken;
    private int lastTokenStart;
    private int lastTokenOffset; // where the last token itself starts, from lastTokenStart (white space and a comma may come first)
    private JsonReaderState stateBeforeLastToken;
    private bool stateBeforeIsAfterClaim;
    private long lineStart;      // absolute position of the first byte of the current line

    /// <summary>
    /// Reads <paramref name="stream"/>, sharing strings from <paramref name="strings"/> (a table of its own when none),
    /// and counting lines and columns from <paramref name="start"/>, where the stream's first byte stands in its file.
    /// </summary>
    internal JsonStreamReader(Stream stream, int maxDepth, int maxTokenBytes, SharedStrings? strings = null, (int Line, int Column)? start = null)
    {
        this.stream = stream;
        this.strings = strings ?? new SharedStrings();
        if (start is { } at) (line, lineStart) = (at.Line, 1 - at.Column);
        Length = stream.CanSeek ? stream.Length - stream.Position : null;
        this.maxTokenBytes = maxTokenBytes;
        // A claim is read whole, and each of its values may reach the limit: the buffer holds several of them.
        maxBufferBytes = (int)Math.Min((long)maxTokenBytes * ValuesPerObject, Array.MaxLength);
        options = new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = maxDepth };
        state = new JsonReaderState(options);
        buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    }

    /// <summary>How many values at the limit one object may hold before it is refused as too long.</summary>
    private const int ValuesPerObject = 4;

    internal JsonTokenType TokenType { get; private set; }

    /// <summary>How the JSON is read: comments skipped, trailing commas allowed, the depth limited.</summary>
    internal JsonReaderOptions Options => options;

    /// <summary>The input's length in bytes, when the stream knows it.</summary>
    internal long? Length { get; }

    /// <summary>How many bytes of the input come before the next token.</summary>
    internal long Consumed => bufferOffset + start;

    /// <summary>The text of a string or property name, unescaped; the raw text of a number or literal.</summary>
    internal string Text { get; private set; } = string.Empty;

    /// <summary>Where the current token starts.</summary>
    internal (int Line, int Column) Position { get; private set; }

    /// <summary>The nesting depth after the current token, as <see cref="Utf8JsonReader.CurrentDepth"/> reports it.</summary>
    internal int Depth { get; private set; }

    /// <summary>Reads the next token; false at the end of the input.</summary>
    /// <exception cref="JsonFormatException">The input is not valid JSON, nests too deep, or has a token over the limit.</exception>
    internal bool Read()
    {
        System.Diagnostics.Debug.Assert(!(TokenType == JsonTokenType.StartObject && start == lastTokenStart && anyToken), "A claim's brace read by hand is read again by TryPeekObject or ReadValue, not by Read.");
        afterPeeked = false;
        while (true)
        {
            var stateBefore = State;
            var startBefore = start;
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, stateBefore);
            bool read;
            try
            {
                read = reader.Read();
            }
            catch (JsonException) when (!anyToken && finalBlock && IsBlank(buffer.AsSpan(start, end - start)))
            {
                // Nothing but white space (or nothing at all): the caller reports an empty file.
                return false;
            }
            catch (JsonException)
            {
                var at = start + (int)reader.BytesConsumed;
                var found = SkipBlank(at);
                Locate(bufferOffset + found);
                throw new JsonFormatException(Describe(reader.TokenType, reader.CurrentDepth, found), Position);
            }
            if (read)
            {
                anyToken = true;
                lastTokenStart = startBefore;
                lastTokenOffset = (int)reader.TokenStartIndex;
                SetStateBeforeLastToken(stateBefore);
                Locate(bufferOffset + start + reader.TokenStartIndex);
                TokenType = reader.TokenType;
                Depth = reader.CurrentDepth;
                // The state after a claim is that of one array's claims: a new array starts without one.
                if (TokenType == JsonTokenType.StartArray) SetAfterClaim(default, NoClaimDepth);
                var tokenStart = bufferOffset + start + reader.TokenStartIndex;
                Text = reader.TokenType switch
                {
                    JsonTokenType.PropertyName => PropertyName(ref reader, tokenStart),
                    JsonTokenType.String => StringValue(ref reader, tokenStart),
                    JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null => Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => string.Empty,
                };
                start += (int)reader.BytesConsumed;
                SetState(reader.CurrentState);
                return true;
            }
            start += (int)reader.BytesConsumed;
            SetState(reader.CurrentState);
            if (finalBlock) return false;
            Refill();
        }
    }

    /// <summary>
    /// Reads the object or array whose start is the current token into a node, in one pass of one reader over the
    /// buffer (reading token by token is the slow part of a large file); a value cut by the end of the buffer is
    /// read again after a refill. Fields named "x-…" are skipped unread.
    /// </summary>
    internal JsonValue ReadValue(JsonNode.Pool pool)
    {
        afterPeeked = false;
        while (true)
        {
            var (savedLine, savedLineStart, savedScanned) = (line, lineStart, scanned);
            var offset = bufferOffset + lastTokenStart;
            var reader = new Utf8JsonReader(buffer.AsSpan(lastTokenStart, end - lastTokenStart), finalBlock, StateBeforeLastToken);
            JsonValue value = default;
            bool complete;
            try
            {
                complete = reader.Read() && TryReadValue(ref reader, offset, pool, out value);
            }
            catch (JsonException)
            {
                pool.Return(value);
                var found = SkipBlank(lastTokenStart + (int)reader.BytesConsumed);
                Locate(bufferOffset + found);
                throw new JsonFormatException(Describe(reader.TokenType, reader.CurrentDepth, found), Position);
            }
            if (complete)
            {
                start = lastTokenStart + (int)reader.BytesConsumed;
                SetState(reader.CurrentState);
                TokenType = reader.TokenType;
                Depth = reader.CurrentDepth;
                return value;
            }
            pool.Return(value);
            (line, lineStart, scanned) = (savedLine, savedLineStart, savedScanned);
            RefillKeepingLastToken();
        }
    }

    /// <summary>
    /// Reads the value at the reader's current token; false when the buffer ends first, with what was read so far in
    /// <paramref name="value"/> for the pool to take back.
    /// </summary>
    private bool TryReadValue(ref Utf8JsonReader reader, long offset, JsonNode.Pool pool, out JsonValue value)
    {
        Locate(offset + reader.TokenStartIndex);
        var position = Position;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var node = pool.Rent();
                value = new JsonValue(JsonValueKind.Object, string.Empty, position, node);
                while (true)
                {
                    if (!reader.Read()) return false;
                    if (reader.TokenType == JsonTokenType.EndObject) return true;
                    var name = PropertyName(ref reader, offset + reader.TokenStartIndex);
                    var id = nameId;
                    if (!reader.Read()) return false;
                    // No known name starts with "x-": only an unknown one is looked at.
                    if (id < 0 && name.StartsWith("x-", StringComparison.Ordinal))
                    {
                        if (!reader.TrySkip()) return false;
                        continue;
                    }
                    var complete = TryReadValue(ref reader, offset, pool, out var child);
                    node.Add(name, id, child);
                    if (!complete) return false;
                }
            }
            case JsonTokenType.StartArray:
            {
                var node = pool.Rent();
                value = new JsonValue(JsonValueKind.Array, string.Empty, position, node);
                while (true)
                {
                    if (!reader.Read()) return false;
                    if (reader.TokenType == JsonTokenType.EndArray) return true;
                    var complete = TryReadValue(ref reader, offset, pool, out var item);
                    node.Items.Add(item);
                    if (!complete) return false;
                }
            }
            case JsonTokenType.String:
                value = new JsonValue(JsonValueKind.String, StringValue(ref reader, offset + reader.TokenStartIndex), position);
                return true;
            default:
                var kind = reader.TokenType switch
                {
                    JsonTokenType.Number => JsonValueKind.Number,
                    JsonTokenType.True => JsonValueKind.True,
                    JsonTokenType.False => JsonValueKind.False,
                    _ => JsonValueKind.Null,
                };
                value = new JsonValue(kind, Encoding.UTF8.GetString(reader.ValueSpan), position);
                return true;
        }
    }

    /// <summary>
    /// Where the object <see cref="TryPeekObject"/> found ends in the buffer, and the reader's depth after it; the
    /// reader's state after it is the one after every claim (<see cref="afterClaimState"/>).
    /// </summary>
    private (int End, int Depth) peeked;

    /// <summary>
    /// The bytes of the claim object whose start is the current token, without reading past it, when they can be taken
    /// as they are: the object is whole and valid JSON, its text is UTF-8 without escapes, and it is within the limit
    /// on a value's length; <paramref name="layout"/> notes where its fields stand. Otherwise false, and the object is
    /// to be read with <see cref="ReadValue"/>, which reports what is wrong where it is. <see cref="SkipPeeked"/> then
    /// moves past the object; the span is valid until it does.
    /// </summary>
    internal bool TryPeekObject(ClaimLayout layout, out ReadOnlySpan<byte> utf8)
    {
        utf8 = default;
        if (TokenType != JsonTokenType.StartObject) return false;
        // A flat claim is read by hand, when a claim at this depth has been read by the general reader before: every
        // claim of an array leaves that reader in the state the first one left it in, which the next token is read from.
        if (afterClaimDepth != NoClaimDepth && afterClaimDepth == Depth)
        {
            var from = lastTokenStart + lastTokenOffset;
            if (layout.ScanFlat(buffer.AsSpan(from, end - from), out var length) == FlatScan.Scanned) return Peeked(from, from + length, afterClaimDepth, out utf8);
        }
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(lastTokenStart, end - lastTokenStart), finalBlock, StateBeforeLastToken);
            bool complete;
            int objectStart;
            try
            {
                complete = layout.Scan(ref reader, out objectStart);
                if (complete && layout.Escaped) return false;
            }
            catch (JsonException)
            {
                return false;
            }
            if (complete)
            {
                SetAfterClaim(reader.CurrentState, Depth);
                return Peeked(lastTokenStart + objectStart, lastTokenStart + (int)reader.BytesConsumed, reader.CurrentDepth, out utf8);
            }
            // The object goes on past the buffer: refill as ReadValue does, so that a refill that fails fails alike.
            if (finalBlock || end - lastTokenStart >= maxBufferBytes) return false;
            RefillKeepingLastToken();
        }
    }

    /// <summary>
    /// The reader's state after a claim object it read whole; it differs from claim to claim only in the line and byte
    /// it counts, which are used for no message here.
    /// </summary>
    private JsonReaderState afterClaimState;

    /// <summary>
    /// The depth of the claims' braces that <see cref="afterClaimState"/> goes with (the reader gives an object's opening
    /// and closing brace the same), or <see cref="NoClaimDepth"/> before a claim of the array is read whole.
    /// </summary>
    private int afterClaimDepth = NoClaimDepth;

    private const int NoClaimDepth = -1;

    /// <summary>
    /// The reader's state: <see cref="afterClaimState"/> after a claim read by hand, flagged and not copied. A state is
    /// some 56 bytes with a reference in them, and the three copies a claim read by hand made of it (into the peek,
    /// into the state, and into the state before the next brace) stalled the reading thread on the stores of the last.
    /// </summary>
    private JsonReaderState State => stateIsAfterClaim ? afterClaimState : state;

    /// <summary>The state before the last token, as <see cref="State"/> flags it.</summary>
    private JsonReaderState StateBeforeLastToken => stateBeforeIsAfterClaim ? afterClaimState : stateBeforeLastToken;

    private void SetState(in JsonReaderState value) => (state, stateIsAfterClaim) = (value, false);

    private void SetStateBeforeLastToken(in JsonReaderState value) => (stateBeforeLastToken, stateBeforeIsAfterClaim) = (value, false);

    /// <summary>Sets the state after every claim (or forgets it, with <see cref="NoClaimDepth"/>), first copying it to the states that name it.</summary>
    private void SetAfterClaim(in JsonReaderState value, int depth)
    {
        if (stateIsAfterClaim) SetState(afterClaimState);
        if (stateBeforeIsAfterClaim) SetStateBeforeLastToken(afterClaimState);
        (afterClaimState, afterClaimDepth) = (value, depth);
    }

    /// <summary>Takes the object in <c>buffer[from..to]</c> as peeked, when it is within the limit and UTF-8.</summary>
    private bool Peeked(int from, int to, int depth, out ReadOnlySpan<byte> utf8)
    {
        var bytes = buffer.AsSpan(from, to - from);
        utf8 = default;
        if (bytes.Length > maxTokenBytes || !System.Text.Unicode.Utf8.IsValid(bytes)) return false;
        peeked = (to, depth);
        utf8 = bytes;
        return true;
    }

    /// <summary>Refills the buffer keeping the last token's first byte and the state before it, to read from that token again.</summary>
    private void RefillKeepingLastToken()
    {
        start = lastTokenStart;
        if (stateBeforeIsAfterClaim) stateIsAfterClaim = true;
        else SetState(stateBeforeLastToken);
        Refill();
        lastTokenStart = start;
    }

    /// <summary>
    /// Reads the next claim's opening brace by hand, right after a claim <see cref="SkipPeeked"/> moved past, when only
    /// white space and a comma stand before it in what is read: the token and its place are then what <see cref="Read"/>
    /// gives, from the state the claim left, without building a general reader for two bytes. False, with nothing read,
    /// for anything else (the end of the array, a comment, the end of the buffer), which <see cref="Read"/> takes.
    /// </summary>
    internal bool TryReadNextClaim()
    {
        if (!afterPeeked || afterClaimDepth == NoClaimDepth) return false;
        var at = SkipBlank(start);
        if (at == end || buffer[at] != (byte)',') return false;
        var brace = SkipBlank(at + 1);
        if (brace == end || buffer[brace] != (byte)'{') return false;
        // The token and what stands before it are set as Read sets them, but the reader is not moved past the brace:
        // only TryPeekObject or ReadValue may follow, and both read the claim again from the state before its brace and
        // move the reader past its end. A Read here would give the same brace again.
        // After SkipPeeked the state is the one after every claim, and so is the state before this brace: flagged, not copied.
        System.Diagnostics.Debug.Assert(stateIsAfterClaim, "SkipPeeked leaves the state after every claim.");
        (lastTokenStart, lastTokenOffset, stateBeforeIsAfterClaim) = (start, brace - start, true);
        (TokenType, Depth, Text, afterPeeked) = (JsonTokenType.StartObject, afterClaimDepth, string.Empty, false);
        Locate(bufferOffset + brace);
        return true;
    }

    /// <summary>Whether the last move was <see cref="SkipPeeked"/>, past a claim whose state is the one after every claim.</summary>
    private bool afterPeeked;

    /// <summary>Moves past the object <see cref="TryPeekObject"/> found, counting its lines.</summary>
    internal void SkipPeeked()
    {
        afterPeeked = true;
        start = peeked.End;
        stateIsAfterClaim = true;
        TokenType = JsonTokenType.EndObject;
        Depth = peeked.Depth;
        Locate(bufferOffset + peeked.End - 1);
    }

    /// <summary>Skips the value that starts with the current token (a scalar, or a whole object or array).</summary>
    internal void SkipValue()
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        var depth = Depth;
        while (Read())
        {
            if (TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && Depth == depth) return;
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);

    /// <summary>Where the strings of repeating fields are shared from.</summary>
    private readonly SharedStrings strings;

    /// <summary>Where the values of the last property name read are shared, or null when they are not.</summary>
    private Utf8StringTable? valueTable;

    /// <summary>The number of the last property name read (see <see cref="KnownField"/>), or -1 for a name not known.</summary>
    private int nameId;

    private string PropertyName(ref Utf8JsonReader reader, long tokenStart)
    {
        nameId = reader.ValueIsEscaped || reader.HasValueSequence ? -1 : KnownField.Find(reader.ValueSpan);
        // Decided once per name, not once per value.
        valueTable = strings.TableOf(nameId);
        if (nameId >= 0) return KnownField.Names[nameId];
        CheckText(ref reader, tokenStart);
        return reader.GetString() ?? string.Empty;
    }

    private string StringValue(ref Utf8JsonReader reader, long tokenStart)
    {
        var shareable = valueTable is not null && !reader.ValueIsEscaped && !reader.HasValueSequence;
        // A shared value's bytes were checked when it was first read.
        if (shareable && valueTable!.Find(reader.ValueSpan) is { } shared) return shared;
        CheckText(ref reader, tokenStart);
        return shareable ? valueTable!.Add(reader.ValueSpan) : reader.GetString() ?? string.Empty;
    }

    /// <summary>
    /// Stops at text that is not Unicode (bytes that are not UTF-8, an escaped half of a surrogate pair), where it
    /// stands: decoding it would throw, or quietly make it U+FFFD.
    /// </summary>
    private void CheckText(ref Utf8JsonReader reader, long tokenStart)
    {
        var raw = reader.ValueSpan;
        var at = Utf8Check.FindInvalid(raw, reader.ValueIsEscaped);
        if (at >= 0)
        {
            // The token starts at its opening quote.
            Locate(tokenStart + 1 + at);
            throw new JsonFormatException(Utf8Check.Describe(raw, at), Position);
        }
        // The limit is on the text, not on its escapes: a writer may spell each emoji as twelve bytes of escapes.
        if (raw.Length > maxTokenBytes && (!reader.ValueIsEscaped || Encoding.UTF8.GetByteCount(reader.GetString() ?? string.Empty) > maxTokenBytes))
        {
            Locate(tokenStart);
            throw new JsonFormatException(ValueTooLong(), Position);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => JsonWhiteSpace.Skip(bytes, 0) == bytes.Length;

    private void Refill()
    {
        if (start > 0)
        {
            // Move the unread part of a token to the front; what was read is gone for good, so its line ends are
            // counted first (a claim read whole as a node is located only up to its last value, not to its end).
            CountLines(bufferOffset + start);
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            bufferOffset += start;
            end -= start;
            start = 0;
        }
        if (end == buffer.Length)
        {
            if (buffer.Length >= maxBufferBytes)
            {
                Locate(bufferOffset + start);
                throw new JsonFormatException(
                    string.Create(CultureInfo.InvariantCulture, $"A single value here is longer than {maxTokenBytes / (1024 * 1024)} MiB, or the object around it longer than {maxBufferBytes / (1024 * 1024)} MiB; neither is read."), Position);
            }
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(maxBufferBytes, buffer.Length * 2L));
            Buffer.BlockCopy(buffer, 0, larger, 0, end);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
        var count = stream.Read(buffer, end, buffer.Length - end);
        if (count == 0) finalBlock = true;
        end += count;
        if (bufferOffset == 0 && start == 0 && buffer.AsSpan(0, end).StartsWith(Utf8Bom))
        {
            // A byte order mark says only that the file is UTF-8; columns count from the text after it.
            start = Utf8Bom.Length;
            lineStart = scanned = Utf8Bom.Length;
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>What the first bytes say of a file that is not UTF-8 JSON: UTF-16 or UTF-32 by a byte order mark or by zero bytes between letters.</summary>
    private string? OtherEncoding()
    {
        if (bufferOffset != 0 || end < 2) return null;
        var head = buffer.AsSpan(0, Math.Min(end, 4));
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || head.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])) return "UTF-32";
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return "UTF-16";
        return head[0] == 0 || head[1] == 0 ? "UTF-16" : null;
    }

    /// <summary>Counts lines up to <paramref name="absolute"/> and sets <see cref="Position"/> there.</summary>
    private void Locate(long absolute)
    {
        CountLines(absolute);
        Position = (line, (int)(absolute - lineStart) + 1);
    }

    /// <summary>Counts the lines that end before <paramref name="absolute"/> and were not counted yet.</summary>
    private void CountLines(long absolute)
    {
        var from = (int)Math.Max(0, scanned - bufferOffset);
        var to = (int)Math.Min(end, absolute - bufferOffset);
        if (to > from)
        {
            // Vectorised: most calls cover a few bytes, but together they cover the whole file.
            var span = buffer.AsSpan(from, to - from);
            var last = span.LastIndexOf((byte)'\n');
            if (last >= 0)
            {
                line += span[..(last + 1)].Count((byte)'\n');
                lineStart = bufferOffset + from + last + 1;
            }
        }
        if (absolute > scanned) scanned = absolute;
    }

    private string ValueTooLong() =>
        string.Create(CultureInfo.InvariantCulture, $"A single value is longer than {maxTokenBytes / (1024 * 1024)} MiB; values this long are not read.");

    /// <summary>The index of the first byte at or after <paramref name="from"/> that is not white space, or the end of what is read.</summary>
    private int SkipBlank(int from) => from >= end ? from : JsonWhiteSpace.Skip(buffer.AsSpan(0, end), from);

    /// <summary>
    /// What is wrong where the reader stopped, told from its own state: the last token it read, how deep it was, and
    /// the byte it could not take (at <paramref name="found"/> in the buffer).
    /// </summary>
    private string Describe(JsonTokenType last, int depth, int found)
    {
        if (found >= end)
        {
            return finalBlock && (depth > 0 || last is JsonTokenType.PropertyName or JsonTokenType.None)
                ? "The file is not valid JSON: it ends before every object and list is closed."
                : "The file is not valid JSON: it ends in the middle of a value.";
        }
        var b = buffer[found];
        if (last == JsonTokenType.None && OtherEncoding() is { } encoding)
        {
            return $"The file is in {encoding}, not UTF-8; a claim set is read as UTF-8: save the file as UTF-8.";
        }
        if (b is (byte)'{' or (byte)'[' && depth >= options.MaxDepth - 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The JSON nests deeper than a claim set ever needs (more than {options.MaxDepth} levels).");
        }
        var expected = last switch
        {
            JsonTokenType.None => "a JSON object",
            JsonTokenType.StartObject => "a property name in double quotes, or '}'",
            JsonTokenType.PropertyName => "':' and a value",
            JsonTokenType.StartArray => "a value, or ']'",
            _ when depth == 0 => "the end of the file after the claim set's closing brace",
            // The reader's state does not say whether a string was a name or a value.
            JsonTokenType.String => "':' after a property name, or ',' or a closing '}' or ']' after a value",
            _ => "',' or a closing '}' or ']'",
        };
        // A byte that may start a value, where a value may stand, starts one that is malformed.
        var startsValue = b is (byte)'"' or (byte)'-' or (byte)'t' or (byte)'f' or (byte)'n' || (b >= (byte)'0' && b <= (byte)'9');
        if (startsValue && last is JsonTokenType.None or JsonTokenType.StartArray or JsonTokenType.PropertyName
            || (b == (byte)'"' && last == JsonTokenType.StartObject))
        {
            return "The file is not valid JSON: the value here is malformed (a string with a raw control character, a bad escape or no closing quote; or a misspelt number, true, false or null).";
        }
        var shown = b is >= 0x21 and < 0x7F ? $"'{(char)b}'" : string.Create(CultureInfo.InvariantCulture, $"the byte 0x{b:X2}");
        return $"The file is not valid JSON: expected {expected}; found {shown}.";
    }
}

/// <summary>The input is not JSON a claim set can be read from; says where.</summary>
internal sealed class JsonFormatException(string message, (int Line, int Column) position) : Exception(message)
{
    internal (int Line, int Column) Position { get; } = position;
}
