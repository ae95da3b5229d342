using System.Collections.Immutable;

namespace FactCheck.Configuration;

/// <summary>
/// What an editorial team keeps in its repository (<c>factcheck.json</c>): severity per rule, tolerances and
/// thresholds, unit aliases and suppressions. Read with <see cref="FactCheckConfigurationReader"/>; applied to
/// options with <see cref="ApplyTo"/>. Everything left out keeps its default.
/// </summary>
public sealed record FactCheckConfiguration
{
    /// <summary>The format identifier of the file.</summary>
    public const string Format = "factcheck/config@1";

    /// <summary>The file name looked for beside a claim set.</summary>
    public const string FileName = "factcheck.json";

    /// <summary>Severity per rule id.</summary>
    public ImmutableDictionary<string, RuleSeverity> Severities { get; init; } = ImmutableDictionary<string, RuleSeverity>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>The approximate tolerance, or null for the default.</summary>
    public decimal? ApproximateTolerance { get; init; }

    /// <summary>Whether implied precision is on, or null for the default.</summary>
    public bool? ImpliedPrecision { get; init; }

    /// <summary>The "significant" change threshold, or null for the default.</summary>
    public decimal? SignificantChange { get; init; }

    /// <summary>The name-similarity threshold, or null for the default.</summary>
    public double? NameSimilarityThreshold { get; init; }

    /// <summary>
    /// Unit names added to the alias table: a unit's name → more names for it. They join the group that already
    /// holds any of them (<c>"troops": ["marines"]</c> makes marines compare with troops, soldiers and personnel),
    /// or form a new group when the table knows none of them; see <see cref="UnitAliasTable.WithAliases"/>.
    /// </summary>
    public ImmutableArray<(string Canonical, ImmutableArray<string> Aliases)> Units { get; init; } = [];

    /// <summary>Accepted findings.</summary>
    public ImmutableArray<Suppression> Suppressions { get; init; } = [];

    /// <summary>Sets <paramref name="options"/> from this configuration; what it leaves out is untouched.</summary>
    public FactCheckOptions ApplyTo(FactCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (id, severity) in Severities.OrderBy(p => p.Key, StringComparer.Ordinal)) options.SetSeverity(id, severity);
        if (ApproximateTolerance is { } tolerance) options.ApproximateTolerance = tolerance;
        if (ImpliedPrecision is { } implied) options.ImpliedPrecision = implied;
        if (SignificantChange is { } significant) options.SignificantChange = significant;
        if (NameSimilarityThreshold is { } similarity) options.NameSimilarityThreshold = similarity;
        foreach (var (canonical, aliases) in Units) options.Units = options.Units.WithAliases(canonical, [.. aliases]);
        foreach (var suppression in Suppressions) options.Suppressions.Add(suppression);
        return options;
    }
}
