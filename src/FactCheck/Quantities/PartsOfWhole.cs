namespace FactCheck;

/// <summary>
/// Shares stated as a part of a whole number: <c>one in seven</c> (1/7), <c>three in ten</c> (30 %), <c>1 in 4</c>.
/// They are written back in the words they were stated in, and with implied precision stand for k out of any whole
/// that rounds to M (see <see cref="Quantity.ToInterval(QuantityOptions, bool)"/>).
/// </summary>
internal static class PartsOfWhole
{
    /// <summary>The largest whole: "one in a trillion". It keeps the share's arithmetic well inside decimal's range.</summary>
    private const decimal MaxWhole = 1_000_000_000_000m;

    /// <summary>
    /// Reads "k in M" from normalised text. False with no problem when the text is not of that shape; false with
    /// <paramref name="problem"/> set when it is, but cannot be a share ("one in 0", "eight in five", "1.5 in 10").
    /// </summary>
    internal static bool TryRead(string s, ref string? problem, out Quantity result)
    {
        result = default;
        var at = s.IndexOf(" in ", StringComparison.Ordinal);
        if (at <= 0) return false;
        var (partText, wholeText) = (s[..at], s[(at + 4)..]);
        // "one in every seven" says the same.
        if (wholeText.StartsWith("every ", StringComparison.Ordinal)) wholeText = wholeText[6..];
        if (!NumberReader.TryRead(partText, out var part, out var partPercent) || !NumberReader.TryRead(wholeText, out var whole, out var wholePercent) || partPercent || wholePercent)
        {
            return false;
        }
        if (part != decimal.Truncate(part) || whole != decimal.Truncate(whole))
        {
            problem = $"a part of a whole counts whole things ('one in seven', 'three in ten'); got {NumberText.Format(part)} in {NumberText.Format(whole)}";
            return false;
        }
        if (whole < 1m)
        {
            problem = $"the whole of '{s}' must be at least one";
            return false;
        }
        if (whole > MaxWhole)
        {
            problem = $"the whole of '{s}' is more than a trillion, beyond what a share is stated in";
            return false;
        }
        if (part < 0m || part > whole)
        {
            problem = $"the part of '{s}' must be from none to all of the whole ({NumberText.Format(whole)})";
            return false;
        }
        result = Quantity.PartOfWhole(part, whole, s);
        return true;
    }
}
