using NodaTime;

namespace FactCheck;

/// <summary>What a claim builder needs at build time: the sources, the as-of date, and where to report problems.</summary>
internal sealed class ClaimBuildContext(IReadOnlyDictionary<string, Source> sources, LocalDate? asOf, List<ClaimSetProblem> problems)
{
    /// <summary>The position of the claim being built among the builder's claims; problems name it.</summary>
    internal int ClaimIndex { get; set; }

    /// <summary>The as-of date of the claim being built, when it differs from the set's (claims from several files).</summary>
    internal LocalDate? ClaimAsOf { get; set; }

    /// <summary>The date relative times of a claim from <paramref name="sourceId"/> resolve against: its source's publication date, else the as-of date.</summary>
    internal LocalDate? AnchorFor(string? sourceId) =>
        (sourceId is not null && sources.TryGetValue(sourceId, out var source) ? source.Published : null) ?? ClaimAsOf ?? asOf;

    internal FuzzyTime? Resolve(TimeInput time, string? sourceId, string field, bool required, ClaimTense tense = ClaimTense.Past)
    {
        var resolved = time.Resolve(AnchorFor(sourceId), required, tense, out var error);
        if (resolved is null && error is not null) Report(field, error);
        return resolved;
    }

    internal void Report(string field, string message) =>
        problems.Add(new ClaimSetProblem(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.claims[{ClaimIndex}].{field}"), message));
}
