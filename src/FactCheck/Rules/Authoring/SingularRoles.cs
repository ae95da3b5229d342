using System.Globalization;
using NodaTime;

namespace FactCheck.Rules.Authoring;

/// <summary>
/// Roles that one person holds at a time, for FC007: those of entities marked <c>"singular"</c> (matched by name,
/// alias or id, case and spacing folded, or named as a mention's entity) and those a mention marks singular. Two
/// different people named for such a role at one time — in sources of the same publication date, or, for sources
/// without one, of the claim set's as-of date — are a finding even when their names are not alike.
/// </summary>
public sealed class SingularRoles
{
    private readonly ClaimSet set;
    private readonly Dictionary<string, Entity> roleEntities = new(StringComparer.Ordinal);
    private readonly HashSet<string> singular = new(StringComparer.Ordinal);

    /// <summary>The singular roles of <paramref name="set"/>, those its role entities and its <paramref name="mentions"/> mark.</summary>
    public SingularRoles(ClaimSet set, IEnumerable<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(mentions);
        this.set = set;
        foreach (var entity in set.Entities.Where(e => e.Singular))
        {
            foreach (var text in entity.Aliases.Prepend(entity.Id).Prepend(entity.Name)) roleEntities.TryAdd(NameFolding.Normalize(text), entity);
            singular.Add(NameFolding.Normalize(entity.Name));
        }
        foreach (var mention in mentions)
        {
            if (mention.Singular && RoleOf(mention) is { } key) singular.Add(key);
        }
    }

    /// <summary>The role a mention names its person in, folded; null for none.</summary>
    public string? RoleOf(Mention mention)
    {
        if (RoleEntity(mention) is { } role) return NameFolding.Normalize(role.Name);
        if (mention.Role is null) return null;
        var key = NameFolding.Normalize(mention.Role);
        return roleEntities.TryGetValue(key, out var entity) ? NameFolding.Normalize(entity.Name) : key;
    }

    /// <summary>The role's name for messages: a role entity's name, else the role as the mention writes it.</summary>
    public string NameOf(string key, Mention mention) => roleEntities.TryGetValue(key, out var entity) ? entity.Name : mention.Role ?? key;

    /// <summary>Whether the role (folded, as <see cref="RoleOf"/> gives it) is held by one person at a time.</summary>
    public bool IsSingular(string key) => singular.Contains(key);

    /// <summary>The entity a mention names as its person: its entity, unless that is the role itself.</summary>
    public string? PersonOf(Mention mention) => RoleEntity(mention) is null ? mention.Entity : null;

    private Entity? RoleEntity(Mention mention) => mention.Entity is { } id && set.FindEntity(id) is { Singular: true } role ? role : null;

    /// <summary>
    /// Each time at which the role's mentions name more than one person: the publication day (null for undated
    /// sources) and the people, each as their mentions, in order of first mention. <paramref name="spellings"/> are the
    /// role's folded spellings with their mentions; <paramref name="cluster"/> joins spellings alike enough to be one
    /// person spelled two ways (a variant FC007 reports on its own). Spellings are also one person when they name one
    /// entity, when an entity named at that time accepts them (its aliases), or when one is the other's surname alone.
    /// Each time costs a pass over its mentions with tables, never a comparison of every pair.
    /// </summary>
    public IEnumerable<(LocalDate? Day, List<List<Mention>> People)> Conflicts(List<(string Folded, List<Mention> Mentions)> spellings, Func<int, int> cluster)
    {
        ArgumentNullException.ThrowIfNull(spellings);
        ArgumentNullException.ThrowIfNull(cluster);
        var times = new SortedDictionary<(bool Dated, LocalDate Day), List<(int Spelling, Mention Mention)>>();
        for (var s = 0; s < spellings.Count; s++)
        {
            foreach (var mention in spellings[s].Mentions)
            {
                var day = set.FindSource(mention.SourceId)?.Published ?? set.AsOf;
                var key = (day is not null, day ?? default);
                if (!times.TryGetValue(key, out var list)) times.Add(key, list = []);
                list.Add((s, mention));
            }
        }
        foreach (var ((dated, day), mentions) in times)
        {
            var people = People(spellings, mentions, cluster);
            if (people.Count < 2) continue;
            yield return (dated ? day : null, people);
        }
    }

    /// <summary>The mentions of one time grouped by person, in order of first mention.</summary>
    private List<List<Mention>> People(List<(string Folded, List<Mention> Mentions)> spellings, List<(int Spelling, Mention Mention)> mentions, Func<int, int> cluster)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string key)
        {
            while (parent.TryGetValue(key, out var up) && !string.Equals(up, key, StringComparison.Ordinal)) key = up;
            return key;
        }
        void Union(string a, string b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (!string.Equals(ra, rb, StringComparison.Ordinal)) parent[ra] = rb;
        }
        static string Spelled(int cluster) => "C" + cluster.ToString(CultureInfo.InvariantCulture);

        // Spellings an entity named at this time accepts, and full names' last words: each looked up once.
        var accepted = new Dictionary<string, string>(StringComparer.Ordinal);
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (s, mention) in mentions)
        {
            var self = Spelled(cluster(s));
            parent.TryAdd(self, self);
            if (PersonOf(mention) is { } person)
            {
                Union(self, "E" + person);
                if (set.FindEntity(person) is { } entity)
                {
                    foreach (var name in entity.Aliases.Prepend(entity.Name).Select(NameFolding.Fold))
                    {
                        accepted.TryAdd(name, "E" + person);
                        if (name.LastIndexOf(' ') is var last and > 0) surnames.TryAdd(name[(last + 1)..], "E" + person);
                    }
                }
            }
            var folded = spellings[s].Folded;
            var space = folded.LastIndexOf(' ');
            if (space > 0) surnames.TryAdd(folded[(space + 1)..], self);
        }
        foreach (var (s, _) in mentions)
        {
            var folded = spellings[s].Folded;
            var self = Spelled(cluster(s));
            if (accepted.TryGetValue(folded, out var person)) Union(self, person);
            if (!folded.Contains(' ', StringComparison.Ordinal) && surnames.TryGetValue(folded, out var full)) Union(self, full);
        }
        var people = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        var order = new List<List<Mention>>();
        foreach (var (s, mention) in mentions.OrderBy(m => set.IndexOf(m.Mention.Id)))
        {
            var root = Find(Spelled(cluster(s)));
            if (!people.TryGetValue(root, out var list))
            {
                people.Add(root, list = []);
                order.Add(list);
            }
            list.Add(mention);
        }
        return order;
    }
}
