using System.Text;
using System.Text.Json;

namespace FactCheck.Serialization;

/// <summary>Where a claim's string field stands in its file's bytes, with its line and UTF-16 columns for SARIF.</summary>
/// <param name="Start">The byte offset of the opening quote.</param>
/// <param name="Length">The bytes of the token, quotes included.</param>
/// <param name="Value">The field's text.</param>
/// <param name="Line">The 1-based line of the token.</param>
/// <param name="StartColumn">The 1-based UTF-16 column of the opening quote.</param>
/// <param name="EndColumn">The 1-based UTF-16 column just past the closing quote.</param>
internal readonly record struct FieldToken(int Start, int Length, string Value, int Line, int StartColumn, int EndColumn);

/// <summary>
/// Finds the string token of one field of a claim in a claim file, from where the reader saw the claim's object
/// start: what a fix replaces, and nothing else of the file.
/// </summary>
internal static class ClaimFieldLocator
{
    /// <summary>The token of <paramref name="field"/> in the claim object at <paramref name="at"/>, or null when it is not a string there.</summary>
    internal static FieldToken? Find(ReadOnlySpan<byte> file, ClaimLocation at, string field)
    {
        var offset = OffsetOf(file, at.Line, at.Column);
        if (offset < 0 || offset >= file.Length || file[offset] != (byte)'{') return null;
        var reader = new Utf8JsonReader(file[offset..], new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject) return null;
                if (reader.TokenType != JsonTokenType.PropertyName) return null;
                var matches = reader.ValueTextEquals(field);
                if (!reader.Read()) return null;
                if (matches)
                {
                    if (reader.TokenType != JsonTokenType.String) return null;
                    var start = offset + (int)reader.TokenStartIndex;
                    var length = reader.ValueSpan.Length + 2;
                    var lineStart = file[..start].LastIndexOf((byte)'\n') + 1;
                    var line = file[..start].Count((byte)'\n') + 1;
                    var column = Encoding.UTF8.GetCharCount(file[lineStart..start]) + 1;
                    var endColumn = column + Encoding.UTF8.GetCharCount(file.Slice(start, length));
                    return new FieldToken(start, length, reader.GetString()!, line, column, endColumn);
                }
                reader.TrySkip();
            }
        }
        catch (JsonException)
        {
            // A file edited into broken JSON since it was read: there is no field to fix.
        }
        return null;
    }

    /// <summary>The byte offset of a 1-based line and byte column, or -1.</summary>
    private static int OffsetOf(ReadOnlySpan<byte> file, int line, int column)
    {
        var offset = 0;
        for (var current = 1; current < line; current++)
        {
            var next = file[offset..].IndexOf((byte)'\n');
            if (next < 0) return -1;
            offset += next + 1;
        }
        return offset + column - 1;
    }
}
