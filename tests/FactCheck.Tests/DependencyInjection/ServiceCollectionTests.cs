using FactCheck.Rules;
using FactCheck.Tests.Seed;
using Microsoft.Extensions.Configuration;
// The only using a registration needs: AddFactCheck and the builder's methods live in this namespace.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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

    [Fact]
    public void Options_resolve_through_Microsoft_Extensions_Options_with_every_step_in_order()
    {
        var services = new ServiceCollection();
        services.AddFactCheck(o => o.ApproximateTolerance = 0.2m);
        services.Configure<FactCheckOptions>(o => o.Disable("FC009"));
        services.AddSingleton<IConfigureOptions<FactCheckOptions>, StrictNames>();
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<FactCheckOptions>>().Value;
        options.ApproximateTolerance.Should().Be(0.2m);
        options.Severities.Should().Contain("FC009", RuleSeverity.None).And.Contain("FC007", RuleSeverity.Error);
        provider.GetRequiredService<IFactChecker>().Check(SeedClaims.Build()).Findings.Select(f => $"{f.RuleId} {f.Severity}")
            .Should().Equal("FC007 Error", "FC002 Warning", "FC002 Warning", "FC004 Warning", "FC002 Info");
    }

    private sealed class StrictNames : IConfigureOptions<FactCheckOptions>
    {
        public void Configure(FactCheckOptions options) => options.SetSeverity("FC007", RuleSeverity.Error);
    }

    [Fact]
    public void Checker_is_a_snapshot_that_later_changes_to_the_options_do_not_reach()
    {
        using var provider = new ServiceCollection().AddFactCheck().Services.BuildServiceProvider();
        var checker = provider.GetRequiredService<IFactChecker>();
        provider.GetRequiredService<IOptions<FactCheckOptions>>().Value.Disable("FC002");
        checker.Check(SeedClaims.Build()).Findings.Should().HaveCount(5);
    }

    private static IConfiguration Section(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>("FactCheck:" + p.Key, p.Value))).Build().GetSection("FactCheck");

    [Fact]
    public void Options_bind_from_a_configuration_section_shaped_as_the_team_file()
    {
        var section = Section(
            ("Severity:FC009", "silent"), ("Severity:FC007", "warn"), ("severity:FC002", "suggestion"),
            ("ApproximateTolerance", "0.2"), ("ImpliedPrecision", "false"), ("SignificantChange", "0.25"), ("NameSimilarityThreshold", "0.95"),
            ("IncludeBuiltInRules", "true"), ("MaxDegreeOfParallelism", "2"),
            ("Units:troops:0", "marines"),
            ("Suppressions:0:Rule", "FC007"), ("Suppressions:0:Claims:0", "m-mckenzie"), ("Suppressions:0:Claims:1", "m-mackenzie"),
            ("Suppressions:0:Justification", "Both spellings are quoted."));
        using var provider = new ServiceCollection().AddFactCheck(section).Services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<FactCheckOptions>>().Value;
        options.Severities.Should().BeEquivalentTo(new Dictionary<string, RuleSeverity> { ["FC009"] = RuleSeverity.None, ["FC007"] = RuleSeverity.Warning, ["FC002"] = RuleSeverity.Info });
        (options.ApproximateTolerance, options.ImpliedPrecision, options.SignificantChange, options.NameSimilarityThreshold, options.MaxDegreeOfParallelism)
            .Should().Be((0.2m, false, 0.25m, 0.95, 2));
        options.Suppressions.Should().ContainSingle().Which.Claims.Should().Equal("m-mackenzie", "m-mckenzie");
        options.Units.AreCompatible(Unit.Of("marines"), Unit.Of("troops")).Should().BeTrue();
        provider.GetRequiredService<IFactChecker>().Check(SeedClaims.Build()).Findings.Should().NotContain(f => f.RuleId == "FC007" || f.RuleId == "FC009");
    }

    [Fact]
    public void Bad_configuration_fails_validation_at_start_naming_every_key()
    {
        var section = Section(("Severity:FC009", "loud"), ("ApproximateTolerance", "10%"), ("MaxDegreeOfParallelism", "0"),
            ("Suppressions:0:Rule", "FC007"), ("Tolerance", "0.1"));
        using var provider = new ServiceCollection().AddFactCheck().Bind(section).Services.BuildServiceProvider();
        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();
        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "FactCheck:ApproximateTolerance: Expected a fraction from 0 to 1 (0.10 for 10 %); got '10%'.",
            "FactCheck:MaxDegreeOfParallelism: Expected a whole number of at least 1; got '0'.",
            "FactCheck:Severity:FC009: The severity of FC009 is none, info, warning or error; got 'loud'.",
            "FactCheck:Suppressions:0:Claims: The claims of the accepted finding are required: a non-empty list of claim ids.",
            "FactCheck:Suppressions:0:Justification: A justification is required: say why the finding is accepted, for the next editor.",
            "FactCheck:Tolerance: Unknown key 'Tolerance'; FactCheck's options are Format, Severity, ApproximateTolerance, ImpliedPrecision, SignificantChange, NameSimilarityThreshold, Units, Suppressions, IncludeBuiltInRules and MaxDegreeOfParallelism.");
        ((Action)(() => provider.GetRequiredService<IFactChecker>())).Should().Throw<OptionsValidationException>("the checker is never built from bad options");
    }

    [Fact]
    public void Two_rules_with_one_id_fail_validation_at_start()
    {
        var services = new ServiceCollection();
        services.AddFactCheck(o => o.AddRule(new ThrowingRule())).AddRule<ThrowingRule>();
        using var provider = services.BuildServiceProvider();
        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();
        act.Should().Throw<OptionsValidationException>().WithMessage("*Two rules have the id 'NEWS666'*");
    }

    [Fact]
    public void Severities_written_directly_are_validated_too()
    {
        using var provider = new ServiceCollection().AddFactCheck(o => o.Severities["FC009"] = (RuleSeverity)7).Services.BuildServiceProvider();
        var act = () => provider.GetRequiredService<IOptions<FactCheckOptions>>().Value;
        act.Should().Throw<OptionsValidationException>().WithMessage("*The severity of FC009 is 7, which is not a RuleSeverity*");
    }

    [Fact]
    public void Validation_at_start_is_registered_once_however_often_AddFactCheck_is_called()
    {
        var services = new ServiceCollection();
        services.AddFactCheck();
        var count = services.Count;
        services.AddFactCheck(o => o.Disable("FC009"));
        services.Count.Should().Be(count + 1, "only the configuration step is new");
    }
}
