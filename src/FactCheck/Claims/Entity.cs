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

    /// <summary>
    /// Whether the entity is a role that one person holds at a time (<c>Prime Minister of Pakistan</c>): mentions whose
    /// role is its name, an alias or its id, or whose entity it is, name its holder, and two different people named
    /// for it at one time are a finding (FC007).
    /// </summary>
    public bool Singular { get; init; }

    /// <summary>
    /// Whether the figures of the subject with this entity's id are running totals (a death toll, votes counted so
    /// far): a later figure may rise without conflicting with an earlier one, and may not fall.
    /// </summary>
    public bool Cumulative { get; init; }

    /// <summary>
    /// Whether <paramref name="spelling"/> is the name or an alias, or the surname alone of either (a reference to
    /// the person, not another spelling). Case, spacing, full stops, diacritics, typographic apostrophes and quotes,
    /// leading titles and honorifics (Gen., Sir, Prime Minister) and generational suffixes (Jr., III) are folded:
    /// "Gen. Kenneth McKenzie" and "McKenzie" are accepted for "Kenneth McKenzie", "Kenneth MacKenzie" is not.
    /// </summary>
    public bool Accepts(string spelling)
    {
        ArgumentNullException.ThrowIfNull(spelling);
        if (string.Equals(Name, spelling, StringComparison.OrdinalIgnoreCase)) return true;
        var folded = Names.Fold(spelling);
        if (Spelled(Name, folded)) return true;
        foreach (var alias in Aliases)
        {
            if (Spelled(alias, folded)) return true;
        }
        return false;

        static bool Spelled(string accepted, string folded)
        {
            var name = Names.Fold(accepted);
            return string.Equals(name, folded, StringComparison.Ordinal) || Names.IsSurnameOf(folded, name);
        }
    }

    /// <summary>The name and id: <c>Kenneth McKenzie (kenneth-mckenzie)</c>.</summary>
    public override string ToString() => $"{Name} ({Id})";
}
