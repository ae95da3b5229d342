using FactCheck.Rules;
using FactCheck.Serialization;

namespace FactCheck.Tests.Rules;

/// <summary>The example in each of FC012–FC015's help text gives the finding the help text shows.</summary>
public class RevisionRuleExamplesTests
{
    private static Finding Single(RuleDescriptor descriptor, string claims, string entities = "")
    {
        var text = "{ \"format\": \"factcheck/claims@1\", \"sources\": [ { \"id\": \"s1\", \"published\": \"2023-02-07\" }, { \"id\": \"s2\", \"published\": \"2023-02-08\" }, " +
            "{ \"id\": \"imf\", \"published\": \"2023-01-01\" }, { \"id\": \"stats\", \"published\": \"2024-01-01\" } ]" + entities + ", \"claims\": [ " + claims + " ] }";
        var finding = new FactChecker().Check(new ClaimSetReader().ReadString(text).ClaimSet).Findings.Should().ContainSingle().Which;
        finding.RuleId.Should().Be(descriptor.Id);
        descriptor.HelpText.Should().Contain($"{descriptor.Id} {SeverityText.Of(finding.Severity)}: {finding.Message}");
        return finding;
    }

    [Fact]
    public void RunningTotalFell_example() => Single(RunningTotalFellRule.Descriptor,
        """
        { "id": "a", "kind": "observation", "subject": "quake-deaths", "value": "5,100", "time": "2023-02-07", "source": "s1" },
        { "id": "b", "kind": "observation", "subject": "quake-deaths", "value": "4,300", "time": "2023-02-08", "source": "s2" }
        """, ", \"entities\": [ { \"id\": \"quake-deaths\", \"name\": \"earthquake deaths\", \"cumulative\": true } ]");

    [Fact]
    public void RevisedFigure_example() => Single(RevisedFigureRule.Descriptor,
        """
        { "id": "a", "kind": "observation", "subject": "flood-damage", "value": "2 billion", "unit": "USD", "time": "2022-08", "source": "s1", "attribution": "ministry" },
        { "id": "b", "kind": "observation", "subject": "flood-damage", "value": "5 billion", "unit": "USD", "time": "2022-08", "source": "s2", "attribution": "ministry" }
        """);

    [Fact]
    public void DefinitionalDifference_example() => Single(DefinitionalDifferenceRule.Descriptor,
        """
        { "id": "a", "kind": "observation", "subject": "house-majority", "value": "52", "time": "2021-01-03", "basis": "including the Speaker", "source": "s1" },
        { "id": "b", "kind": "observation", "subject": "house-majority", "value": "51", "time": "2021-01-03", "basis": "excluding the Speaker", "source": "s2" }
        """);

    [Fact]
    public void ProjectionMissed_example() => Single(ProjectionMissedRule.Descriptor,
        """
        { "id": "f", "kind": "observation", "subject": "gdp-growth", "value": "2.5%", "time": "2023", "projection": true, "source": "imf" },
        { "id": "a", "kind": "observation", "subject": "gdp-growth", "value": "1.8%", "time": "2023", "source": "stats" }
        """);
}
