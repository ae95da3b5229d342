using NodaTime;

namespace FactCheck.Extraction.Drafting;

/// <summary>A claim as read from an article, before duplicates are merged and ids given.</summary>
internal sealed class Draft
{
    public required ClaimKind Kind { get; init; }

    public required string Subject { get; set; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public Quantity Value { get; init; }

    public string? Unit { get; init; }

    public FuzzyTime Time { get; init; }

    public FuzzyTime? Deadline { get; init; }

    public ChangeDirection Direction { get; init; }

    public ChangeMagnitude? Magnitude { get; init; }

    /// <summary>Future for a plan ("will reduce … during September"), which FC004 does not hold against the figures.</summary>
    public ClaimTense Tense { get; init; }

    public IsoDayOfWeek? Weekday { get; init; }

    public string? Attribution { get; set; }

    public string? Name { get; init; }

    public string? Role { get; set; }

    public string? Entity { get; set; }

    public string? Whole { get; init; }

    /// <summary>
    /// The subject of the country a figure in one of its cities or regions is a part of ("300 troops in Kandahar" of the
    /// Afghanistan figure), drafted as a relation beside it; null for any other figure.
    /// </summary>
    public string? PartOf { get; set; }

    /// <summary>
    /// Whether the figure is one of the parts its sentence lists of the whole it is <see cref="PartOf"/> ("including 800,000 in
    /// Nairobi and 600,000 in Mombasa"), which together cannot exceed it.
    /// </summary>
    public bool Listed { get; init; }

    /// <summary>The person whose name a subject was built from, so that the key can follow the spelling kept across articles.</summary>
    public string? PersonInSubject { get; init; }
}
