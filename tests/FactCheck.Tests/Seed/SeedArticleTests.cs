using FactCheck.Tests.Seed;

namespace FactCheck.Tests.Seed;

public class SeedArticleTests
{
    private static readonly CheckReport Report = new FactChecker().Check(SeedClaims.Build());

    [Fact]
    public void Seed_articles_give_exactly_the_five_findings_of_the_design()
    {
        Report.Findings.Select(f => (f.RuleId, f.Severity, Claims: string.Join(",", f.Claims))).Should().BeEquivalentTo(new[]
        {
            ("FC002", Severity.Warning, "afg-now,afg-trump"),
            ("FC002", Severity.Warning, "iraq-now,iraq-cut"),
            ("FC002", Severity.Info, "afg-now,afg-pentagon"),
            ("FC004", Severity.Warning, "iraq-reduced,iraq-2018,iraq-now"),
            ("FC007", Severity.Warning, "m-mackenzie,m-mckenzie"),
        });
    }

    [Fact]
    public void Afghanistan_gap_gives_the_cut_days_and_daily_rate()
    {
        var finding = Report.Findings.Single(f => f.Claims.Contains("afg-trump"));
        finding.Message.Should().Be(
            "US troops in Afghanistan: 8,600 on 2020-09-09 (s1) is outside the target 4,000–5,000 due 2020-11-03 (Donald Trump, s1): " +
            "a cut of 3,600–4,600 is needed in 55 days, 65–84 a day.");
        finding.Evidence["changeMin"].Should().Be(-4600);
        finding.Evidence["changeMax"].Should().Be(-3600);
        finding.Evidence["daysLeft"].Should().Be(55);
        finding.Evidence["perDayMin"].Should().Be(-83.6);
        finding.Evidence["perDayMax"].Should().Be(-65.5);
    }

    [Fact]
    public void Iraq_gap_gives_about_2200_in_21_days()
    {
        var finding = Report.Findings.Single(f => f.Claims.Contains("iraq-cut"));
        finding.Message.Should().Contain("a cut of about 2,200 is needed in 21 days");
        finding.Evidence["daysLeft"].Should().Be(21);
    }

    [Fact]
    public void Order_is_stable_severity_then_rule_then_claims()
    {
        Report.Findings.Select(f => f.Severity).Should().BeInDescendingOrder();
        Report.Findings[^1].Severity.Should().Be(Severity.Info);
        string.Join(" | ", Report.Findings.Select(f => f.ToString())).Should().NotBeEmpty();
    }
}
