using FactCheck.Utility;

namespace FactCheck;

/// <summary>Builds a <see cref="Mention"/>: <c>.Mention("m1", "Kenneth MacKenzie").Of("kenneth-mckenzie").As("Commander of US Central Command")</c>.</summary>
public sealed class MentionBuilder : ClaimBuilder<MentionBuilder>
{
    private readonly string name;
    private string? entity;
    private string? role;
    private bool singular;

    internal MentionBuilder(string id, string name) : base(id) => this.name = Preconditions.CheckText(name);

    /// <summary>The entity the name refers to.</summary>
    public MentionBuilder Of(string entityId)
    {
        entity = Preconditions.CheckIdentifier(entityId);
        return this;
    }

    /// <summary>The role the source gives the person.</summary>
    public MentionBuilder As(string roleText)
    {
        role = Preconditions.CheckText(roleText);
        return this;
    }

    /// <summary>Says that the role is held by one person at a time, so that two people named for it at one time are a finding.</summary>
    public MentionBuilder Singular()
    {
        singular = true;
        return this;
    }

    private protected override Claim? Build(ClaimBuildContext context) => new Mention(Id, name, entity, role, Provenance) { Singular = singular };
}
