using System.Text;
using System.Text.Json;
using CsCheck;
using FactCheck.Serialization;
using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Serialization;

/// <summary>
/// The hand-written scan of flat claims (<see cref="ClaimLayout.ScanFlat"/>) against the general reader's
/// (<see cref="ClaimLayout.Scan"/>): whatever the flat scan takes, the general reader reads alike, field by field, and
/// to the same closing brace; what the general reader refuses, the flat scan never takes.
/// </summary>
public class FlatClaimScanTests
{
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    // Pieces of claim objects: the names and values of real claims, and what JSON allows or refuses around them.
    private static readonly string[] Names = ["\"kind\"", "\"subject\"", "\"value\"", "\"time\"", "\"id\"", "\"unit\"", "\"source\"", "\"x-note\"", "\"other\"", "\"\"", "\"i\\u0064\"", "\"ki\nnd\""];
    private static readonly string[] Values =
    [
        "\"observation\"", "\"about 8,600\"", "\"2020-09-09\"", "\"\"", "\"é ü\"", "\"a\\\"b\"", "\"tab\there\"", "5", "-5", "0", "01", "-", "1.5", "1.", "1e5", "1E+5", "1e",
        "-0.25e-3", "-01", "1e+", "1E-", "true", "false", "null", "tru", "nul", "True", "{}", "{\"exactly\": 5}", "[]", "[1]", "\"unclosed",
        // Value objects: of numbers as files give them, and every way one can be something else, or be cut off.
        "{\"approximately\":4200000}", "{ \"min\" : 1 ,\n \"max\":2.5 }", "{\"max\":-3}", "{\"min\":2,\"max\":1}", "{\"exactly\":1,\"exactly\":2}",
        "{\"exactly\":\"5\"}", "{\"exactly\":5,\"x\":1}", "{\"exactly\":{\"a\":1}}", "{\"exactly\":1e400}", "{\"exactly\":5,}", "{\"exactly\":05}",
        "{\"exactly\":5", "{\"exactly\"", "{\"exa\\u0063tly\":5}", "{\"exactly\":true}", "{\"min\":1 \"max\":2}", "{,}",
        // Past the bytes read one by one: a long quote, and a long one with an escape or a control character late in it.
        "\"" + new string('q', 31) + "\"", "\"" + new string('q', 32) + "\"", "\"" + new string('q', 70) + "\"", "\"" + new string('q', 45) + "\\\"x\"", "\"" + new string('q', 45) + "\tx\"", "\"" + new string('q', 40),
    ];
    // JSON's four blanks, comments, and what JSON does not count as white space (a form feed, a no-break space).
    private static readonly string[] Blanks = ["", " ", "\n", "\r\n  ", "\t", "/* c */", "// c\n", "\f", "\u00A0"];

    private static readonly Gen<string> Claim =
        Gen.Select(Gen.Int[0, Names.Length - 1], Gen.Int[0, Values.Length - 1], Gen.Int[0, Blanks.Length - 1], Gen.Int[0, 9]).Array[0, 8]
            .Select(Gen.Int[0, 9])
            .Select(static (fields, tail) =>
            {
                var text = new StringBuilder("{");
                for (var f = 0; f < fields.Length; f++)
                {
                    var (name, value, blank, shape) = fields[f];
                    // Now and then a missing colon or comma, or a blank where JSON allows one.
                    text.Append(f == 0 ? "" : shape == 0 ? " " : ",").Append(shape == 1 ? Blanks[blank] : "").Append(Names[name])
                        .Append(shape == 2 ? " " : shape == 3 ? "" : ":").Append(shape == 4 ? Blanks[blank] : "").Append(Values[value]);
                }
                // Now and then a trailing comma, a blank, or nothing after the last value.
                text.Append(tail switch { 0 => ",", 1 => " ", 2 => "\n", _ => "" });
                if (tail != 3) text.Append('}');
                text.Append(tail == 4 ? ",{\"kind\":\"event\"}" : tail == 5 ? "  ," : "");
                return text.ToString();
            });

    [Fact]
    public void What_the_flat_scan_takes_the_general_reader_reads_alike()
    {
        Claim.Sample(text =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var flat = new ClaimLayout();
            var scan = flat.ScanFlat(bytes, out var length);
            var general = new ClaimLayout();
            var reader = new Utf8JsonReader(bytes, isFinalBlock: false, new JsonReaderState(Options));
            bool complete;
            try
            {
                complete = general.Scan(ref reader, out _);
            }
            catch (JsonException)
            {
                // Refused by the general reader: never taken by the flat scan.
                return scan != FlatScan.Scanned;
            }
            if (scan == FlatScan.Incomplete) return !complete || general.Escaped || !IsFlat(bytes);
            if (scan == FlatScan.NotFlat) return true;
            return complete && length == reader.BytesConsumed && !general.Escaped
                && flat.Plain == general.Plain && flat.Present == general.Present && flat.Fields.SequenceEqual(general.Fields)
                && (!HasValueObject(general) || flat.ValueObject.Equals(general.ValueObject));
        }, iter: 50_000);
    }

    [Fact]
    public void The_search_for_a_string_stop_finds_the_first_quote_backslash_or_control_byte_as_a_byte_by_byte_search_does()
    {
        // Mostly bytes that do not stop a string, among them those just beside the stops and above ASCII, so that the
        // first stop falls anywhere, in or past the first sixteen bytes, or nowhere.
        var bytes = Gen.Frequency((15, Gen.Byte[0x20, 0xFF]), (1, Gen.OneOf<byte>((byte)'"', (byte)'\\', 0x00, 0x1F, 0x21, 0x5B, 0x5D, 0x7F, 0x80, 0xA2, 0xDC)));
        bytes.Array[0, 70].Sample(text => ClaimLayout.IndexOfStringStop(text) == ByteByByte(text), iter: 20_000);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(47)]
    public void A_string_stop_is_found_where_it_stands_at_either_side_of_sixteen_bytes(int at)
    {
        foreach (var stop in new[] { (byte)'"', (byte)'\\', (byte)0x00, (byte)0x1F })
        {
            // Quotes past the text's end: a search that read beyond it would find one there.
            var buffer = Enumerable.Repeat((byte)'q', 48).Concat(Enumerable.Repeat((byte)'"', 16)).ToArray();
            buffer[at] = stop;
            ClaimLayout.IndexOfStringStop(buffer.AsSpan(0, 48)).Should().Be(at, $"byte 0x{stop:X2} stands at {at}");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(33)]
    public void Text_without_a_stop_gives_none_however_long(int length)
    {
        // Space, the byte after the control characters, and bytes above ASCII, which a signed comparison would count as controls.
        var text = Enumerable.Range(0, length).Select(i => (byte)(i % 3 == 0 ? 0x20 : i % 3 == 1 ? 0x80 : 0xFF)).ToArray();
        // Quotes past the text's end: a search that read beyond it would find one there.
        var buffer = text.Concat(Enumerable.Repeat((byte)'"', 16)).ToArray();

        ClaimLayout.IndexOfStringStop(buffer.AsSpan(0, length)).Should().Be(-1);
    }

    private static int ByteByByte(byte[] text) => Array.FindIndex(text, b => b is (byte)'"' or (byte)'\\' or < 0x20);

    [Fact]
    public void A_value_object_of_numbers_is_read_by_the_flat_scan_into_the_quantity_it_states()
    {
        var bytes = """{"kind":"observation","value":{ "min": 4000, "max": 5000 },"unit":"troops"}"""u8.ToArray();
        var layout = new ClaimLayout();

        layout.ScanFlat(bytes, out var length).Should().Be(FlatScan.Scanned);

        length.Should().Be(bytes.Length);
        layout.Plain.Should().BeTrue();
        layout.ValueObject.Should().Be(Quantity.Range(4000m, false, 5000m, false));
        layout.Fields.ToArray().Single(f => f.Field == KnownField.Value).Should().Be(new FieldSpan(KnownField.Value, JsonTokenType.StartObject, bytes.AsSpan().IndexOf("{ \""u8), 0));
    }

    [Fact]
    public void A_flat_claim_as_files_write_it_is_taken_with_every_field_in_its_place()
    {
        var bytes = """{"kind":"observation","subject":"us-troops/afghanistan","value":"8,600","time":"2020-09-09","id":"o1","source":"wire","n":-1.5e3,"x-ok":true,"x-no":null}"""u8.ToArray();
        var layout = new ClaimLayout();

        layout.ScanFlat(bytes, out var length).Should().Be(FlatScan.Scanned);

        length.Should().Be(bytes.Length);
        layout.Plain.Should().BeFalse("'n' is not a field of a claim");
        Encoding.UTF8.GetString(bytes.AsSpan(layout.StringOf(KnownField.Subject)!.Value.Start, layout.StringOf(KnownField.Subject)!.Value.Length)).Should().Be("us-troops/afghanistan");
        layout.Fields.ToArray().Select(f => f.Token).Should().Equal(Enumerable.Repeat(JsonTokenType.String, 6));
    }

    [Theory]
    [InlineData("""{"kind":"ob\"servation"}""", "NotFlat")]
    [InlineData("""{"value":{"exactly":"5"}}""", "NotFlat")]
    [InlineData("""{"value":{"exactly":{"n":5}}}""", "NotFlat")]
    [InlineData("""{"value":{"exactly":5,}}""", "NotFlat")]
    [InlineData("""{"other":{"exactly":5}}""", "NotFlat")]
    [InlineData("""{"value":"5","value":{"exactly":5}}""", "NotFlat")]
    [InlineData("""{"value":{"exactly":5""", "Incomplete")]
    [InlineData("""{"kind":"observation",}""", "NotFlat")]
    [InlineData("""{"kind":/* a comment */"observation"}""", "NotFlat")]
    [InlineData("""{"kind":"observation" "id":"o1"}""", "NotFlat")]
    [InlineData("""{"n":01}""", "NotFlat")]
    [InlineData("""{"n":1.}""", "NotFlat")]
    [InlineData("""{"kind":"observation""", "Incomplete")]
    [InlineData("""{"n":15""", "Incomplete")]
    [InlineData("""{"flag":tru""", "Incomplete")]
    [InlineData("""{ }""", "Scanned")]
    [InlineData("""{"value":{"exactly":5}}""", "Scanned")]
    [InlineData("""{"value":{}}""", "Scanned")]
    public void A_claim_the_flat_scan_does_not_read_to_its_end_is_left_to_the_general_reader(string text, string expected)
    {
        new ClaimLayout().ScanFlat(Encoding.UTF8.GetBytes(text), out _).ToString().Should().Be(expected);
    }

    /// <summary>Whether the layout notes a value object for the claim's value, which it then read into <see cref="ClaimLayout.ValueObject"/>.</summary>
    private static bool HasValueObject(ClaimLayout layout) => layout.Fields.ToArray().Any(f => f.Field == KnownField.Value && f.Token == JsonTokenType.StartObject);

    /// <summary>
    /// Whether the claim's text, to its closing brace, has no escape, array or comment, and no nested object but a
    /// value's object of numbers: what the flat scan must read to its end when the bytes are all there.
    /// </summary>
    private static bool IsFlat(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var end = text.IndexOf('}');
        var valueObject = System.Text.RegularExpressions.Regex.Match(text, """^\{[^{}]*"value":\{(\s*"[a-z]+"\s*:\s*-?[0-9][0-9.eE+-]*\s*,?)*\}""");
        if (valueObject.Success) end = text.IndexOf('}', valueObject.Length);
        var claim = end < 0 ? text : text[..end];
        return claim.IndexOfAny(['\\', '[', '/']) < 0 && claim.Count(c => c == '{') == (valueObject.Success ? 2 : 1);
    }
}
