using FactCheck.Utility;

namespace FactCheck;

/// <summary>
/// A structural fact: every unit counted in a part is also counted in <see cref="Whole"/> (for the same metric), so
/// no part's figure can exceed the whole's at the same time. A relation may list several parts
/// (<c>{ "whole": …, "parts": […] }</c>): then their figures together cannot exceed the whole's, and when
/// <see cref="Complete"/> they are all of it, so they add up to it.
/// </summary>
public sealed record Relation
{
    /// <summary>Creates a part/whole relation.</summary>
    /// <param name="part">The subject that is counted within the whole.</param>
    /// <param name="whole">The subject that includes the part.</param>
    /// <exception cref="ArgumentException">A subject is blank, or both are the same.</exception>
    public Relation(string part, string whole)
    {
        Part = Preconditions.CheckIdentifier(part);
        Whole = Preconditions.CheckIdentifier(whole);
        Preconditions.Check(ClaimChecks.RelationSubjects(part, whole), nameof(whole));
        Parts = new ValueArray<string>([part]);
    }

    /// <summary>Creates a relation that lists the parts of a whole.</summary>
    /// <param name="whole">The subject that includes the parts.</param>
    /// <param name="parts">The subjects counted within it, none counted twice: at least one, each once, none the whole.</param>
    /// <param name="complete">Whether the parts are all of the whole, so that their figures add up to its figure.</param>
    /// <exception cref="ArgumentException">A subject is blank, the list is empty, a part is listed twice, or a part is the whole.</exception>
    public Relation(string whole, IEnumerable<string> parts, bool complete = false)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Whole = Preconditions.CheckIdentifier(whole);
        var list = parts.ToList();
        foreach (var part in list) Preconditions.CheckIdentifier(part, nameof(parts));
        if (PartsProblem(whole, list, out _) is { } problem) throw new ArgumentException(problem + ".", nameof(parts));
        Parts = new ValueArray<string>(list);
        Part = list[0];
        Complete = complete;
        ListsParts = true;
    }

    /// <summary>The subject counted within the whole; for a relation that lists several parts, the first of them.</summary>
    public string Part { get; }

    /// <summary>The subject that includes the parts.</summary>
    public string Whole { get; }

    /// <summary>The parts: the one <see cref="Part"/>, or every part listed.</summary>
    public ValueArray<string> Parts { get; }

    /// <summary>Whether the listed parts are all of the whole: their figures add up to its figure.</summary>
    public bool Complete { get; }

    /// <summary>Whether the relation lists its parts (<c>"parts"</c>), so that their figures are also added up against the whole's.</summary>
    public bool ListsParts { get; }

    /// <summary>
    /// What is wrong with <paramref name="parts"/> as the parts of <paramref name="whole"/>, or null; <paramref name="at"/>
    /// is the position of the offending part (−1 for an empty list). The one check, for the constructor and the reader.
    /// </summary>
    internal static string? PartsProblem(string whole, IReadOnlyList<string> parts, out int at)
    {
        at = -1;
        if (parts.Count == 0) return "A relation's 'parts' lists at least one part";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (at = 0; at < parts.Count; at++)
        {
            if (string.Equals(parts[at], whole, StringComparison.Ordinal)) return $"A subject cannot be part of itself; '{whole}' is both the whole and one of its parts";
            if (!seen.Add(parts[at])) return $"The part '{parts[at]}' is listed twice; each part is counted once";
        }
        at = -1;
        return null;
    }

    /// <summary><c>us-troops/iraq ⊂ coalition-troops/iraq</c>; <c>a + b ⊂ w</c>, or <c>a + b = w</c> when complete.</summary>
    public override string ToString() => ListsParts ? $"{string.Join(" + ", Parts)} {(Complete ? "=" : "⊂")} {Whole}" : $"{Part} ⊂ {Whole}";
}
