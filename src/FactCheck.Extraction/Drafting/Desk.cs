using FactCheck.Extraction.Lexicon;

namespace FactCheck.Extraction.Drafting;

/// <summary>
/// What the desk already knows (the <c>--known</c> claim set): its groups, people, events and places, matched by name and
/// aliases. Without one, only the embedded tables. Made once an extraction and only read after, by every thread that
/// reads its articles; what a reader writes as it goes is its <see cref="ReaderScratch"/>.
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
            foreach (var phrase in group.Aliases.Prepend(group.Name))
            {
                groupPhrases.Add((phrase, group));
                if (AutoKeyOf(phrase) is { } key) groupsByAutoKey.TryAdd(key, group.Id);
            }
            groupsByAutoKey.TryAdd(group.Id, group.Id);
        }
        groupPhrases.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
    }

    internal ClaimSet? Known { get; }

    /// <summary>The automatic key a group's name reads as: "US troops in Afghanistan" is <c>us-troops/afghanistan</c>.</summary>
    private string? AutoKeyOf(string name)
    {
        var tokens = Text.Tokenizer.Tokenize(name, 0, name.Length);
        var places = Reading.PlaceReader.Read(name, tokens, Gazetteer);
        var who = places.FirstOrDefault(p => p.Lead.Length == 0)?.Entry.Country;
        var where = places.FirstOrDefault(p => p.Lead.Length > 0 && p.IsPlace)?.Entry.Country;
        var what = tokens.Select(t => UnitWords.Find(t.Lower)).FirstOrDefault(w => w is { Category: UnitCategory.Personnel or UnitCategory.People })?.Canonical;
        return what is null || (who is null && where is null) ? null : (who is null ? what : who + "-" + what) + (where is null ? string.Empty : "/" + where);
    }

    internal Gazetteer Gazetteer { get; }

    internal List<Entity> People { get; }

    internal List<string> PersonNames { get; }

    internal List<Entity> Events { get; }

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
