using FactCheck;
using FactCheck.FluentAssertions;
using FluentAssertions.Execution;
using Xunit.Sdk;

namespace Newsroom.Tests;

/// <summary>FluentValidation TestHelper-style narrowing: <c>because</c> on every step, <c>Only</c>, and <c>Without…</c>.</summary>
public class NarrowingTests
{
    private static readonly CheckReport Report = new FactChecker().Check(Articles.Seed());

    public static TheoryData<string, Action> FailingSteps => new()
    {
        { "Involving", () => Report.Should().HaveFinding("FC002").Involving(["m1"], "the {0} is named", "general") },
        { "WithSeverity", () => Report.Should().HaveFinding("FC002").WithSeverity(Severity.Error, "the {0} is named", "general") },
        { "WithRule", () => Report.Should().HaveFindingFor("m1").WithRule("FC002", "the {0} is named", "general") },
        { "WithMessageContaining", () => Report.Should().HaveFinding("FC002").WithMessageContaining("McKenzie", "the {0} is named", "general") },
        { "WithEvidence number", () => Report.Should().HaveFinding("FC002").WithEvidence("daysLeft", 1, "the {0} is named", "general") },
        { "WithEvidence text", () => Report.Should().HaveFinding("FC002").WithEvidence("daysLeft", "55", "the {0} is named", "general") },
        { "Only", () => Report.Should().HaveFinding("FC002").Only("the {0} is named", "general") },
        { "WithoutSeverity", () => Report.Should().HaveFinding("FC002").WithoutSeverity(Severity.Warning, "the {0} is named", "general") },
        { "WithoutRule", () => Report.Should().HaveFindingFor("m1").WithoutRule("FC007", "the {0} is named", "general") },
        { "WithoutMessageContaining", () => Report.Should().HaveFinding("FC007").WithoutMessageContaining("McKenzie", "the {0} is named", "general") },
        { "WithoutFindingFor", () => Report.Should().HaveFinding("FC007").WithoutFindingFor(["m2"], "the {0} is named", "general") },
        { "HaveFindingFor", () => Report.Should().HaveFindingFor("nobody", "the {0} is named", "general") },
        { "NotHaveFindingFor", () => Report.Should().NotHaveFindingFor("m1", "the {0} is named", "general") },
        { "OnlyHaveFindings", () => Report.Should().OnlyHaveFindings(["FC002"], "the {0} is named", "general") },
    };

    [Theory]
    [MemberData(nameof(FailingSteps))]
    public void Every_step_says_why_when_it_fails(string step, Action act) =>
        act.Should().Throw<XunitException>(step).WithMessage("*because the general is named*");

    [Fact]
    public void Only_passes_when_the_matches_are_every_finding()
    {
        var report = new FactChecker(new FactCheckOptions().Disable("FC007")).Check(Articles.Seed());
        report.Should().HaveFindingFor("afg-now").Only().WithRule("FC002").Only();
        report.Should().HaveFinding("FC002").Only().Which.Claims.Should().Equal("afg-now", "afg-trump");
    }

    [Fact]
    public void Only_fails_listing_the_other_findings()
    {
        var act = () => Report.Should().HaveFinding("FC002").Involving("afg-now").Only();
        act.Should().Throw<XunitException>().WithMessage("Expected no findings besides the \"FC002 involving afg-now\" ones, but found 1 more:*FC007 warning [m1, m2]*");
    }

    [Fact]
    public void Without_steps_pass_when_no_match_has_the_property_and_keep_the_matches()
    {
        var constraint = Report.Should().HaveFinding("FC007")
            .WithoutSeverity(Severity.Error)
            .WithoutRule("FC002")
            .WithoutMessageContaining("8,600")
            .WithoutFindingFor("afg-now", "afg-trump");
        constraint.Matches.Should().ContainSingle().Which.Claims.Should().Equal("m1", "m2");
    }

    [Fact]
    public void Without_fails_listing_the_findings_that_have_the_property()
    {
        var act = () => Report.Should().HaveFindingFor("afg-now").WithoutSeverity(Severity.Warning);
        act.Should().Throw<XunitException>().WithMessage("Expected no \"for afg-now\" finding \"at warning\", but found 1:*FC002 warning [afg-now, afg-trump]*");
    }

    [Fact]
    public void HaveFindingFor_and_NotHaveFindingFor_go_by_claim()
    {
        Report.Should().HaveFindingFor("m2").WithRule("FC007").Which.Claims.Should().Equal("m1", "m2");
        Report.Should().NotHaveFindingFor("nobody");
        var act = () => Report.Should().HaveFindingFor("nobody");
        act.Should().Throw<XunitException>().WithMessage("Expected report to have a finding for claim \"nobody\", but it has none; its findings are:*FC002*FC007*");
    }

    [Fact]
    public void Steps_inside_an_assertion_scope_report_every_failure_together()
    {
        var act = () =>
        {
            using var scope = new AssertionScope();
            _ = Report.Should().HaveFinding("FC001").Which;
            Report.Should().HaveFinding("FC002").WithSeverity(Severity.Error);
        };
        act.Should().Throw<XunitException>().WithMessage("*finding of \"FC001\"*\"FC002 at error\"*");
    }
}
