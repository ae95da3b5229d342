using System.Text;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules;

/// <summary>FC007: one person or organisation is spelled two ways.</summary>
public sealed class NameVariantRule : IClaimRule
{
    private const string Spelled = "{keep} is spelled {spellings}; keep \"{keep}\", ";

    /// <summary>Mentions of a declared entity spelled another way.</summary>
    public static FindingDescriptor NotDeclared { get; } = new(
        "FC007", "notDeclared", Severity.Warning, "Mentions of an entity use a spelling that is neither its name nor an alias.",
        Spelled + "the declared name.");

    /// <summary>Similar names sharing a role.</summary>
    public static FindingDescriptor SharedRole { get; } = new(
        "FC007", "sharedRole", Severity.Warning, "Two similar names share a role: one person spelled two ways.",
        Spelled + "the most used spelling.");

    /// <summary>Two people named for a singular role in sources of one day.</summary>
    public static FindingDescriptor SingularRole { get; } = new(
        "FC007", "singularRole", Severity.Warning, "Two people are named for a role only one person holds, at one time.",
        "Only one person holds the role {role}, but as of {day} it is given to {people}; they are not one person's names.");

    /// <summary>Two people named for a singular role in undated sources.</summary>
    public static FindingDescriptor SingularRoleUndated { get; } = new(
        "FC007", "singularRoleUndated", Severity.Warning, "Two people are named for a role only one person holds, in undated sources.",
        "Only one person holds the role {role}, but in undated sources it is given to {people}; they are not one person's names.");

    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC007",
        "NameVariant",
        Severity.Warning,
        "One entity is named with spellings that are not declared aliases, two similar names share a role, or two people share a singular role.",
        """
        Names must be spelled one way. The rule raises a warning when
          - mentions of one entity (the same 'entity' id) use a spelling that is neither the entity's name nor one
            of its declared aliases; or
          - mentions that share a role ('Commander of US Central Command') use two names similar enough to be one
            person spelled two ways (Jaro–Winkler similarity at or above 0.90, configurable), unless they are
            declared as different entities.
        Names are compared folded: case, spacing, full stops, diacritics (José, Jose), typographic apostrophes and
        quotes (O’Brien, O'Brien), leading titles and honorifics (Mr, Mrs, Ms, Dr, Sir, Prof., Rev., Gen., Lt. Col.,
        Sen., Gov., President, Prime Minister, Secretary of State, King, Prince…) and generational suffixes (Jr.,
        Sr., II, III, IV) do not make another spelling, so 'Gen. Kenneth McKenzie' is 'Kenneth McKenzie'. A surname
        alone ('McKenzie', 'Mr. McKenzie') refers to the person named in full; it is not a variant.
        The message suggests the spelling to keep: the entity's declared name, else the most used spelling (the
        earliest on a tie). Variants that join up are one finding naming all their mentions and sources. Only names
        that share a first or last word are compared, and in a large role only alphabetical neighbours, so the
        rule stays near-linear however many names share a role.

        A role only one person holds at a time is "singular": on a role entity ({ "kind": "role", "singular": true };
        mentions whose role is its name, an alias or its id, case and spacing aside, or whose entity it is, are in it)
        or on a mention (next to its "role"). Two different people named for it at one time (in sources published on
        the same day; sources without a date are at the claim set's asOf) are a warning even when their names are not
        alike: only one person holds the role. Names that are one person's (one entity, a declared alias, a surname
        alone, a similar spelling reported as a variant) are not two people.

        Example:
          { "id": "kenneth-mckenzie", "kind": "person", "name": "Kenneth McKenzie" }
          { "id": "m1", "kind": "mention", "entity": "kenneth-mckenzie", "name": "Kenneth MacKenzie", "source": "s1" }
          { "id": "m2", "kind": "mention", "entity": "kenneth-mckenzie", "name": "Kenneth McKenzie", "source": "s2" }
        gives
          FC007 warning: Kenneth McKenzie is spelled "Kenneth MacKenzie" (m1, s1) and "Kenneth McKenzie" (m2, s2);
          keep "Kenneth McKenzie", the declared name.

        Example (singular role):
          { "id": "pm-pakistan", "kind": "role", "name": "Prime Minister of Pakistan", "singular": true }
          { "id": "m1", "kind": "mention", "name": "Shehbaz Sharif", "role": "Prime Minister of Pakistan", "source": "s1" }
          { "id": "m2", "kind": "mention", "name": "Imran Khan", "role": "Prime Minister of Pakistan", "source": "s2" }
        gives (s1 and s2 published on 2023-02-07)
          FC007 warning: Only one person holds the role Prime Minister of Pakistan, but as of 2023-02-07 it is given to
          "Shehbaz Sharif" (m1, s1) and "Imran Khan" (m2, s2); they are not one person's names.
        """)
    {
        Messages = [NotDeclared, SharedRole, SingularRole, SingularRoleUndated],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <summary>Blocks of at most this many names are compared pair by pair; larger ones only with their nearest neighbours.</summary>
    private const int AllPairsBlock = 64;

    /// <summary>How many neighbours, in alphabetical order, each name of a large block is compared with.</summary>
    private const int Neighbours = 16;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var set = context.Index.ClaimSet;
        var mentions = context.Index.Mentions;

        // 1. Mentions of one declared entity, in order of entity id: first find the entities spelled another way,
        // then gather the mentions of those only.
        var misspelled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            // A role's entity is named by its holders, whose names are not its spellings.
            if (mention.Entity is { } id && set.FindEntity(id) is { Singular: false } named && !named.Accepts(mention.Name)) misspelled.Add(id);
        }
        foreach (var group in mentions.Where(m => m.Entity is not null && misspelled.Contains(m.Entity)).GroupBy(m => m.Entity!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var entity = set.FindEntity(group.Key)!;
            var variants = group.Where(m => !entity.Accepts(m.Name)).ToList();
            var accepted = group.Where(m => entity.Accepts(m.Name)).ToList();
            var keep = NameFolding.Fold(entity.Name);
            var similarity = variants.Min(m => JaroWinkler.Similarity(NameFolding.Fold(m.Name), keep));
            Report(context, NotDeclared, [.. variants, .. accepted], entity.Name, entity.Id, similarity, variants);
        }

        // 2. Similar names sharing a role, not already tied to one entity or declared as different ones. Two
        // mentions that both name entities are one entity (handled above) or two (never a variant), so only roles
        // with at least one mention that names no entity can give a finding.
        var singular = new SingularRoles(set, mentions);
        var roles = new Dictionary<string, RoleNames>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (singular.RoleOf(mention) is not { } key) continue;
            if (!roles.TryGetValue(key, out var role)) roles.Add(key, role = new RoleNames(singular.NameOf(key, mention), singular.IsSingular(key)));
            role.Add(mention, singular.PersonOf(mention));
        }
        foreach (var (_, role) in roles.Where(r => r.Value.HasMentionOfNoEntity || r.Value.Singular).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (role.Spellings.Count < 2) continue;
            var clusters = Cluster(set, role.Spellings, context.Settings.NameSimilarityThreshold, context.CancellationToken);
            if (role.Singular)
            {
                foreach (var (day, people) in singular.Conflicts(role.Spellings.Select(s => (s.Folded, s.Mentions)).ToList(), clusters.Find))
                {
                    List<FindingArgument> arguments = [FindingArgument.Text("role", role.Name), new PeopleArgument("people", people)];
                    if (day is { } dated) arguments.Add(FindingArgument.Day("day", dated));
                    context.Report(day is null ? SingularRoleUndated : SingularRole, people.SelectMany(p => p.Select(m => m.Id)), role.Name, [.. arguments]);
                }
            }
            foreach (var cluster in clusters.Groups().Where(c => c.Count > 1))
            {
                var members = cluster.Select(i => role.Spellings[i]).ToList();
                // The spelling to keep: most used, then earliest in the claim set (spellings are in order of first use).
                var keep = members.OrderByDescending(s => s.Mentions.Count).First();
                var similarity = members.Min(s => JaroWinkler.Similarity(s.Folded, keep.Folded));
                List<Mention> ordered = [.. members.Where(s => s != keep).SelectMany(s => s.Mentions), .. keep.Mentions];
                Report(context, SharedRole, ordered, keep.Mentions[0].Name, role.Name, similarity, members.Where(s => s != keep).SelectMany(s => s.Mentions));
            }
        }
    }

    /// <summary>
    /// Joins the spellings that may be one person spelled two ways. Only spellings that share their first or last
    /// word are compared, and within a large block only alphabetical neighbours: at most <see cref="AllPairsBlock"/>
    /// comparisons a spelling, so the rule costs n log n however many names share a role.
    /// </summary>
    private static UnionFind Cluster(ClaimSet set, List<Spelling> spellings, double threshold, CancellationToken cancellationToken)
    {
        var clusters = new UnionFind(spellings.Count);
        // A surname alone that is the last word of a full name in the role refers to that person: it is no variant.
        var surnames = spellings.Where(s => s.Words.Length > 1).Select(s => s.Words[^1]).ToHashSet(StringComparer.Ordinal);
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < spellings.Count; i++)
        {
            var words = spellings[i].Words;
            if (words.Length == 0 || (words.Length == 1 && surnames.Contains(words[0]))) continue;
            Block(blocks, "F:" + words[0], i);
            if (words.Length > 1) Block(blocks, "L:" + words[^1], i);
        }
        void Compare(int a, int b)
        {
            var (left, right) = (spellings[a], spellings[b]);
            if (JaroWinkler.UpperBound(left.Folded.Length, right.Folded.Length) < threshold || !SamePersonPossible(set, left, right)) return;
            if (JaroWinkler.Similarity(left.Folded, right.Folded) >= threshold) clusters.Union(a, b);
        }
        foreach (var block in blocks.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (block.Count <= AllPairsBlock)
            {
                for (var i = 0; i < block.Count; i++)
                {
                    for (var j = i + 1; j < block.Count; j++) Compare(block[i], block[j]);
                }
                continue;
            }
            block.Sort((a, b) => string.CompareOrdinal(spellings[a].Folded, spellings[b].Folded));
            for (var i = 0; i < block.Count; i++)
            {
                for (var j = i + 1; j <= i + Neighbours && j < block.Count; j++) Compare(block[i], block[j]);
            }
        }
        return clusters;
    }

    private static void Block(Dictionary<string, List<int>> blocks, string key, int spelling)
    {
        if (!blocks.TryGetValue(key, out var block)) blocks.Add(key, block = []);
        block.Add(spelling);
    }

    /// <summary>Two spellings may be one person unless they are tied to two different declared entities, or to one (reported above).</summary>
    private static bool SamePersonPossible(ClaimSet set, Spelling left, Spelling right)
    {
        if (left.EntityCount == 1 && right.EntityCount == 1) return false;
        var entity = set.FindEntity(left.FirstEntity ?? right.FirstEntity);
        return entity is null || !(entity.Accepts(left.Mentions[0].Name) && entity.Accepts(right.Mentions[0].Name));
    }

    private static void Report(RuleContext context, FindingDescriptor descriptor, List<Mention> mentions, string keep, string subject, double similarity, IEnumerable<Mention> respell)
    {
        var finding = Finding.Create(descriptor, mentions.Select(m => m.Id), subject,
            FindingArgument.Number("similarity", Math.Round(similarity, 3)),
            new SpellingsArgument("spellings", mentions),
            FindingArgument.Text("keep", keep, isEvidence: true));
        // The fix: each mention spelled another way takes the spelling to keep. A loop, not Where().Select(): that chain's
        // first call resolves a generic virtual method, some 0.1 ms of a small check from a cold start.
        var fixes = new List<FindingFix>();
        foreach (var mention in respell)
        {
            if (!string.Equals(mention.Name, keep, StringComparison.Ordinal)) fixes.Add(new FindingFix(mention.Id, "name", mention.Name, keep));
        }
        context.Report(finding with { Fixes = new(fixes) });
    }

    /// <summary>A mention's name with its mention and source: <c>"Kenneth MacKenzie" (m1, s1)</c>, mentions of one name together.</summary>
    private static void AppendSpellings(StringBuilder text, IEnumerable<Mention> mentions, string separator)
    {
        var first = true;
        foreach (var spelling in mentions.GroupBy(m => m.Name, StringComparer.Ordinal))
        {
            if (!first) text.Append(separator);
            first = false;
            text.Append('"').Append(spelling.Key).Append("\" (").AppendJoin(", ", spelling.Select(m => m.SourceId is null ? m.Id : m.Id + ", " + m.SourceId)).Append(')');
        }
    }

    /// <summary>
    /// The spellings of the mentions, each with its mentions and sources: <c>"Kenneth MacKenzie" (m1, s1) and
    /// "Kenneth McKenzie" (m2, s2)</c>; its evidence, how many spellings there are once folded.
    /// </summary>
    private sealed class SpellingsArgument(string name, List<Mention> mentions) : FindingArgument(name)
    {
        public override void AppendText(StringBuilder text) => AppendSpellings(text, mentions, " and ");

        public override void AddEvidence(EvidenceBuilder evidence) =>
            evidence.Add(Name, mentions.Select(m => NameFolding.Fold(m.Name)).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>
    /// The people named for a singular role, each by the spellings of their mentions: <c>"Shehbaz Sharif" (m1, s1) and
    /// "Imran Khan" (m2, s2)</c>; its evidence, how many people.
    /// </summary>
    private sealed class PeopleArgument(string name, List<List<Mention>> people) : FindingArgument(name)
    {
        public override void AppendText(StringBuilder text) => text.Append(Phrases.List(people.Select(p =>
        {
            var person = new StringBuilder();
            AppendSpellings(person, p, " or ");
            return person.ToString();
        }).ToList()));

        public override void AddEvidence(EvidenceBuilder evidence) => evidence.Add(Name, people.Count);
    }

    /// <summary>The names used in one role, one entry per folded spelling, in order of first use.</summary>
    private sealed class RoleNames(string name, bool singular)
    {
        private readonly Dictionary<string, Spelling> byFolded = new(StringComparer.Ordinal);

        /// <summary>The role as first written.</summary>
        internal string Name { get; } = name;

        /// <summary>Whether one person holds the role at a time.</summary>
        internal bool Singular { get; } = singular;

        internal List<Spelling> Spellings { get; } = [];

        /// <summary>Whether a mention in the role names no entity: only then can the role give a finding.</summary>
        internal bool HasMentionOfNoEntity { get; private set; }

        /// <summary>Adds a mention of <paramref name="person"/>, the entity it names unless that is the role itself.</summary>
        internal void Add(Mention mention, string? person)
        {
            var folded = NameFolding.Fold(mention.Name);
            if (!byFolded.TryGetValue(folded, out var spelling))
            {
                byFolded.Add(folded, spelling = new Spelling(folded));
                Spellings.Add(spelling);
            }
            spelling.Add(mention, person);
            HasMentionOfNoEntity |= person is null;
        }
    }

    /// <summary>One folded spelling in a role: its mentions and the entities they name.</summary>
    private sealed class Spelling(string folded)
    {
        internal string Folded { get; } = folded;

        internal string[] Words { get; } = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        internal List<Mention> Mentions { get; } = [];

        /// <summary>The first entity named, or null.</summary>
        internal string? FirstEntity { get; private set; }

        /// <summary>How many different entities are named: 0, 1, or 2 for two or more.</summary>
        internal int EntityCount { get; private set; }

        internal void Add(Mention mention, string? person)
        {
            Mentions.Add(mention);
            if (person is not { } entity) return;
            if (FirstEntity is null) (FirstEntity, EntityCount) = (entity, 1);
            else if (!string.Equals(FirstEntity, entity, StringComparison.Ordinal)) EntityCount = 2;
        }
    }

    /// <summary>Groups of indices joined by similarity.</summary>
    private sealed class UnionFind(int count)
    {
        private readonly int[] parent = Enumerable.Range(0, count).ToArray();

        internal void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }

        internal IEnumerable<List<int>> Groups() =>
            Enumerable.Range(0, parent.Length).GroupBy(Find).OrderBy(g => g.Key).Select(g => g.ToList());

        internal int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
    }
}
