using FactCheck.Checking;
using NodaTime;

namespace FactCheck.Rules.Authoring;

/// <summary>
/// A stated figure as the conflict rules compare it, whether an observation's value at a time or a target's value
/// by a deadline: the claim, its value as stated, the interval it stands for, its canonical unit and its days.
/// </summary>
/// <param name="Claim">The claim that states it.</param>
/// <param name="Value">The value as stated.</param>
/// <param name="Interval">The interval the value stands for under the settings.</param>
/// <param name="Unit">The canonical unit.</param>
/// <param name="FirstDay">The first day of its time (or deadline).</param>
/// <param name="LastDay">The last day of its time (or deadline).</param>
/// <param name="Order">Its position in the claim set.</param>
/// <param name="Scale">The factor from the stated unit to <paramref name="Unit"/>; 0 when the unit does not convert.</param>
public readonly record struct Figure(Claim Claim, Quantity Value, ValueInterval Interval, Unit Unit, LocalDate FirstDay, LocalDate LastDay, int Order, double Scale) : ITimed
{
    /// <summary>An observation's figure.</summary>
    public static Figure Of(ObservationEntry entry) => new(entry.Claim, entry.Claim.Value, entry.Interval, entry.Unit, entry.FirstDay, entry.LastDay, entry.Order, entry.Scale);

    /// <summary>A target's figure.</summary>
    public static Figure Of(TargetEntry entry) => new(entry.Claim, entry.Claim.Value, entry.Interval, entry.Unit, entry.FirstDay, entry.LastDay, entry.Order, entry.Scale);

    /// <summary>The unit the claim states, as figures cite it: <c> miles</c> for a unit that converts, else nothing.</summary>
    public string UnitSuffix => StatedUnit.Suffix(StatedUnitOfClaim, Scale);

    /// <summary>Appends <see cref="UnitSuffix"/> to <paramref name="text"/>.</summary>
    internal void AppendUnitSuffix(System.Text.StringBuilder text) => StatedUnit.AppendSuffix(text, StatedUnitOfClaim, Scale);

    /// <summary>Appends the value as stated and <see cref="UnitSuffix"/>: <c>62 miles</c>, <c>8,600</c>.</summary>
    internal void AppendValue(System.Text.StringBuilder text)
    {
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{Value}");
        AppendUnitSuffix(text);
    }

    private Unit StatedUnitOfClaim => Claim switch { Observation o => o.Unit, Target t => t.Unit, _ => default };

    /// <summary>The stated value in the unit <paramref name="other"/> states.</summary>
    public double RepresentativeIn(Figure other) => StatedUnit.Convert(Value.Representative, Scale, other.Scale);

    /// <summary>What two claims share when one restates the other (with the same days): the value as stated, the unit and its scale.</summary>
    public (Quantity Value, Unit Unit, double Scale) RestatementKey => (Value, Unit, Scale);

    /// <summary>Whether the two can be compared at all: both per cent or neither, and units the table reconciles.</summary>
    public bool IsComparableWith(Figure other, UnitAliasTable units) =>
        Value.IsPercent == other.Value.IsPercent && units.AreCompatible(Unit, other.Unit);
}
