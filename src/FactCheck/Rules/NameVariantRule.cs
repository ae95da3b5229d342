
namespace FactCheck.Rules;

/// <summary>FC007: one person or organisation is spelled two ways.</summary>
public sealed class NameVariantRule : IClaimRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC007",
        "NameVariant",
        Severity.Warning,
        "One entity is named with spellings that are not declared aliases, or two similar names share a role.",
        """
        Names must be spelled one way. The rule raises a warning when
          - mentions of one entity (the same 'entity' id) use a spelling that is neither the entity's name nor one
            of its declared aliases; or
          - mentions that share a role ('Commander of US Central Command') use two names similar enough to be one
            person spelled two ways (Jaro–Winkler similarity at or above 0.90, configurable), unless they are
            declared as different entities.
        Case and spacing do not make a different spelling. The message suggests the spelling to keep: the entity's
        declared name, else the most used spelling (the earliest on a tie). Only names that share a first or last
        word are compared, so the rule stays near-linear on large sets.

        Example:
          { "id": "kenneth-mckenzie", "kind": "person", "name": "Kenneth McKenzie" }
          { "id": "m1", "kind": "mention", "entity": "kenneth-mckenzie", "name": "Kenneth MacKenzie", "source": "s1" }
          { "id": "m2", "kind": "mention", "entity": "kenneth-mckenzie", "name": "Kenneth McKenzie", "source": "s2" }
        gives
          FC007 warning: Kenneth McKenzie is spelled "Kenneth MacKenzie" (m1, s1) and "Kenneth McKenzie" (m2, s2);
          keep "Kenneth McKenzie", the declared name.
        """);

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

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
            if (mention.Entity is { } id && set.FindEntity(id) is { } named && !named.Accepts(mention.Name)) misspelled.Add(id);
        }
        foreach (var group in mentions.Where(m => m.Entity is not null && misspelled.Contains(m.Entity)).GroupBy(m => m.Entity!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var entity = set.FindEntity(group.Key)!;
            var variants = group.Where(m => !entity.Accepts(m.Name)).ToList();
            var accepted = group.Where(m => entity.Accepts(m.Name)).ToList();
            Report(context, variants.Concat(accepted).ToList(), entity.Name, "the declared name", entity.Id);
        }

        // 2. Similar names sharing a role, not already tied to one entity or declared as different ones. Two
        // mentions that both name entities are one entity (handled above) or two (never a variant), so only roles
        // with at least one mention that names no entity can give a finding.
        var threshold = context.Settings.NameSimilarityThreshold;
        var openRoles = mentions.Where(m => m.Role is not null && m.Entity is null).Select(m => Names.Normalize(m.Role!)).ToHashSet(StringComparer.Ordinal);
        foreach (var role in mentions.Where(m => m.Role is not null && openRoles.Contains(Names.Normalize(m.Role!))).GroupBy(m => Names.Normalize(m.Role!), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var spellings = role.GroupBy(m => Names.Normalize(m.Name), StringComparer.Ordinal).Select(g => g.ToList()).ToList();
            if (spellings.Count < 2) continue;
            var clusters = new UnionFind(spellings.Count);
            foreach (var (a, b) in CandidatePairs(spellings.Select(s => Names.Normalize(s[0].Name)).ToList()))
            {
                if (!SamePersonPossible(set, spellings[a], spellings[b])) continue;
                if (JaroWinkler.Similarity(Names.Normalize(spellings[a][0].Name), Names.Normalize(spellings[b][0].Name)) >= threshold) clusters.Union(a, b);
            }
            foreach (var cluster in clusters.Groups().Where(c => c.Count > 1))
            {
                var members = cluster.Select(i => spellings[i]).ToList();
                // The spelling to keep: most used, then earliest in the claim set.
                var keep = members.OrderByDescending(s => s.Count).ThenBy(s => Position(mentions, s[0])).First();
                var ordered = members.Where(s => s != keep).SelectMany(s => s).Concat(keep).ToList();
                Report(context, ordered, keep[0].Name, "the most used spelling", role.First().Role!);
            }
        }
    }

    /// <summary>Two spellings may be one person unless they are tied to two different declared entities, or to one (reported above).</summary>
    private static bool SamePersonPossible(ClaimSet set, List<Mention> left, List<Mention> right)
    {
        var leftEntities = left.Select(m => m.Entity).Where(e => e is not null).Distinct().ToList();
        var rightEntities = right.Select(m => m.Entity).Where(e => e is not null).Distinct().ToList();
        if (leftEntities.Count == 1 && rightEntities.Count == 1) return false;
        var entity = set.FindEntity(leftEntities.FirstOrDefault() ?? rightEntities.FirstOrDefault());
        return entity is null || !(entity.Accepts(left[0].Name) && entity.Accepts(right[0].Name));
    }

    /// <summary>Pairs of names that share their first or their last word: the blocking that keeps the rule near-linear.</summary>
    private static SortedSet<(int, int)> CandidatePairs(List<string> names)
    {
        var pairs = new SortedSet<(int, int)>();
        foreach (var block in names.Select((n, i) => (Key: FirstWord(n), Index: i)).Concat(names.Select((n, i) => (Key: LastWord(n), Index: i)))
                     .GroupBy(k => k.Key, StringComparer.Ordinal))
        {
            var members = block.Select(b => b.Index).Distinct().ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++) pairs.Add((Math.Min(members[i], members[j]), Math.Max(members[i], members[j])));
            }
        }
        return pairs;
    }

    private static string FirstWord(string name) => "F:" + name.Split(' ')[0];

    private static string LastWord(string name) => "L:" + name.Split(' ')[^1];

    private static int Position(System.Collections.Immutable.ImmutableArray<Mention> mentions, Mention mention) => mentions.IndexOf(mention);

    private static void Report(RuleContext context, List<Mention> mentions, string keep, string why, string subject)
    {
        var spellings = mentions
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .Select(g => $"\"{g.Key}\" ({string.Join(", ", g.Select(m => m.SourceId is null ? m.Id : m.Id + ", " + m.SourceId))})");
        var similarity = mentions.Select(m => JaroWinkler.Similarity(Names.Normalize(m.Name), Names.Normalize(keep))).Min();
        context.Report(
            $"{keep} is spelled {string.Join(" and ", spellings)}; keep \"{keep}\", {why}.",
            mentions.Select(m => m.Id), subject,
            Evidence.Of(("similarity", Math.Round(similarity, 3)), ("spellings", mentions.Select(m => Names.Normalize(m.Name)).Distinct(StringComparer.Ordinal).Count())).With("keep", keep));
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

        private int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
    }

}
