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
        var figure = value.FigureText(value.Value) + percent;
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
                ? $"between {value.FigureText(value.Value)}{percent} and {value.FigureText(value.UpperValue)}{percent}"
                : null,
        };
    }
}
