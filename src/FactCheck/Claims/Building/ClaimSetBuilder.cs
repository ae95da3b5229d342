using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
    private readonly List<object?> claims = []; // a Claim, or the IClaimBuilder of one still to be built
    private ClaimIdTable? readIds;
    private int[]? subjectNumbers; // by claim number, for the claims read from bytes: see ClaimSet.SubjectNumbers
    private int subjectNumberBound; // one past the largest of them
    // How many claims the reader built whose source was already listed (or who name none), and whether any of them names
    // one it revises: when every claim is one of them, the set is checked without reading the claims again.
    private int builtWithListedSources;
    private bool builtRevises;
    private string? title;
    private LocalDate? asOf;

    /// <summary>Starts an empty claim set.</summary>
    /// <param name="title">Free text, or null.</param>
    public ClaimSetBuilder(string? title = null) => this.title = title;

    /// <summary>A builder holding the contents given to a <see cref="ClaimSet"/> constructor, for <see cref="CheckOrThrow"/> to check.</summary>
    internal ClaimSetBuilder(IEnumerable<Claim?> claims, IEnumerable<Source>? sources, IEnumerable<Entity>? entities, IEnumerable<Relation>? relations, string? title, LocalDate? asOf)
    {
        this.claims.AddRange(claims);
        this.sources.AddRange(sources ?? []);
        this.entities.AddRange(entities ?? []);
        this.relations.AddRange(relations ?? []);
        this.title = title;
        this.asOf = asOf;
    }

    /// <summary>How many claims have been added.</summary>
    internal int ClaimCount => claims.Count;

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
    public ClaimSet Build() => new(CheckOrThrow());

    /// <summary>The checked contents of the set, or a <see cref="ClaimSetException"/> listing every problem by path.</summary>
    internal Contents CheckOrThrow()
    {
        var problems = new List<IndexedProblem>();
        return Check(problems) ?? throw new ClaimSetException(problems.Select(p => p.ToProblem()));
    }

    /// <summary>
    /// Checks every id and reference and builds every claim not built yet, reporting each problem to
    /// <paramref name="problems"/> by list, position and field; the contents of the set when there are none.
    /// Claims numbered as they were read (see <see cref="NumberClaim"/>) keep their numbers; the rest are numbered here.
    /// </summary>
    internal Contents? Check(List<IndexedProblem> problems)
    {
        var found = problems.Count;
        var sourcesById = Index(sources, s => s.Id, IndexedProblem.Sources, "source", problems);
        var entitiesById = Index(entities, e => e.Id, IndexedProblem.Entities, "entity", problems);
        var ids = readIds ?? new ClaimIdTable(claims.Count);
        // Every claim built and numbered: checked by the reader already, or, in a large read, on two cores.
        var readerChecked = builtWithListedSources == claims.Count;
        if (problems.Count == found && ids.Count == claims.Count && (readerChecked || Checking.CheckParallelism.Worthwhile(claims.Count))
            && TryTakeBuilt(sourcesById, entitiesById, readerChecked) is { } all)
        {
            return Finish(all.Claims, all.Revises);
        }
        var context = new ClaimBuildContext(sourcesById, asOf, problems);
        var built = ImmutableArray.CreateBuilder<Claim>(claims.Count);
        var knownSources = new FoundSources(sourcesById);
        var revises = false; // whether any claim names one it revises: most sets name none, and then need no second pass
        for (var i = 0; i < claims.Count; i++)
        {
            switch (claims[i])
            {
                case Claim claim:
                    Refer(i, claim.Id, claim.SourceId, (claim as Mention)?.Entity);
                    revises |= claim is Observation { Revises: not null };
                    if (problems.Count == found) built.Add(claim);
                    break;
                case IClaimBuilder builder:
                    ref readonly var draft = ref builder.Draft;
                    Refer(i, draft.Id, draft.SourceId, draft.EntityId);
                    if (builder is ReadDraft { IsFailed: true }) break;
                    context.ClaimIndex = i;
                    if (draft.Build(context) is { } made && problems.Count == found) built.Add(made);
                    revises |= draft.Revises is not null;
                    break;
                default:
                    problems.Add(new IndexedProblem(IndexedProblem.Claims, i, null, ClaimChecks.NullClaim));
                    break;
            }
        }
        if (problems.Count > found) return null;
        return Finish(built.DrainToImmutable(), revises);

        Contents? Finish(ImmutableArray<Claim> checkedClaims, bool revises)
        {
            // Revisions are looked up by claim number: only when every claim was built do the built claims have those
            // numbers (a claim the reader found wrong is kept for its id and references, and is not built).
            if (revises && checkedClaims.Length == claims.Count) RevisionChecks.Check(checkedClaims, ids, problems);
            if (problems.Count > found) return null;
            // Unless a claim was left unbuilt, which only a read that fails leaves, the claims number as the table does,
            // and as the subject numbers do.
            var aligned = ids.TrySeal(checkedClaims);
            return new Contents(checkedClaims, sources, entities, relations, title, asOf, ids, sourcesById, entitiesById, aligned ? subjectNumbers : null, aligned ? subjectNumberBound : 0);
        }

        // The claim's id and the source and entity it names: every claim's, built or not, so that all are reported.
        void Refer(int i, string id, string? source, string? entity)
        {
            if (i >= ids.Count && !ids.Take(id, out var first))
            {
                problems.Add(new IndexedProblem(IndexedProblem.Claims, i, "id", ClaimChecks.DuplicateId("claim", id, IndexedProblem.PathOf(IndexedProblem.Claims, first))));
            }
            if (source is not null && !knownSources.Contains(source))
            {
                problems.Add(new IndexedProblem(IndexedProblem.Claims, i, "source", ClaimChecks.UnknownSource(id, source)));
            }
            if (entity is not null && !entitiesById.ContainsKey(entity))
            {
                problems.Add(new IndexedProblem(IndexedProblem.Claims, i, "entity", ClaimChecks.UnknownEntity(id, entity)));
            }
        }
    }

    /// <summary>
    /// The claims when every one is built, numbered and names only sources and entities there are (as nearly every file
    /// read does), each half taken on its own core when the set is large; null when any is not, for the one-core check to
    /// report in order. When <paramref name="readerChecked"/>, the reader built every claim and found each one's source
    /// listed (<see cref="AddRead"/>), and the claims are only copied, not read again.
    /// </summary>
    /// <remarks>
    /// Why two cores: after a read of a million claims this ran on one core while the other waited, some 40 ms, much of it
    /// writing the claims' array, memory written for the first time (benchmarks/README.md, eighteenth pass). Why not read
    /// again: reading each claim to test its type and look up its source waited for memory at every claim, some 20 ms on
    /// each of two cores (twentieth pass); sources are only ever added, so one listed when the claim was read is in
    /// <paramref name="sourcesById"/> now, and <see cref="AddRead"/> counts no mention, the only kind of claim that names
    /// an entity. Only reads: the claims, and the sources and entities by id, none of which changes here.
    /// </remarks>
    private (ImmutableArray<Claim> Claims, bool Revises)? TryTakeBuilt(Dictionary<string, Source> sourcesById, Dictionary<string, Entity> entitiesById, bool readerChecked)
    {
        var all = new Claim[claims.Count];
        var half = claims.Count / 2;
        // Set by the half that meets a claim the one-core check must see, for the other to stop too.
        var stop = false;
        (bool Ok, bool Revises) first = default, second = default;
        SideBySide.Run(Checking.CheckParallelism.Worthwhile(all.Length), () => first = Take(0, half), () => second = Take(half, claims.Count));
        return first.Ok && second.Ok ? (ImmutableCollectionsMarshal.AsImmutableArray(all), first.Revises || second.Revises) : null;

        (bool Ok, bool Revises) Take(int from, int to) => readerChecked ? Copy(from, to) : CheckBuilt(from, to);

        (bool Ok, bool Revises) Copy(int from, int to)
        {
            var list = CollectionsMarshal.AsSpan(claims);
            for (var i = from; i < to; i++)
            {
                // Every element is a claim the reader built (the count says so): the type is not tested, which would read it.
                all[i] = System.Runtime.CompilerServices.Unsafe.As<Claim>(list[i])!;
                System.Diagnostics.Debug.Assert(list[i] is Claim { SourceId: var source } and not FactCheck.Mention && (source is null || sourcesById.ContainsKey(source)), "The reader built it with a listed source.");
            }
            return (true, builtRevises);
        }

        (bool Ok, bool Revises) CheckBuilt(int from, int to)
        {
            var knownSources = new FoundSources(sourcesById);
            var revises = false;
            for (var i = from; i < to; i++)
            {
                if ((i & 0xFFF) == 0 && Volatile.Read(ref stop)) return default;
                if (claims[i] is not Claim claim
                    || (claim.SourceId is { } source && !knownSources.Contains(source))
                    || (claim is Mention { Entity: { } entity } && !entitiesById.ContainsKey(entity)))
                {
                    Volatile.Write(ref stop, true);
                    return default;
                }
                revises |= claim is Observation { Revises: not null };
                all[i] = claim;
            }
            return (true, revises);
        }
    }

    private static Dictionary<string, T> Index<T>(List<T> items, Func<T, string> id, string list, string what, List<IndexedProblem> problems)
        where T : class
    {
        var map = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item || map.TryAdd(id(item), item)) continue;
            var first = items.FindIndex(other => other is not null && string.Equals(id(other), id(item), StringComparison.Ordinal));
            problems.Add(new IndexedProblem(list, i, "id", ClaimChecks.DuplicateId(what, id(item), IndexedProblem.PathOf(list, first))));
        }
        return map;
    }

    /// <summary>
    /// Numbers the next claim the file reader reads and takes its <paramref name="id"/> (null when malformed): in file
    /// order, before the claim is converted, by one thread at a time, whichever of the reading thread and the converter
    /// has time (see <see cref="Serialization.ClaimPipeline"/>). <paramref name="hash"/> is the id's <see cref="string.GetHashCode()"/>, made already (see
    /// <see cref="ReadyToNumber"/>). False, with the number of the claim that has it, when the id is taken.
    /// </summary>
    internal bool NumberClaim(string? id, int hash, out int first) => (readIds ??= new ClaimIdTable(0)).Take(id, hash, out first);

    /// <summary>
    /// Readies the id table for numbering claims with <paramref name="coming"/> next, giving their ids' hashes in
    /// <paramref name="hashes"/> (see <see cref="ClaimIdTable.Touch"/>); on the thread that numbers them (see <see cref="NumberClaim"/>).
    /// </summary>
    internal void ReadyToNumber(ReadOnlySpan<string?> coming, Span<int> hashes) => (readIds ??= new ClaimIdTable(0)).Touch(coming, hashes);

    /// <summary>Makes room in the id table for <paramref name="count"/> claims in all; on the thread that numbers them (see <see cref="NumberClaim"/>).</summary>
    internal void EnsureIdCapacity(int count) => (readIds ??= new ClaimIdTable(0)).EnsureCapacity(count);

    /// <summary>
    /// Adds the claim the file reader drafted, numbered before: built now when its times can be placed for good
    /// (see <see cref="ClaimBuildContext.CanPlace"/>), its problems left in <paramref name="context"/> for the reader
    /// to locate in the file; kept to be built with the rest otherwise. A draft the reader found wrong
    /// (<paramref name="failed"/>) is kept only for its references. A claim built whose source the reader found listed
    /// (<see cref="ClaimDraft.SourceListed"/>) is counted, so that the set need not look its references up again.
    /// </summary>
    /// <returns>Whether the claim was built or kept without a problem.</returns>
    internal bool AddRead(in ClaimDraft draft, ClaimBuildContext context, bool failed)
    {
        if (draft.SubjectNumber != 0) NumberSubject(claims.Count, draft.SubjectNumber);
        if (failed || !context.CanPlace(draft))
        {
            claims.Add(new ReadDraft(draft, failed));
            return !failed;
        }
        var found = context.Problems.Count;
        context.ClaimIndex = claims.Count;
        var claim = draft.Build(context);
        claims.Add(claim ?? (object)new ReadDraft(draft, failed: true));
        var ok = context.Problems.Count == found;
        if (ok && draft.SourceListed && claim is not (null or FactCheck.Mention))
        {
            builtWithListedSources++;
            builtRevises |= draft.Revises is not null;
        }
        return ok;
    }

    /// <summary>Notes the pool number of the subject of claim <paramref name="claim"/>, sized at once for as many claims as the list has room for.</summary>
    private void NumberSubject(int claim, int number)
    {
        if (subjectNumbers is null || claim >= subjectNumbers.Length)
        {
            Array.Resize(ref subjectNumbers, Math.Max(claims.Capacity, claim + 1));
        }
        subjectNumbers[claim] = number;
        if (number >= subjectNumberBound) subjectNumberBound = number + 1;
    }

    /// <summary>The claim set's contents, checked: what <see cref="ClaimSet"/> is made of.</summary>
    internal sealed record Contents(ImmutableArray<Claim> Claims, List<Source> Sources, List<Entity> Entities, List<Relation> Relations, string? Title, LocalDate? AsOf,
        ClaimIdTable ClaimsById, Dictionary<string, Source> SourcesById, Dictionary<string, Entity> EntitiesById, int[]? SubjectNumbers = null, int SubjectNumberBound = 0);

    /// <summary>
    /// A claim read from a file that waits for the sources to be read, so that its times can be placed; or, when
    /// <paramref name="failed"/>, one whose problems the reader reported, kept so that its id and references are still checked.
    /// </summary>
    private sealed class ReadDraft(ClaimDraft draft, bool failed) : IClaimBuilder
    {
        private readonly ClaimDraft draft = draft;

        internal bool IsFailed => failed;

        public ref readonly ClaimDraft Draft => ref draft;
    }

    private T Track<T>(T builder) where T : class
    {
        claims.Add(builder);
        return builder;
    }
}
