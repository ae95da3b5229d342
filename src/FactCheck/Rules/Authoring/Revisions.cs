using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using FactCheck.Checking;
using FactCheck.Utility;
using NodaTime;

namespace FactCheck.Rules.Authoring;

/// <summary>
/// Figures superseded by a later one: an observation that says it <see cref="Observation.Revises"/> another, and,
/// among the figures for one time, an earlier figure from the same attribution as a later one, or, when neither is
/// attributed, from an earlier report of the same outlet (publisher): the later is the party's or the outlet's
/// current figure. A claim that names what it revises, or is named so,
/// is ordered by those words alone. For running totals a later figure is an update, not a revision, unless it says so.
/// </summary>
public static class Revisions
{
    /// <summary>
    /// The (earlier, later) pairs of <paramref name="sorted"/> (one series, sorted in time) in which the later
    /// supersedes the earlier for the same time, found without naming, and whether the later changes the figure (a
    /// repeat of a figure that is then changed falls with it, unreported); in the order of the earlier claims' times.
    /// </summary>
    public static List<(ObservationEntry Earlier, ObservationEntry Later, bool Changed)> Implicit(ClaimIndex index, ImmutableArray<ObservationEntry> sorted)
        => [.. Remembered(index, sorted)];

    /// <summary>
    /// <see cref="Implicit"/>'s pairs, found once per series and check however many rules ask. Implicit revisions are
    /// among figures for the same days: a series whose figures all have days of their own (the usual case) has none.
    /// </summary>
    private static ImmutableArray<(ObservationEntry Earlier, ObservationEntry Later, bool Changed)> Remembered(ClaimIndex index, ImmutableArray<ObservationEntry> sorted) =>
        !HasSameDays(sorted) ? [] : index.Remember(sorted, static (index, sorted) => new StrongBox<ImmutableArray<(ObservationEntry, ObservationEntry, bool)>>(Find(index, sorted))).Value;

    private static ImmutableArray<(ObservationEntry Earlier, ObservationEntry Later, bool Changed)> Find(ClaimIndex index, ImmutableArray<ObservationEntry> sorted)
    {
        var pairs = new List<(ObservationEntry, ObservationEntry, bool)>();
        // The nearest later figure (its position in the order said) from each outlet and each party.
        Dictionary<string, int>? bySource = null, byParty = null;
        bool[] superseded = [];
        LocalDate[] published = [];
        for (var from = 0; from < sorted.Length;)
        {
            var to = Restatements.EndOfSameDays(sorted, from);
            if (to - from > 1)
            {
                bySource ??= new(StringComparer.OrdinalIgnoreCase);
                byParty ??= new(StringComparer.OrdinalIgnoreCase);
                bySource.Clear();
                byParty.Clear();
                ScratchArrays.AtLeast(ref superseded, to - from);
                var said = StatementOrder.Said(index, sorted.AsSpan(from, to - from), ref published);
                var found = pairs.Count;
                for (var i = said.Length - 1; i >= 0; i--)
                {
                    superseded[i] = false;
                    var claim = said[i].Claim;
                    if (claim.Revises is not null || index.IsExplicitlyRevised(claim.Id)) continue;
                    // A party is known by its name wherever it speaks; an outlet speaking for itself by its publisher,
                    // across its reports. Two parties quoted by one source are a dispute, and one report giving two
                    // figures of its own for one time contradicts itself: neither is a revision.
                    var party = claim.Provenance.Attribution;
                    var source = party is null ? index.SourceOf(claim)?.Publisher : null;
                    var next = int.MaxValue;
                    if (source is not null && bySource.TryGetValue(source, out var s) && !string.Equals(said[s].Claim.SourceId, claim.SourceId, StringComparison.Ordinal)) next = s;
                    if (party is not null && byParty.TryGetValue(party, out var p)) next = Math.Min(next, p);
                    if (next != int.MaxValue)
                    {
                        // Repeating the figure the party gives next is no revision; it falls with that figure if that one is revised.
                        var (figure, nextFigure) = (Figure.Of(said[i]), Figure.Of(said[next]));
                        if (!figure.IsComparableWith(nextFigure, index.Settings.Units)) goto Noted;
                        var changed = !figure.RestatementKey.Equals(nextFigure.RestatementKey);
                        superseded[i] = changed || superseded[next];
                        if (superseded[i]) pairs.Add((said[i], said[next], changed));
                    }
                    Noted:
                    if (source is not null) bySource[source] = i;
                    if (party is not null) byParty[party] = i;
                }
                pairs.Reverse(found, pairs.Count - found);
            }
            from = to;
        }
        return [.. pairs];
    }

    private static bool HasSameDays(ImmutableArray<ObservationEntry> sorted)
    {
        for (var from = 0; from < sorted.Length;)
        {
            var to = Restatements.EndOfSameDays(sorted, from);
            if (to - from > 1) return true;
            from = to;
        }
        return false;
    }

    /// <summary>The claims of <paramref name="sorted"/> that no later figure supersedes, in the same order; the array itself when there are none to drop.</summary>
    public static ImmutableArray<ObservationEntry> Current(ClaimIndex index, ImmutableArray<ObservationEntry> sorted, bool cumulative)
    {
        HashSet<int>? superseded = null;
        if (!cumulative)
        {
            foreach (var (earlier, _, _) in Remembered(index, sorted)) (superseded ??= []).Add(earlier.Order);
        }
        if (index.HasExplicitRevisions)
        {
            foreach (var entry in sorted)
            {
                if (index.IsExplicitlyRevised(entry.Claim.Id)) (superseded ??= []).Add(entry.Order);
            }
        }
        if (superseded is null) return sorted;
        var kept = ImmutableArray.CreateBuilder<ObservationEntry>(sorted.Length - superseded.Count);
        foreach (var entry in sorted)
        {
            if (!superseded.Contains(entry.Order)) kept.Add(entry);
        }
        return kept.DrainToImmutable();
    }
}
