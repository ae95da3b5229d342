namespace FactCheck.Rules.Authoring;

/// <summary>
/// Jaro–Winkler similarity, 0 (nothing alike) to 1 (equal): the standard measure for short personal names,
/// where a shared beginning counts for more. Written here because no package on our feed offers it in an
/// AOT-safe form, and it is thirty lines.
/// </summary>
public static class JaroWinkler
{
    /// <summary>
    /// The highest similarity two strings of these lengths can have, whatever their letters: every letter of the
    /// shorter matched, no transposition, the longest shared beginning. Lets callers skip pairs cheaply.
    /// </summary>
    public static double UpperBound(int leftLength, int rightLength)
    {
        var (shorter, longer) = leftLength <= rightLength ? (leftLength, rightLength) : (rightLength, leftLength);
        if (shorter == 0) return longer == 0 ? 1 : 0;
        var jaro = (1 + ((double)shorter / longer) + 1) / 3.0;
        return jaro + (Math.Min(4, shorter) * 0.1 * (1 - jaro));
    }

    /// <summary>The similarity of two strings, 0 to 1.</summary>
    public static double Similarity(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0) return left.Length == right.Length ? 1 : 0;
        if (string.Equals(left, right, StringComparison.Ordinal)) return 1;
        var window = Math.Max(0, (Math.Max(left.Length, right.Length) / 2) - 1);
        Span<bool> leftMatched = left.Length <= 256 ? stackalloc bool[left.Length] : new bool[left.Length];
        Span<bool> rightMatched = right.Length <= 256 ? stackalloc bool[right.Length] : new bool[right.Length];
        var matches = 0;
        for (var i = 0; i < left.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(right.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (rightMatched[j] || left[i] != right[j]) continue;
                leftMatched[i] = rightMatched[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0;
        var transpositions = 0;
        for (int i = 0, j = 0; i < left.Length; i++)
        {
            if (!leftMatched[i]) continue;
            while (!rightMatched[j]) j++;
            if (left[i] != right[j]) transpositions++;
            j++;
        }
        double m = matches;
        var jaro = ((m / left.Length) + (m / right.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(left.Length, right.Length)) && left[prefix] == right[prefix]) prefix++;
        return jaro + (prefix * 0.1 * (1 - jaro));
    }
}
