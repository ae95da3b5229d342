using FactCheck;
using FactCheck.FluentAssertions;
using Xunit.Sdk;

namespace Newsroom.Tests;

/// <summary>Written as a newsroom's test suite would use the package: its own namespace, only public API.</summary>
public class AssertionTests
{
    private static readonly CheckReport Report = new FactChecker().Check(Articles.Seed());

    [Fact]
    public void HaveFinding_returns_the_finding_for_Which_chaining()
    {
        var finding = Report.Should().HaveFinding("FC002").Involving("afg-now", "afg-trump").WithSeverity(Severity.Warning).Which;
        finding.Evidence["daysLeft"].Should().Be(55);
    }

    [Fact]
    public void HaveFinding_fails_naming_the_rule_and_listing_the_findings()
    {
        var act = () => Report.Should().HaveFinding("FC001");
        act.Should().Throw<XunitException>().WithMessage(
            "Expected report to have a finding of \"FC001\", but it has none; its findings are:*FC002 warning [afg-now, afg-trump]: us-troops/afghanistan: 8,600*FC007 warning [m1, m2]: Kenneth McKenzie is spelled*");
    }

    [Fact]
    public void Involving_fails_when_no_finding_of_the_rule_involves_those_claims()
    {
        var act = () => Report.Should().HaveFinding("FC002").Involving("afg-now", "m1");
        act.Should().Throw<XunitException>().WithMessage("Expected a \"FC002 involving afg-now, m1\" finding, but the \"FC002\" findings involve other claims:*FC002 warning [afg-now, afg-trump]*");
    }

    [Fact]
    public void WithSeverity_fails_when_the_severity_differs()
    {
        var act = () => Report.Should().HaveFinding("FC007").WithSeverity(Severity.Error);
        act.Should().Throw<XunitException>().WithMessage("Expected a \"FC007 at error\" finding, but the \"FC007\" findings have other severities:*FC007 warning [m1, m2]*");
    }

    [Fact]
    public void WithEvidence_and_WithMessageContaining_narrow_or_fail()
    {
        Report.Should().HaveFinding("FC002").WithEvidence("daysLeft", 55).WithMessageContaining("65–84 a day");
        var act = () => Report.Should().HaveFinding("FC002").WithEvidence("daysLeft", 54);
        act.Should().Throw<XunitException>().WithMessage("Expected a \"FC002 with evidence daysLeft = 54\" finding, but found:*FC002 warning [afg-now, afg-trump]*");
    }

    [Fact]
    public void Which_fails_when_more_than_one_finding_still_matches()
    {
        var report = new FactChecker().Check(ThreeWayConflict());
        var act = () => report.Should().HaveFinding("FC001").Which;
        act.Should().Throw<XunitException>().WithMessage("Expected a single \"FC001\" finding, but found 2:*");
        report.Should().HaveFinding("FC001").Involving("a", "b").Which.Claims.Should().Equal("a", "b");
    }

    [Fact]
    public void HaveNoErrors_passes_on_warnings_and_fails_on_errors()
    {
        Report.Should().HaveNoErrors();
        var act = () => new FactChecker().Check(Articles.Conflicting()).Should().HaveNoErrors("the desk checked the figures");
        act.Should().Throw<XunitException>().WithMessage(
            "Expected report to have no errors because the desk checked the figures, but found 1:*FC001 error [a, b]: x: 5,200 on 2020-09-09 (s1) and 3,000 on 2020-09-09 (s1) cannot both be true: they differ by 2,200.*");
    }

    [Fact]
    public void OnlyHaveFindings_fails_on_an_unexpected_rule_and_on_a_missing_one()
    {
        Report.Should().OnlyHaveFindings("FC002", "FC007");
        var unexpected = () => Report.Should().OnlyHaveFindings("FC002");
        unexpected.Should().Throw<XunitException>().WithMessage("Expected report to have only findings of \"FC002\", but it also has:*FC007 warning*");
        var missing = () => Report.Should().OnlyHaveFindings("FC002", "FC007", "FC004");
        missing.Should().Throw<XunitException>().WithMessage("*it has none of \"FC004\"*");
    }

    [Fact]
    public void NotHaveFinding_fails_listing_the_findings_of_the_rule()
    {
        Report.Should().NotHaveFinding("FC001");
        var act = () => Report.Should().NotHaveFinding("FC007");
        act.Should().Throw<XunitException>().WithMessage("Expected report to have no finding of \"FC007\", but found 1:*FC007 warning [m1, m2]*");
    }

    [Fact]
    public void HaveNoFindings_fails_listing_them() =>
        ((Action)(() => Report.Should().HaveNoFindings())).Should().Throw<XunitException>().WithMessage("Expected report to have no findings, but found 2:*");

    [Fact]
    public void BeConsistent_passes_on_consistent_claims_and_gives_the_report()
    {
        var set = ClaimSet.CreateBuilder();
        set.Source("s1", published: new LocalDate(2020, 9, 9));
        set.Observation("a", "x", "approximately 5,200").From("s1");
        set.Observation("b", "x", "5,000").From("s1");
        set.Observation("c", "y", "1").At("2020");
        set.Build().Should().BeConsistent().Which.Should().HaveFinding("FC009", "an unsourced claim is only an info");
    }

    [Fact]
    public void BeConsistent_fails_listing_the_findings_as_an_editor_reads_them()
    {
        var act = () => Articles.Conflicting().Should().BeConsistent();
        // FluentAssertions names the subject as the test wrote it ("Articles.Conflicting()") where it can read the source.
        act.Should().Throw<XunitException>().WithMessage("Expected * to be consistent, but the check found 1:*FC001 error [a, b]: x: 5,200 on 2020-09-09 (s1) and 3,000*");
    }

    [Fact]
    public void BeConsistent_honours_the_options_given()
    {
        var options = new FactCheckOptions().Disable("FC001");
        Articles.Conflicting().Should().BeConsistent(options);
    }

    [Fact]
    public void Assertions_on_null_fail_cleanly()
    {
        var act = () => ((ClaimSet)null!).Should().BeConsistent();
        act.Should().Throw<XunitException>().WithMessage("*consistent*<null>*");
    }

    private static ClaimSet ThreeWayConflict()
    {
        var set = ClaimSet.CreateBuilder();
        set.Source("s1", published: new LocalDate(2020, 9, 9));
        // Two subjects, each with two figures that cannot both be true: two FC001 findings.
        set.Observation("a", "x", "1,001").From("s1");
        set.Observation("b", "x", "2,001").From("s1");
        set.Observation("c", "y", "1,001").From("s1");
        set.Observation("d", "y", "3,001").From("s1");
        return set.Build();
    }
}
