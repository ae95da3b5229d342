using System.Text.Json;

namespace FactCheck.Serialization;

/// <summary>
/// One small JSON value read whole (a source, an entity, a claim), with the position of every part, so that
/// its fields can be checked in any order and each problem located.
/// </summary>
internal sealed class JsonNode
{
    private JsonNode(JsonValueKind kind, string text, (int Line, int Column) position)
    {
        Kind = kind;
        Text = text;
        Position = position;
    }

    internal JsonValueKind Kind { get; }

    /// <summary>A string's text, or a number's or literal's raw text.</summary>
    internal string Text { get; }

    internal (int Line, int Column) Position { get; }

    /// <summary>An object's fields in document order.</summary>
    internal List<(string Name, JsonNode Value)> Fields { get; } = [];

    /// <summary>An array's items.</summary>
    internal List<JsonNode> Items { get; } = [];

    internal JsonNode? this[string name] => Fields.Find(f => f.Name == name).Value;

    internal string KindName => Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>Reads the value that starts at the reader's current token. Fields named "x-…" are skipped unread.</summary>
    internal static JsonNode Read(JsonStreamReader reader)
    {
        var position = reader.Position;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var node = new JsonNode(JsonValueKind.Object, string.Empty, position);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.Text;
                    reader.Read();
                    if (name.StartsWith("x-", StringComparison.Ordinal))
                    {
                        reader.SkipValue();
                        continue;
                    }
                    node.Fields.Add((name, Read(reader)));
                }
                return node;
            }
            case JsonTokenType.StartArray:
            {
                var node = new JsonNode(JsonValueKind.Array, string.Empty, position);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(Read(reader));
                }
                return node;
            }
            case JsonTokenType.String: return new JsonNode(JsonValueKind.String, reader.Text, position);
            case JsonTokenType.Number: return new JsonNode(JsonValueKind.Number, reader.Text, position);
            case JsonTokenType.True: return new JsonNode(JsonValueKind.True, reader.Text, position);
            case JsonTokenType.False: return new JsonNode(JsonValueKind.False, reader.Text, position);
            default: return new JsonNode(JsonValueKind.Null, reader.Text, position);
        }
    }
}
