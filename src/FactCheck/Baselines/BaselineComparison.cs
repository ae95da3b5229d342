namespace FactCheck.Baselines;

/// <summary>A report checked against a baseline.</summary>
/// <param name="NewFindings">The report with only the findings the baseline does not accept (counts recomputed).</param>
/// <param name="Known">How many findings the baseline accepted.</param>
/// <param name="Gone">How many baseline entries matched no finding: fixed since, or changed past recognition.</param>
public sealed record BaselineComparison(CheckReport NewFindings, int Known, int Gone);
