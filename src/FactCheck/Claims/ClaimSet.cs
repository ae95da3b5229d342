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
    private readonly ClaimIdTable claimIndex;
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
        : this(new ClaimSetBuilder(claims ?? throw new ArgumentNullException(nameof(claims)), sources, entities, relations, title, asOf).CheckOrThrow())
    {
    }

    /// <summary>Creates a claim set from what <see cref="ClaimSetBuilder"/> has checked, with the id tables it made.</summary>
    internal ClaimSet(ClaimSetBuilder.Contents contents)
    {
        Claims = new ValueArray<Claim>(contents.Claims);
        Sources = new ValueArray<Source>(contents.Sources);
        Entities = new ValueArray<Entity>(contents.Entities);
        Relations = new ValueArray<Relation>(contents.Relations);
        Title = Utility.Preconditions.OptionalText(contents.Title, "title");
        AsOf = contents.AsOf is { } day ? Utility.Preconditions.CheckDate(day, "asOf") : null;
        claimIndex = contents.ClaimsById;
        sourcesById = contents.SourcesById;
        entitiesById = contents.EntitiesById;
        SubjectNumbers = contents.SubjectNumbers;
        SubjectNumberBound = contents.SubjectNumberBound;
    }

    /// <summary>
    /// For a set read from a file, the number each claim's subject has in the pool of the reader that drafted it (0 when
    /// none), by position in <see cref="Claims"/>; null for a set made otherwise. The array may be longer than the set
    /// (it is sized as the builder's list was, 4 bytes a claim). One number is one string instance of the subject, so the
    /// index groups claims by number and a reference comparison instead of reading every subject's characters again
    /// (<see cref="Checking.SeriesGrouping"/>). Numbers are a hint only: each file is drafted with a pool of its own,
    /// whose numbers overlap another's, and the grouping checks each number against the string.
    /// </summary>
    internal int[]? SubjectNumbers { get; }

    /// <summary>
    /// One past the largest of <see cref="SubjectNumbers"/>, 0 without them. The reader's pool numbers the subjects of
    /// every kind of claim (and the entities, parts and wholes they name), so this bounds the subjects of a one-file
    /// set's observations from above: the index sizes its series' tables by it, and by the claims, whichever is less,
    /// rather than grow them.
    /// </summary>
    internal int SubjectNumberBound { get; }

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
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Claim this[string id] => FindClaim(id) ?? throw new KeyNotFoundException($"The claim set has no claim '{id}'.");

    /// <summary>The claim with id <paramref name="id"/>, or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Claim? FindClaim(string id) => IndexOf(id) is var i and >= 0 ? Claims[i] : null;

    /// <summary>The position of the claim with id <paramref name="id"/> in <see cref="Claims"/>, or -1.</summary>
    internal int IndexOf(string id) => claimIndex.IndexOf(id ?? throw new ArgumentNullException(nameof(id)));

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
}
