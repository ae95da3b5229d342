using System.Text;
using FactCheck.Configuration;
using FactCheck.Tests.Seed;

namespace FactCheck.Tests.Configuration;

public class ConfigurationTests
{
    private static FactCheckConfiguration Read(string json) =>
        FactCheckConfigurationReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "factcheck.json");

    private static ValueArray<ClaimSetProblem> Problems(string json)
    {
        var act = () => Read(json);
        return act.Should().Throw<FactCheckConfigurationException>().Which.Problems;
    }

    [Fact]
    public void Suppressed_finding_is_not_reported_again()
    {
        var options = new FactCheckOptions().Suppress("FC007", ["m-mckenzie", "m-mackenzie"], "Both spellings appear in quotes; kept as printed.");
        var report = new FactChecker(options).Check(SeedClaims.Build());
        report.Findings.Select(f => f.RuleId).Should().Equal("FC002", "FC002", "FC004", "FC002");
    }

    [Fact]
    public void Suppression_must_match_the_exact_claims()
    {
        var options = new FactCheckOptions().Suppress("FC002", ["afg-now"], "partial");
        var report = new FactChecker(options).Check(SeedClaims.Build());
        report.Findings.Count(f => f.RuleId == "FC002").Should().Be(3);
        report.Findings.Should().ContainSingle(f => f.RuleId == "FC901");
    }

    [Fact]
    public void Suppression_that_matches_nothing_is_reported_as_info()
    {
        var options = new FactCheckOptions().Suppress("FC001", ["a", "b"], "figures reconciled by the desk");
        var finding = new FactChecker(options).Check(SeedClaims.Build()).Findings.Single(f => f.RuleId == "FC901");
        finding.Severity.Should().Be(Severity.Info);
        finding.Message.Should().Be("The suppression of FC001 for a, b (\"figures reconciled by the desk\") matches no finding; remove it.");
    }

    [Fact]
    public void Suppression_requires_a_justification()
    {
        var act = () => new Suppression("FC001", ["a"], " ");
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("justification");
    }

    [Fact]
    public void Configuration_file_sets_severities_tolerances_units_and_suppressions()
    {
        var configuration = Read("""
            {
              "format": "factcheck/config@1",
              "severity": { "FC009": "none", "FC002": "info" },
              "approximateTolerance": 0.2,
              "impliedPrecision": false,
              "significantChange": 0.25,
              "nameSimilarityThreshold": 0.95,
              "units": { "troops": ["marines", "soldiers", "personnel"] },
              "suppressions": [ { "rule": "FC007", "claims": ["m-mackenzie", "m-mckenzie"], "justification": "Kept as printed." } ]
            }
            """);
        var options = configuration.ApplyTo(new FactCheckOptions());
        (options.ApproximateTolerance, options.ImpliedPrecision, options.SignificantChange, options.NameSimilarityThreshold).Should().Be((0.2m, false, 0.25m, 0.95));
        options.Units.AreCompatible(Unit.Of("marines"), Unit.Of("troops")).Should().BeTrue();
        var report = new FactChecker(options).Check(SeedClaims.Build());
        report.Findings.Select(f => $"{f.RuleId} {f.Severity}").Should().Equal("FC004 Warning", "FC002 Info", "FC002 Info", "FC002 Info");
    }

    [Fact]
    public void Configured_units_add_to_the_default_groups_and_the_seed_keeps_its_five_findings()
    {
        var options = Read("""{ "format": "factcheck/config@1", "units": { "troops": ["marines"] } }""").ApplyTo(new FactCheckOptions());
        options.Units.AreCompatible(Unit.Of("marines"), Unit.Of("soldiers")).Should().BeTrue();
        options.Units.AreCompatible(Unit.Of("troops"), Unit.Of("soldiers")).Should().BeTrue("adding marines keeps troops with soldiers");
        var report = new FactChecker(options).Check(SeedClaims.Build());
        report.Findings.Select(f => f.RuleId).Should().Equal("FC002", "FC002", "FC004", "FC007", "FC002");
        report.Findings.Should().NotContain(f => f.RuleId == "FC010");
    }

    [Fact]
    public void Configured_units_that_no_group_knows_form_a_new_group()
    {
        var options = Read("""{ "format": "factcheck/config@1", "units": { "ships": ["vessels"] } }""").ApplyTo(new FactCheckOptions());
        options.Units.Canonicalize(Unit.Of("vessels")).Should().Be(Unit.Of("ships"));
    }

    [Fact]
    public void Configured_units_that_would_join_two_groups_are_a_located_problem() =>
        Problems("""{ "format": "factcheck/config@1", "units": { "troops": ["people"] } }""").Single().Message
            .Should().Be("'troops' and 'people' are names of two different units ('troops' and 'people'); a name belongs to one unit.");

    [Fact]
    public void Every_problem_of_a_configuration_is_reported_located()
    {
        var problems = Problems("""
            {
              "format": "factcheck/config@1",
              "severity": { "FC009": "loud" },
              "approximateTolerance": 2,
              "units": { "troops": "marines" },
              "suppressions": [ { "rule": "FC007", "claims": [] } ],
              "colour": true
            }
            """);
        problems.Select(p => (p.Path, p.Line)).Should().Equal(
            ("$.severity.FC009", 3), ("$.approximateTolerance", 4), ("$.units.troops", 5), ("$.suppressions[0].justification", 6),
            ("$.suppressions[0].claims", 6), ("$.colour", 7));
        problems.Should().OnlyContain(p => p.File == "factcheck.json" && p.Column != null);
        problems.Single(p => p.Path == "$.suppressions[0].justification").Message.Should().Contain("justification is required");
    }

    [Theory]
    [InlineData("{ \"format\": \"factcheck/config@9\" }", "factcheck/config@9")]
    [InlineData("{ }", "'format' is missing")]
    [InlineData("[]", "a JSON object")]
    [InlineData("{ \"format\": ", "not valid JSON")]
    [InlineData("", "empty")]
    public void Unusable_configuration_is_rejected_with_a_reason(string json, string reason) =>
        Problems(json).Should().Contain(p => p.Message.Contains(reason, StringComparison.Ordinal));
}
