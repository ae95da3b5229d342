namespace FactCheck;

/// <summary>
/// How large a change claim says the change was: an amount (<c>2,200</c>, <c>at least 1,000</c>), a percentage of
/// the starting value (<c>10%</c>), or <see cref="Significant"/> (at least the configured share of the starting value, 10 % by default).
/// </summary>
public sealed record ChangeMagnitude
{
    private ChangeMagnitude(Quantity? amount) => Amount = amount;

    /// <summary>"Significant": at least the configured threshold of the starting value.</summary>
    public static ChangeMagnitude Significant { get; } = new((Quantity?)null);

    /// <summary>The amount (or percentage, when <see cref="Quantity.IsPercent"/>) of the change, or null for <see cref="Significant"/>.</summary>
    public Quantity? Amount { get; }

    /// <summary>Whether this is the vague "significant".</summary>
    public bool IsSignificant => Amount is null;

    /// <summary>A change of <paramref name="amount"/>; a percentage quantity is relative to the starting value.</summary>
    public static ChangeMagnitude Of(Quantity amount) => new(amount);

    /// <summary>Reads <c>significant</c>, an amount or a percentage.</summary>
    /// <exception cref="FormatException">The text is none of these.</exception>
    public static ChangeMagnitude Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Equals(text.Trim(), "significant", StringComparison.OrdinalIgnoreCase) ? Significant : Of(Quantity.Parse(text, allowTrailingUnit: true));
    }

    /// <summary><c>significant</c>, <c>2,200</c> or <c>10%</c>.</summary>
    public override string ToString() => Amount?.ToString() ?? "significant";
}
