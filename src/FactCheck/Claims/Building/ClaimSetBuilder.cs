using System.Collections.Immutable;
using FactCheck.Utility;
using NodaTime;

namespace FactCheck;

/// <summary>
/// Writes a claim set as code that reads like the claims:
/// <code>
/// var set = ClaimSet.CreateBuilder("US force levels, September 2020");
/// set.Source("s1", published: new LocalDate(2020, 9, 9));
/// set.Observation("afg-now", "us-troops/afghanistan", "8,600").Unit("soldiers").From("s1");
/// set.Target("afg-trump", "us-troops/afghanistan", "between 4,000 and 5,000").By("2020-11-03").From("s1").SaidBy("Donald Trump");
/// ClaimSet claims = set.Build();
/// </code>
/// Values and times are read when given (a bad one throws <see cref="ArgumentException"/> at once); references
/// and defaults are resolved by <see cref="Build()"/>, which reports every problem together.
/// </summary>
public sealed class ClaimSetBuilder
{
    private readonly List<Source> sources = [];
    private readonly List<Entity> entities = [];
    private readonly List<Relation> relations = [];
    private readonly List<object> claims = [];
    private string? title;
    private LocalDate? asOf;

    /// <summary>Starts an empty claim set.</summary>
    /// <param name="title">Free text, or null.</param>
    public ClaimSetBuilder(string? title = null) => this.title = title;

    /// <summary>Makes room for <paramref name="count"/> claims in all, so that a large set is not copied as it grows.</summary>
    internal void EnsureClaimCapacity(int count) => claims.EnsureCapacity(count);

    /// <summary>Sets the title.</summary>
    public ClaimSetBuilder Titled(string text)
    {
        title = Preconditions.CheckText(text);
        return this;
    }

    /// <summary>"Today" for claims whose source has no publication date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9998.</exception>
    public ClaimSetBuilder AsOf(LocalDate date)
    {
        asOf = Preconditions.CheckDate(date);
        return this;
    }

    /// <summary>Adds a source.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    public ClaimSetBuilder Source(string id, string? title = null, LocalDate? published = null, string? publisher = null, string? url = null, SourceTrust trust = SourceTrust.Normal) =>
        Add(new Source(id, title, publisher, published, url, trust));

    /// <summary>Adds a source.</summary>
    public ClaimSetBuilder Add(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        sources.Add(source);
        return this;
    }

    /// <summary>Adds an entity: its <paramref name="name"/> and <paramref name="aliases"/> are accepted spellings.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank.</exception>
    public ClaimSetBuilder Entity(string id, string name, string? kind = null, params string[] aliases) => Add(new Entity(id, name, kind, aliases));

    /// <summary>Adds an entity whose figures are running totals (a death toll): they may rise from report to report, never fall.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank.</exception>
    public ClaimSetBuilder CumulativeEntity(string id, string name, string? kind = null, params string[] aliases) =>
        Add(new Entity(id, name, kind, aliases) { Cumulative = true });

    /// <summary>Adds an entity.</summary>
    public ClaimSetBuilder Add(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entities.Add(entity);
        return this;
    }

    /// <summary>Says that every unit counted in <paramref name="part"/> is also counted in <paramref name="whole"/>.</summary>
    /// <exception cref="ArgumentException">A subject is blank, or both are the same.</exception>
    public ClaimSetBuilder PartOf(string part, string whole) => Add(new Relation(part, whole));

    /// <summary>Says that <paramref name="parts"/> are counted within <paramref name="whole"/>, none twice: their figures together cannot exceed its.</summary>
    /// <param name="whole">The subject that includes the parts.</param>
    /// <param name="complete">Whether the parts are all of the whole, so that their figures add up to its.</param>
    /// <param name="parts">The parts, each once, none the whole.</param>
    /// <exception cref="ArgumentException">A subject is blank, the list is empty, a part is listed twice, or a part is the whole.</exception>
    public ClaimSetBuilder PartsOf(string whole, bool complete, params string[] parts) => Add(new Relation(whole, parts, complete));

    /// <summary>Adds a relation.</summary>
    public ClaimSetBuilder Add(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        relations.Add(relation);
        return this;
    }

    /// <summary>Adds a claim built elsewhere.</summary>
    public ClaimSetBuilder Add(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        claims.Add(claim);
        return this;
    }

    /// <summary>An observation: <paramref name="subject"/> measured <paramref name="value"/> (<c>8,600</c>, <c>about 5,200</c>).</summary>
    /// <exception cref="ArgumentException">An id is blank, or <paramref name="value"/> is not a quantity.</exception>
    public ObservationBuilder Observation(string id, string subject, string value) =>
        Track(new ObservationBuilder(id, subject, Parsing.Quantity(value, nameof(value))));

    /// <summary>An observation: <paramref name="subject"/> measured <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    public ObservationBuilder Observation(string id, string subject, Quantity value) => Track(new ObservationBuilder(id, subject, value));

    /// <summary>A target: <paramref name="subject"/> should reach <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    public TargetBuilder Target(string id, string subject, Quantity value) => Track(new TargetBuilder(id, subject, value));

    /// <summary>A target: <paramref name="subject"/> should reach <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">An id is blank, or <paramref name="value"/> is not a quantity.</exception>
    public TargetBuilder Target(string id, string subject, string value) =>
        Track(new TargetBuilder(id, subject, Parsing.Quantity(value, nameof(value))));

    /// <summary>A change: <paramref name="subject"/> moved in <paramref name="direction"/>.</summary>
    /// <exception cref="ArgumentException">An id is blank, or the direction is undefined.</exception>
    public ChangeBuilder Change(string id, string subject, ChangeDirection direction) => Track(new ChangeBuilder(id, subject, direction));

    /// <summary>An event about <paramref name="subject"/>.</summary>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    public EventBuilder Event(string id, string subject) => Track(new EventBuilder(id, subject));

    /// <summary>A mention of a person or organisation spelled <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The id or name is blank.</exception>
    public MentionBuilder Mention(string id, string name) => Track(new MentionBuilder(id, name));

    /// <summary>A share: <paramref name="part"/> is <paramref name="value"/> (<c>majority</c>, <c>69%</c>, <c>a third</c>) of <paramref name="whole"/>.</summary>
    /// <exception cref="ArgumentException">An id is blank, or <paramref name="value"/> is not a percentage.</exception>
    public ShareBuilder Share(string id, string part, string whole, string value) =>
        Track(new ShareBuilder(id, part, whole, Parsing.Quantity(value, nameof(value))));

    /// <summary>A share: <paramref name="part"/> is <paramref name="value"/> (a percentage) of <paramref name="whole"/>.</summary>
    /// <exception cref="ArgumentException">An id is blank, or <paramref name="value"/> is not a percentage.</exception>
    public ShareBuilder Share(string id, string part, string whole, Quantity value) => Track(new ShareBuilder(id, part, whole, value));

    /// <summary>Builds the claim set, resolving default and relative times against each claim's source.</summary>
    /// <exception cref="ClaimSetException">Something is missing, duplicated or dangling; every problem is listed.</exception>
    public ClaimSet Build() => Build(null);

    /// <summary>
    /// Builds the claim set; <paramref name="checkedIndex"/>, when given, maps each claim id to its position and
    /// says that ids and references were already checked (the file reader does so as it reads, with locations).
    /// </summary>
    internal ClaimSet Build(Dictionary<string, int>? checkedIndex)
    {
        var problems = new List<ClaimSetProblem>();
        var sourceMap = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in sources) sourceMap.TryAdd(source.Id, source);
        // The file reader has checked ids and sources as it read, with their lines; code has not.
        if (checkedIndex is null) CheckReferences(sourceMap, problems);
        var context = new ClaimBuildContext(sourceMap, asOf, problems);
        var built = ImmutableArray.CreateBuilder<Claim>(claims.Count);
        List<int>? positions = null; // made only when a claim is left out, so that later ones are renumbered
        for (var i = 0; i < claims.Count; i++)
        {
            context.ClaimIndex = i;
            var claim = claims[i] is IClaimBuilder builder ? builder.Build(context) : (Claim)claims[i];
            if (claim is null)
            {
                positions ??= [.. Enumerable.Range(0, built.Count)];
                continue;
            }
            built.Add(claim);
            positions?.Add(i);
        }
        if (problems.Count > 0) checkedIndex = null;
        try
        {
            var set = new ClaimSet(built.DrainToImmutable(), sources, entities, relations, title, asOf, checkedIndex);
            if (problems.Count == 0) return set;
        }
        catch (ClaimSetException e)
        {
            // The set numbers only the claims that could be built; point its problems at the claims as written.
            // Problems found before the claims were built are not reported twice.
            var known = new HashSet<ClaimSetProblem>(problems);
            problems.AddRange((positions is null ? e.Problems : e.Problems.Select(p => p with { Path = Renumber(p.Path, positions) })).Where(known.Add));
        }
        throw new ClaimSetException(problems);
    }

    /// <summary>
    /// Reports each claim id used twice and each source named but not added, in the words <see cref="ClaimSet"/> uses,
    /// before any claim is built: a claim that cannot be built (its time cannot be placed without its source) still
    /// names the source it lacks, and still holds its id.
    /// </summary>
    private void CheckReferences(Dictionary<string, Source> sourceMap, List<ClaimSetProblem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            var (id, source) = claims[i] is IClaimBuilder builder ? (builder.Id, builder.SourceId) : (((Claim)claims[i]).Id, ((Claim)claims[i]).Provenance.Source);
            if (!ids.Add(id)) problems.Add(new ClaimSetProblem(ClaimPath(i) + ".id", $"The claim id '{id}' is used twice; ids must be unique."));
            if (source is not null && !sourceMap.ContainsKey(source))
            {
                problems.Add(new ClaimSetProblem(ClaimPath(i) + ".source", $"Claim '{id}' names source '{source}', which is not among the sources."));
            }
        }
    }

    private static string ClaimPath(int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.claims[{index}]");

    private static string Renumber(string path, List<int> positions)
    {
        const string prefix = "$.claims[";
        if (!path.StartsWith(prefix, StringComparison.Ordinal)) return path;
        var close = path.IndexOf(']', StringComparison.Ordinal);
        return int.TryParse(path.AsSpan(prefix.Length, close - prefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var built) && built < positions.Count
            ? ClaimPath(positions[built]) + path[(close + 1)..]
            : path;
    }

    private T Track<T>(T builder) where T : class
    {
        claims.Add(builder);
        return builder;
    }
}
