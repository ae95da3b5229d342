using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace FactCheck;

/// <summary>
/// An immutable, validated collection of claims with the sources, entities and relations they refer to.
/// Built in code with <see cref="CreateBuilder"/> or loaded from a claim-set file.
/// </summary>
/// <remarks>Two claim sets are equal when their title, as-of date and all their lists are equal, in order.</remarks>
public sealed class ClaimSet : IEquatable<ClaimSet>
{
    private readonly Dictionary<string, int> claimIndex;
    private readonly Dictionary<string, Source> sourcesById;
    private readonly Dictionary<string, Entity> entitiesById;

    /// <summary>Creates a claim set, checking every cross-reference.</summary>
    /// <param name="claims">The claims; ids unique.</param>
    /// <param name="sources">The sources; ids unique, and every claim's source among them.</param>
    /// <param name="entities">The entities; ids unique, and every mention's entity among them.</param>
    /// <param name="relations">Part/whole relations between subjects.</param>
    /// <param name="title">Free text.</param>
    /// <param name="asOf">"Today" for claims whose source has no publication date.</param>
    /// <exception cref="ClaimSetException">Ids are duplicated or dangling; every such problem is listed.</exception>
    public ClaimSet(IEnumerable<Claim> claims, IEnumerable<Source>? sources = null, IEnumerable<Entity>? entities = null,
        IEnumerable<Relation>? relations = null, string? title = null, LocalDate? asOf = null)
        : this(ImmutableArray.CreateRange(claims ?? throw new ArgumentNullException(nameof(claims))), sources, entities, relations, title, asOf, null)
    {
    }

    /// <summary>
    /// Creates a claim set; <paramref name="checkedIndex"/>, when given, maps each claim id to its position and says
    /// that ids and references were already checked, so that a million claims are not indexed twice.
    /// </summary>
    internal ClaimSet(ImmutableArray<Claim> claims, IEnumerable<Source>? sources, IEnumerable<Entity>? entities,
        IEnumerable<Relation>? relations, string? title, LocalDate? asOf, Dictionary<string, int>? checkedIndex)
    {
        Claims = new ValueArray<Claim>(claims);
        Sources = new ValueArray<Source>(sources ?? []);
        Entities = new ValueArray<Entity>(entities ?? []);
        Relations = new ValueArray<Relation>(relations ?? []);
        Title = Utility.Preconditions.OptionalText(title);
        AsOf = asOf is { } day ? Utility.Preconditions.CheckDate(day, nameof(asOf)) : null;

        var problems = new List<ClaimSetProblem>();
        sourcesById = Index(Sources, s => s.Id, "sources", "source", problems);
        entitiesById = Index(Entities, e => e.Id, "entities", "entity", problems);
        if (checkedIndex is not null && problems.Count == 0)
        {
            claimIndex = checkedIndex;
            CheckRevisions(problems);
            if (problems.Count > 0) throw new ClaimSetException(problems);
            return;
        }
        claimIndex = new Dictionary<string, int>(Claims.Count, StringComparer.Ordinal);
        for (var i = 0; i < Claims.Count; i++)
        {
            var claim = Claims[i];
            if (claim is null)
            {
                problems.Add(new ClaimSetProblem(Path("claims", i), "A claim is null."));
                continue;
            }
            if (!claimIndex.TryAdd(claim.Id, i))
            {
                problems.Add(new ClaimSetProblem(Path("claims", i) + ".id", $"The claim id '{claim.Id}' is used twice; ids must be unique."));
            }
            if (claim.SourceId is { } source && !sourcesById.ContainsKey(source))
            {
                problems.Add(new ClaimSetProblem(Path("claims", i) + ".source", $"Claim '{claim.Id}' names source '{source}', which is not among the sources."));
            }
            if (claim is Mention { Entity: { } entity } && !entitiesById.ContainsKey(entity))
            {
                problems.Add(new ClaimSetProblem(Path("claims", i) + ".entity", $"Mention '{claim.Id}' names entity '{entity}', which is not among the entities."));
            }
        }
        CheckRevisions(problems);
        if (problems.Count > 0) throw new ClaimSetException(problems);
    }

    /// <summary>
    /// Each <see cref="Observation.Revises"/> names another observation, and revisions do not go round in a circle.
    /// Every claim revises at most one other, so following each chain once, marking what is done, is linear.
    /// </summary>
    private void CheckRevisions(List<ClaimSetProblem> problems)
    {
        int[]? state = null; // 0 unseen, 1 on the chain being followed, 2 settled
        for (var i = 0; i < Claims.Count; i++)
        {
            if (Claims[i] is not Observation { Revises: { } revised } observation) continue;
            var at = Path("claims", i) + ".revises";
            if (string.Equals(revised, observation.Id, StringComparison.Ordinal))
            {
                problems.Add(new ClaimSetProblem(at, $"Observation '{observation.Id}' revises itself; 'revises' names an earlier observation."));
            }
            else if (IndexOf(revised) is var j && j < 0)
            {
                problems.Add(new ClaimSetProblem(at, $"Observation '{observation.Id}' revises '{revised}', which is not among the claims."));
            }
            else if (Claims[j] is not Observation)
            {
                problems.Add(new ClaimSetProblem(at, $"Observation '{observation.Id}' revises '{revised}', which is not an observation (its kind is '{Claims[j].Kind.ToString().ToLowerInvariant()}')."));
            }
        }
        if (problems.Count > 0) return;
        for (var i = 0; i < Claims.Count; i++)
        {
            if (Claims[i] is not Observation { Revises: not null }) continue;
            state ??= new int[Claims.Count];
            var k = i;
            while (k >= 0 && state[k] == 0 && Claims[k] is Observation { Revises: { } next })
            {
                state[k] = 1;
                k = IndexOf(next);
            }
            if (k >= 0 && state[k] == 1)
            {
                problems.Add(new ClaimSetProblem(Path("claims", k) + ".revises", $"The revisions from observation '{Claims[k].Id}' go round in a circle back to it; a revision names an earlier figure."));
            }
            for (k = i; k >= 0 && state[k] == 1; k = Claims[k] is Observation { Revises: { } next } ? IndexOf(next) : -1) state[k] = 2;
        }
    }

    /// <summary>Starts a claim set written as code that reads like the claims.</summary>
    /// <param name="title">Free text, or null.</param>
    public static ClaimSetBuilder CreateBuilder(string? title = null) => new(title);

    /// <summary>An empty claim set.</summary>
    public static ClaimSet Empty { get; } = new([]);

    /// <summary>The title, or null.</summary>
    public string? Title { get; }

    /// <summary>"Today" for claims whose source has no publication date, or null.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>The claims, in the order given.</summary>
    public ValueArray<Claim> Claims { get; }

    /// <summary>The sources, in the order given.</summary>
    public ValueArray<Source> Sources { get; }

    /// <summary>The entities, in the order given.</summary>
    public ValueArray<Entity> Entities { get; }

    /// <summary>The part/whole relations, in the order given.</summary>
    public ValueArray<Relation> Relations { get; }

    /// <summary>The claim with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is none.</exception>
    public Claim this[string id] => FindClaim(id) ?? throw new KeyNotFoundException($"The claim set has no claim '{id}'.");

    /// <summary>The claim with id <paramref name="id"/>, or null.</summary>
    public Claim? FindClaim(string id) => IndexOf(id) is var i and >= 0 ? Claims[i] : null;

    /// <summary>The position of the claim with id <paramref name="id"/> in <see cref="Claims"/>, or -1.</summary>
    internal int IndexOf(string id) => claimIndex.TryGetValue(id, out var index) ? index : -1;

    /// <summary>The source with id <paramref name="id"/>, or null.</summary>
    public Source? FindSource(string? id) => id is null ? null : sourcesById.GetValueOrDefault(id);

    /// <summary>The entity with id <paramref name="id"/>, or null.</summary>
    public Entity? FindEntity(string? id) => id is null ? null : entitiesById.GetValueOrDefault(id);

    /// <inheritdoc />
    public bool Equals(ClaimSet? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Title == other.Title && AsOf == other.AsOf && Claims == other.Claims && Sources == other.Sources &&
             Entities == other.Entities && Relations == other.Relations));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClaimSet);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, AsOf, Claims, Sources, Entities, Relations);

    /// <summary><c>US force levels, September 2020: 24 claims, 2 sources</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Title ?? "Claim set"}: {Claims.Count} claims, {Sources.Count} sources");

    private static string Path(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"$.{list}[{index}]");

    private static Dictionary<string, T> Index<T>(ValueArray<T> items, Func<T, string> id, string list, string what, List<ClaimSetProblem> problems)
        where T : class
    {
        var map = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null) continue;
            if (!map.TryAdd(id(items[i]), items[i]))
            {
                problems.Add(new ClaimSetProblem(Path(list, i) + ".id", $"The {what} id '{id(items[i])}' is used twice; ids must be unique."));
            }
        }
        return map;
    }
}
