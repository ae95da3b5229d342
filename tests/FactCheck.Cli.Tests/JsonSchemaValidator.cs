using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FactCheck.Cli.Tests;

/// <summary>
/// Validates JSON against a JSON Schema, for the keywords the SARIF 2.1.0 schema uses. No validator package restores
/// on our feed, so this one is written for the purpose; <see cref="UnsupportedKeywords"/> lets a test prove that the
/// schema uses nothing it skips, so a pass can be trusted.
/// </summary>
internal sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "id", "title", "description", "default", "definitions"];
    private static readonly HashSet<string> Assertions =
        ["$ref", "type", "properties", "required", "additionalProperties", "items", "minItems", "uniqueItems", "enum", "minimum", "maximum", "pattern", "format", "anyOf", "oneOf"];

    private readonly JsonElement root;

    internal JsonSchemaValidator(JsonElement schema) => root = schema;

    internal IReadOnlyCollection<string> UnsupportedKeywords()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        void Walk(JsonElement schema)
        {
            if (schema.ValueKind != JsonValueKind.Object) return;
            foreach (var property in schema.EnumerateObject())
            {
                if (property.Name is "properties" or "definitions")
                {
                    foreach (var named in property.Value.EnumerateObject()) Walk(named.Value);
                    continue;
                }
                if (!Annotations.Contains(property.Name) && !Assertions.Contains(property.Name)) found.Add(property.Name);
                if (property.Name is "items" or "additionalProperties") Walk(property.Value);
                if (property.Name is "anyOf" or "oneOf") foreach (var item in property.Value.EnumerateArray()) Walk(item);
            }
        }
        Walk(root);
        return found;
    }

    internal List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Validate(root, instance, "$", errors);
        return errors;
    }

    private void Validate(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.ValueKind != JsonValueKind.Object) return;
        if (schema.TryGetProperty("$ref", out var reference)) Validate(Resolve(reference.GetString()!), instance, path, errors);
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, instance)) errors.Add($"{path}: expected type {type.GetRawText()}, got {instance.ValueKind}");
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => SameValue(o, instance))) errors.Add($"{path}: {instance.GetRawText()} is not one of {options.GetRawText()}");
        if (instance.ValueKind == JsonValueKind.Object) ValidateObject(schema, instance, path, errors);
        if (instance.ValueKind == JsonValueKind.Array) ValidateArray(schema, instance, path, errors);
        if (instance.ValueKind == JsonValueKind.Number)
        {
            var number = instance.GetDouble();
            if (schema.TryGetProperty("minimum", out var min) && number < min.GetDouble()) errors.Add($"{path}: {number} is below the minimum {min.GetDouble()}");
            if (schema.TryGetProperty("maximum", out var max) && number > max.GetDouble()) errors.Add($"{path}: {number} is above the maximum {max.GetDouble()}");
        }
        if (instance.ValueKind == JsonValueKind.String)
        {
            var text = instance.GetString()!;
            if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1))) errors.Add($"{path}: '{text}' does not match {pattern.GetString()}");
            if (schema.TryGetProperty("format", out var format) && !FormatMatches(format.GetString()!, text)) errors.Add($"{path}: '{text}' is not a {format.GetString()}");
        }
        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(s => Passes(s, instance, path))) errors.Add($"{path}: matches none of anyOf");
        if (schema.TryGetProperty("oneOf", out var oneOf) && oneOf.EnumerateArray().Count(s => Passes(s, instance, path)) != 1) errors.Add($"{path}: does not match exactly one of oneOf");
    }

    private void ValidateObject(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        var declared = schema.TryGetProperty("properties", out var properties) ? properties : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!instance.TryGetProperty(name, out _)) errors.Add($"{path}: the required property '{name}' is missing");
            }
        }
        foreach (var property in instance.EnumerateObject())
        {
            var childPath = path + "." + property.Name;
            if (declared.ValueKind == JsonValueKind.Object && declared.TryGetProperty(property.Name, out var propertySchema))
            {
                Validate(propertySchema, property.Value, childPath, errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False) errors.Add($"{path}: the property '{property.Name}' is not allowed");
                else Validate(additional, property.Value, childPath, errors);
            }
        }
    }

    private void ValidateArray(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        var items = instance.EnumerateArray().ToList();
        if (schema.TryGetProperty("minItems", out var minItems) && items.Count < minItems.GetInt32()) errors.Add($"{path}: fewer than {minItems.GetInt32()} items");
        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True && items.Select(i => i.GetRawText()).Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            errors.Add($"{path}: items are not unique");
        }
        if (schema.TryGetProperty("items", out var itemSchema))
        {
            for (var i = 0; i < items.Count; i++) Validate(itemSchema, items[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", errors);
        }
    }

    private bool Passes(JsonElement schema, JsonElement instance, string path)
    {
        var errors = new List<string>();
        Validate(schema, instance, path, errors);
        return errors.Count == 0;
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal)) throw new NotSupportedException("Only local references are supported: " + reference);
        var node = root;
        foreach (var part in reference[2..].Split('/')) node = node.GetProperty(part);
        return node;
    }

    private static bool TypeMatches(JsonElement type, JsonElement instance) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => TypeMatches(t.GetString()!, instance)) : TypeMatches(type.GetString()!, instance);

    private static bool TypeMatches(string type, JsonElement instance) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetInt64(out _),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException("Unknown type " + type),
    };

    private static bool SameValue(JsonElement left, JsonElement right) =>
        left.ValueKind == right.ValueKind && (left.ValueKind == JsonValueKind.String ? left.GetString() == right.GetString() : left.GetRawText() == right.GetRawText());

    private static bool FormatMatches(string format, string text) => format switch
    {
        "uri" => Uri.TryCreate(text, UriKind.Absolute, out _),
        "uri-reference" => Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _),
        "date-time" => NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse(text).Success,
        "uuid" => Guid.TryParseExact(text, "D", out _),
        _ => throw new NotSupportedException("Unknown format " + format),
    };
}
