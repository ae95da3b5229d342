using System.Collections.Immutable;
using FactCheck.Checking;
using FactCheck.Utility;
using NodaTime;

namespace FactCheck.Rules.Authoring;

/// <summary>
/// Finds the figures of one series that cannot all be true, once per thing rather than once per pair of claims.
/// Claims that restate one figure for the same days become one <see cref="Statement"/>. Statements for the same
/// days that conflict are reported together, once per time (however many outlets and however many figures:
/// eight thousand mutually exclusive reports of one day are one finding, not thirty-two million). Statements for
/// overlapping but different times are reported in pairs, each statement against at most the nearest earlier
/// statement above it and the nearest below it, so the output stays proportional to the claims.
/// </summary>
/// <remarks>
/// One instance serves series after series and keeps its buffers, one series at a time: a callback may not run the
/// same instance again (that throws <see cref="InvalidOperationException"/>); it may run another.
/// </remarks>
/// <param name="units">The unit aliases in force, which decide which figures can be compared.</param>
public sealed class FigureConflicts(UnitAliasTable units)
{
    private readonly ValueConflictSweep<Entry> sweep = new(static e => e.Interval);

    // Positions in the series being run: a figure is made from its entry only when it is compared or reported, since
    // making one reads the claim, and most figures of a million are neither (they agree with everything they overlap).
    private readonly List<int> grouped = [];
    // Each statement's lead figure, made the first time it is asked for: the sweep asks for an earlier statement's
    // lead again for every later one it is held against, and a report for the leads it compared. leadAt[statement] is
    // 0 until then, and then the lead's place in leads plus one: 4 bytes a statement, and a figure (96) only for those
    // made, which in a series whose figures agree is none.
    private readonly List<Figure> leads = [];
    private int[] leadAt = [];
    private bool running;
    private readonly List<(int Start, int Count, int Slot)> statements = [];
    private readonly List<Entry> entries = [];
    private readonly List<int> partition = [];
    private readonly List<Unit> slotUnits = [];
    private int[] groupOf = [];
    private int[] starts = [];

    /// <summary>A statement as the sweep sees it.</summary>
    private readonly record struct Entry(int Statement, LocalDate FirstDay, LocalDate LastDay, int Order, ValueInterval Interval) : ITimed;

    /// <summary>
    /// Reports the conflicts among <paramref name="sorted"/>: <paramref name="sameDays"/> with the statements for one
    /// time that cannot all be true (two or more, in claim-set order), and <paramref name="overlapping"/> with an
    /// earlier and a later statement for overlapping, different times.
    /// </summary>
    public void Run<T>(ImmutableArray<T> sorted, Func<T, Figure> figureOf, Action<IReadOnlyList<Statement>> sameDays, Action<Statement, Statement> overlapping, CancellationToken cancellationToken)
        where T : struct, ITimed
    {
        ArgumentNullException.ThrowIfNull(figureOf);
        // No interval given: the run reads it from the figure, through its source, so that no delegate is made per call.
        RunWith(sorted, figureOf, null, sameDays, overlapping, cancellationToken);
    }

    /// <summary>
    /// The same, with <paramref name="intervalOf"/> giving an entry's interval (<see cref="Figure.Interval"/>) without
    /// making its figure: the entries of the index hold it (<c>static e => e.Interval</c>), and the sweep reads it for
    /// every entry, where a figure is made only for those compared or reported.
    /// </summary>
    /// <typeparam name="T">The entries.</typeparam>
    /// <param name="sorted">One series, sorted in time.</param>
    /// <param name="figureOf">An entry's figure.</param>
    /// <param name="intervalOf">An entry's interval, the same as its figure's.</param>
    /// <param name="sameDays">Called with the statements for one time that cannot all be true.</param>
    /// <param name="overlapping">Called with an earlier and a later statement for overlapping, different times that conflict.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public void Run<T>(ImmutableArray<T> sorted, Func<T, Figure> figureOf, Func<T, ValueInterval> intervalOf, Action<IReadOnlyList<Statement>> sameDays, Action<Statement, Statement> overlapping, CancellationToken cancellationToken)
        where T : struct, ITimed
    {
        ArgumentNullException.ThrowIfNull(figureOf);
        ArgumentNullException.ThrowIfNull(intervalOf);
        RunWith(sorted, figureOf, intervalOf, sameDays, overlapping, cancellationToken);
    }

    /// <summary>Both overloads' run: the source for entries of type <typeparamref name="T"/> found once, and the interval read from the figure when none is given.</summary>
    private void RunWith<T>(ImmutableArray<T> sorted, Func<T, Figure> figureOf, Func<T, ValueInterval>? intervalOf, Action<IReadOnlyList<Statement>> sameDays, Action<Statement, Statement> overlapping, CancellationToken cancellationToken)
        where T : struct, ITimed
    {
        // Its buffers hold one series: run again from a callback, it would carry on with the other series' statements.
        if (running) throw new InvalidOperationException("This FigureConflicts is running a series: a callback may not run it again; use another instance.");
        var source = SourceFor<T>();
        intervalOf ??= source.IntervalAt;
        running = true;
        try
        {
            source.Set(sorted, figureOf);
            figureAt = source.At;
            RunSeries(sorted, figureOf, intervalOf, sameDays, overlapping, cancellationToken);
        }
        finally
        {
            // The figures made, the series and the caller's callback are not kept past the run.
            leads.Clear();
            source.Set(default, null);
            figureAt = static _ => default;
            reportOverlapping = static (_, _) => { };
            running = false;
        }
    }

    private void RunSeries<T>(ImmutableArray<T> sorted, Func<T, Figure> figureOf, Func<T, ValueInterval> intervalOf, Action<IReadOnlyList<Statement>> sameDays, Action<Statement, Statement> overlapping, CancellationToken cancellationToken)
        where T : struct, ITimed
    {
        Group(sorted, figureOf);
        ScratchArrays.Cleared(ref leadAt, statements.Count);
        var slotStart = 0;
        for (var i = 1; i <= statements.Count; i++)
        {
            if (i < statements.Count && statements[i].Slot == statements[slotStart].Slot) continue;
            if (i - slotStart > 1) CheckSlot(slotStart, i, sameDays);
            slotStart = i;
        }
        if (statements.Count < 2 || statements[^1].Slot == 0) return;
        entries.Clear();
        for (var s = 0; s < statements.Count; s++)
        {
            var lead = sorted[grouped[statements[s].Start]];
            entries.Add(new Entry(s, lead.FirstDay, lead.LastDay, lead.Order, intervalOf(lead)));
        }
        // The sweep steps over statements of the current one's days itself: those were checked above, as one time.
        reportOverlapping = overlapping;
        sweep.Run(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entries), comparable ??= Comparable, report ??= Report, cancellationToken);
    }

    // Made into delegates once per instance, not once per series.
    private Func<Entry, Entry, bool>? comparable;
    private Action<Entry, Entry>? report;
    private Action<Statement, Statement> reportOverlapping = static (_, _) => { };
    private Func<int, Figure> figureAt = static _ => default;
    private object? figureSource;

    /// <summary>
    /// The source for entries of type <typeparamref name="T"/>: the last type's is used again. A source and its delegate
    /// made for each series were a sixth of what FC001 allocated on a million figures in 40,000 series
    /// (benchmarks/README.md, thirtieth pass).
    /// </summary>
    private FigureSource<T> SourceFor<T>()
        where T : struct, ITimed =>
        figureSource as FigureSource<T> ?? (FigureSource<T>)(figureSource = new FigureSource<T>());

    /// <summary>The figure at a position of the series being run, and an entry's interval, for entries of type <typeparamref name="T"/>.</summary>
    private sealed class FigureSource<T>
        where T : struct, ITimed
    {
        private ImmutableArray<T> sorted;
        private Func<T, Figure>? figureOf;

        internal FigureSource()
        {
            At = position => figureOf!(sorted[position]);
            IntervalAt = entry => figureOf!(entry).Interval;
        }

        /// <summary>The figure at a position of the series set last.</summary>
        internal Func<int, Figure> At { get; }

        /// <summary>An entry's interval, from the figure the series set last makes of it.</summary>
        internal Func<T, ValueInterval> IntervalAt { get; }

        internal void Set(ImmutableArray<T> series, Func<T, Figure>? figure) => (sorted, figureOf) = (series, figure);
    }

    private bool Comparable(Entry earlier, Entry later) => Lead(earlier.Statement).IsComparableWith(Lead(later.Statement), units);

    private void Report(Entry earlier, Entry later) => reportOverlapping(Materialize(earlier.Statement), Materialize(later.Statement));

    private ref readonly Figure Lead(int statement)
    {
        if (leadAt[statement] == 0)
        {
            leads.Add(figureAt(grouped[statements[statement].Start]));
            leadAt[statement] = leads.Count;
        }
        return ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(leads)[leadAt[statement] - 1];
    }

    private Statement Materialize(int statement)
    {
        var (start, count, _) = statements[statement];
        var figures = new Figure[count];
        figures[0] = Lead(statement);
        for (var i = 1; i < count; i++) figures[i] = figureAt(grouped[start + i]);
        return new Statement(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(figures));
    }

    /// <summary>Orders the figures so that each statement's claims are adjacent, statements of one time together.</summary>
    private void Group<T>(ImmutableArray<T> sorted, Func<T, Figure> figureOf)
        where T : struct, ITimed
    {
        grouped.Clear();
        statements.Clear();
        var slot = -1;
        for (var from = 0; from < sorted.Length;)
        {
            var to = Restatements.EndOfSameDays(sorted, from);
            slot++;
            if (to - from == 1)
            {
                statements.Add((grouped.Count, 1, slot));
                grouped.Add(from);
            }
            else
            {
                GroupSlot(sorted, from, to, figureOf, slot);
            }
            from = to;
        }
    }

    // Within one time, restatements of a figure join the statement of its first claim. The series is in claim-set
    // order within a time, so statements come in the order of their first claims, and so do their claims. Placed by
    // a counting sort on the group numbers, so that eight thousand figures of one day cost eight thousand steps.
    private void GroupSlot<T>(ImmutableArray<T> sorted, int from, int to, Func<T, Figure> figureOf, int slot)
        where T : struct, ITimed
    {
        ScratchArrays.AtLeast(ref groupOf, to - from);
        var count = Restatements.Number(sorted, from, to, figureOf, groupOf);
        ScratchArrays.Cleared(ref starts, count + 1);
        for (var i = 0; i < to - from; i++) starts[groupOf[i] + 1]++;
        for (var g = 0; g < count; g++) starts[g + 1] += starts[g];
        var first = grouped.Count;
        for (var g = 0; g < count; g++) statements.Add((first + starts[g], starts[g + 1] - starts[g], slot));
        for (var i = from; i < to; i++) grouped.Add(0);
        for (var i = from; i < to; i++) grouped[first + starts[groupOf[i - from]]++] = i;
    }

    /// <summary>
    /// Checks the statements of one time, in groups that can be compared: per cent apart from plain figures, and
    /// one unit at a time, figures without a unit joining each unit's group.
    /// </summary>
    private void CheckSlot(int from, int to, Action<IReadOnlyList<Statement>> sameDays)
    {
        foreach (var percent in (ReadOnlySpan<bool>)[false, true])
        {
            slotUnits.Clear();
            for (var s = from; s < to; s++)
            {
                ref readonly var lead = ref Lead(s);
                if (lead.Value.IsPercent == percent && !lead.Unit.IsNone && !slotUnits.Contains(lead.Unit)) slotUnits.Add(lead.Unit);
            }
            // Figures without a unit join each unit's group that the table lets them compare with (a bare '100' is
            // not compared with '100 km'); with no such unit, they are a group of their own.
            var unitlessJoin = false;
            foreach (var unit in slotUnits)
            {
                var joins = units.AreCompatible(default, unit);
                unitlessJoin |= joins;
                CheckPartition(from, to, percent, unit, joins, sameDays);
            }
            if (!unitlessJoin) CheckPartition(from, to, percent, default(Unit), true, sameDays);
        }
    }

    private void CheckPartition(int from, int to, bool percent, Unit unit, bool withUnitless, Action<IReadOnlyList<Statement>> sameDays)
    {
        partition.Clear();
        for (var s = from; s < to; s++)
        {
            ref readonly var lead = ref Lead(s);
            if (lead.Value.IsPercent == percent && (lead.Unit == unit || (withUnitless && lead.Unit.IsNone))) partition.Add(s);
        }
        if (partition.Count < 2) return;
        // A statement conflicts with another when the one with the highest lower bound lies above it, or the one
        // with the lowest upper bound below it; keeping the two most extreme of each excludes a statement itself.
        int highest = -1, secondHighest = -1, lowest = -1, secondLowest = -1;
        foreach (var s in partition)
        {
            var interval = Lead(s).Interval;
            if (highest < 0 || BoundRank.RanksHigher(interval, Lead(highest).Interval)) (secondHighest, highest) = (highest, s);
            else if (secondHighest < 0 || BoundRank.RanksHigher(interval, Lead(secondHighest).Interval)) secondHighest = s;
            if (lowest < 0 || BoundRank.RanksLower(interval, Lead(lowest).Interval)) (secondLowest, lowest) = (lowest, s);
            else if (secondLowest < 0 || BoundRank.RanksLower(interval, Lead(secondLowest).Interval)) secondLowest = s;
        }
        List<Statement>? conflicting = null;
        foreach (var s in partition)
        {
            var interval = Lead(s).Interval;
            var above = Lead(s == highest ? secondHighest : highest).Interval;
            var below = Lead(s == lowest ? secondLowest : lowest).Interval;
            if (above.IsEntirelyAbove(interval) || interval.IsEntirelyAbove(below)) (conflicting ??= []).Add(Materialize(s));
        }
        if (conflicting is not null) sameDays(conflicting);
    }
}
