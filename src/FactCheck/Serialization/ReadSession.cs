using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace FactCheck.Serialization;

/// <summary>
/// The state of one read of one or more files: the builder they all feed, the ids seen, and the problems found.
/// While a claims array is read, its claims are numbered (<see cref="ClaimReader.Register(JsonValue, int)"/>) and its
/// tables sized for the rest of the file by one thread at a time, in file order, whichever has time, and the converter
/// does everything else (see <see cref="ClaimPipeline"/>).
/// </summary>
internal sealed class ReadSession(ClaimSetReaderOptions options)
{
    private readonly ClaimSetBuilder builder = new();
    private readonly List<ClaimSetProblem> problems = [];
    private readonly Dictionary<string, ClaimLocation> sourceIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Source> listedSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClaimLocation> entityIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Claim, string Field), ClaimLocation> referencePositions = [];
    private readonly ClaimPlaces claimPlaces = new();
    private readonly List<string> files = [];
    private readonly Dictionary<string, SourceProvenances> provenances = new(StringComparer.Ordinal);
    private readonly SourceProvenances unsourced = new(null);

    /// <summary>
    /// The provenances found by each source string already: a claim's source is one of a few hundred strings the reader
    /// shares, and the dictionary hashed its characters again for every claim (perf: 181 samples of the converting
    /// thread's 6,600 for a million claims). Claims are converted on one thread at a time, and sources are read (on the
    /// reading thread) only while no claims are being converted: a claims array is converted whole before the reader
    /// goes on.
    /// </summary>
    private readonly Utility.IdentityCache<SourceProvenances> provenancesFound = new();

    /// <summary>The provenances of one source (or of none) that claims share: without attribution, and per attribution.</summary>
    private sealed class SourceProvenances(string? source)
    {
        private readonly Provenance plain = source is null ? FactCheck.Provenance.None : new Provenance(source);
        private Dictionary<string, Provenance>? attributed;

        /// <summary>Whether the source is among those read; a claim naming it needs no check at the end.</summary>
        internal bool IsListed { get; set; }

        internal Provenance SaidBy(string? attribution)
        {
            if (string.IsNullOrWhiteSpace(attribution)) return plain;
            attributed ??= new Dictionary<string, Provenance>(StringComparer.Ordinal);
            ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(attributed, attribution, out _);
            return shared ??= new Provenance(source, attribution);
        }
    }

    internal ClaimSetReaderOptions Options => options;

    internal ClaimSetBuilder Builder => builder;

    internal Dictionary<string, ClaimLocation> SourceIds => sourceIds;

    /// <summary>The sources read so far, by id: a claim from one of them can have its times placed as it is read.</summary>
    internal IReadOnlyDictionary<string, Source> ListedSources => listedSources;

    internal Dictionary<string, ClaimLocation> EntityIds => entityIds;

    /// <summary>Whether as many problems as the options allow are found; reading stops there.</summary>
    internal bool Full => problems.Count >= options.MaxProblems;

    /// <summary>How many claims were read.</summary>
    internal int ClaimCount => claimPlaces.Count;

    internal bool Titled { get; set; }

    internal bool Dated { get; set; }

    internal void Problem(string? file, string path, (int Line, int Column)? at, string message) =>
        Problem(new ClaimSetProblem(path, message, at?.Line, at?.Column, file));

    private void Problem(ClaimSetProblem problem)
    {
        if (!Full) problems.Add(problem);
    }

    /// <summary>Reads one file into the session; a file that is not JSON is one located problem.</summary>
    internal void ReadFile(Stream stream, string? file)
    {
        if (file is not null) files.Add(file);
        using var reader = new JsonStreamReader(stream, options.MaxDepth, options.MaxValueBytes);
        var fileReader = new FileReader(this, reader, file);
        try
        {
            fileReader.ReadDocument();
        }
        catch (JsonFormatException e)
        {
            Problem(file, fileReader.CurrentPath, e.Position, e.Message);
        }
    }

    /// <summary>
    /// How many more claims a file should hold, judged from its first <paramref name="sampled"/> claims, which took
    /// <paramref name="sampleBytes"/>, and the <paramref name="remainingBytes"/> after them; 0 for no guess. Claims in
    /// compact JSON take half the bytes of indented ones, so a guess from the file's length alone is either short for
    /// one or wasteful for the other.
    /// </summary>
    internal static int MoreClaims(int sampled, long sampleBytes, long remainingBytes)
    {
        if (sampled <= 0 || sampleBytes <= 0 || remainingBytes <= 0) return 0;
        // A tenth more than the sample says, so that a sample of short claims still spares most copies.
        return (int)Math.Min(remainingBytes / ((double)sampleBytes / sampled) * 1.1, int.MaxValue);
    }

    /// <summary>
    /// Makes room for <paramref name="more"/> claims beyond those numbered so far (see <see cref="MoreClaims"/>), so
    /// that the tables of a large set are not copied over and over as they grow: each copy is a large object that
    /// also brings the next full collection nearer. Called by whichever thread numbers the claims; the builder's list
    /// of claims, which the converter alone adds to, is left to it.
    /// </summary>
    /// <returns>How many claims to expect in all, or 0 for no guess.</returns>
    internal int ExpectClaims(int more)
    {
        if (more <= 0) return 0;
        var expected = (int)Math.Min((long)claimPlaces.Count + more, options.MaxClaims);
        claimPlaces.EnsureCapacity(expected);
        builder.EnsureIdCapacity(expected);
        return expected;
    }

    /// <summary>
    /// Records where the next claim stands. Every claim is numbered, read well or not: when all are read well they
    /// are the builder's claims in the same order, and otherwise the read fails and only the locations matter.
    /// </summary>
    internal void BeginClaim(int indexInFile, ClaimLocation where) => claimPlaces.Add(indexInFile, where);

    /// <summary>Where claim <paramref name="number"/> (counted over all files) was read.</summary>
    internal ClaimLocation WhereIs(int number) => claimPlaces[number];

    /// <summary>Adds a source read from a file; claims naming it need no note of where they do.</summary>
    internal void AddSource(Source source)
    {
        builder.Add(source);
        listedSources.Add(source.Id, source);
        Provenances(source.Id).IsListed = true;
    }

    /// <summary>
    /// The provenance of claim <paramref name="claim"/> from <paramref name="source"/> said by <paramref name="attribution"/>,
    /// shared by every claim that says no more. The builder checks the reference when the set is built; when the
    /// source is not listed yet, where the claim names it is noted here, to locate a problem then, and
    /// <paramref name="listed"/> is false.
    /// </summary>
    internal Provenance Provenance(string? source, string? attribution, int claim, JsonValue at, string? file, out bool listed)
    {
        var shared = ListedProvenance(source, attribution);
        listed = shared is not null;
        return shared ?? UnlistedProvenance(source!, attribution, claim, at, file);
    }

    /// <summary>The provenance of a claim naming <paramref name="source"/>, not listed yet (<see cref="ListedProvenance"/> gave none): where the claim names it is noted.</summary>
    internal Provenance UnlistedProvenance(string source, string? attribution, int claim, JsonValue at, string? file)
    {
        NoteReference(claim, "source", at, file);
        return Provenances(source).SaidBy(attribution);
    }

    /// <summary>
    /// The provenance <see cref="Provenance"/> gives, when <paramref name="source"/> is none or among the sources read;
    /// null when it is not listed yet, and where the claim names it must be noted (for a reader that finds that place
    /// only when it is needed).
    /// </summary>
    internal Provenance? ListedProvenance(string? source, string? attribution) =>
        source is null ? unsourced.SaidBy(attribution) : Provenances(source) is { IsListed: true } shared ? shared.SaidBy(attribution) : null;

    /// <summary>Notes where claim <paramref name="claim"/> names entity <paramref name="id"/>, unless the entity is already read.</summary>
    internal void EntityReference(string id, int claim, JsonValue at, string? file)
    {
        if (!entityIds.ContainsKey(id)) NoteReference(claim, "entity", at, file);
    }

    private void NoteReference(int claim, string field, JsonValue at, string? file) =>
        referencePositions[(claim, field)] = new ClaimLocation(file, at.Position.Line, at.Position.Column);

    private SourceProvenances Provenances(string source)
    {
        if (provenancesFound.TryGet(source, out var found)) return found;
        ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(provenances, source, out _);
        provenancesFound.Remember(source, shared ??= new SourceProvenances(source));
        return shared;
    }

    internal ClaimSetDocument Finish()
    {
        if (options.AsOf is { } today && !Dated) builder.AsOf(today);
        ClaimSet? set = null;
        if (!Full)
        {
            // The builder checks ids and references and builds the claims that waited for the sources, even when the
            // reading found problems, so that every problem is reported together.
            var found = new List<IndexedProblem>();
            var contents = builder.Check(found);
            foreach (var problem in found) Problem(Locate(problem));
            if (problems.Count == 0 && contents is not null) set = new ClaimSet(contents);
        }
        if (problems.Count > 0 || set is null)
        {
            // Document order: file by file, then line and column; problems without a position last in their file.
            var fileOrder = files.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
            var ordered = problems
                .Select((p, i) => (p, i))
                .OrderBy(x => x.p.File is { } f && fileOrder.TryGetValue(f, out var n) ? n : int.MaxValue)
                .ThenBy(x => x.p.Line ?? int.MaxValue).ThenBy(x => x.p.Column ?? 0).ThenBy(x => x.i)
                .Select(x => x.p)
                .ToList();
            if (problems.Count >= options.MaxProblems)
            {
                // Located where the list ends, as near to where reading stopped as the problems tell.
                var last = ordered.Count > 0 ? ordered[^1] : null;
                ordered.Add(new ClaimSetProblem("$", $"Reading stopped after {options.MaxProblems} problems; fix these and read again.", last?.Line, last?.Column, last?.File));
            }
            throw new ClaimSetException(ordered);
        }
        claimPlaces.TrimExcess();
        return new ClaimSetDocument(set, claimPlaces, [.. files]);
    }

    /// <summary>Points a problem the builder found (claim 7, counted over all files) at its file, claim and line.</summary>
    private ClaimSetProblem Locate(IndexedProblem problem)
    {
        if (problem.List != IndexedProblem.Claims || problem.Index >= claimPlaces.Count) return problem.ToProblem();
        var (indexInFile, where) = (claimPlaces.IndexInFile(problem.Index), claimPlaces[problem.Index]);
        if (problem.Field is { } field && referencePositions.TryGetValue((problem.Index, field), out var at)) where = at;
        return new ClaimSetProblem(problem.PathAt(indexInFile), problem.Problem.Message, where.Line, where.Column, where.File);
    }
}
