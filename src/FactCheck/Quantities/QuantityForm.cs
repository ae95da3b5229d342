namespace FactCheck;

/// <summary>How a statement gives a number: exactly, roughly, as a bound, as a range or as a vague amount.</summary>
public enum QuantityForm
{
    /// <summary>
    /// A figure as stated (<c>8,600</c>, <c>34%</c>); with implied precision on, a round figure stands for what rounds
    /// to it (<c>3,000</c> → [2,500, 3,500]) and a percentage for what rounds to its last digit (<c>59.9%</c> → [59.85, 59.95]).
    /// </summary>
    Exact = 0,

    /// <summary>A figure hedged with <c>approximately</c>, <c>about</c>, <c>~</c>…: the figure ± the approximate tolerance.</summary>
    Approximate,

    /// <summary><c>nearly N</c>, <c>almost N</c>: just under N, [N − tolerance, N).</summary>
    Nearly,

    /// <summary><c>at least N</c>, <c>N or more</c>: [N, ∞); with implied precision, [N − its rounding room, ∞).</summary>
    AtLeast,

    /// <summary><c>more than N</c>, <c>over N</c>: (N, ∞); with implied precision, (N − its rounding room, ∞): <c>more than 3,000</c> is (2,500, ∞).</summary>
    MoreThan,

    /// <summary>
    /// <c>at most N</c>, <c>up to N</c>, <c>as many as N</c>: [0, N] for counts, (−∞, N] otherwise; with implied
    /// precision up to N + its rounding room: <c>as many as one million</c> is [0, 1,500,000].
    /// </summary>
    AtMost,

    /// <summary>
    /// <c>less than N</c>, <c>under N</c>: [0, N) for counts, (−∞, N) otherwise, with or without implied precision: it says
    /// the figure has not reached N, so <c>less than 4,000</c> and <c>between 4,000 and 5,000</c> are disjoint.
    /// </summary>
    LessThan,

    /// <summary><c>between N and M</c>, <c>N–M</c>: [N, M], or with open ends when given as an object; never widened by implied precision.</summary>
    Between,

    /// <summary>A vague amount or share: <c>dozens</c>, <c>thousands</c>, <c>a few</c>, <c>majority</c>.</summary>
    Vague,
}
