using System.Collections.Frozen;

namespace FactCheck.Extraction.Lexicon;

/// <summary>
/// Roles as they are compared: "chief of the U.S. military command in the Middle East" and "the Commander of the US Central
/// Command" are one role, "Commander of US Central Command", so that two spellings of its holder's name are seen as one person.
/// </summary>
internal static class Roles
{
    /// <summary>Words that head a role.</summary>
    internal static readonly FrozenSet<string> Heads = new[]
    {
        "commander", "chief", "head", "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "director", "leader", "ambassador",
        "governor", "mayor", "chancellor", "general", "chairman", "chairwoman", "chair", "envoy", "officer", "premier",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly (string Written, string Canonical)[] Organisations =
    [
        ("U.S. military command in the Middle East", "US Central Command"), ("US military command in the Middle East", "US Central Command"),
        ("American military command in the Middle East", "US Central Command"), ("U.S. Central Command", "US Central Command"),
        ("United States Central Command", "US Central Command"), ("US Central Command", "US Central Command"), ("CENTCOM", "US Central Command"),
        ("President of the United States", "US President"), ("U.S. President", "US President"), ("American President", "US President"),
    ];

    private static readonly FrozenDictionary<string, string> HeadWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["chief"] = "Commander", ["head"] = "Commander", ["commander"] = "Commander",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The role in canonical form: no leading article or "new", the head word and the organisation as the table names them.</summary>
    internal static string Canonical(string role)
    {
        var text = string.Join(' ', role.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(',', '.', ' ');
        foreach (var (written, canonical) in Organisations)
        {
            var at = text.IndexOf(written, StringComparison.OrdinalIgnoreCase);
            if (at >= 0) text = text[..at] + canonical + text[(at + written.Length)..];
        }
        var words = text.Split(' ').ToList();
        while (words.Count > 1 && words[0].ToLowerInvariant() is "the" or "new" or "a" or "an" or "former" or "its" or "their") words.RemoveAt(0);
        for (var i = 0; i < words.Count; i++)
        {
            if (HeadWords.TryGetValue(words[i], out var head) && i + 1 < words.Count && words[i + 1] == "of") words[i] = head;
            else if (Heads.Contains(words[i])) words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..];
            // "of the US Central Command": the article before an organisation is not part of the role.
            if (words[i] == "the" && i > 0 && words[i - 1] == "of" && i + 1 < words.Count && char.IsUpper(words[i + 1][0])) words[i] = string.Empty;
        }
        return string.Join(' ', words.Where(w => w.Length > 0));
    }
}
