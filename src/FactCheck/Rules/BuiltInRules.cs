using System.Collections.Immutable;

namespace FactCheck.Rules;

/// <summary>The built-in catalogue, FC001–FC015, and the descriptors of every rule including the engine's FC900 and FC901.</summary>
public static class BuiltInRules
{
    /// <summary>One instance of each built-in rule, in id order. Rules are stateless, so these are shared.</summary>
    public static ImmutableArray<IClaimRule> All { get; } =
    [
        new ConflictingFiguresRule(),
        new TargetGapRule(),
        new TargetMissedRule(),
        new TrendNotSupportedRule(),
        new PartExceedsWholeRule(),
        new WeekdayMismatchRule(),
        new NameVariantRule(),
        new ConflictingDatesRule(),
        new UnsourcedClaimRule(),
        new UnitMismatchRule(),
        new ConflictingTargetsRule(),
        new RunningTotalFellRule(),
        new RevisedFigureRule(),
        new DefinitionalDifferenceRule(),
        new ProjectionMissedRule(),
        new PartsExceedWholeRule(),
    ];

    /// <summary>The descriptors of the catalogue, FC001–FC015, then FC900 and FC901 (reported by the engine), in id order.</summary>
    public static ImmutableArray<RuleDescriptor> Descriptors { get; } = [.. All.Select(r => r.Descriptor), .. EngineDescriptors.All];

    /// <summary>The descriptor with <paramref name="id"/> (case-insensitive), or null.</summary>
    public static RuleDescriptor? Find(string id) =>
        Descriptors.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
