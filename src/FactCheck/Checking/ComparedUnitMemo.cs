using System.Runtime.CompilerServices;

namespace FactCheck.Checking;

/// <summary>
/// The units figures are compared in (see <see cref="CheckSettings.ComparedUnitOf"/>), looked up once for each unit a
/// thread meets: a claim set of a million figures states a handful of units, each a million times, and a read set
/// holds each unit's name as one shared string, so a unit met before is found by the name's identity without hashing
/// it. Each unit met gives one <see cref="ComparedUnit"/>, which the entries of its figures share, however often its
/// name loses its slot to another's. Used by one thread; a name not held is looked up again.
/// </summary>
internal sealed class ComparedUnitMemo(CheckSettings settings)
{
    private const int Slots = 16;

    private readonly (string? Name, ComparedUnit? Compared)[] slots = new (string?, ComparedUnit?)[Slots];

    // Every unit met, so that two names that share a slot and alternate do not make a new object for each figure.
    private readonly Dictionary<Unit, ComparedUnit?> made = [];

    internal ComparedUnit? Of(Unit unit)
    {
        // None's name is the empty string, one shared instance, and no other unit's name is blank: it takes a slot like any unit.
        var name = unit.Name;
        ref var slot = ref slots[RuntimeHelpers.GetHashCode(name) & (Slots - 1)];
        if (ReferenceEquals(slot.Name, name)) return slot.Compared;
        if (!made.TryGetValue(unit, out var shared))
        {
            var (compared, scale) = settings.ComparedUnitOf(unit);
            made.Add(unit, shared = ComparedUnit.Of(compared, scale));
        }
        slot = (name, shared);
        return shared;
    }
}
