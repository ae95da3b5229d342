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

/// <summary>A claim file's bytes and where each of its lines starts, read once for all the fields found in it.</summary>
internal sealed class ClaimFileText
{
    private readonly List<int> lineStarts = [0];

    internal ClaimFileText(byte[] bytes)
    {
        Bytes = bytes;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') lineStarts.Add(i + 1);
        }
    }

    internal byte[] Bytes { get; }

    /// <summary>The byte offset of a 1-based line and byte column, or -1 when the file has no such line.</summary>
    internal int OffsetOf(int line, int column) => line >= 1 && line <= lineStarts.Count ? lineStarts[line - 1] + column - 1 : -1;

    /// <summary>The 1-based line of a byte offset.</summary>
    internal int LineOf(int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>The byte offset where the line of <paramref name="offset"/> starts.</summary>
    internal int LineStartOf(int offset) => lineStarts[LineOf(offset) - 1];
}

/// <summary>
/// Finds the string token of one field of a claim in a claim file, from where the reader saw the claim's object
/// start: what a fix replaces, and nothing else of the file.
/// </summary>
internal static class ClaimFieldLocator
{
    /// <summary>The token of <paramref name="field"/> in the claim object at <paramref name="at"/>, or null when it is not a string there.</summary>
    internal static FieldToken? Find(ClaimFileText text, ClaimLocation at, string field)
    {
        var file = text.Bytes.AsSpan();
        var offset = text.OffsetOf(at.Line, at.Column);
        if (offset < 0 || offset >= file.Length || file[offset] != (byte)'{') return null;
        var reader = new Utf8JsonReader(file[offset..], new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName) return null;
                var matches = reader.ValueTextEquals(field);
                if (!reader.Read()) return null;
                if (matches)
                {
                    if (reader.TokenType != JsonTokenType.String) return null;
                    var start = offset + (int)reader.TokenStartIndex;
                    var length = reader.ValueSpan.Length + 2;
                    var lineStart = text.LineStartOf(start);
                    var column = Encoding.UTF8.GetCharCount(file[lineStart..start]) + 1;
                    var endColumn = column + Encoding.UTF8.GetCharCount(file.Slice(start, length));
                    return new FieldToken(start, length, reader.GetString()!, text.LineOf(start), column, endColumn);
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
}
