namespace FactCheck.Tests.Rules;

public class DefinitionalDifferenceRuleTests
{
    [Fact]
    public void Figures_on_different_bases_do_not_conflict_and_are_told_apart()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("a", "house/majority", "52").At("2020-09-09").From("s1").Basis("including the Speaker");
            b.Observation("b", "house/majority", "51").At("2020-09-09").From("s2").Basis("excluding the Speaker");
        });
        report.Findings("FC001").Should().BeEmpty();
        var finding = report.Findings("FC014").Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Info);
        finding.Claims.Should().Equal("a", "b");
        finding.Message.Should().Be("house/majority: 52 (including the Speaker) and 51 (excluding the Speaker) on 2020-09-09 are counted on different bases.");
    }

    [Fact]
    public void Bases_that_differ_only_in_case_and_spacing_are_one_basis()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("a", "x", "52").At("2020-09-09").From("s1").Basis("Including  the Speaker");
            b.Observation("b", "x", "51").At("2020-09-09").From("s2").Basis("including the speaker");
        });
        report.Findings("FC014").Should().BeEmpty();
        report.Findings("FC001").Should().ContainSingle();
    }

    [Fact]
    public void A_figure_without_a_basis_is_compared_with_the_one_basis_stated() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("a", "x", "52").At("2020-09-09").From("s1").Basis("gross");
            b.Observation("b", "x", "51").At("2020-09-09").From("s2");
        }).Findings.Select(f => f.RuleId).Should().Equal("FC001");

    [Fact]
    public void With_several_bases_a_figure_without_one_is_compared_only_with_others_without_one()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Source("s3", "Source three", published: RuleTestKit.Published);
            b.Observation("gross", "x", "52").At("2020-09-09").From("s1").Basis("gross");
            b.Observation("net", "x", "41").At("2020-09-09").From("s2").Basis("net");
            b.Observation("bare", "x", "30").At("2020-09-09").From("s3");
        });
        report.Findings("FC001").Should().BeEmpty();
        report.Findings("FC014").Should().ContainSingle().Which.Claims.Should().Equal("gross", "net");
    }

    [Fact]
    public void The_same_figure_on_different_bases_needs_no_word() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("a", "x", "52").At("2020-09-09").From("s1").Basis("gross");
            b.Observation("b", "x", "52").At("2020-09-09").From("s2").Basis("net");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void A_target_on_another_basis_is_not_held_against_the_figure() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("now", "x", "8,600").At("2020-09-09").From("s1").Basis("gross");
            b.Target("goal", "x", "4,500").By("2020-11-03").From("s1").Basis("net");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void A_target_on_the_same_basis_is_held_against_the_figure_as_before() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("now", "x", "8,600").At("2020-09-09").From("s1").Basis("gross");
            b.Target("goal", "x", "4,500").By("2020-11-03").From("s1").Basis("Gross");
        }).Findings.Select(f => f.RuleId).Should().Equal("FC002");

    [Fact]
    public void Targets_on_different_bases_do_not_conflict() =>
        RuleTestKit.Check(b =>
        {
            b.Target("a", "x", "4,500").By("2020-11-03").From("s1").Basis("gross");
            b.Target("b", "x", "2,500").By("2020-11-03").From("s2").Basis("net");
        }).Findings("FC011").Should().BeEmpty();

    [Fact]
    public void A_part_on_another_basis_than_its_whole_is_not_held_against_it()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.PartOf("troops/iraq", "troops/all");
            b.Observation("part", "troops/iraq", "5,000").At("2020-09-09").From("s1").Basis("including contractors");
            b.Observation("whole", "troops/all", "3,000").At("2020-09-09").From("s2").Basis("uniformed only");
        });
        report.Findings("FC005").Should().BeEmpty();
    }
}
