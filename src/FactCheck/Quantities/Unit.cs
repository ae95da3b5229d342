namespace FactCheck;

/// <summary>
/// The unit a figure counts in (<c>soldiers</c>, <c>USD</c>). Compared through a <see cref="UnitAliasTable"/>;
/// a claim without a unit compares with any unit.
/// </summary>
/// <remarks>Names are case-insensitive and white space is folded: <c>Service  Members</c> is <c>service members</c>.
/// The default value is <see cref="None"/>.</remarks>
public readonly struct Unit : IEquatable<Unit>, IComparable<Unit>
{
    private readonly string? name;

    private Unit(string name) => this.name = name;

    /// <summary>No unit stated.</summary>
    public static Unit None => default;

    /// <summary>The unit's name, lower case, or the empty string for <see cref="None"/>.</summary>
    public string Name => name ?? string.Empty;

    /// <summary>Whether a unit was stated.</summary>
    public bool IsNone => name is null;

    /// <summary>Creates a unit from its name.</summary>
    /// <param name="name">The name as written; blank means <see cref="None"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is longer than 100 characters.</exception>
    public static Unit Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return None;
        if (name.Length > 100) throw new ArgumentException($"A unit name is at most 100 characters; got '{name[..20]}…'.", nameof(name));
        return new Unit(string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant());
    }

    /// <inheritdoc />
    public bool Equals(Unit other) => string.Equals(name, other.name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Unit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => name is null ? 0 : StringComparer.Ordinal.GetHashCode(name);

    /// <inheritdoc />
    public int CompareTo(Unit other) => string.CompareOrdinal(name, other.name);

    /// <summary>Compares unit names.</summary>
    public static bool operator ==(Unit left, Unit right) => left.Equals(right);

    /// <summary>Compares unit names.</summary>
    public static bool operator !=(Unit left, Unit right) => !left.Equals(right);

    /// <summary>Orders unit names ordinally.</summary>
    public static bool operator <(Unit left, Unit right) => left.CompareTo(right) < 0;

    /// <summary>Orders unit names ordinally.</summary>
    public static bool operator >(Unit left, Unit right) => left.CompareTo(right) > 0;

    /// <summary>Orders unit names ordinally.</summary>
    public static bool operator <=(Unit left, Unit right) => left.CompareTo(right) <= 0;

    /// <summary>Orders unit names ordinally.</summary>
    public static bool operator >=(Unit left, Unit right) => left.CompareTo(right) >= 0;

    /// <summary>The name, or the empty string for <see cref="None"/>.</summary>
    public override string ToString() => Name;
}
