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
        // A fraction in words keeps them under any hedge: "nearly two thirds", "more than one in five".
        var figure = value.Word ?? Figure(value, value.Value) + percent;
        return value.Form switch
        {
            QuantityForm.Vague => value.Word,
            QuantityForm.Exact => figure,
            QuantityForm.Approximate or QuantityForm.Nearly or QuantityForm.AtLeast or QuantityForm.MoreThan or QuantityForm.AtMost or QuantityForm.LessThan =>
                Quantity.HedgeWords(value.Form) + " " + figure,
            _ => value.ToInterval(default) is { MinInclusive: true, MaxInclusive: true } ? Range(value, percent) : null,
        };
    }

    /// <summary>
    /// The grammar's string for <paramref name="value"/> in every case: a range with an excluded end as two bounds
    /// (<c>more than 4 and at most 5</c>), for fields such as a change's percentage points that have no object form.
    /// </summary>
    internal static string Words(Quantity value)
    {
        if (Of(value) is { } text) return text;
        var interval = value.ToInterval(default);
        var percent = value.IsPercent ? "%" : string.Empty;
        return $"{(interval.MinInclusive ? "at least" : "more than")} {Figure(value, value.Value)}{percent} and {(interval.MaxInclusive ? "at most" : "less than")} {Figure(value, value.UpperValue)}{percent}";
    }

    /// <summary>
    /// <c>between 4 million and 5 million</c>, or both ends in digits when they would take different scale words:
    /// the grammar carries a scale word across a range, so "between 1,195,644 and 1.245 million" would read back as
    /// millions at both ends and write differently the second time.
    /// </summary>
    private static string Range(Quantity value, string percent)
    {
        var (lower, upper) = (Figure(value, value.Value), Figure(value, value.UpperValue));
        if (!string.Equals(ScaleWordOf(lower), ScaleWordOf(upper), StringComparison.Ordinal))
        {
            (lower, upper) = (Digits(value.Value), Digits(value.UpperValue));
        }
        return $"between {lower}{percent} and {upper}{percent}";
    }

    /// <summary>The word a figure ends with ("million" in "1.245 million"), or null for digits alone.</summary>
    private static string? ScaleWordOf(string figure)
    {
        var space = figure.LastIndexOf(' ');
        return space >= 0 && figure.AsSpan(space + 1).ContainsAnyExcept(Letters) is false ? figure[(space + 1)..] : null;
    }

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    private static string Digits(decimal figure) => figure.ToString("#,##0.############################", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A figure as an editor writes it, but every decimal place kept: a file must read back to the same value, and an
    /// editor's ten places would write 0.000000000001 as 0.
    /// </summary>
    private static string Figure(Quantity value, decimal figure) =>
        figure == Math.Round(figure, 10) ? value.FigureText(figure) : Digits(figure);
}
