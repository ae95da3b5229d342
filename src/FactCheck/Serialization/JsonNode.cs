using System.Text.Json;

namespace FactCheck.Serialization;

/// <summary>
/// One small JSON value read whole (a source, an entity, a claim), with the position of every part, so that
/// its fields can be checked in any order and each problem located.
/// </summary>
internal sealed class JsonNode
{
    private JsonNode()
    {
    }

    internal JsonValueKind Kind { get; private set; }

    internal void Start(JsonValueKind kind, string text, (int Line, int Column) position)
    {
        Kind = kind;
        Text = text;
        Position = position;
    }

    /// <summary>A string's text, or a number's or literal's raw text.</summary>
    internal string Text { get; private set; } = string.Empty;

    internal (int Line, int Column) Position { get; private set; }

    /// <summary>An object's fields in document order.</summary>
    internal List<(string Name, JsonNode Value)> Fields { get; } = [];

    /// <summary>An array's items.</summary>
    internal List<JsonNode> Items { get; } = [];

    internal JsonNode? this[string name]
    {
        get
        {
            // Field names come from one shared table, so most lookups end at a reference comparison.
            foreach (var (field, value) in Fields)
            {
                if (ReferenceEquals(field, name) || field == name) return value;
            }
            return null;
        }
    }

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
    internal static JsonNode Read(JsonStreamReader reader, Pool? pool = null)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) return reader.ReadValue(pool ?? new Pool());
        var node = pool?.Rent() ?? new JsonNode();
        var kind = reader.TokenType switch
        {
            JsonTokenType.String => JsonValueKind.String,
            JsonTokenType.Number => JsonValueKind.Number,
            JsonTokenType.True => JsonValueKind.True,
            JsonTokenType.False => JsonValueKind.False,
            _ => JsonValueKind.Null,
        };
        node.Start(kind, reader.Text, reader.Position);
        return node;
    }

    /// <summary>
    /// Nodes to reuse: a file of a million claims would otherwise make a dozen short-lived nodes per claim,
    /// and the collector, not the parser, would set the pace.
    /// </summary>
    internal sealed class Pool
    {
        // Enough for the claims in flight between the reading thread and the converter (see ClaimPipeline).
        private const int MaxFree = 16 * 1024;

        private readonly Stack<JsonNode> free = new();

        internal JsonNode Rent() => free.TryPop(out var node) ? node : new JsonNode();

        /// <summary>Takes back <paramref name="node"/> and everything in it; none of them may be used afterwards.</summary>
        internal void Return(JsonNode node)
        {
            foreach (var (_, value) in node.Fields) Return(value);
            foreach (var item in node.Items) Return(item);
            node.Fields.Clear();
            node.Items.Clear();
            if (free.Count < MaxFree) free.Push(node);
        }
    }
}
