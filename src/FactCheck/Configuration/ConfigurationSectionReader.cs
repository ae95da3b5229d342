using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace FactCheck.Configuration;

/// <summary>
/// Reads a <see cref="IConfiguration"/> section shaped as <c>factcheck.json</c> (keys in any case), plus the two
/// settings only an app has, <c>IncludeBuiltInRules</c> and <c>MaxDegreeOfParallelism</c>. By hand rather than with
/// the reflection binder, so that it trims; every problem is collected, named by its configuration key.
/// </summary>
internal static class ConfigurationSectionReader
{
    private const string Keys = "Format, Severity, ApproximateTolerance, ImpliedPrecision, SignificantChange, NameSimilarityThreshold, Units, Suppressions, IncludeBuiltInRules and MaxDegreeOfParallelism";

    /// <summary>What the section sets; values with a problem are left unset.</summary>
    internal sealed record Settings(FactCheckConfiguration Team, bool? IncludeBuiltInRules, int? MaxDegreeOfParallelism)
    {
        internal FactCheckOptions ApplyTo(FactCheckOptions options)
        {
            Team.ApplyTo(options);
            if (IncludeBuiltInRules is { } include) options.IncludeBuiltInRules = include;
            if (MaxDegreeOfParallelism is { } parallelism) options.MaxDegreeOfParallelism = parallelism;
            return options;
        }
    }

    internal static Settings Read(IConfiguration section, List<string> problems)
    {
        var team = new FactCheckConfiguration();
        bool? includeBuiltInRules = null;
        int? maxDegreeOfParallelism = null;
        foreach (var child in section.GetChildren())
        {
            switch (child.Key.ToUpperInvariant())
            {
                case "FORMAT":
                    if (child.Value != FactCheckConfiguration.Format) problems.Add($"{child.Path}: This reader reads \"{FactCheckConfiguration.Format}\"; got {Quoted(child)}.");
                    break;
                case "SEVERITY":
                    team = team with { Severities = ReadSeverities(child, problems) };
                    break;
                case "APPROXIMATETOLERANCE":
                    team = team with { ApproximateTolerance = Fraction(child, problems) };
                    break;
                case "SIGNIFICANTCHANGE":
                    team = team with { SignificantChange = Fraction(child, problems) };
                    break;
                case "NAMESIMILARITYTHRESHOLD":
                    var similarity = Fraction(child, problems);
                    if (similarity == 0m) problems.Add($"{child.Path}: {ConfigurationMessages.SimilarityAboveZero}");
                    team = team with { NameSimilarityThreshold = similarity is { } s and > 0m ? (double)s : null };
                    break;
                case "IMPLIEDPRECISION":
                    team = team with { ImpliedPrecision = Boolean(child, problems) };
                    break;
                case "UNITS":
                    team = team with { Units = ReadUnits(child, problems) };
                    break;
                case "SUPPRESSIONS":
                    team = team with { Suppressions = ReadSuppressions(child, problems) };
                    break;
                case "INCLUDEBUILTINRULES":
                    includeBuiltInRules = Boolean(child, problems);
                    break;
                case "MAXDEGREEOFPARALLELISM":
                    if (int.TryParse(child.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parallelism) && parallelism >= 1) maxDegreeOfParallelism = parallelism;
                    else problems.Add($"{child.Path}: Expected a whole number of at least 1; got {Quoted(child)}.");
                    break;
                default:
                    problems.Add($"{child.Path}: Unknown key '{child.Key}'; FactCheck's options are {Keys}.");
                    break;
            }
        }
        return new Settings(team, includeBuiltInRules, maxDegreeOfParallelism);
    }

    private static ImmutableDictionary<string, RuleSeverity> ReadSeverities(IConfigurationSection section, List<string> problems)
    {
        var result = ImmutableDictionary<string, RuleSeverity>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);
        if (section.Value is not null) problems.Add($"{section.Path}: Expected rule id → {SeverityText.Expected}, e.g. \"FC009\": \"silent\"; got {Quoted(section)}.");
        foreach (var rule in section.GetChildren())
        {
            if (!SeverityText.TryParse(rule.Value, out var severity)) problems.Add($"{rule.Path}: {ConfigurationMessages.Severity(rule.Key, Quoted(rule))}");
            else if (string.IsNullOrWhiteSpace(rule.Key) || rule.Key.Trim().Length != rule.Key.Length) problems.Add($"{rule.Path}: '{rule.Key}' is not a rule id.");
            else result = result.SetItem(rule.Key, severity);
        }
        return result;
    }

    private static ImmutableArray<(string, ImmutableArray<string>)> ReadUnits(IConfigurationSection section, List<string> problems)
    {
        var groups = ImmutableArray.CreateBuilder<(string, ImmutableArray<string>)>();
        if (section.Value is not null) problems.Add($"{section.Path}: Expected canonical unit → list of aliases, e.g. \"troops\": [\"marines\"]; got {Quoted(section)}.");
        foreach (var unit in section.GetChildren())
        {
            var aliases = Strings(unit);
            if (aliases is null || aliases.Value.IsEmpty || string.IsNullOrWhiteSpace(unit.Key))
            {
                problems.Add($"{unit.Path}: {ConfigurationMessages.UnitNames}");
                continue;
            }
            if (ConfigurationMessages.UnitGroup(unit.Key, aliases.Value) is { } conflict)
            {
                problems.Add($"{unit.Path}: {conflict}");
                continue;
            }
            groups.Add((unit.Key, aliases.Value));
        }
        return groups.ToImmutable();
    }

    private static ImmutableArray<Suppression> ReadSuppressions(IConfigurationSection section, List<string> problems)
    {
        var result = ImmutableArray.CreateBuilder<Suppression>();
        if (section.Value is not null) problems.Add($"{section.Path}: Expected a list of suppressions; got {Quoted(section)}.");
        foreach (var item in section.GetChildren())
        {
            var ok = true;
            foreach (var field in item.GetChildren())
            {
                if (field.Key.ToUpperInvariant() is not ("RULE" or "CLAIMS" or "JUSTIFICATION"))
                {
                    problems.Add($"{field.Path}: Unknown key '{field.Key}' on a suppression; expected Rule, Claims and Justification.");
                    ok = false;
                }
            }
            var rule = item["Rule"];
            if (string.IsNullOrWhiteSpace(rule) || rule.Trim().Length != rule.Length)
            {
                problems.Add($"{item.Path}:Rule: {ConfigurationMessages.SuppressionRule}");
                ok = false;
            }
            var claims = Strings(item.GetSection("Claims"));
            if (claims is not { IsEmpty: false } || claims.Value.Any(c => c.Trim().Length != c.Length))
            {
                problems.Add($"{item.Path}:Claims: {ConfigurationMessages.SuppressionClaims}");
                ok = false;
            }
            var justification = item["Justification"];
            if (string.IsNullOrWhiteSpace(justification))
            {
                problems.Add($"{item.Path}:Justification: {ConfigurationMessages.SuppressionJustification}");
                ok = false;
            }
            if (ok) result.Add(new Suppression(rule!, claims!.Value, justification!));
        }
        return result.ToImmutable();
    }

    /// <summary>A list of non-blank strings (children 0, 1, … with values), or null when the section is not one.</summary>
    private static ImmutableArray<string>? Strings(IConfigurationSection section)
    {
        if (section.Value is not null) return null;
        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var item in section.GetChildren())
        {
            if (string.IsNullOrWhiteSpace(item.Value) || item.GetChildren().Any()) return null;
            items.Add(item.Value);
        }
        return items.ToImmutable();
    }

    private static decimal? Fraction(IConfigurationSection value, List<string> problems)
    {
        if (decimal.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number is >= 0m and <= 1m) return number;
        problems.Add($"{value.Path}: {ConfigurationMessages.Fraction(Quoted(value))}");
        return null;
    }

    private static bool? Boolean(IConfigurationSection value, List<string> problems)
    {
        if (bool.TryParse(value.Value, out var flag)) return flag;
        problems.Add($"{value.Path}: Expected true or false; got {Quoted(value)}.");
        return null;
    }

    private static string Quoted(IConfigurationSection section) =>
        section.Value is { } text ? $"'{text}'" : section.GetChildren().Any() ? "a section" : "nothing";
}
