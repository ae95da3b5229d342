using NodaTime;

namespace FactCheck;

/// <summary>What a claim draft needs at build time: the sources, the as-of date, and where to report problems.</summary>
internal sealed class ClaimBuildContext(IReadOnlyDictionary<string, Source> sources, LocalDate? asOf, List<IndexedProblem> problems)
{
    /// <summary>The position of the claim being built among the set's claims; problems name it.</summary>
    internal int ClaimIndex { get; set; }

    /// <summary>The as-of date of the claim being built, when it differs from the set's (claims from several files).</summary>
    internal LocalDate? ClaimAsOf { get; set; }

    /// <summary>The problems reported so far.</summary>
    internal List<IndexedProblem> Problems => problems;

    /// <summary>The date relative times of a claim from <paramref name="sourceId"/> resolve against: its source's publication date, else the as-of date.</summary>
    internal LocalDate? AnchorFor(string? sourceId) =>
        (sourceId is not null && sources.TryGetValue(sourceId, out var source) ? source.Published : null) ?? ClaimAsOf ?? asOf;

    /// <summary>
    /// Whether every time of <paramref name="draft"/> can be placed now, for good: given outright, or resolved against
    /// a date no later source or file can change (its listed source's publication date, or its own as-of date).
    /// </summary>
    internal bool CanPlace(in ClaimDraft draft)
    {
        if (draft.IsSettled) return true;
        if (draft.SourceId is not { } sourceId) return draft.AsOf is not null;
        return sources.TryGetValue(sourceId, out var source) && (source.Published is not null || draft.AsOf is not null);
    }

    /// <summary>The time of the claim being built, or null with a problem at <paramref name="field"/> when it cannot be placed.</summary>
    /// <remarks>A relative time is read backward or forward from its anchor as <paramref name="tense"/> says.</remarks>
    internal FuzzyTime? Place(TimeInput time, string? sourceId, string field, bool required, ClaimTense tense = ClaimTense.Past)
    {
        if (time.Fixed is { } given) return given;
        var placed = time.Resolve(AnchorFor(sourceId), required, tense, out var error);
        if (placed is null && error is not null) Report(field, ClaimChecks.TimeNotPlaced(error));
        return placed;
    }

    /// <summary>Whether a model check found <paramref name="problem"/>; if so it is reported at <paramref name="field"/>.</summary>
    internal bool Found(ClaimProblem? problem, string field)
    {
        if (problem is not { } found) return false;
        Report(field, found);
        return true;
    }

    internal void Report(string field, ClaimProblem problem) => problems.Add(new IndexedProblem(IndexedProblem.Claims, ClaimIndex, field, problem));
}
