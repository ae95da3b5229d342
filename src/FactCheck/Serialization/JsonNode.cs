using System.Text.Json;

namespace FactCheck.Serialization;

/// <summary>
/// An object or array read whole (a source, an entity, a claim), with the position of every part, so that its
/// fields can be checked in any order and each problem located. Scalars inside it are <see cref="JsonValue"/>s.
/// </summary>
internal sealed class JsonNode
{
    private JsonNode()
    {
    }

    /// <summary>An object's fields in document order.</summary>
    internal List<(string Name, JsonValue Value)> Fields { get; } = [];

    /// <summary>Which <see cref="KnownField"/>s the object has, one bit each.</summary>
    internal ulong Present { get; private set; }

    /// <summary>Whether the object has a field whose name is not a <see cref="KnownField"/>.</summary>
    internal bool HasUnknownNames { get; private set; }

    /// <summary>Where in <see cref="Fields"/> each known field first stands; read only for the fields in <see cref="Present"/>.</summary>
    private readonly int[] slots = new int[64];

    /// <summary>Adds a field; <paramref name="known"/> is its <see cref="KnownField"/> number, or -1.</summary>
    internal void Add(string name, int known, JsonValue value)
    {
        if (known >= 0)
        {
            if ((Present & 1UL << known) == 0) slots[known] = Fields.Count;
            Present |= 1UL << known;
        }
        else
        {
            HasUnknownNames = true;
        }
        Fields.Add((name, value));
    }

    /// <summary>The first field numbered <paramref name="known"/> in <see cref="KnownField"/>; missing when there is none.</summary>
    internal JsonValue this[int known]
    {
        get
        {
            // A known name written with escapes is not recognised as it is read; look for it the long way.
            if (HasUnknownNames) return this[KnownField.Names[known]];
            // A claim's fields are looked up several times each as it is converted: straight to the slot.
            return (Present & 1UL << known) == 0 ? default : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Fields)[slots[known]].Value;
        }
    }

    /// <summary>An array's items.</summary>
    internal List<JsonValue> Items { get; } = [];

    /// <summary>The first field named <paramref name="name"/>; missing when there is none.</summary>
    internal JsonValue this[string name]
    {
        get
        {
            // Field names come from one shared table, so most lookups end at a reference comparison.
            foreach (var (field, value) in Fields)
            {
                if (ReferenceEquals(field, name) || field == name) return value;
            }
            return default;
        }
    }

    /// <summary>Reads the value that starts at the reader's current token. Fields named "x-…" are skipped unread.</summary>
    internal static JsonValue Read(JsonStreamReader reader, Pool? pool = null)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) return reader.ReadValue(pool ?? new Pool());
        var kind = reader.TokenType switch
        {
            JsonTokenType.String => JsonValueKind.String,
            JsonTokenType.Number => JsonValueKind.Number,
            JsonTokenType.True => JsonValueKind.True,
            JsonTokenType.False => JsonValueKind.False,
            _ => JsonValueKind.Null,
        };
        return new JsonValue(kind, reader.Text, reader.Position);
    }

    /// <summary>
    /// Nodes to reuse: a file of a million claims would otherwise make a node and two lists per claim, and the
    /// collector, not the parser, would set the pace. Used by one thread.
    /// </summary>
    internal sealed class Pool
    {
        // Enough for the claims in flight between the reading thread and the converter (see ClaimPipeline).
        private const int MaxFree = 4 * 1024;

        private readonly Stack<JsonNode> free = new();

        internal JsonNode Rent() => free.TryPop(out var node) ? node : new JsonNode();

        /// <summary>Takes back the node of <paramref name="value"/> and every node in it; none of them may be used afterwards.</summary>
        internal void Return(JsonValue value)
        {
            if (value.Node is { } node) Return(node);
        }

        private void Return(JsonNode node)
        {
            foreach (var (_, value) in node.Fields) Return(value);
            foreach (var item in node.Items) Return(item);
            node.Fields.Clear();
            node.Items.Clear();
            node.Present = 0;
            node.HasUnknownNames = false;
            if (free.Count < MaxFree) free.Push(node);
        }
    }
}
