namespace FactCheck.Serialization;

/// <summary>
/// Quantities in the words of the format's grammar. <see cref="Quantity.ToString"/> writes symbols for editors
/// (<c>≥3</c>); files carry the grammar's words (<c>at least 3</c>) so that every reader of version 1 reads them.
/// </summary>
internal static class SpecText
{
    /// <summary>The grammar's string for <paramref name="value"/>, or null when only the object form can say it (a range with an excluded end).</summary>
    internal static string? Of(Quantity value)
    {
        var percent = value.IsPercent ? "%" : string.Empty;
        var figure = Figure(value, value.Value) + percent;
        return value.Form switch
        {
            QuantityForm.Vague => value.Word,
            QuantityForm.Exact => value.Word ?? figure,
            QuantityForm.Approximate => "about " + figure,
            QuantityForm.Nearly => "nearly " + figure,
            QuantityForm.AtLeast => "at least " + figure,
            QuantityForm.MoreThan => "more than " + figure,
            QuantityForm.AtMost => "at most " + figure,
            QuantityForm.LessThan => "less than " + figure,
            _ => value.ToInterval(default) is { MinInclusive: true, MaxInclusive: true }
                ? $"between {Figure(value, value.Value)}{percent} and {Figure(value, value.UpperValue)}{percent}"
                : null,
        };
    }

    /// <summary>
    /// A figure as an editor writes it, but every decimal place kept: a file must read back to the same value, and an
    /// editor's ten places would write 0.000000000001 as 0.
    /// </summary>
    private static string Figure(Quantity value, decimal figure) =>
        figure == Math.Round(figure, 10) ? value.FigureText(figure) : figure.ToString("#,##0.############################", System.Globalization.CultureInfo.InvariantCulture);
}
