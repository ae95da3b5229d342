using CsCheck;
using FactCheck.Benchmarks;
using FactCheck.Rules;

namespace FactCheck.Tests.Rules.Authoring;

/// <summary>
/// The law of descriptors: every finding any built-in rule reports is one of its rule's declared messages, and its
/// message and its evidence are exactly what its arguments give, so the two cannot drift.
/// </summary>
public class FindingArgumentProperties
{
    [Fact]
    public void Every_finding_is_its_descriptors_format_of_its_arguments_and_its_evidence_theirs()
    {
        var rules = BuiltInRules.Descriptors.ToDictionary(d => d.Id);
        Gen.Int[1, 1_000_000].Sample(
            seed =>
            {
                var report = new FactChecker().Check(ClaimSetGenerator.Generate(1_500, seed, injectionRate: 0.05).Claims);
                report.Findings.Should().NotBeEmpty();
                foreach (var finding in report.Findings)
                {
                    var descriptor = finding.Descriptor!;
                    rules[finding.RuleId].Messages.Should().Contain(descriptor);
                    descriptor.Format([.. finding.Arguments]).Should().Be(finding.Message);
                    EvidenceBuilder.Of([.. finding.Arguments]).Should().Equal(finding.Evidence);
                }
            },
            iter: 12);
    }
}
