namespace FactCheck;

/// <summary>The stable order of a report: severity (errors first), rule id, claim ids, then message.</summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    internal static FindingOrder Instance { get; } = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = y.Severity.CompareTo(x.Severity);
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
}
