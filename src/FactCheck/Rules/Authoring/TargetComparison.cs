using FactCheck.Checking;

namespace FactCheck.Rules.Authoring;

/// <summary>What FC002 and FC003 share: whether a figure meets a target, and the change from one to the other.</summary>
public static class TargetComparison
{
    /// <summary>
    /// Whether the figure lies outside the target, both taken as their words state them: implied precision decides
    /// whether two reports of one figure can both be true, and must not hide a gap to a goal (a current 3,000
    /// against a target of 2,500 is a gap of 500). "About 3,000" is still ±10 %.
    /// </summary>
    public static bool IsOutside(CheckSettings settings, ObservationEntry observation, TargetEntry target) =>
        Comparable(settings, observation, target) && !StatedInterval(settings, observation).Overlaps(target.Interval);

    /// <summary>Whether the figure and the target measure alike: compatible units, both percentages or neither, and no different bases.</summary>
    public static bool Comparable(CheckSettings settings, ObservationEntry observation, TargetEntry target) =>
        settings.Units.AreCompatible(observation.Unit, target.Unit) && observation.Claim.Value.IsPercent == target.Claim.Value.IsPercent &&
        !Bases.Differ(observation.Claim.Basis, target.Claim.Basis);

    /// <summary>The interval an observation stands for by its words alone, in the unit it is compared in, as targets are (see <see cref="TargetEntry.Interval"/>).</summary>
    public static ValueInterval StatedInterval(CheckSettings settings, ObservationEntry observation) =>
        settings.IntervalIn(observation.Claim.Value, observation.Claim.Metric, observation.Claim.Unit, stated: true);

    /// <summary>The change from the figure to the target, nominal values as stated, in the target's unit.</summary>
    public static ChangeAmount NeededChange(ObservationEntry observation, TargetEntry target) =>
        new(target.Claim.Value.Nominal - StatedUnit.Convert(observation.Claim.Value.Nominal, observation.Scale, target.Scale), observation.Claim.Value.IsApproximate || target.Claim.Value.IsApproximate, observation.Claim.Value.IsPercent,
            StatedUnit.Suffix(target.Claim.Unit, target.Scale));
}
