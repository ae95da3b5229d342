using FactCheck.Utility;

namespace FactCheck;

/// <summary>A source names an entity: <c>"Kenneth MacKenzie", Commander of US Central Command</c>.</summary>
public sealed record Mention : Claim
{
    /// <summary>Creates a mention.</summary>
    /// <param name="id">The claim's id.</param>
    /// <param name="name">The name as the source spells it.</param>
    /// <param name="entity">The id of the entity meant, or null.</param>
    /// <param name="role">The role the source gives (<c>Commander of US Central Command</c>), or null.</param>
    /// <param name="provenance">Where the claim comes from.</param>
    /// <exception cref="ArgumentException">An id or the name is blank.</exception>
    public Mention(string id, string name, string? entity = null, string? role = null, Provenance? provenance = null)
        : base(id, provenance)
    {
        Name = Preconditions.CheckText(name);
        if (entity is not null) Preconditions.CheckIdentifier(entity);
        Entity = entity;
        Role = Preconditions.OptionalText(role);
    }

    /// <inheritdoc />
    public override ClaimKind Kind => ClaimKind.Mention;

    /// <summary>The name as spelled.</summary>
    public string Name { get; }

    /// <summary>The entity meant, or null.</summary>
    public string? Entity { get; }

    /// <summary>The role given, or null.</summary>
    public string? Role { get; }

    /// <summary>Whether the source says <see cref="Role"/> is held by one person at a time (<c>"singular": true</c>): then every mention in that role is held to it.</summary>
    public bool Singular { get; init; }

    /// <summary><c>"Kenneth MacKenzie" (Commander of US Central Command)</c>.</summary>
    public override string ToString() => Role is null ? $"\"{Name}\"" : $"\"{Name}\" ({Role})";
}
