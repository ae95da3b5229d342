using FactCheck.DependencyInjection;
using FactCheck.Rules;
using FactCheck.Tests.Seed;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Tests.DependencyInjection;

public class ServiceCollectionTests
{
    /// <summary>A reference dataset a rule takes from the container.</summary>
    public sealed class OfficialFigures
    {
        public IReadOnlyDictionary<string, decimal> BySubject { get; } = new Dictionary<string, decimal> { ["us-troops/afghanistan"] = 8600 };
    }

    /// <summary>A custom rule with a dependency: flags observations that differ from the official figure.</summary>
    public sealed class OfficialFigureRule(OfficialFigures official) : IClaimRule
    {
        public RuleDescriptor Descriptor { get; } = new("NEWS101", "OfficialFigure", Severity.Info, "A figure matches the official one.", "For tests. Example: none.");

        public void Analyze(RuleContext context)
        {
            foreach (var series in context.Index.ObservationSeries)
            {
                if (!official.BySubject.TryGetValue(series.Key.Subject, out var figure)) continue;
                foreach (var entry in series.Items)
                {
                    if (entry.Claim.Value.Value == figure) context.Report($"{entry.Claim.Id} matches the official figure.", [entry.Claim.Id], series.Key.Subject);
                }
            }
        }
    }

    public sealed class ThrowingRule : IClaimRule
    {
        public RuleDescriptor Descriptor { get; } = new("NEWS666", "Throwing", Severity.Warning, "Always throws.", "For tests.");

        public void Analyze(RuleContext context) => throw new InvalidOperationException("the dataset is offline");
    }

    [Fact]
    public void Checker_resolves_as_a_singleton_from_the_real_container()
    {
        using var provider = new ServiceCollection().AddFactCheck().Services.BuildServiceProvider();
        var checker = provider.GetRequiredService<IFactChecker>();
        checker.Should().BeSameAs(provider.GetRequiredService<IFactChecker>());
        checker.Check(SeedClaims.Build()).Findings.Should().HaveCount(5);
    }

    [Fact]
    public void Options_are_configured_in_registration_order()
    {
        var services = new ServiceCollection();
        services.AddFactCheck(o => o.Disable("FC002"));
        services.AddFactCheck(o => o.SetSeverity("FC007", RuleSeverity.Error)).Configure(o => o.SetSeverity("FC007", RuleSeverity.Info));
        using var provider = services.BuildServiceProvider();
        var report = provider.GetRequiredService<IFactChecker>().Check(SeedClaims.Build());
        report.Findings.Select(f => $"{f.RuleId} {f.Severity}").Should().Equal("FC004 Warning", "FC007 Info");
    }

    [Fact]
    public void Rules_take_their_dependencies_from_the_container()
    {
        var services = new ServiceCollection();
        services.AddSingleton<OfficialFigures>();
        services.AddFactCheck().AddRule<OfficialFigureRule>();
        using var provider = services.BuildServiceProvider();
        var report = provider.GetRequiredService<IFactChecker>().Check(SeedClaims.Build());
        report.Findings.Should().ContainSingle(f => f.RuleId == "NEWS101").Which.Claims.Should().Equal("afg-now");
    }

    [Fact]
    public void Repeated_registration_adds_nothing_twice()
    {
        var services = new ServiceCollection();
        services.AddSingleton<OfficialFigures>();
        services.AddFactCheck().AddRule<OfficialFigureRule>().AddRule<OfficialFigureRule>();
        services.AddFactCheck().AddRule<OfficialFigureRule>();
        services.Count(d => d.ServiceType == typeof(IFactChecker)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IClaimRule)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IFactChecker>().Check(SeedClaims.Build()).Findings.Count(f => f.RuleId == "NEWS101").Should().Be(1);
    }

    [Fact]
    public void Rule_instances_can_be_registered()
    {
        using var provider = new ServiceCollection().AddFactCheck().AddRule(new OfficialFigureRule(new OfficialFigures())).Services.BuildServiceProvider();
        provider.GetRequiredService<IFactChecker>().Check(SeedClaims.Build()).Findings.Should().Contain(f => f.RuleId == "NEWS101");
    }

    [Fact]
    public void Throwing_rule_from_the_container_becomes_FC900_and_the_other_findings_stand()
    {
        using var provider = new ServiceCollection().AddFactCheck().AddRule<ThrowingRule>().Services.BuildServiceProvider();
        var report = provider.GetRequiredService<IFactChecker>().Check(SeedClaims.Build());
        report.Findings.Where(f => f.RuleId == "FC900").Should().ContainSingle().Which.Message.Should().Contain("NEWS666").And.Contain("the dataset is offline");
        report.Findings.Count(f => f.RuleId.StartsWith("FC00", StringComparison.Ordinal)).Should().Be(5);
    }

    [Fact]
    public async Task Sixty_four_concurrent_checks_on_the_container_checker_are_identical()
    {
        using var provider = new ServiceCollection().AddFactCheck().Services.BuildServiceProvider();
        var checker = provider.GetRequiredService<IFactChecker>();
        var claims = SeedClaims.Build();
        var reports = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => checker.Check(claims))));
        reports.Distinct().Should().ContainSingle();
    }
}
