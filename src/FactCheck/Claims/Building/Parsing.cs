namespace FactCheck;

/// <summary>Parsing for builder arguments: a bad value is an <see cref="ArgumentException"/> naming the parameter.</summary>
internal static class Parsing
{
    internal static Quantity Quantity(string text, string paramName)
    {
        ArgumentNullException.ThrowIfNull(text, paramName);
        return QuantityParser.TryParse(text, allowTrailingUnit: true, out var value, out var error) ? value : throw new ArgumentException(error, paramName);
    }
}
