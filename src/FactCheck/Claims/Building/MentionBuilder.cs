using FactCheck.Utility;

namespace FactCheck;

/// <summary>Builds a <see cref="Mention"/>: <c>.Mention("m1", "Kenneth MacKenzie").Of("kenneth-mckenzie").As("Commander of US Central Command")</c>.</summary>
public sealed class MentionBuilder : ClaimBuilder<MentionBuilder>
{
    internal MentionBuilder(string id, string name) : base(ClaimKind.Mention, id) => draft.Name = Preconditions.CheckText(name);

    /// <summary>The entity the name refers to.</summary>
    public MentionBuilder Of(string entityId)
    {
        draft.Entity = Preconditions.CheckIdentifier(entityId);
        return this;
    }

    /// <summary>The role the source gives the person.</summary>
    public MentionBuilder As(string roleText)
    {
        draft.Role = Preconditions.CheckText(roleText);
        return this;
    }

    /// <summary>Says that the role is held by one person at a time, so that two people named for it at one time are a finding.</summary>
    public MentionBuilder Singular()
    {
        draft.Singular = true;
        return this;
    }
}
