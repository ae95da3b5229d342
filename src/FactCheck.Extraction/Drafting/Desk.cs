using FactCheck.Extraction.Lexicon;

namespace FactCheck.Extraction.Drafting;

/// <summary>
/// What the desk already knows (the <c>--known</c> claim set): its groups, people, events and places, matched by name and
/// aliases. Without one, only the embedded tables.
/// </summary>
internal sealed class Desk
{
    private readonly List<(string Phrase, Entity Entity)> groupPhrases = [];
    private readonly Dictionary<string, string> groupsByAutoKey = new(StringComparer.Ordinal);

    internal Desk(ClaimSet? known)
    {
        Known = known;
        var entities = known?.Entities.ToList() ?? [];
        Gazetteer = Gazetteer.Default.With(entities.Where(e => e.Kind is "place" or "country" or "city" or "region"));
        People = entities.Where(e => e.Kind is "person").ToList();
        PersonNames = People.SelectMany(p => p.Aliases.Prepend(p.Name)).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToList();
        Events = entities.Where(e => e.Kind is "event").ToList();
        foreach (var group in entities.Where(e => e.Kind is null or "group"))
        {
            foreach (var phrase in group.Aliases.Prepend(group.Name)) groupPhrases.Add((phrase, group));
            groupsByAutoKey.TryAdd(group.Id, group.Id);
        }
        groupPhrases.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
    }

    internal ClaimSet? Known { get; }

    internal Gazetteer Gazetteer { get; }

    internal List<Entity> People { get; }

    internal List<string> PersonNames { get; }

    internal List<Entity> Events { get; }

    /// <summary>Registers the automatic key that a group's name reads as ("US troops in Afghanistan" → us-troops/afghanistan).</summary>
    internal void MapAutoKey(string autoKey, string groupId) => groupsByAutoKey.TryAdd(autoKey, groupId);

    internal IEnumerable<(string Phrase, Entity Entity)> GroupPhrases => groupPhrases;

    /// <summary>The declared group an automatic subject key stands for, or the key itself.</summary>
    internal string SubjectFor(string autoKey) => groupsByAutoKey.GetValueOrDefault(autoKey, autoKey);

    /// <summary>The declared group whose name or alias is written in <paramref name="text"/>, or null.</summary>
    internal string? GroupNamedIn(string text)
    {
        foreach (var (phrase, entity) in groupPhrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase)) return entity.Id;
        }
        return null;
    }

    /// <summary>
    /// The declared person with this name or alias, or whose name ends with this surname, or whose name this one misspells
    /// ("Kenneth MacKenzie" for "Kenneth McKenzie"): the mention is linked, and the name-variant rule says which spelling to keep.
    /// </summary>
    internal Entity? PersonNamed(string name) =>
        People.FirstOrDefault(p => p.Accepts(name))
        ?? People.FirstOrDefault(p => p.Aliases.Prepend(p.Name).Any(n => n.EndsWith(" " + name[(name.LastIndexOf(' ') + 1)..], StringComparison.OrdinalIgnoreCase)))
        ?? People.FirstOrDefault(p => p.Aliases.Prepend(p.Name).Any(n => PersonSpellings.Variants(n, name)));
}
