using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using FactCheck.Serialization;

namespace FactCheck.Configuration;

/// <summary>
/// Reads <c>factcheck/config@1</c> files:
/// <code>
/// { "format": "factcheck/config@1",
///   "severity": { "FC009": "none", "FC007": "error" },
///   "approximateTolerance": 0.10, "impliedPrecision": true, "significantChange": 0.10, "nameSimilarityThreshold": 0.9,
///   "units": { "troops": ["marines"], "usd": ["dollars", "$"] },
///   "suppressions": [ { "rule": "FC007", "claims": ["m1", "m2"], "justification": "Both spellings appear in quotes." } ] }
/// </code>
/// Every problem is reported at once with its JSON path, line and column, as for claim-set files.
/// </summary>
public static class FactCheckConfigurationReader
{
    /// <summary>Reads the configuration at <paramref name="path"/>.</summary>
    /// <exception cref="FactCheckConfigurationException">The file is unreadable or breaks the format.</exception>
    public static FactCheckConfiguration Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return Read(stream, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FactCheckConfigurationException([new ClaimSetProblem("$", $"The file cannot be read: {e.Message}", File: path)]);
        }
    }

    /// <summary>Reads a configuration from UTF-8 JSON.</summary>
    /// <exception cref="FactCheckConfigurationException">The input breaks the format.</exception>
    public static FactCheckConfiguration Read(Stream utf8Json, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var problems = new List<ClaimSetProblem>();
        void Problem(string path, JsonValue at, string message) =>
            problems.Add(new ClaimSetProblem(path, message, at.IsMissing ? null : at.Position.Line, at.IsMissing ? null : at.Position.Column, fileName));
        JsonValue root;
        using (var reader = new JsonStreamReader(utf8Json, ClaimSetReaderOptions.Default.MaxDepth, ClaimSetReaderOptions.Default.MaxValueBytes))
        {
            try
            {
                if (!reader.Read()) throw new FactCheckConfigurationException([new ClaimSetProblem("$", "The file is empty; a configuration is a JSON object.", 1, 1, fileName)]);
                root = JsonNode.Read(reader);
                if (reader.Read()) Problem("$", default, "The file goes on after the configuration's closing brace.");
            }
            catch (JsonFormatException e)
            {
                throw new FactCheckConfigurationException([new ClaimSetProblem("$", e.Message, e.Position.Line, e.Position.Column, fileName)]);
            }
        }
        if (root.Kind != JsonValueKind.Object)
        {
            throw new FactCheckConfigurationException([new ClaimSetProblem("$", $"A configuration is a JSON object; got {root.KindName}.", root.Position.Line, root.Position.Column, fileName)]);
        }

        var configuration = new FactCheckConfiguration();
        var sawFormat = false;
        foreach (var (name, value) in root.Fields)
        {
            var path = "$." + name;
            switch (name)
            {
                case "format":
                    sawFormat = true;
                    if (value.Kind != JsonValueKind.String || value.Text != FactCheckConfiguration.Format)
                    {
                        Problem(path, value, $"This reader reads \"{FactCheckConfiguration.Format}\"; the file has {(value.Kind == JsonValueKind.String ? "\"" + value.Text + "\"" : value.KindName)}.");
                    }
                    break;
                case "severity":
                    configuration = configuration with { Severities = ReadSeverities(value, path, Problem) };
                    break;
                case "approximateTolerance":
                    configuration = configuration with { ApproximateTolerance = Fraction(value, path, Problem) };
                    break;
                case "significantChange":
                    configuration = configuration with { SignificantChange = Fraction(value, path, Problem) };
                    break;
                case "nameSimilarityThreshold":
                    var similarity = Fraction(value, path, Problem);
                    if (similarity == 0m) Problem(path, value, ConfigurationMessages.SimilarityAboveZero);
                    configuration = configuration with { NameSimilarityThreshold = similarity is { } s and > 0m ? (double)s : null };
                    break;
                case "impliedPrecision":
                    if (value.Kind is JsonValueKind.True or JsonValueKind.False) configuration = configuration with { ImpliedPrecision = value.Kind == JsonValueKind.True };
                    else Problem(path, value, $"Expected true or false; got {value.KindName}.");
                    break;
                case "units":
                    configuration = configuration with { Units = ReadUnits(value, path, Problem) };
                    break;
                case "suppressions":
                    configuration = configuration with { Suppressions = ReadSuppressions(value, path, Problem) };
                    break;
                default:
                    Problem(path, value, $"Unknown field '{name}'; a configuration has format, severity, approximateTolerance, impliedPrecision, significantChange, nameSimilarityThreshold, units and suppressions.");
                    break;
            }
        }
        if (!sawFormat) problems.Add(new ClaimSetProblem("$.format", $"The field 'format' is missing; it must be \"{FactCheckConfiguration.Format}\".", root.Position.Line, root.Position.Column, fileName));
        if (problems.Count > 0) throw new FactCheckConfigurationException(problems.OrderBy(p => p.Line ?? int.MaxValue).ThenBy(p => p.Column ?? 0));
        return configuration;
    }

    private static ImmutableDictionary<string, RuleSeverity> ReadSeverities(JsonValue value, string path, Action<string, JsonValue, string> problem)
    {
        var result = ImmutableDictionary<string, RuleSeverity>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);
        if (value.Kind != JsonValueKind.Object)
        {
            problem(path, value, $"Expected an object of rule id → {SeverityText.Expected}; got {value.KindName}.");
            return result;
        }
        foreach (var (id, level) in value.Fields)
        {
            if (level.Kind != JsonValueKind.String || !SeverityText.TryParse(level.Text, out var severity))
            {
                problem(path + "." + id, level, ConfigurationMessages.Severity(id, level.Kind == JsonValueKind.String ? "'" + level.Text + "'" : level.KindName));
            }
            else if (string.IsNullOrWhiteSpace(id) || id.Trim().Length != id.Length) problem(path, level, $"'{id}' is not a rule id.");
            else result = result.SetItem(id, severity);
        }
        return result;
    }

    private static decimal? Fraction(JsonValue value, string path, Action<string, JsonValue, string> problem)
    {
        if (value.Kind == JsonValueKind.Number && decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number is >= 0m and <= 1m) return number;
        problem(path, value, ConfigurationMessages.Fraction(value.Kind == JsonValueKind.Number ? value.Text : value.KindName));
        return null;
    }

    private static ImmutableArray<(string, ImmutableArray<string>)> ReadUnits(JsonValue value, string path, Action<string, JsonValue, string> problem)
    {
        var groups = ImmutableArray.CreateBuilder<(string, ImmutableArray<string>)>();
        if (value.Kind != JsonValueKind.Object)
        {
            problem(path, value, $"Expected an object of canonical unit → list of aliases; got {value.KindName}.");
            return groups.ToImmutable();
        }
        foreach (var (canonical, aliases) in value.Fields)
        {
            if (aliases.Kind != JsonValueKind.Array || aliases.Items.Exists(a => a.Kind != JsonValueKind.String || string.IsNullOrWhiteSpace(a.Text)) || string.IsNullOrWhiteSpace(canonical))
            {
                problem(path + "." + canonical, aliases, ConfigurationMessages.UnitNames);
                continue;
            }
            ImmutableArray<string> names = [.. aliases.Items.Select(a => a.Text)];
            if (ConfigurationMessages.UnitGroup(canonical, names) is { } conflict)
            {
                problem(path + "." + canonical, aliases, conflict);
                continue;
            }
            groups.Add((canonical, names));
        }
        return groups.ToImmutable();
    }

    private static ImmutableArray<Suppression> ReadSuppressions(JsonValue value, string path, Action<string, JsonValue, string> problem)
    {
        var result = ImmutableArray.CreateBuilder<Suppression>();
        if (value.Kind != JsonValueKind.Array)
        {
            problem(path, value, $"Expected a list of suppressions; got {value.KindName}.");
            return result.ToImmutable();
        }
        for (var i = 0; i < value.Items.Count; i++)
        {
            var item = value.Items[i];
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (item.Kind != JsonValueKind.Object)
            {
                problem(itemPath, item, $"A suppression is an object with rule, claims and justification; got {item.KindName}.");
                continue;
            }
            var ok = true;
            foreach (var (name, field) in item.Fields)
            {
                if (name is not ("rule" or "claims" or "justification"))
                {
                    problem(itemPath + "." + name, field, $"Unknown field '{name}' on a suppression; expected rule, claims and justification.");
                    ok = false;
                }
            }
            var rule = item["rule"];
            if (rule is not { Kind: JsonValueKind.String } || string.IsNullOrWhiteSpace(rule.Text) || rule.Text.Trim().Length != rule.Text.Length)
            {
                problem(itemPath + ".rule", rule.IsMissing ? item : rule, ConfigurationMessages.SuppressionRule);
                ok = false;
            }
            var claims = item["claims"];
            if (claims is not { Kind: JsonValueKind.Array } || claims.Items.Count == 0 || claims.Items.Exists(c => c.Kind != JsonValueKind.String || string.IsNullOrWhiteSpace(c.Text) || c.Text.Trim().Length != c.Text.Length))
            {
                problem(itemPath + ".claims", claims.IsMissing ? item : claims, ConfigurationMessages.SuppressionClaims);
                ok = false;
            }
            var justification = item["justification"];
            if (justification is not { Kind: JsonValueKind.String } || string.IsNullOrWhiteSpace(justification.Text))
            {
                problem(itemPath + ".justification", justification.IsMissing ? item : justification, ConfigurationMessages.SuppressionJustification);
                ok = false;
            }
            if (ok) result.Add(new Suppression(rule.Text, claims.Items.Select(c => c.Text), justification.Text));
        }
        return result.ToImmutable();
    }
}
