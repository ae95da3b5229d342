namespace FactCheck.Tests.Rules;

/// <summary>Small claim sets for rule tests: one source published on 2020-09-09, FC009 off unless asked for.</summary>
internal static class RuleTestKit
{
    internal static readonly LocalDate Published = new(2020, 9, 9);

    internal static CheckReport Check(Action<ClaimSetBuilder> write, Action<FactCheckOptions>? configure = null)
    {
        var builder = ClaimSet.CreateBuilder("test").AsOf(Published);
        builder.Source("s1", "Source one", published: Published);
        builder.Source("s2", "Source two", published: Published);
        write(builder);
        var options = new FactCheckOptions { MaxDegreeOfParallelism = 1 };
        options.Disable("FC009");
        configure?.Invoke(options);
        return new FactChecker(options).Check(builder.Build());
    }

    internal static IReadOnlyList<Finding> Findings(this CheckReport report, string ruleId) =>
        report.Findings.Where(f => f.RuleId == ruleId).ToList();
}
