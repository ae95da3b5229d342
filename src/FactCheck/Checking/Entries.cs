using NodaTime;

namespace FactCheck.Checking;

/// <summary>An observation as the index holds it: the claim, the interval its value stands for, its canonical unit, and its position in the claim set.</summary>
public readonly record struct ObservationEntry : ITimed
{
    // Kept in the entry rather than read through the claim: sorting and sweeping touch only the entries. The rest is
    // laid out flat (EntryFigure), so that an entry takes 48 bytes.
    private readonly Observation claim;
    private readonly EntryFigure figure;
    private readonly LocalDate firstDay;
    private readonly LocalDate lastDay;

    /// <summary>An observation as the index holds it.</summary>
    /// <param name="Claim">The observation.</param>
    /// <param name="Interval">The interval its value stands for under the settings, in <paramref name="Unit"/>.</param>
    /// <param name="Unit">Its unit, canonicalised through the alias table; for a unit that converts by a fixed factor, the base unit of its kind (metres for kilometres and miles).</param>
    /// <param name="Order">Its position in the claim set, which breaks ties.</param>
    /// <param name="Scale">The factor from the unit the claim states to <paramref name="Unit"/> (1,000 for kilometres); 0 when the unit does not convert.</param>
    public ObservationEntry(Observation Claim, ValueInterval Interval, Unit Unit, int Order, double Scale = 0)
        : this(Claim, new EntryFigure(Interval, ComparedUnit.Of(Unit, Scale), Order))
    {
    }

    internal ObservationEntry(Observation claim, EntryFigure figure)
    {
        this.claim = claim;
        this.figure = figure;
        (firstDay, lastDay) = DaysOf(claim);
    }

    /// <summary>The observation.</summary>
    public Observation Claim { get => claim; init => (claim, (firstDay, lastDay)) = (value, DaysOf(value)); }

    /// <summary>The interval its value stands for under the settings, in <see cref="Unit"/>.</summary>
    public ValueInterval Interval { get => figure.Interval; init => figure = figure.WithInterval(value); }

    /// <summary>Its unit, canonicalised through the alias table; for a unit that converts by a fixed factor, the base unit of its kind (metres for kilometres and miles).</summary>
    public Unit Unit { get => figure.Unit; init => figure = figure.WithUnit(value); }

    /// <summary>Its position in the claim set, which breaks ties.</summary>
    public int Order { get => figure.Order; init => figure = figure.WithOrder(value); }

    /// <summary>The factor from the unit the claim states to <see cref="Unit"/> (1,000 for kilometres); 0 when the unit does not convert.</summary>
    public double Scale { get => figure.Scale; init => figure = figure.WithScale(value); }

    /// <inheritdoc />
    public LocalDate FirstDay => firstDay;

    /// <inheritdoc />
    public LocalDate LastDay => lastDay;

    /// <summary>The entry's parts, as its constructor takes them.</summary>
    public void Deconstruct(out Observation Claim, out ValueInterval Interval, out Unit Unit, out int Order, out double Scale) =>
        (Claim, Interval, Unit, Order, Scale) = (claim, this.Interval, this.Unit, this.Order, this.Scale);

    /// <inheritdoc />
    public bool Equals(ObservationEntry other) =>
        (ReferenceEquals(claim, other.claim) || EqualityComparer<Observation>.Default.Equals(claim, other.claim))
        && figure.Equals(other.figure) && firstDay == other.firstDay && lastDay == other.lastDay;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(claim, figure, firstDay, lastDay);

    private static (LocalDate First, LocalDate Last) DaysOf(Observation observation) => (observation.Time.Start, observation.Time.End);
}

/// <summary>A target as the index holds it.</summary>
public readonly record struct TargetEntry : ITimed
{
    private readonly Target claim;
    private readonly EntryFigure figure;
    private readonly LocalDate firstDay;
    private readonly LocalDate lastDay;

    /// <summary>A target as the index holds it.</summary>
    /// <param name="Claim">The target.</param>
    /// <param name="Interval">The interval its value stands for by its words alone, in <paramref name="Unit"/>: a target is a goal as stated, not a rounded report of a figure.</param>
    /// <param name="Unit">Its canonical unit, or the base unit of its kind for a unit that converts.</param>
    /// <param name="Order">Its position in the claim set.</param>
    /// <param name="Scale">The factor from the unit the claim states to <paramref name="Unit"/>; 0 when the unit does not convert.</param>
    public TargetEntry(Target Claim, ValueInterval Interval, Unit Unit, int Order, double Scale = 0)
        : this(Claim, new EntryFigure(Interval, ComparedUnit.Of(Unit, Scale), Order))
    {
    }

    internal TargetEntry(Target claim, EntryFigure figure)
    {
        this.claim = claim;
        this.figure = figure;
        (firstDay, lastDay) = DaysOf(claim);
    }

    /// <summary>The target.</summary>
    public Target Claim { get => claim; init => (claim, (firstDay, lastDay)) = (value, DaysOf(value)); }

    /// <summary>The interval its value stands for by its words alone, in <see cref="Unit"/>: a target is a goal as stated, not a rounded report of a figure.</summary>
    public ValueInterval Interval { get => figure.Interval; init => figure = figure.WithInterval(value); }

    /// <summary>Its canonical unit, or the base unit of its kind for a unit that converts.</summary>
    public Unit Unit { get => figure.Unit; init => figure = figure.WithUnit(value); }

    /// <summary>Its position in the claim set.</summary>
    public int Order { get => figure.Order; init => figure = figure.WithOrder(value); }

    /// <summary>The factor from the unit the claim states to <see cref="Unit"/>; 0 when the unit does not convert.</summary>
    public double Scale { get => figure.Scale; init => figure = figure.WithScale(value); }

    /// <summary>The first day of the deadline, or the earliest day for an open-ended target.</summary>
    public LocalDate FirstDay => firstDay;

    /// <summary>The deadline day, or the last day for an open-ended target.</summary>
    public LocalDate LastDay => lastDay;

    /// <summary>The entry's parts, as its constructor takes them.</summary>
    public void Deconstruct(out Target Claim, out ValueInterval Interval, out Unit Unit, out int Order, out double Scale) =>
        (Claim, Interval, Unit, Order, Scale) = (claim, this.Interval, this.Unit, this.Order, this.Scale);

    /// <inheritdoc />
    public bool Equals(TargetEntry other) =>
        (ReferenceEquals(claim, other.claim) || EqualityComparer<Target>.Default.Equals(claim, other.claim))
        && figure.Equals(other.figure) && firstDay == other.firstDay && lastDay == other.lastDay;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(claim, figure, firstDay, lastDay);

    private static (LocalDate First, LocalDate Last) DaysOf(Target target) =>
        (target.Deadline?.Start ?? LocalDate.MinIsoValue, target.Deadline?.End ?? LocalDate.MaxIsoValue);
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
