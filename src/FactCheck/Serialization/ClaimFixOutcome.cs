using System.Collections.Immutable;

namespace FactCheck.Serialization;

/// <summary>What <see cref="ClaimFileFixer.Apply"/> did.</summary>
/// <param name="Applied">How many field edits were made.</param>
/// <param name="Files">The files changed, in ordinal order.</param>
/// <param name="Skipped">The fixes left alone, each with why (the field was edited since, or is not there).</param>
public sealed record ClaimFixOutcome(int Applied, ImmutableArray<string> Files, ImmutableArray<string> Skipped);
