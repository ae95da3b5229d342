using System.Text.Json;
using FactCheck.Utility;

namespace FactCheck.Serialization;

/// <summary>Typed reads of small JSON values of one file, each reporting a located problem instead of throwing.</summary>
internal sealed class NodeReader(ReadSession session, string? file)
{
    internal ReadSession Session => session;

    internal string? File => file;

    /// <summary>Where a missing required field is reported: the object that lacks it.</summary>
    internal (int Line, int Column)? Owner { get; set; }

    internal void Problem(FieldPath path, JsonValue at, string message) => session.Problem(file, path.ToString(), at.Position, message);

    internal void OnlyFields(JsonValue node, FieldPath path, string what, params string[] allowed)
    {
        foreach (var (name, value) in node.Fields)
        {
            if (Array.IndexOf(allowed, name) < 0)
            {
                Problem(path.Field(name), value, $"Unknown field '{name}' on a {what}; expected {string.Join(", ", allowed)} (extensions are named \"x-…\").");
            }
        }
    }

    internal string? String(JsonValue node, FieldPath path, bool required)
    {
        if (node.IsNullOrMissing)
        {
            if (required) session.Problem(file, path.ToString(), node.IsMissing ? Owner : node.Position, $"The field '{path.Name}' is required.");
            return null;
        }
        if (node.Kind != JsonValueKind.String)
        {
            Problem(path, node, $"Expected a string; got {node.KindName}.");
            return null;
        }
        if (required && string.IsNullOrWhiteSpace(node.Text))
        {
            Problem(path, node, "Expected a non-empty string.");
            return null;
        }
        if (TextChecks.OptionalTextProblem(node.Text) is { } problem)
        {
            Problem(path, node, problem + ".");
            return null;
        }
        return node.Text;
    }

    internal string? Identifier(JsonValue node, FieldPath path, bool required)
    {
        var text = String(node, path, required);
        if (text is null) return null;
        if (TextChecks.IdentifierProblem(text) is { } problem)
        {
            Problem(path, node, problem + ".");
            return null;
        }
        return text;
    }

    /// <summary>Whether <paramref name="text"/> is a well-formed id: not blank, no white space at either end.</summary>
    internal static bool IsIdentifier(string text) =>
        !string.IsNullOrWhiteSpace(text) && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]);

    /// <summary>The id of a source or entity, unless it is missing, malformed, or already in <paramref name="seen"/>.</summary>
    internal string? Id(JsonValue node, FieldPath path, Dictionary<string, ClaimLocation> seen, string what)
    {
        var idNode = node["id"];
        var id = Identifier(idNode, path.Field("id"), true);
        if (id is null) return null;
        var here = new ClaimLocation(file, idNode.Position.Line, idNode.Position.Column);
        if (!seen.TryAdd(id, here))
        {
            Problem(path.Field("id"), idNode, $"The {what} id '{id}' is used twice; it was first used at {seen[id]}.");
            return null;
        }
        return id;
    }

    internal NodaTime.LocalDate? Date(JsonValue node, FieldPath path)
    {
        var text = String(node, path, false);
        if (text is null) return null;
        if (FuzzyTimeParser.TryParseIsoDay(text, out var day) && day.Year is >= 1 and <= 9998) return day;
        Problem(path, node, FuzzyTimeParser.TryParse(text, null, out var time, out var error) && time.Precision != TimePrecision.Day
            ? $"Expected a day such as '2020-09-09'; got '{text}'."
            : error.Length > 0 ? error : $"'{text}' is not a date such as '2020-09-09'.");
        return null;
    }

    internal SourceTrust Trust(JsonValue node, FieldPath path)
    {
        var text = String(node, path, false);
        switch (text)
        {
            case null or "normal": return SourceTrust.Normal;
            case "reference": return SourceTrust.Reference;
            case "low": return SourceTrust.Low;
            default:
                Problem(path, node, $"Trust is 'reference', 'normal' or 'low'; got '{text}'.");
                return SourceTrust.Normal;
        }
    }

    internal NodaTime.Offset? Offset(JsonValue node, FieldPath path)
    {
        var text = String(node, path, false);
        if (text is null) return null;
        if (TimesOfDay.TryParseOffset(text, out var offset, out var error)) return offset;
        Problem(path, node, error!);
        return null;
    }

    /// <summary>An optional true or false; missing is false, anything else a located problem.</summary>
    internal bool Flag(JsonValue node, FieldPath path, string name)
    {
        if (node.IsMissing || node.Kind == JsonValueKind.False) return false;
        if (node.Kind == JsonValueKind.True) return true;
        Problem(path, node, $"'{name}' is true or false; got {node.KindName}.");
        return false;
    }

    internal List<string> Strings(JsonValue node, FieldPath path)
    {
        var result = new List<string>();
        if (node.IsNullOrMissing) return result;
        if (node.Kind != JsonValueKind.Array)
        {
            Problem(path, node, $"Expected an array of strings; got {node.KindName}.");
            return result;
        }
        for (var i = 0; i < node.Items.Count; i++)
        {
            var item = String(node.Items[i], path.Item(i), true);
            if (item is not null) result.Add(item);
        }
        return result;
    }
}
