namespace FactCheck.Extraction.Reading;

/// <summary>A person named in a sentence: the name as written, with the role the text gives.</summary>
/// <param name="First">The index of the name's first token.</param>
/// <param name="Last">The index of the name's last token.</param>
/// <param name="Name">The name as written ("Kenneth MacKenzie").</param>
/// <param name="Role">The role, in the canonical form roles are compared in ("Commander of US Central Command"), or null.</param>
internal sealed record PersonHit(int First, int Last, string Name, string? Role)
{
    /// <summary>The last word of the name, which a later bare mention uses.</summary>
    public string Surname => Name[(Name.LastIndexOf(' ') + 1)..];

    /// <summary>The first word of the name.</summary>
    public string FirstName => Name.Contains(' ', StringComparison.Ordinal) ? Name[..Name.IndexOf(' ', StringComparison.Ordinal)] : Name;
}
