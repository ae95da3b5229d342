using System.Collections.Immutable;
using FactCheck.Rules;
using FactCheck.Serialization;

namespace FactCheck.Reporting;

/// <summary>
/// What a report writer may say besides the findings: where each claim stands, the claims themselves, the rules
/// that ran, the texts of the articles claims were drawn from, and the tool's version.
/// </summary>
public sealed record ReportContext
{
    private readonly ClaimSet? claims;

    /// <summary>A context with no file locations.</summary>
    public static ReportContext None { get; } = new();

    /// <summary>The document the claims were read from, for file names and lines; null when built in code.</summary>
    public ClaimSetDocument? Document { get; init; }

    /// <summary>The claims that were checked: as set, else the <see cref="Document"/>'s; null when unknown.</summary>
    public ClaimSet? Claims
    {
        get => claims ?? Document?.ClaimSet;
        init => claims = value;
    }

    /// <summary>
    /// The descriptors of the rules that ran (<see cref="IFactChecker.Rules"/>); SARIF lists them, and describes
    /// a finding of a rule not listed by its id only.
    /// </summary>
    public ImmutableArray<RuleDescriptor> Rules { get; init; } = [];

    /// <summary>
    /// The texts of the articles claims were extracted from, by source id, so that a report can show a quote in
    /// its sentence (claims with a <see cref="Provenance.Span"/> into that text); empty when there are none.
    /// </summary>
    public ImmutableDictionary<string, string> SourceTexts { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The version the report names as its tool's.</summary>
    /// <remarks>By default the library's version (major.minor.patch), from a constant the build writes, not from the assembly's metadata.</remarks>
    public string ToolVersion { get; init; } = BuildVersion.Library;

    /// <summary>
    /// Where claims that were not read from a claim-set file stand, by claim id: claims extracted from an article point to
    /// the article's file and the line of their quoted words. Consulted after <see cref="Document"/>.
    /// </summary>
    public IReadOnlyDictionary<string, ClaimLocation>? Locations { get; init; }

    /// <summary>Where a claim stands, or null.</summary>
    public ClaimLocation? LocationOf(string claimId) =>
        Document?.LocationOf(claimId) ?? (Locations is { } located && located.TryGetValue(claimId, out var at) ? at : null);

    /// <summary>A file name with forward slashes, as reports and URIs carry it on every machine.</summary>
    public static string PortablePath(string path) => (path ?? throw new ArgumentNullException(nameof(path))).Replace('\\', '/');
}
