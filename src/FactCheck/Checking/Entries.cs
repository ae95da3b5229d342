using NodaTime;

namespace FactCheck.Checking;

/// <summary>An observation as the index holds it: the claim, the interval its value stands for, its canonical unit, and its position in the claim set.</summary>
/// <param name="Claim">The observation.</param>
/// <param name="Interval">The interval its value stands for under the settings, in <paramref name="Unit"/>.</param>
/// <param name="Unit">Its unit, canonicalised through the alias table; for a unit that converts by a fixed factor, the base unit of its kind (metres for kilometres and miles).</param>
/// <param name="Order">Its position in the claim set, which breaks ties.</param>
/// <param name="Scale">The factor from the unit the claim states to <paramref name="Unit"/> (1,000 for kilometres); 0 when the unit does not convert.</param>
public readonly record struct ObservationEntry(Observation Claim, ValueInterval Interval, Unit Unit, int Order, double Scale = 0) : ITimed
{
    // Kept in the entry rather than read through the claim: sorting and sweeping touch only the entries.

    /// <inheritdoc />
    public LocalDate FirstDay { get; } = Claim.Time.Start;

    /// <inheritdoc />
    public LocalDate LastDay { get; } = Claim.Time.End;
}

/// <summary>A target as the index holds it.</summary>
/// <param name="Claim">The target.</param>
/// <param name="Interval">The interval its value stands for by its words alone, in <paramref name="Unit"/>: a target is a goal as stated, not a rounded report of a figure.</param>
/// <param name="Unit">Its canonical unit, or the base unit of its kind for a unit that converts.</param>
/// <param name="Order">Its position in the claim set.</param>
/// <param name="Scale">The factor from the unit the claim states to <paramref name="Unit"/>; 0 when the unit does not convert.</param>
public readonly record struct TargetEntry(Target Claim, ValueInterval Interval, Unit Unit, int Order, double Scale = 0) : ITimed
{
    /// <summary>The first day of the deadline, or the earliest day for an open-ended target.</summary>
    public LocalDate FirstDay { get; } = Claim.Deadline?.Start ?? LocalDate.MinIsoValue;

    /// <summary>The deadline day, or the last day for an open-ended target.</summary>
    public LocalDate LastDay { get; } = Claim.Deadline?.End ?? LocalDate.MaxIsoValue;
}

/// <summary>An event as the index holds it.</summary>
/// <param name="Claim">The event.</param>
/// <param name="Order">Its position in the claim set.</param>
public readonly record struct EventEntry(Event Claim, int Order) : ITimed
{
    /// <inheritdoc />
    public LocalDate FirstDay { get; } = Claim.Time.Start;

    /// <inheritdoc />
    public LocalDate LastDay { get; } = Claim.Time.End;
}

/// <summary>Something placed in time by a closed interval of days.</summary>
public interface ITimed
{
    /// <summary>The first day.</summary>
    LocalDate FirstDay { get; }

    /// <summary>The last day, included.</summary>
    LocalDate LastDay { get; }

    /// <summary>The position in the claim set, which breaks ties.</summary>
    // Internal: the engine's tie-break, not something a type outside it could meaningfully supply.
    internal int Order { get; }
}
