using System.Globalization;

namespace FactCheck.Serialization;

/// <summary>
/// The JSON path of a value (<c>$.claims[12].time</c>), put together only when a problem names it: a file of a
/// million claims would otherwise build ten path strings per claim and use none.
/// </summary>
internal readonly struct FieldPath
{
    private readonly string parent;
    private readonly int index;
    private readonly string? name;

    /// <summary>The path <paramref name="parent"/>[<paramref name="index"/>].<paramref name="name"/>; no index when it is negative, no name when null.</summary>
    internal FieldPath(string parent, int index, string? name)
    {
        this.parent = parent;
        this.index = index;
        this.name = name;
    }

    /// <summary>A path already written out.</summary>
    public static implicit operator FieldPath(string path) => new(path, -1, null);

    /// <summary>The last name in the path: <c>time</c> in <c>$.claims[12].time</c>.</summary>
    internal string Name => name ?? LastName(ToString());

    /// <summary>The path of <paramref name="field"/> within this value.</summary>
    internal FieldPath Field(string field) => name is null ? new(parent, index, field) : new(ToString() + "." + field, -1, null);

    /// <summary>The path of item <paramref name="i"/> of this array.</summary>
    internal FieldPath Item(int i) => new(ToString(), i, null);

    private static string LastName(string path) => path[(path.LastIndexOf('.') + 1)..];

    /// <summary><c>$.claims[12].time</c>.</summary>
    public override string ToString() => (index, name) switch
    {
        ( < 0, null) => parent,
        ( < 0, { } last) => parent + "." + last,
        (var i, null) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{i}]"),
        (var i, { } last) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{i}].{last}"),
    };
}
