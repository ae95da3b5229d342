using System.Collections.Immutable;
using System.Text;
using FactCheck.Checking;

namespace FactCheck.Rules.Authoring;

/// <summary>
/// What figures count (<c>including the Speaker</c>, <c>gross</c>), compared folded: case and spacing do not
/// matter. A figure with no basis is taken to count what the others count.
/// </summary>
public static class Bases
{
    /// <summary>The basis folded for comparison, or null for none.</summary>
    public static string? Fold(string? basis)
    {
        if (basis is null) return null;
        var folded = new StringBuilder(basis.Length);
        foreach (var word in basis.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (folded.Length > 0) folded.Append(' ');
            folded.Append(word.ToLowerInvariant());
        }
        return folded.Length == 0 ? null : folded.ToString();
    }

    /// <summary>Whether both figures state a basis and the two differ: then they count different things and do not conflict.</summary>
    public static bool Differ(string? a, string? b) => a is not null && b is not null && !string.Equals(Fold(a), Fold(b), StringComparison.Ordinal);

    /// <summary>The basis of a claim that has one, or null.</summary>
    public static string? Of(Claim claim) => claim switch
    {
        Observation o => o.Basis,
        Target t => t.Basis,
        Share s => s.Basis,
        _ => null,
    };

    /// <summary>
    /// The figures of a series split by what they count, each part still sorted in time. With one basis stated or
    /// none, the series is one part (a figure without a basis counts what the others count); with several, each basis
    /// is a part, and the figures that state none are one more part, since they cannot be told to count either.
    /// </summary>
    public static List<ImmutableArray<ObservationEntry>> Partition(ImmutableArray<ObservationEntry> sorted) => PartsOf(sorted, static e => e.Claim.Basis);

    /// <summary>Likewise for targets.</summary>
    public static List<ImmutableArray<TargetEntry>> Partition(ImmutableArray<TargetEntry> sorted) => PartsOf(sorted, static e => e.Claim.Basis);

    /// <summary>Likewise, without reading a claim when no figure of <paramref name="index"/> states a basis (the usual case).</summary>
    /// <param name="index">The index the series comes from.</param>
    /// <param name="sorted">The series, or part of it, sorted in time.</param>
    public static List<ImmutableArray<ObservationEntry>> Partition(ClaimIndex index, ImmutableArray<ObservationEntry> sorted)
    {
        var parts = new List<ImmutableArray<ObservationEntry>>(1);
        Partition(index, sorted, parts);
        return parts;
    }

    /// <summary>Likewise for targets.</summary>
    /// <param name="index">The index the series comes from.</param>
    /// <param name="sorted">The series, or part of it, sorted in time.</param>
    public static List<ImmutableArray<TargetEntry>> Partition(ClaimIndex index, ImmutableArray<TargetEntry> sorted)
    {
        var parts = new List<ImmutableArray<TargetEntry>>(1);
        Partition(index, sorted, parts);
        return parts;
    }

    /// <summary>
    /// Likewise, into <paramref name="parts"/>, which is emptied first: a rule that runs series after series can give
    /// the same list each time and make none for each series, which for a million figures in 40,000 series was a tenth
    /// of what FC001 allocated beyond the index (the repository's benchmarks/README.md, thirtieth pass).
    /// </summary>
    /// <param name="index">The index the series comes from.</param>
    /// <param name="sorted">The series, or part of it, sorted in time.</param>
    /// <param name="parts">Where the parts go.</param>
    public static void Partition(ClaimIndex index, ImmutableArray<ObservationEntry> sorted, List<ImmutableArray<ObservationEntry>> parts) =>
        Partition(index, sorted, static e => e.Claim.Basis, parts);

    /// <summary>Likewise for targets.</summary>
    /// <param name="index">The index the series comes from.</param>
    /// <param name="sorted">The series, or part of it, sorted in time.</param>
    /// <param name="parts">Where the parts go.</param>
    public static void Partition(ClaimIndex index, ImmutableArray<TargetEntry> sorted, List<ImmutableArray<TargetEntry>> parts) =>
        Partition(index, sorted, static e => e.Claim.Basis, parts);

    private static void Partition<T>(ClaimIndex index, ImmutableArray<T> sorted, Func<T, string?> basisOf, List<ImmutableArray<T>> parts)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(parts);
        parts.Clear();
        if (index.StatesBases) Partition(sorted, basisOf, parts);
        else parts.Add(sorted);
    }

    private static List<ImmutableArray<T>> PartsOf<T>(ImmutableArray<T> sorted, Func<T, string?> basisOf)
    {
        var parts = new List<ImmutableArray<T>>(1);
        Partition(sorted, basisOf, parts);
        return parts;
    }

    /// <summary>Adds the parts of <paramref name="sorted"/> by basis to <paramref name="parts"/>: the series itself when it states at most one.</summary>
    private static void Partition<T>(ImmutableArray<T> sorted, Func<T, string?> basisOf, List<ImmutableArray<T>> parts)
    {
        string? only = null;
        var several = false;
        foreach (var entry in sorted)
        {
            if (basisOf(entry) is not { } basis) continue;
            var folded = Fold(basis);
            if (only is null) only = folded;
            else if (!string.Equals(only, folded, StringComparison.Ordinal))
            {
                several = true;
                break;
            }
        }
        if (!several)
        {
            parts.Add(sorted);
            return;
        }
        var byBasis = new Dictionary<string, ImmutableArray<T>.Builder>(StringComparer.Ordinal);
        var order = new List<ImmutableArray<T>.Builder>();
        foreach (var entry in sorted)
        {
            // The empty string stands for "no basis": a folded basis is never empty.
            var key = Fold(basisOf(entry)) ?? string.Empty;
            if (!byBasis.TryGetValue(key, out var part))
            {
                byBasis.Add(key, part = ImmutableArray.CreateBuilder<T>());
                order.Add(part);
            }
            part.Add(entry);
        }
        foreach (var part in order) parts.Add(part.ToImmutable());
    }
}
