using System.Text.Json;

namespace FactCheck.Serialization;

/// <summary>
/// One JSON value as read, with where it starts: a string's text, a number's or literal's raw text, or an object or
/// array held in a <see cref="JsonNode"/>. A struct, so that the many scalar fields of a claim cost no object each.
/// </summary>
/// <remarks>The default value is a missing value (<see cref="IsMissing"/>): what an absent field reads as.</remarks>
internal readonly struct JsonValue
{
    private static readonly List<(string Name, JsonValue Value)> NoFields = [];
    private static readonly List<JsonValue> NoItems = [];

    private readonly string? text;

    internal JsonValue(JsonValueKind kind, string text, (int Line, int Column) position, JsonNode? node = null)
    {
        Kind = kind;
        this.text = text;
        Position = position;
        Node = node;
    }

    /// <summary>The kind; <see cref="JsonValueKind.Undefined"/> when the value is missing.</summary>
    internal JsonValueKind Kind { get; }

    /// <summary>Whether there is no value: a field that is not there.</summary>
    internal bool IsMissing => Kind == JsonValueKind.Undefined;

    /// <summary>Whether the value is missing or <c>null</c>.</summary>
    internal bool IsNullOrMissing => Kind is JsonValueKind.Undefined or JsonValueKind.Null;

    /// <summary>A string's text, or a number's or literal's raw text; empty for an object or array.</summary>
    internal string Text => text ?? string.Empty;

    /// <summary>Where the value starts.</summary>
    internal (int Line, int Column) Position { get; }

    /// <summary>The object or array, or null for a scalar.</summary>
    internal JsonNode? Node { get; }

    /// <summary>An object's fields in document order; none for anything else.</summary>
    internal List<(string Name, JsonValue Value)> Fields => Node?.Fields ?? NoFields;

    /// <summary>An array's items; none for anything else.</summary>
    internal List<JsonValue> Items => Node?.Items ?? NoItems;

    /// <summary>The first field numbered <paramref name="known"/> in <see cref="KnownField"/> of an object; missing when there is none.</summary>
    internal JsonValue this[int known] => Node is { } node ? node[known] : default;

    /// <summary>The first field named <paramref name="name"/> of an object; missing when there is none.</summary>
    internal JsonValue this[string name] => Node is { } node ? node[name] : default;

    internal string KindName => Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
