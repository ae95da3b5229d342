using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace FactCheck.Serialization;

/// <summary>
/// Turns one claim object of a file into a claim builder: checks its fields for its kind, reads values in their
/// string and object forms, and reports every problem with the field's path and position.
/// </summary>
internal sealed class ClaimReader
{
    private static readonly string[] Common = ["id", "kind", "source", "attribution", "quote", "span"];

    private static readonly Dictionary<string, string[]> FieldsByKind = new(StringComparer.Ordinal)
    {
        ["observation"] = ["subject", "metric", "value", "unit", "time"],
        ["target"] = ["subject", "metric", "value", "unit", "deadline", "stated"],
        ["change"] = ["subject", "metric", "direction", "magnitude", "unit", "time"],
        ["event"] = ["subject", "time", "weekday"],
        ["mention"] = ["name", "entity", "role"],
        ["share"] = ["part", "whole", "value", "time", "metric"],
    };

    private readonly ClaimSetReader.ReadSession.NodeReader nodes;
    private readonly JsonNode node;
    private readonly string path;
    private readonly LocalDate? asOf;
    private bool ok = true;

    internal ClaimReader(ClaimSetReader.ReadSession.NodeReader nodes, JsonNode node, string path, LocalDate? asOf)
    {
        this.nodes = nodes;
        this.node = node;
        this.path = path;
        this.asOf = asOf;
    }

    /// <summary>Adds the claim to the builder; false when it has problems (already reported).</summary>
    internal bool Read()
    {
        var id = nodes.Identifier(node["id"], path + ".id", true);
        var kind = nodes.String(node["kind"], path + ".kind", true);
        if (kind is not null && !FieldsByKind.ContainsKey(kind))
        {
            nodes.Problem(path + ".kind", node["kind"]!, $"Unknown kind '{kind}'; a claim is an observation, target, change, event, mention or share.");
            return false;
        }
        if (id is null || kind is null) return false;
        var allowed = FieldsByKind[kind];
        foreach (var (name, value) in node.Fields)
        {
            if (Array.IndexOf(Common, name) < 0 && Array.IndexOf(allowed, name) < 0)
            {
                Fail(name, value, $"Unknown field '{name}' on {Article(kind)} {kind}; expected {string.Join(", ", Common.Concat(allowed))} (extensions are named \"x-…\").");
            }
        }
        if (nodes.Session.ClaimIds.TryGetValue(id, out var first))
        {
            Fail("id", node["id"]!, $"The claim id '{id}' is used twice; it was first used at {first}.");
            return false;
        }
        nodes.Session.ClaimIds.Add(id, new Serialization.ClaimLocation(nodes.File, node["id"]!.Position.Line, node["id"]!.Position.Column));

        var added = kind switch
        {
            "observation" => Observation(id),
            "target" => Target(id),
            "change" => Change(id),
            "event" => Event(id),
            "mention" => Mention(id),
            _ => Share(id),
        };
        return ok && added;
    }

    private bool Observation(string id)
    {
        var subject = Subject("subject");
        var value = Value("value");
        if (subject is null || value is null) return false;
        return Apply(() =>
        {
            var b = nodes.Session.Builder.Observation(id, subject, value.Value);
            Common_(b);
            Unit(u => b.Unit(u));
            Metric(m => b.Metric(m));
            Time("time", t => b.At(t));
        });
    }

    private bool Target(string id)
    {
        var subject = Subject("subject");
        var value = Value("value");
        if (subject is null || value is null) return false;
        return Apply(() =>
        {
            var b = nodes.Session.Builder.Target(id, subject, value.Value);
            Common_(b);
            Unit(u => b.Unit(u));
            Metric(m => b.Metric(m));
            Time("deadline", t => b.By(t));
            Time("stated", t => b.Stated(t));
        });
    }

    private bool Change(string id)
    {
        var subject = Subject("subject");
        var directionText = nodes.String(node["direction"], path + ".direction", true);
        if (subject is null || directionText is null) return false;
        ChangeDirection direction;
        switch (directionText)
        {
            case "increase": direction = ChangeDirection.Increase; break;
            case "decrease": direction = ChangeDirection.Decrease; break;
            case "unchanged": direction = ChangeDirection.Unchanged; break;
            default:
                Fail("direction", node["direction"]!, $"A direction is 'increase', 'decrease' or 'unchanged'; got '{directionText}'.");
                return false;
        }
        var magnitudeNode = node["magnitude"];
        Quantity? amount = null;
        var significant = magnitudeNode is { Kind: JsonValueKind.String } && string.Equals(magnitudeNode.Text.Trim(), "significant", StringComparison.OrdinalIgnoreCase);
        if (magnitudeNode is not null && !significant)
        {
            amount = Value("magnitude");
            if (amount is null) return false;
        }
        if (direction == ChangeDirection.Unchanged && magnitudeNode is not null)
        {
            Fail("magnitude", magnitudeNode, "An 'unchanged' claim has no magnitude.");
            return false;
        }
        return Apply(() =>
        {
            var b = nodes.Session.Builder.Change(id, subject, direction);
            Common_(b);
            if (significant) b.Significant();
            else if (amount is { } a) b.By(a);
            Unit(u => b.Unit(u));
            Metric(m => b.Metric(m));
            Time("time", t => b.Over(t));
        });
    }

    private bool Event(string id)
    {
        var subject = Subject("subject");
        if (subject is null) return false;
        IsoDayOfWeek? weekday = null;
        if (nodes.String(node["weekday"], path + ".weekday", false) is { } text)
        {
            if (Enum.TryParse<IsoDayOfWeek>(text, ignoreCase: true, out var day) && day != IsoDayOfWeek.None && !char.IsAsciiDigit(text.Trim()[0]))
            {
                weekday = day;
            }
            else
            {
                Fail("weekday", node["weekday"]!, $"A weekday is Monday to Sunday, in words; got '{text}'.");
                return false;
            }
        }
        return Apply(() =>
        {
            var b = nodes.Session.Builder.Event(id, subject);
            Common_(b);
            Time("time", t => b.At(t));
            if (weekday is { } w) b.OnA(w);
        });
    }

    private bool Mention(string id)
    {
        var name = nodes.String(node["name"], path + ".name", true);
        var entity = nodes.Identifier(node["entity"], path + ".entity", false);
        var role = nodes.String(node["role"], path + ".role", false);
        if (name is null) return false;
        if (entity is not null) nodes.Session.Reference(entity, path + ".entity", node["entity"]!, nodes.File, isEntity: true);
        return Apply(() =>
        {
            var b = nodes.Session.Builder.Mention(id, name);
            Common_(b);
            if (entity is not null) b.Of(entity);
            if (!string.IsNullOrWhiteSpace(role)) b.As(role);
        });
    }

    private bool Share(string id)
    {
        var part = Subject("part");
        var whole = Subject("whole");
        var value = Value("value");
        if (part is null || whole is null || value is null) return false;
        if (!value.Value.IsPercent)
        {
            Fail("value", node["value"]!, $"A share is a percentage ('69%'), a fraction ('a third') or 'majority'; got '{node["value"]!.Text}'.");
            return false;
        }
        if (part == whole)
        {
            Fail("whole", node["whole"]!, $"A share needs two subjects; got '{part}' as both part and whole.");
            return false;
        }
        return Apply(() =>
        {
            var b = nodes.Session.Builder.Share(id, part, whole, value.Value);
            Common_(b);
            Metric(m => b.Metric(m));
            Time("time", t => b.At(t));
        });
    }

    private string? Subject(string field) => nodes.Identifier(node[field], path + "." + field, true);

    /// <summary>A value in its string form ("about 5,200") or its object form ({"approximately": 5200}).</summary>
    private Quantity? Value(string field)
    {
        var value = node[field];
        var fieldPath = path + "." + field;
        if (value is null || value.Kind == JsonValueKind.Null)
        {
            nodes.String(value, fieldPath, true);
            return null;
        }
        if (value.Kind == JsonValueKind.String)
        {
            if (QuantityParser.TryParse(value.Text, allowTrailingUnit: node["unit"] is not null, out var parsed, out var error)) return parsed;
            Fail(field, value, $"In claim '{node["id"]?.Text}': {error}");
            return null;
        }
        if (value.Kind == JsonValueKind.Number)
        {
            return Number(value, fieldPath) is { } n ? Quantity.Exactly(n) : null;
        }
        if (value.Kind != JsonValueKind.Object)
        {
            Fail(field, value, $"A value is a string ('about 5,200') or an object ({{\"approximately\": 5200}}); got {value.KindName}.");
            return null;
        }
        return ValueObject(value, fieldPath);
    }

    private Quantity? ValueObject(JsonNode value, string fieldPath)
    {
        string[] allowed = ["exactly", "approximately", "min", "max", "minExclusive", "maxExclusive"];
        foreach (var (name, part) in value.Fields)
        {
            if (Array.IndexOf(allowed, name) < 0)
            {
                nodes.Problem(fieldPath + "." + name, part, $"Unknown field '{name}' in a value object; expected exactly, approximately, or min/max with minExclusive/maxExclusive.");
                ok = false;
                return null;
            }
        }
        var percent = false;
        Quantity? result = null;
        if (value["exactly"] is { } exactly && Number(exactly, fieldPath + ".exactly") is { } e) result = Quantity.Exactly(e);
        else if (value["approximately"] is { } approximately && Number(approximately, fieldPath + ".approximately") is { } a) result = Quantity.Approximately(a);
        else if (value["min"] is not null || value["max"] is not null)
        {
            var min = value["min"] is { } minNode ? Number(minNode, fieldPath + ".min") : null;
            var max = value["max"] is { } maxNode ? Number(maxNode, fieldPath + ".max") : null;
            if ((value["min"] is not null && min is null) || (value["max"] is not null && max is null)) return null;
            try
            {
                result = Quantity.Range(min, Flag(value, "minExclusive", fieldPath), max, Flag(value, "maxExclusive", fieldPath));
            }
            catch (ArgumentException)
            {
                nodes.Problem(fieldPath, value, $"In claim '{node["id"]?.Text}': the range is inverted or empty: min {min?.ToString(CultureInfo.InvariantCulture)} is not below max {max?.ToString(CultureInfo.InvariantCulture)}.");
                ok = false;
                return null;
            }
        }
        else if (ok)
        {
            nodes.Problem(fieldPath, value, "A value object needs 'exactly', 'approximately', 'min' or 'max'.");
            ok = false;
        }
        // A share's bounds are percentages whatever their form.
        if (result is { } r && (percent || string.Equals(node["kind"]?.Text, "share", StringComparison.Ordinal))) result = r.AsPercent();
        return result;
    }

    private bool Flag(JsonNode value, string name, string fieldPath)
    {
        var flag = value[name];
        if (flag is null || flag.Kind == JsonValueKind.False) return false;
        if (flag.Kind == JsonValueKind.True) return true;
        nodes.Problem(fieldPath + "." + name, flag, $"'{name}' is true or false; got {flag.KindName}.");
        ok = false;
        return false;
    }

    private decimal? Number(JsonNode value, string fieldPath)
    {
        if (value.Kind == JsonValueKind.Number && decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return number;
        nodes.Problem(fieldPath, value, value.Kind == JsonValueKind.Number ? $"The number {value.Text} is out of range." : $"Expected a number; got {value.KindName}.");
        ok = false;
        return null;
    }

    private void Common_<T>(ClaimBuilder<T> builder) where T : ClaimBuilder<T>
    {
        builder.AsOf = asOf;
        if (nodes.Identifier(node["source"], path + ".source", false) is { } source)
        {
            nodes.Session.Reference(source, path + ".source", node["source"]!, nodes.File, isEntity: false);
            builder.From(source);
        }
        if (nodes.String(node["attribution"], path + ".attribution", false) is { } who && !string.IsNullOrWhiteSpace(who)) builder.SaidBy(who);
        if (nodes.String(node["quote"], path + ".quote", false) is { } quote && !string.IsNullOrWhiteSpace(quote)) builder.Quoting(quote);
        if (node["span"] is { } span && Span(span) is { } at) builder.Spanning(at);
    }

    private TextSpan? Span(JsonNode span)
    {
        if (span.Kind == JsonValueKind.Array && span.Items.Count == 2 && span.Items.All(i => i.Kind == JsonValueKind.Number)
            && int.TryParse(span.Items[0].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && int.TryParse(span.Items[1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var end) && end >= start)
        {
            return new TextSpan(start, end);
        }
        Fail("span", span, "A span is [start, end): two whole numbers, end not before start.");
        return null;
    }

    private void Unit(Action<string> set)
    {
        if (nodes.String(node["unit"], path + ".unit", false) is { } unit && !string.IsNullOrWhiteSpace(unit)) Guard("unit", node["unit"]!, () => set(unit));
    }

    private void Metric(Action<string> set)
    {
        if (nodes.Identifier(node["metric"], path + ".metric", false) is { } metric) set(metric);
    }

    private void Time(string field, Action<string> set)
    {
        if (nodes.String(node[field], path + "." + field, false) is { } text) Guard(field, node[field]!, () => set(text));
    }

    private void Guard(string field, JsonNode at, Action apply)
    {
        try
        {
            apply();
        }
        catch (ArgumentException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
            Fail(field, at, $"In claim '{node["id"]?.Text}': {(cut > 0 ? message[..cut] : message)}");
        }
    }

    private bool Apply(Action build)
    {
        build();
        return ok;
    }

    private void Fail(string field, JsonNode at, string message)
    {
        nodes.Problem(path + "." + field, at, message);
        ok = false;
    }

    private static string Article(string kind) => kind is "observation" or "event" ? "an" : "a";
}
