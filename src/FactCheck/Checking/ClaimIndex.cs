using System.Collections.Immutable;

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
        var observations = new Dictionary<SeriesKey, List<ObservationEntry>>();
        var targets = new Dictionary<SeriesKey, List<TargetEntry>>();
        var events = new Dictionary<SeriesKey, List<EventEntry>>();
        var changes = ImmutableArray.CreateBuilder<Change>();
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        var shares = ImmutableArray.CreateBuilder<Share>();
        var order = 0;
        foreach (var claim in claims.Claims)
        {
            if ((order & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            switch (claim)
            {
                case Observation o:
                    Add(observations, new SeriesKey(o.Subject, o.Metric), new ObservationEntry(o, settings.IntervalOf(o.Value, o.Metric), settings.Units.Canonicalize(o.Unit), order));
                    break;
                case Target t:
                    Add(targets, new SeriesKey(t.Subject, t.Metric), new TargetEntry(t, settings.IntervalOf(t.Value, t.Metric), settings.Units.Canonicalize(t.Unit), order));
                    break;
                case Event e:
                    Add(events, new SeriesKey(e.Subject, string.Empty), new EventEntry(e, order));
                    break;
                case Change c: changes.Add(c); break;
                case Mention m: mentions.Add(m); break;
                case Share s: shares.Add(s); break;
            }
            order++;
        }
        ObservationSeries = Sort(observations, cancellationToken);
        TargetSeries = Sort(targets, cancellationToken);
        EventSeries = Sort(events, cancellationToken);
        Changes = changes.ToImmutable();
        Mentions = mentions.ToImmutable();
        Shares = shares.ToImmutable();
        observationsByKey = ObservationSeries.ToDictionary(s => s.Key);
        observationsBySubject = ObservationSeries.GroupBy(s => s.Key.Subject, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        subjectNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in claims.Entities) subjectNames.TryAdd(entity.Id, entity.Name);
    }

    /// <summary>The claim set indexed.</summary>
    public ClaimSet ClaimSet { get; }

    /// <summary>The settings the intervals were computed under.</summary>
    public CheckSettings Settings { get; }

    /// <summary>Observations by subject and metric, series in key order, each sorted in time.</summary>
    public ImmutableArray<Series<ObservationEntry>> ObservationSeries { get; }

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

    /// <summary>The readable name of a subject: the name of the entity with that id, else the id itself.</summary>
    public string NameOf(string subject) => subjectNames.TryGetValue(subject, out var name) ? name : subject;

    /// <summary>The source of <paramref name="claim"/>, or null.</summary>
    public Source? SourceOf(Claim claim) => ClaimSet.FindSource(claim?.SourceId);

    private static void Add<T>(Dictionary<SeriesKey, List<T>> groups, SeriesKey key, T entry)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            list = [];
            groups.Add(key, list);
        }
        list.Add(entry);
    }

    private static ImmutableArray<Series<T>> Sort<T>(Dictionary<SeriesKey, List<T>> groups, CancellationToken cancellationToken)
        where T : struct, ITimed
    {
        var keys = groups.Keys.ToArray();
        Array.Sort(keys);
        var result = ImmutableArray.CreateBuilder<Series<T>>(keys.Length);
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var items = groups[key].ToArray();
            Array.Sort(items, TimeOrder<T>.Instance);
            result.Add(new Series<T>(key, ImmutableArray.Create(items)));
        }
        return result.MoveToImmutable();
    }

    private sealed class TimeOrder<T> : IComparer<T>
        where T : struct, ITimed
    {
        internal static readonly TimeOrder<T> Instance = new();

        public int Compare(T x, T y)
        {
            var c = x.FirstDay.CompareTo(y.FirstDay);
            if (c == 0) c = x.LastDay.CompareTo(y.LastDay);
            return c != 0 ? c : x.Order.CompareTo(y.Order);
        }
    }
}
