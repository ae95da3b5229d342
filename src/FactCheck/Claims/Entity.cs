using FactCheck.Utility;

namespace FactCheck;

/// <summary>
/// A person, organisation, place or measured group that claims name. Its <see cref="Name"/> and
/// <see cref="Aliases"/> are the accepted spellings: no name-variant finding is raised between them.
/// An entity whose id is a claim subject also gives that subject its readable name in messages.
/// </summary>
public sealed record Entity
{
    /// <summary>Creates an entity.</summary>
    /// <param name="id">The id mentions and subjects refer to; unique within a claim set.</param>
    /// <param name="name">The spelling to keep.</param>
    /// <param name="kind">What it is (<c>person</c>, <c>organisation</c>…), free text.</param>
    /// <param name="aliases">Other accepted spellings.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank, or an alias is.</exception>
    public Entity(string id, string name, string? kind = null, IEnumerable<string>? aliases = null)
    {
        Id = Preconditions.CheckIdentifier(id);
        Name = Preconditions.CheckText(name);
        Kind = Preconditions.OptionalText(kind);
        var list = (aliases ?? []).ToList();
        foreach (var alias in list)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(alias), nameof(aliases), $"An alias of entity '{id}' is blank.");
        }
        Aliases = new ValueArray<string>(list);
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The spelling to keep.</summary>
    public string Name { get; }

    /// <summary>What it is, or null.</summary>
    public string? Kind { get; }

    /// <summary>Other accepted spellings.</summary>
    public ValueArray<string> Aliases { get; }

    /// <summary>Whether <paramref name="spelling"/> is the name or an alias (compared as written, ignoring case and spacing).</summary>
    public bool Accepts(string spelling) =>
        Names.SameSpelling(Name, spelling) || Aliases.Any(a => Names.SameSpelling(a, spelling));

    /// <summary>The name and id: <c>Kenneth McKenzie (kenneth-mckenzie)</c>.</summary>
    public override string ToString() => $"{Name} ({Id})";
}
