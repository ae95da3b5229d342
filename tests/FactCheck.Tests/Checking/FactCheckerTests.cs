using FactCheck.Checking;
using FactCheck.Rules;
using FactCheck.Tests.Seed;

namespace FactCheck.Tests.Checking;

public class FactCheckerTests
{
    private sealed class ThrowingRule : IClaimRule
    {
        public RuleDescriptor Descriptor { get; } = new("NEWS101", "ReferenceFigures", Severity.Warning, "Always fails.", "Fails to show FC900.");

        public void Analyze(RuleContext context)
        {
            context.Report("half-done", ["afg-now"]);
            throw new InvalidOperationException("reference data unavailable");
        }
    }

    private sealed class EveryClaimRule : IClaimRule
    {
        public RuleDescriptor Descriptor { get; } = new("NEWS200", "EveryClaim", Severity.Info, "One finding per claim.", "For tests.");

        public void Analyze(RuleContext context)
        {
            foreach (var claim in context.Index.ClaimSet.Claims)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                context.Report($"seen {claim.Id}", [claim.Id]);
            }
        }
    }

    [Fact]
    public void Throwing_rule_becomes_one_FC900_and_the_other_findings_stand()
    {
        var report = new FactChecker(new FactCheckOptions().AddRule(new ThrowingRule())).Check(SeedClaims.Build());
        var failure = report.Findings.Where(f => f.RuleId == "FC900").Should().ContainSingle().Which;
        failure.Severity.Should().Be(Severity.Error);
        failure.Message.Should().Be("Rule NEWS101 (ReferenceFigures) failed with InvalidOperationException: reference data unavailable Its findings are missing; the other rules' findings stand.");
        failure.Evidence.GetText("rule").Should().Be("NEWS101");
        report.Findings.Should().NotContain(f => f.RuleId == "NEWS101", "a failed rule's partial findings are dropped");
        report.Findings.Count(f => f.RuleId != "FC900").Should().Be(5);
    }

    [Fact]
    public void Severity_can_be_overridden_per_rule()
    {
        var options = new FactCheckOptions().SetSeverity("FC007", RuleSeverity.Error).SetSeverity("fc002", RuleSeverity.Info);
        var report = new FactChecker(options).Check(SeedClaims.Build());
        report.Findings.Single(f => f.RuleId == "FC007").Severity.Should().Be(Severity.Error);
        report.Findings.Where(f => f.RuleId == "FC002").Should().OnlyContain(f => f.Severity == Severity.Info);
        report.Findings[0].RuleId.Should().Be("FC007", "errors come first");
    }

    [Fact]
    public void Disabled_rule_does_not_run()
    {
        var report = new FactChecker(new FactCheckOptions().Disable("FC002")).Check(SeedClaims.Build());
        report.Findings.Select(f => f.RuleId).Should().Equal("FC004", "FC007");
        new FactChecker(new FactCheckOptions().Disable("FC002")).Rules.Select(r => r.Id).Should().NotContain("FC002");
    }

    [Fact]
    public void Built_in_rules_can_be_left_out()
    {
        var checker = new FactChecker(new FactCheckOptions { IncludeBuiltInRules = false }.AddRule(new EveryClaimRule()));
        checker.Rules.Select(r => r.Id).Should().Equal("NEWS200");
    }

    [Fact]
    public void Two_rules_with_one_id_are_rejected()
    {
        var act = () => new FactChecker(new FactCheckOptions(), [new EveryClaimRule(), new EveryClaimRule()]);
        act.Should().Throw<ArgumentException>().WithMessage("*NEWS200*");
    }

    [Fact]
    public void Options_changed_after_creation_do_not_change_the_checker()
    {
        var options = new FactCheckOptions();
        var checker = new FactChecker(options);
        options.Disable("FC002");
        options.ApproximateTolerance = 0.5m;
        checker.Check(SeedClaims.Build()).Findings.Should().HaveCount(5);
        checker.Settings.Quantities.ApproximateTolerance.Should().Be(0.10m);
    }

    [Fact]
    public void Same_input_gives_an_equal_report_sequentially_and_in_parallel()
    {
        // Large enough for the index, the sorts and the rules to use several threads (CheckParallelism): the seed
        // claims, and series of figures of which every seventh is three times the others.
        var figures = Enumerable.Range(0, CheckParallelism.From).Select(i => (Claim)new Observation(
            $"f{i}", $"region-{i % 97}/garrison", Quantity.Exactly(i % 7 == 0 ? 3_000 : 1_000), FuzzyTime.Day(2020, 1, 1 + i % 3),
            provenance: new Provenance(i % 2 == 0 ? "s1" : "s2")));
        var seed = SeedClaims.Build();
        var claims = new ClaimSet(seed.Claims.Concat(figures), seed.Sources, seed.Entities, seed.Relations);
        claims.Claims.Count.Should().BeGreaterThanOrEqualTo(CheckParallelism.From);

        var sequential = new FactChecker(new FactCheckOptions { MaxDegreeOfParallelism = 1 }).Check(claims);
        var parallel = new FactChecker(new FactCheckOptions { MaxDegreeOfParallelism = 4 }).Check(claims);

        parallel.Should().Be(sequential);
        sequential.Findings.Should().Contain(f => f.RuleId == "FC001", "the figures conflict");
    }

    [Fact]
    public void Below_the_parallel_threshold_a_check_gives_the_report_any_degree_of_parallelism_gives()
    {
        var claims = SeedClaims.Build();
        CheckParallelism.Worthwhile(claims.Claims.Count).Should().BeFalse();
        CheckParallelism.Worthwhile(CheckParallelism.From - 1).Should().BeFalse();
        CheckParallelism.Worthwhile(CheckParallelism.From).Should().BeTrue();

        var sequential = new FactChecker(new FactCheckOptions { MaxDegreeOfParallelism = 1 }).Check(claims);
        new FactChecker(new FactCheckOptions { MaxDegreeOfParallelism = 4 }).Check(claims).Should().Be(sequential);
    }

    [Fact]
    public async Task Concurrent_checks_on_one_checker_give_identical_reports()
    {
        var checker = new FactChecker();
        var claims = SeedClaims.Build();
        var expected = checker.Check(claims);
        var reports = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => checker.Check(claims))));
        reports.Should().AllSatisfy(r => r.Should().Be(expected));
    }

    [Fact]
    public void Cancelled_check_throws_and_reports_nothing()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var act = () => new FactChecker(new FactCheckOptions().AddRule(new EveryClaimRule())).Check(SeedClaims.Build(), cancellation.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Cancellation_during_a_rule_is_not_a_rule_failure()
    {
        using var cancellation = new CancellationTokenSource();
        var rule = new CancellingRule(cancellation);
        var act = () => new FactChecker(new FactCheckOptions { MaxDegreeOfParallelism = 1 }.AddRule(rule)).Check(SeedClaims.Build(), cancellation.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Cancellation_stops_the_check_before_the_next_rule_and_reports_nothing()
    {
        using var cancellation = new CancellationTokenSource();
        var recorder = new RecordingRule();
        var options = new FactCheckOptions { MaxDegreeOfParallelism = 1, IncludeBuiltInRules = false };
        options.AddRule(new QuietlyCancellingRule(cancellation)).AddRule(new ConflictingFiguresRule()).AddRule(recorder);
        var large = ClaimSet.CreateBuilder();
        for (var i = 0; i < 20_000; i++) large.Observation($"o{i}", $"s{i % 100}", "1,001").At("2020");
        var act = () => new FactChecker(options).Check(large.Build(), cancellation.Token);
        act.Should().Throw<OperationCanceledException>();
        recorder.Ran.Should().BeFalse("no rule starts once the check is cancelled");
    }

    [Fact]
    public void Report_counts_findings_by_severity()
    {
        var report = new FactChecker().Check(SeedClaims.Build());
        (report.Errors, report.Warnings, report.Infos).Should().Be((0, 4, 1));
        report.ClaimCount.Should().Be(SeedClaims.Build().Claims.Count);
        report.ToString().Should().Be($"{report.ClaimCount} claims: 0 errors, 4 warnings, 1 info");
        report.HasFindingsAtOrAbove(Severity.Warning).Should().BeTrue();
        report.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Empty_claim_set_gives_an_empty_report() =>
        new FactChecker().Check(ClaimSet.Empty).Findings.Should().BeEmpty();

    [Fact]
    public void Catalogue_lists_every_rule_once_with_help_and_an_example()
    {
        BuiltInRules.Descriptors.Select(d => d.Id).Should().Equal("FC001", "FC002", "FC003", "FC004", "FC005", "FC006", "FC007", "FC008", "FC009", "FC010", "FC011", "FC012", "FC013", "FC014", "FC015", "FC016", "FC900", "FC901");
        BuiltInRules.Descriptors.Should().OnlyContain(d => d.HelpText.Contains("Example", StringComparison.Ordinal));
        BuiltInRules.Find("fc002")!.Name.Should().Be("TargetGap");
    }

    [Fact]
    public void Rule_may_only_report_its_own_findings()
    {
        var rule = new ImpostorRule();
        var report = new FactChecker(new FactCheckOptions { IncludeBuiltInRules = false }.AddRule(rule)).Check(SeedClaims.Build());
        report.Findings.Single().RuleId.Should().Be("FC900");
    }

    private sealed class CancellingRule(CancellationTokenSource source) : IClaimRule
    {
        public RuleDescriptor Descriptor { get; } = new("NEWS300", "Cancelling", Severity.Info, "Cancels.", "For tests.");

        public void Analyze(RuleContext context)
        {
            source.Cancel();
            context.CancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Cancels and returns normally, so only the engine can stop the check.</summary>
    private sealed class QuietlyCancellingRule(CancellationTokenSource source) : IClaimRule
    {
        public RuleDescriptor Descriptor { get; } = new("NEWS301", "QuietlyCancelling", Severity.Info, "Cancels without throwing.", "For tests.");

        public void Analyze(RuleContext context) => source.Cancel();
    }

    private sealed class RecordingRule : IClaimRule
    {
        public RuleDescriptor Descriptor { get; } = new("NEWS500", "Recording", Severity.Info, "Records that it ran.", "For tests.");

        public bool Ran { get; private set; }

        public void Analyze(RuleContext context) => Ran = true;
    }

    private sealed class ImpostorRule : IClaimRule
    {
        public RuleDescriptor Descriptor { get; } = new("NEWS400", "Impostor", Severity.Info, "Reports as another rule.", "For tests.");

        public void Analyze(RuleContext context) => context.Report(new Finding("FC001", Severity.Error, "fake", []));
    }
}
