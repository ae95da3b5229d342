using FactCheck.Checking;

namespace FactCheck.Rules.Authoring;

/// <summary>A figure's stated value as one number in the unit its interval is in (the base unit for a unit that converts): what "higher" and "lower" compare.</summary>
public static class Level
{
    /// <summary>The figure's stated value, in the unit its interval is in.</summary>
    public static double Of(ObservationEntry entry) =>
        entry.Scale > 0 ? entry.Claim.Value.Representative * entry.Scale : entry.Claim.Value.Representative;

    /// <summary>The figure as a message cites it: <c>5,200 (s1)</c>, with the unit when it converts.</summary>
    public static string Cited(ObservationEntry entry) =>
        $"{entry.Claim.Value}{Figure.Of(entry).UnitSuffix} {Phrases.StatedBy([entry.Claim.Provenance])}";

    /// <summary>Figures whose levels can be compared: both per cent or neither, in one canonical unit, counting the same thing.</summary>
    public static (bool Percent, Unit Unit, string? Basis) BucketOf(ObservationEntry entry) =>
        (entry.Claim.Value.IsPercent, entry.Unit, Bases.Fold(entry.Claim.Basis));
}
