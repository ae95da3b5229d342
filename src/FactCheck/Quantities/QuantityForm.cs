namespace FactCheck;

/// <summary>How a statement gives a number: exactly, roughly, as a bound, as a range or as a vague amount.</summary>
public enum QuantityForm
{
    /// <summary>A figure as stated (<c>8,600</c>); round figures stand for what rounds to them when implied precision is on.</summary>
    Exact = 0,

    /// <summary>A figure hedged with <c>approximately</c>, <c>about</c>, <c>~</c>…: the figure ± the approximate tolerance.</summary>
    Approximate,

    /// <summary><c>nearly N</c>, <c>almost N</c>: just under N, [N − tolerance, N).</summary>
    Nearly,

    /// <summary><c>at least N</c>, <c>N or more</c>: [N, ∞).</summary>
    AtLeast,

    /// <summary><c>more than N</c>, <c>over N</c>: (N, ∞).</summary>
    MoreThan,

    /// <summary><c>at most N</c>, <c>up to N</c>: [0, N] for counts, (−∞, N] otherwise.</summary>
    AtMost,

    /// <summary><c>less than N</c>, <c>under N</c>: [0, N) for counts, (−∞, N) otherwise.</summary>
    LessThan,

    /// <summary><c>between N and M</c>, <c>N–M</c>: [N, M], or with open ends when given as an object.</summary>
    Between,

    /// <summary>A vague amount or share: <c>dozens</c>, <c>thousands</c>, <c>a few</c>, <c>majority</c>.</summary>
    Vague,
}
