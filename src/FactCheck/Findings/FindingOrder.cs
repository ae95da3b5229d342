namespace FactCheck;

/// <summary>The stable order of a report: severity (errors first), rule id, claim ids, then message.</summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    // A sort key holds the severity (2 bits), the rule's rank among the report's rule ids (14 bits) and the first
    // six characters of the first claim id (8 bits each), so that it orders as the comparer does wherever it differs.
    private const int RuleBits = 14;
    private const int PrefixChars = 6;

    internal static FindingOrder Instance { get; } = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        // As numbers: an enum's own CompareTo takes an object, and boxes both.
        var c = ((int)y.Severity).CompareTo((int)x.Severity);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.RuleId, y.RuleId);
        if (c != 0) return c;
        for (var i = 0; i < Math.Min(x.Claims.Count, y.Claims.Count); i++)
        {
            c = string.CompareOrdinal(x.Claims[i], y.Claims[i]);
            if (c != 0) return c;
        }
        c = x.Claims.Count.CompareTo(y.Claims.Count);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }

    /// <summary>
    /// Sorts <paramref name="findings"/> in report order. A large report is sorted on 64-bit keys first, which settle
    /// most comparisons without reading a string; only findings whose keys tie are then compared in full.
    /// </summary>
    internal static void Sort(Finding[] findings)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        string? lastRule = null;
        foreach (var finding in findings)
        {
            // A rule's findings arrive together, so most are passed over by a reference comparison.
            if (!ReferenceEquals(finding.RuleId, lastRule)) rank.TryAdd(lastRule = finding.RuleId, 0);
        }
        if (findings.Length < 64 || rank.Count >= 1 << RuleBits)
        {
            Array.Sort(findings, Instance);
            return;
        }
        var ruleIds = rank.Keys.Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < ruleIds.Length; i++) rank[ruleIds[i]] = i;
        var keys = new ulong[findings.Length];
        lastRule = null;
        var lastRank = 0;
        for (var i = 0; i < findings.Length; i++)
        {
            var finding = findings[i];
            if (!ReferenceEquals(finding.RuleId, lastRule)) (lastRule, lastRank) = (finding.RuleId, rank[finding.RuleId]);
            keys[i] = Key(finding, lastRank);
        }
        Array.Sort(keys, findings);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (end - start > 1) Array.Sort(findings, start, end - start, Instance);
            start = end;
        }
    }

    /// <summary>
    /// A key that never orders two findings against the comparer: equal keys only say "compare in full". A claim
    /// id's characters from U+00FF up all map to 0xFF and end the prefix there, since a byte cannot tell them apart.
    /// </summary>
    private static ulong Key(Finding finding, int ruleRank)
    {
        var key = ((ulong)(2 - (int)finding.Severity) << RuleBits) | (uint)ruleRank;
        var id = finding.Claims.Count > 0 ? finding.Claims[0] : string.Empty;
        var ended = false;
        for (var i = 0; i < PrefixChars; i++)
        {
            ulong b = 0;
            if (!ended && i < id.Length)
            {
                b = Math.Min(id[i], (char)0xFF);
                ended = b == 0xFF;
            }
            key = (key << 8) | b;
        }
        return key;
    }
}
