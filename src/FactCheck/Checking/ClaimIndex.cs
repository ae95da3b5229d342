using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FactCheck.Checking;

/// <summary>
/// The claims of one check, indexed once for all rules: figures by subject and metric sorted in time, targets
/// likewise, events by subject sorted in time, and the mentions, changes, shares and relations in claim-set order.
/// Rules read these views; none scans all pairs of claims.
/// </summary>
public sealed class ClaimIndex
{
    private static readonly Series<ObservationEntry> NoObservations = new(default, []);
    private readonly Dictionary<SeriesKey, Series<ObservationEntry>> observationsByKey;
    private readonly Dictionary<string, string> subjectNames;
    private readonly Dictionary<string, ImmutableArray<Series<ObservationEntry>>> observationsBySubject;

    private ClaimIndex(ClaimSet claims, CheckSettings settings, CancellationToken cancellationToken)
    {
        ClaimSet = claims;
        Settings = settings;
        var all = claims.Claims;
        // Two passes: the first gives each claim its group and counts the groups, the second fills arrays of the
        // exact size, so that no series is grown or copied. The second pass, which computes every figure's
        // interval, runs as two halves side by side: the counts at the halfway claim say where the second half's
        // entries start in each series, so every series is still filled in claim-set order.
        var observationGroups = new Grouping();
        var projectionGroups = new Grouping();
        var targetGroups = new Grouping();
        var eventGroups = new Grouping();
        var groupOf = new int[all.Count];
        var half = all.Count / 2;
        int[] observationsBefore = [], targetsBefore = [], eventsBefore = [], projectionsBefore = [];
        int changes = 0, mentions = 0, shares = 0;
        for (var i = 0; i < all.Count; i++)
        {
            if ((i & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (i == half) (observationsBefore, targetsBefore, eventsBefore, projectionsBefore) = (observationGroups.Counts(), targetGroups.Counts(), eventGroups.Counts(), projectionGroups.Counts());
            groupOf[i] = all[i] switch
            {
                Observation { Projection: true } p => projectionGroups.Count(p.Subject, p.Metric),
                Observation o => observationGroups.Count(o.Subject, o.Metric),
                Target t => targetGroups.Count(t.Subject, t.Metric),
                Event e => eventGroups.Count(e.Subject, string.Empty),
                Change => changes++,
                Mention => mentions++,
                _ => shares++,
            };
        }
        var observations = observationGroups.Allocate<ObservationEntry>();
        var projections = projectionGroups.Allocate<ObservationEntry>();
        var targets = targetGroups.Allocate<TargetEntry>();
        var events = eventGroups.Allocate<EventEntry>();
        var changeArray = new Change[changes];
        var mentionArray = new Mention[mentions];
        var shareArray = new Share[shares];

        void Fill(int from, int to, int[] fillObservations, int[] fillTargets, int[] fillEvents, int[] fillProjections)
        {
            for (var i = from; i < to; i++)
            {
                // Stop quietly: the cancellation is thrown once both halves are back, not wrapped by Parallel.
                if ((i & 0xFFFF) == 0 && cancellationToken.IsCancellationRequested) return;
                var group = groupOf[i];
                switch (all[i])
                {
                    case Observation { Projection: true } p:
                        var forecast = settings.MeasureOf(p.Value, p.Metric, p.Unit);
                        projections[group][fillProjections[group]++] = new ObservationEntry(p, forecast.Interval, forecast.Unit, i, forecast.Scale);
                        break;
                    case Observation o:
                        var figure = settings.MeasureOf(o.Value, o.Metric, o.Unit);
                        observations[group][fillObservations[group]++] = new ObservationEntry(o, figure.Interval, figure.Unit, i, figure.Scale);
                        break;
                    case Target t:
                        var target = settings.MeasureOf(t.Value, t.Metric, t.Unit, stated: true);
                        targets[group][fillTargets[group]++] = new TargetEntry(t, target.Interval, target.Unit, i, target.Scale);
                        break;
                    case Event e:
                        events[group][fillEvents[group]++] = new EventEntry(e, i);
                        break;
                    case Change c: changeArray[group] = c; break;
                    case Mention m: mentionArray[group] = m; break;
                    case Share s: shareArray[group] = s; break;
                }
            }
        }

        Parallel.Invoke(
            () => Fill(0, half, new int[observations.Length], new int[targets.Length], new int[events.Length], new int[projections.Length]),
            () => Fill(half, all.Count, StartingAt(observationsBefore, observations.Length), StartingAt(targetsBefore, targets.Length), StartingAt(eventsBefore, events.Length),
                StartingAt(projectionsBefore, projections.Length)));
        cancellationToken.ThrowIfCancellationRequested();
        ObservationSeries = observationGroups.Sort(observations, cancellationToken);
        ProjectionSeries = projectionGroups.Sort(projections, cancellationToken);
        TargetSeries = targetGroups.Sort(targets, cancellationToken);
        EventSeries = eventGroups.Sort(events, cancellationToken);
        Changes = ImmutableCollectionsMarshal.AsImmutableArray(changeArray);
        Mentions = ImmutableCollectionsMarshal.AsImmutableArray(mentionArray);
        Shares = ImmutableCollectionsMarshal.AsImmutableArray(shareArray);
        observationsByKey = new Dictionary<SeriesKey, Series<ObservationEntry>>(ObservationSeries.Length);
        foreach (var series in ObservationSeries) observationsByKey[series.Key] = series;
        observationsBySubject = ObservationSeries.GroupBy(s => s.Key.Subject, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        subjectNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in claims.Entities) subjectNames.TryAdd(entity.Id, entity.Name);
    }

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
        observationsByKey.TryGetValue(new SeriesKey(subject, metric), out var series) ? series : NoObservations;

    /// <summary>The observations of <paramref name="subject"/>, one series per metric, in metric order; empty when there are none.</summary>
    public ImmutableArray<Series<ObservationEntry>> ObservationsOf(string subject) =>
        observationsBySubject.TryGetValue(subject, out var series) ? series : [];

    /// <summary>Whether the subject's figures are running totals: the entity with its id is <see cref="Entity.Cumulative"/>.</summary>
    public bool IsCumulative(string subject) => ClaimSet.FindEntity(subject) is { Cumulative: true };

    /// <summary>Whether some observation names the claim <paramref name="id"/> as the one it revises.</summary>
    public bool IsExplicitlyRevised(string id) => Revised.Contains(id);

    /// <summary>Whether any observation names one it revises.</summary>
    public bool HasExplicitRevisions => Revised.Count > 0;

    // The ids named by 'revises', gathered on first use: most claim sets have none.
    private HashSet<string> Revised
    {
        get
        {
            if (Volatile.Read(ref revised) is { } known) return known;
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var claim in ClaimSet.Claims)
            {
                if (claim is Observation { Revises: { } id }) ids.Add(id);
            }
            Volatile.Write(ref revised, ids);
            return ids;
        }
    }

    private HashSet<string>? revised;

    /// <summary>The readable name of a subject: the name of the entity with that id, else the id itself.</summary>
    public string NameOf(string subject) => subjectNames.TryGetValue(subject, out var name) ? name : subject;

    /// <summary>The source of <paramref name="claim"/>, or null.</summary>
    public Source? SourceOf(Claim claim) => ClaimSet.FindSource(claim?.SourceId);

    /// <summary>Fill cursors for the second half: each series' count in the first half, and 0 for series first seen after it.</summary>
    private static int[] StartingAt(int[] countsBefore, int groups)
    {
        var cursors = new int[groups];
        countsBefore.CopyTo(cursors, 0);
        return cursors;
    }

    /// <summary>Series keys numbered in order of first appearance, with a count per key.</summary>
    private sealed class Grouping
    {
        // Looked up once per claim, so keyed by the subject alone: a string key gets the dictionary's fast ordinal
        // hash, where a key of two strings is hashed with the randomised one, twice. Most subjects have one metric;
        // a subject's other series hang off its first one in a chain.
        private readonly Dictionary<string, int> firstOfSubject = new(StringComparer.Ordinal);
        private readonly List<SeriesKey> keys = [];
        private readonly List<int> counts = [];
        private readonly List<int> nextOfSubject = [];

        internal int Length => keys.Count;

        /// <summary>The count of each key so far, in key number order.</summary>
        internal int[] Counts() => [.. counts];

        /// <summary>Counts one more claim in the series of <paramref name="subject"/> and <paramref name="metric"/>; returns the series' number.</summary>
        internal int Count(string subject, string metric)
        {
            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(firstOfSubject, subject, out var exists);
            int number;
            if (!exists)
            {
                number = first = New(subject, metric);
            }
            else
            {
                number = first;
                while (!string.Equals(keys[number].Metric, metric, StringComparison.Ordinal))
                {
                    var next = nextOfSubject[number];
                    if (next < 0)
                    {
                        next = New(subject, metric);
                        nextOfSubject[number] = next;
                    }
                    number = next;
                }
            }
            CollectionsMarshal.AsSpan(counts)[number]++;
            return number;
        }

        private int New(string subject, string metric)
        {
            keys.Add(new SeriesKey(subject, metric));
            counts.Add(0);
            nextOfSubject.Add(-1);
            return keys.Count - 1;
        }

        internal T[][] Allocate<T>()
        {
            var arrays = new T[keys.Count][];
            for (var i = 0; i < arrays.Length; i++) arrays[i] = new T[counts[i]];
            return arrays;
        }

        /// <summary>Sorts each series in time (on every core: the series are independent) and orders the series by key.</summary>
        internal ImmutableArray<Series<T>> Sort<T>(T[][] arrays, CancellationToken cancellationToken)
            where T : struct, ITimed
        {
            var options = new ParallelOptions { CancellationToken = cancellationToken };
            Parallel.For(0, arrays.Length, options, i => TimeSort.Sort(arrays[i]));
            // Keys are distinct, so this order is the same however the sort goes; sorting the keys themselves calls
            // their comparison directly instead of through a delegate.
            var order = Enumerable.Range(0, keys.Count).ToArray();
            Array.Sort([.. keys], order);
            var result = new Series<T>[order.Length];
            for (var i = 0; i < order.Length; i++) result[i] = new Series<T>(keys[order[i]], ImmutableCollectionsMarshal.AsImmutableArray(arrays[order[i]]));
            return ImmutableCollectionsMarshal.AsImmutableArray(result);
        }
    }
}
