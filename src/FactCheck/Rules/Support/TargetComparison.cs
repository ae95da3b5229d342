using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>What FC002 and FC003 share: whether a figure meets a target, and the change from one to the other.</summary>
internal static class TargetComparison
{
    internal static bool IsOutside(CheckSettings settings, ObservationEntry observation, TargetEntry target) =>
        settings.Units.AreCompatible(observation.Unit, target.Unit)
        && observation.Claim.Value.IsPercent == target.Claim.Value.IsPercent
        && !observation.Interval.Overlaps(target.Interval);

    /// <summary>The change from the figure to the target, nominal values as stated, in the target's unit.</summary>
    internal static ChangeAmount NeededChange(ObservationEntry observation, TargetEntry target) =>
        new(target.Claim.Value.Nominal - StatedUnit.Convert(observation.Claim.Value.Nominal, observation.Scale, target.Scale), observation.Claim.Value.IsApproximate || target.Claim.Value.IsApproximate, observation.Claim.Value.IsPercent);
}
