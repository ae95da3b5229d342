using FactCheck.Serialization;

namespace FactCheck.Reporting;

/// <summary>What a report writer may say besides the findings: where each claim stands, and the tool's version.</summary>
public sealed record ReportContext
{
    /// <summary>A context with no file locations.</summary>
    public static ReportContext None { get; } = new();

    /// <summary>The document the claims were read from, for file names and lines; null when built in code.</summary>
    public ClaimSetDocument? Document { get; init; }

    /// <summary>The version the report names as its tool's.</summary>
    public string ToolVersion { get; init; } = typeof(ReportContext).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>Where a claim stands, or null.</summary>
    public ClaimLocation? LocationOf(string claimId) => Document?.LocationOf(claimId);

    /// <summary>A file name with forward slashes, as reports and URIs carry it on every machine.</summary>
    public static string PortablePath(string path) => (path ?? throw new ArgumentNullException(nameof(path))).Replace('\\', '/');
}
