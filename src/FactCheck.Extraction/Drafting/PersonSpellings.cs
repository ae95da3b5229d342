namespace FactCheck.Extraction.Drafting;

/// <summary>
/// The spelling of a person's name that keys use (an event "mckenzie-briefing"), when articles spell it two ways: the
/// most used one, as the name-variant rule suggests. Names are variants when their first names agree and their surnames
/// differ by at most two letters.
/// </summary>
internal static class PersonSpellings
{
    internal static Dictionary<string, string> Choose(Dictionary<string, int> counts)
    {
        var names = counts.Keys.Where(n => n.Contains(' ', StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var best = name;
            foreach (var other in names)
            {
                if (other == name || !Variants(name, other)) continue;
                if (counts[other] > counts[best] || (counts[other] == counts[best] && string.CompareOrdinal(other, best) < 0)) best = other;
            }
            chosen[name] = best;
        }
        return chosen;
    }

    /// <summary>Whether two full names may be one person spelled two ways: same first name, surnames one or two letters apart.</summary>
    internal static bool Variants(string a, string b)
    {
        if (!a.Contains(' ', StringComparison.Ordinal) || !b.Contains(' ', StringComparison.Ordinal)) return false;
        var (firstA, lastA) = Split(a);
        var (firstB, lastB) = Split(b);
        return string.Equals(firstA, firstB, StringComparison.OrdinalIgnoreCase) && lastA.Length >= 4 && Distance(lastA.ToUpperInvariant(), lastB.ToUpperInvariant()) is > 0 and <= 2;
    }

    private static (string First, string Last) Split(string name) => (name[..name.IndexOf(' ', StringComparison.Ordinal)], name[(name.LastIndexOf(' ') + 1)..]);

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2) return 3;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
