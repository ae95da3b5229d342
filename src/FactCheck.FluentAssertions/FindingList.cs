namespace FactCheck.FluentAssertions;

/// <summary>Findings as a failure message shows them: one per line, as an editor reads them.</summary>
internal sealed class FindingList(IEnumerable<Finding> findings)
{
    internal IReadOnlyList<Finding> Items { get; } = findings.ToList();

    public override string ToString() => Items.Count == 0 ? "no findings" : string.Join(Environment.NewLine, Items.Select(FindingText.Of));
}

/// <summary>One finding on one line: <c>FC002 warning [afg-now, afg-trump]: US troops in Afghanistan: 8,600 …</c>.</summary>
internal static class FindingText
{
    internal static string Of(Finding finding) =>
        $"{finding.RuleId} {SeverityText.Of(finding.Severity)} [{string.Join(", ", finding.Claims)}]: {finding.Message}";
}
