using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FactCheck.Utility;

namespace FactCheck.Checking;

/// <summary>
/// The claims of one check, indexed once for all rules: figures by subject and metric sorted in time, targets
/// likewise, events by subject sorted in time, and the mentions, changes, shares and relations in claim-set order.
/// Rules read these views; none scans all pairs of claims.
/// </summary>
public sealed class ClaimIndex
{
    private static readonly Series<ObservationEntry> NoObservations = new(default, []);

    // Built on first use: a check whose rules look up no series by name, or name no subject because they find
    // nothing (most of a large set's rules), does not pay for them.
    private SeriesLookups? seriesLookups;
    private Dictionary<string, string>? subjectNames;

    // How many claims are measured before their entries are placed: their measures (some 8 KiB) stay in the first-level cache.
    private const int FillBlock = 256;

    private ClaimIndex(ClaimSet claims, CheckSettings settings, CancellationToken cancellationToken)
    {
        ClaimSet = claims;
        Settings = settings;
        var all = claims.Claims.AsImmutableArray();
        // Two passes, each as two halves side by side: the first gives each claim its group within its half and
        // counts the groups; the halves' groups are then merged, in order of first appearance in the whole set. The
        // second pass computes every figure's interval into arrays of the exact size, so that no series is grown or
        // copied; the first half's counts say where the second half's entries start in each series, so every series
        // is still filled in claim-set order.
        var groupOf = new int[all.Length];
        var half = all.Length / 2;
        // Each half meets at most as many subjects as the set numbered, and as it has claims. Each census is made on the
        // core that fills it: its tables, sized for those subjects, are memory written for the first time.
        ClaimCensus first = null!, second = null!;
        var numbers = claims.SubjectNumbers;
        var parallel = CheckParallelism.Worthwhile(all.Length);
        SideBySide.Run(
            parallel,
            () => (first = new ClaimCensus(Math.Min(claims.SubjectNumberBound, half))).Count(all, numbers, 0, half, groupOf, cancellationToken),
            () => (second = new ClaimCensus(Math.Min(claims.SubjectNumberBound, all.Length - half))).Count(all, numbers, half, all.Length, groupOf, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        var before = first.Counts();
        var later = first.Absorb(second);
        var observations = first.Observations.Allocate<ObservationEntry>(parallel);
        var projections = first.Projections.Allocate<ObservationEntry>(parallel);
        var targets = first.Targets.Allocate<TargetEntry>(parallel);
        var events = first.Events.Allocate<EventEntry>(parallel);
        var changeArray = new Change[first.Changes];
        var mentionArray = new Mention[first.Mentions];
        var shareArray = new Share[first.Shares];

        // Whether any figure states a basis, and the ids observations name as revised, noted while each claim is at hand:
        // most sets state neither, and then no rule need read a claim to split a series by basis, or read every claim
        // again to learn that none is revised.
        (bool Bases, List<string>? Revised) Fill(int from, int to, FillCursors cursors)
        {
            var bases = false;
            List<string>? revised = null;
            var units = new ComparedUnitMemo(settings);
            var measures = new Measure[FillBlock];
            for (var start = from; start < to; start += FillBlock)
            {
                // Stop quietly: the cancellation is thrown once both halves are back, not wrapped by Parallel.
                if (cancellationToken.IsCancellationRequested) return (bases, revised);
                var end = Math.Min(to, start + FillBlock);
                // A block's figures are measured first, in claim-set order, then the places its entries go are read (Touch),
                // and then its entries are put in their series. Each entry goes to a series of its own, far in memory from
                // the last; a loop that waits for those places should do nothing else, so that the processor waits for many
                // at once.
                for (var i = start; i < end; i++)
                {
                    switch (all[i])
                    {
                        case Observation o:
                            measures[i - start] = settings.MeasureOf(o.Value, o.Metric, units.Of(o.Unit));
                            bases |= o.Basis is not null;
                            if (o.Revises is { } id) (revised ??= []).Add(id);
                            break;
                        case Target t:
                            measures[i - start] = settings.MeasureOf(t.Value, t.Metric, units.Of(t.Unit), stated: true);
                            bases |= t.Basis is not null;
                            break;
                    }
                }
                Touch(start, end, cursors);
                for (var i = start; i < end; i++)
                {
                    var group = groupOf[i];
                    ref readonly var measure = ref measures[i - start];
                    switch (all[i])
                    {
                        case Observation { Projection: true } p:
                            group = cursors.Projections.Map[group];
                            projections[group][cursors.Projections.Next[group]++] = new ObservationEntry(p, new EntryFigure(measure.Interval, measure.Compared, i));
                            break;
                        case Observation o:
                            group = cursors.Observations.Map[group];
                            observations[group][cursors.Observations.Next[group]++] = new ObservationEntry(o, new EntryFigure(measure.Interval, measure.Compared, i));
                            break;
                        case Target t:
                            group = cursors.Targets.Map[group];
                            targets[group][cursors.Targets.Next[group]++] = new TargetEntry(t, new EntryFigure(measure.Interval, measure.Compared, i));
                            break;
                        case Event e:
                            group = cursors.Events.Map[group];
                            events[group][cursors.Events.Next[group]++] = new EventEntry(e, i);
                            break;
                        case Change c: changeArray[cursors.Changes + group] = c; break;
                        case Mention m: mentionArray[cursors.Mentions + group] = m; break;
                        case Share s: shareArray[cursors.Shares + group] = s; break;
                    }
                }
            }
            return (bases, revised);
        }

        // Reads the places a block's entries go, and the arrays of their series, in a loop that does nothing else, so that
        // the processor fetches many at once. The loop that writes the entries did this itself, but its body is long: few
        // iterations fitted in the processor's window, and it waited for each series' array in turn (perf, the native
        // tool on a million independent claims: four fifths of its time on the check of the array's length). Each kind
        // goes to the arrays Fill writes it to, as the census numbered it: a place read that Fill would not write could
        // be past the end of its series.
        void Touch(int from, int to, FillCursors cursors)
        {
            ulong sum = 0;
            for (var i = from; i < to; i++)
            {
                var group = groupOf[i];
                sum += all[i] switch
                {
                    Observation { Projection: true } => TouchPlace(projections, cursors.Projections, group),
                    Observation => TouchPlace(observations, cursors.Observations, group),
                    Target => TouchPlace(targets, cursors.Targets, group),
                    Event => TouchPlace(events, cursors.Events, group),
                    _ => 0,
                };
            }
            CacheWarming.Keep(sum);
        }

        // Reads the first and the last byte of the place where the next entry of the stretch's series `group` (mapped to
        // the merged series by the cursor) goes: an entry, of at most 64 bytes, may lie across two cache lines.
        static ulong TouchPlace<T>(T[][] series, SeriesCursor cursor, int group)
            where T : struct
        {
            System.Diagnostics.Debug.Assert(Unsafe.SizeOf<T>() <= 64, "Two reads cover an entry no larger than a cache line.");
            var merged = cursor.Map[group];
            ref var place = ref Unsafe.As<T, byte>(ref series[merged][cursor.Next[merged]]);
            return (ulong)place + Unsafe.Add(ref place, Unsafe.SizeOf<T>() - 1);
        }

        (bool Bases, List<string>? Revised) firstHalf = default, secondHalf = default;
        SideBySide.Run(parallel, () => firstHalf = Fill(0, half, FillCursors.FirstHalf(first, before)), () => secondHalf = Fill(half, all.Length, FillCursors.SecondHalf(first, before, later)));
        StatesBases = firstHalf.Bases || secondHalf.Bases;
        Revised = firstHalf.Revised is null && secondHalf.Revised is null
            ? NoneRevised
            : new HashSet<string>((firstHalf.Revised ?? []).Concat(secondHalf.Revised ?? []), StringComparer.Ordinal);
        cancellationToken.ThrowIfCancellationRequested();
        ObservationSeries = first.Observations.Sort(observations, parallel, cancellationToken);
        ProjectionSeries = first.Projections.Sort(projections, parallel, cancellationToken);
        TargetSeries = first.Targets.Sort(targets, parallel, cancellationToken);
        EventSeries = first.Events.Sort(events, parallel, cancellationToken);
        Changes = ImmutableCollectionsMarshal.AsImmutableArray(changeArray);
        Mentions = ImmutableCollectionsMarshal.AsImmutableArray(mentionArray);
        Shares = ImmutableCollectionsMarshal.AsImmutableArray(shareArray);
    }

    // Read with one load once built; a race builds twice and keeps the first, both being the same.
    private SeriesLookups SeriesByName => Volatile.Read(ref seriesLookups) ?? Publish(ref seriesLookups, new SeriesLookups(ObservationSeries));

    private Dictionary<string, string> SubjectNames => Volatile.Read(ref subjectNames) ?? Publish(ref subjectNames, NamesOf(ClaimSet));

    private static T Publish<T>(ref T? field, T built)
        where T : class => Interlocked.CompareExchange(ref field, built, null) ?? built;

    private static Dictionary<string, string> NamesOf(ClaimSet claims)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in claims.Entities) names.TryAdd(entity.Id, entity.Name);
        return names;
    }

    /// <summary>The observation series by key and by subject.</summary>
    private sealed class SeriesLookups
    {
        internal SeriesLookups(ImmutableArray<Series<ObservationEntry>> sorted)
        {
            ByKey = new Dictionary<SeriesKey, Series<ObservationEntry>>(sorted.Length);
            foreach (var series in sorted) ByKey[series.Key] = series;
            BySubject = SeriesBySubject(sorted);
        }

        internal Dictionary<SeriesKey, Series<ObservationEntry>> ByKey { get; }

        internal Dictionary<string, ImmutableArray<Series<ObservationEntry>>> BySubject { get; }
    }

    /// <summary>The series of each subject: sorted by key, a subject's series are adjacent.</summary>
    private static Dictionary<string, ImmutableArray<Series<ObservationEntry>>> SeriesBySubject(ImmutableArray<Series<ObservationEntry>> sorted)
    {
        var bySubject = new Dictionary<string, ImmutableArray<Series<ObservationEntry>>>(StringComparer.Ordinal);
        for (var from = 0; from < sorted.Length;)
        {
            var subject = sorted[from].Key.Subject;
            var to = from + 1;
            while (to < sorted.Length && string.Equals(sorted[to].Key.Subject, subject, StringComparison.Ordinal)) to++;
            bySubject.Add(subject, sorted.Slice(from, to - from));
            from = to;
        }
        return bySubject;
    }

    /// <summary>Whether any observation, projection or target states a basis (<see cref="Observation.Basis"/>).</summary>
    public bool StatesBases { get; }

    /// <summary>The claim set indexed.</summary>
    public ClaimSet ClaimSet { get; }

    /// <summary>The settings the intervals were computed under.</summary>
    public CheckSettings Settings { get; }

    /// <summary>Observations by subject and metric, series in key order, each sorted in time; projections (forecasts) are not among them.</summary>
    public ImmutableArray<Series<ObservationEntry>> ObservationSeries { get; }

    /// <summary>Projections (observations that forecast their time) by subject and metric, likewise.</summary>
    public ImmutableArray<Series<ObservationEntry>> ProjectionSeries { get; }

    /// <summary>Targets by subject and metric, series in key order, each sorted by deadline.</summary>
    public ImmutableArray<Series<TargetEntry>> TargetSeries { get; }

    /// <summary>Events by subject (metric empty), series in key order, each sorted in time.</summary>
    public ImmutableArray<Series<EventEntry>> EventSeries { get; }

    /// <summary>Change claims, in claim-set order.</summary>
    public ImmutableArray<Change> Changes { get; }

    /// <summary>Mentions, in claim-set order.</summary>
    public ImmutableArray<Mention> Mentions { get; }

    /// <summary>Share claims, in claim-set order.</summary>
    public ImmutableArray<Share> Shares { get; }

    /// <summary>Indexes <paramref name="claims"/> under <paramref name="settings"/>.</summary>
    public static ClaimIndex Build(ClaimSet claims, CheckSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(settings);
        return new ClaimIndex(claims, settings, cancellationToken);
    }

    /// <summary>The observations of <paramref name="subject"/> and <paramref name="metric"/>, in time order; empty when there are none.</summary>
    public Series<ObservationEntry> ObservationsOf(string subject, string metric) =>
        SeriesByName.ByKey.TryGetValue(new SeriesKey(subject, metric), out var series) ? series : NoObservations;

    /// <summary>The observations of <paramref name="subject"/>, one series per metric, in metric order; empty when there are none.</summary>
    public ImmutableArray<Series<ObservationEntry>> ObservationsOf(string subject) =>
        SeriesByName.BySubject.TryGetValue(subject, out var series) ? series : [];

    /// <summary>Whether the subject's figures are running totals: the entity with its id is <see cref="Entity.Cumulative"/>.</summary>
    public bool IsCumulative(string subject) => ClaimSet.FindEntity(subject) is { Cumulative: true };

    /// <summary>Whether some observation names the claim <paramref name="id"/> as the one it revises.</summary>
    public bool IsExplicitlyRevised(string id) => Revised.Contains(id);

    /// <summary>Whether any observation names one it revises.</summary>
    public bool HasExplicitRevisions => Revised.Count > 0;

    /// <summary>
    /// What <paramref name="compute"/> makes of a series' figures, made once per check: several rules ask the same of
    /// one series (which of its figures later ones revise), and the answer depends on nothing else.
    /// </summary>
    internal TMemo Remember<TMemo>(ImmutableArray<ObservationEntry> sorted, Func<ClaimIndex, ImmutableArray<ObservationEntry>, TMemo> compute)
        where TMemo : class =>
        (TMemo)memos.GetValue(ImmutableCollectionsMarshal.AsArray(sorted)!, figures => compute(this, ImmutableCollectionsMarshal.AsImmutableArray(figures)));

    // Keyed by a series' own array, which lives as long as the index.
    private readonly ConditionalWeakTable<ObservationEntry[], object> memos = [];

    // The ids named by 'revises', gathered while the index is filled; most sets name none.
    private HashSet<string> Revised { get; }

    private static readonly HashSet<string> NoneRevised = new(StringComparer.Ordinal);

    /// <summary>The readable name of a subject: the name of the entity with that id, else the id itself.</summary>
    public string NameOf(string subject) => SubjectNames.TryGetValue(subject, out var name) ? name : subject;

    /// <summary>The source of <paramref name="claim"/>, or null.</summary>
    public Source? SourceOf(Claim claim) => ClaimSet.FindSource(claim?.SourceId);
}
