namespace FactCheck.Extraction.Reading;

/// <summary>How a figure stands in a "from X to Y" movement.</summary>
internal enum FigureRole
{
    /// <summary>A figure on its own.</summary>
    Plain,

    /// <summary>The X of "from X to Y": where things stand.</summary>
    From,

    /// <summary>The Y of "from X to Y": where they go.</summary>
    To,
}

/// <summary>A quantity found in a sentence: the value as stated, and the tokens it covers.</summary>
/// <param name="First">The index of its first token (a hedge word, if any).</param>
/// <param name="Last">The index of its last token.</param>
/// <param name="Value">The quantity as the value grammar reads it.</param>
/// <param name="Role">Its place in a "from X to Y" movement.</param>
/// <param name="Currency">The currency sign before it (<c>$</c>, <c>€</c>), or null.</param>
internal sealed record Figure(int First, int Last, Quantity Value, FigureRole Role, string? Currency);
