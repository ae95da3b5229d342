using FactCheck.Checking;

namespace FactCheck.Rules.Authoring;

/// <summary>What FC005 and FC016 share: whether a part's figure and a whole's can be compared at all.</summary>
public static class WholeComparison
{
    /// <summary>Whether a part's figure and a whole's can be compared: units that compare, both percentages or neither, and no different bases.</summary>
    public static bool Comparable(CheckSettings settings, ObservationEntry part, ObservationEntry whole)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Units.AreCompatible(part.Unit, whole.Unit) && part.Claim.Value.IsPercent == whole.Claim.Value.IsPercent &&
            !Bases.Differ(part.Claim.Basis, whole.Claim.Basis);
    }
}
