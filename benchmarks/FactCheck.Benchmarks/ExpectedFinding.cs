namespace FactCheck.Benchmarks;

/// <summary>A finding the generator injected and the check must report: rule, severity, claims in report order.</summary>
public readonly record struct ExpectedFinding(string RuleId, Severity Severity, string Claims)
{
    public static ExpectedFinding Of(Finding finding) => new(finding.RuleId, finding.Severity, string.Join(",", finding.Claims));

    public override string ToString() => $"{RuleId} {SeverityText.Of(Severity)} [{Claims}]";
}
