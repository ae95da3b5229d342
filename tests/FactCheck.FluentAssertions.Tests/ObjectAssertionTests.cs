using FactCheck;
using FactCheck.FluentAssertions;
using Xunit.Sdk;

namespace Newsroom.Tests;

/// <summary>
/// Importing FactCheck.FluentAssertions must not hide FluentAssertions' general object assertions: that these
/// compile is most of the test; that they pass and fail as FluentAssertions' do is the rest.
/// </summary>
public class ObjectAssertionTests
{
    private static ClaimSet Claims(string figure = "8,600")
    {
        var set = ClaimSet.CreateBuilder("one");
        set.Source("s1", published: new LocalDate(2020, 9, 9));
        set.Observation("a", "x", figure).From("s1");
        return set.Build();
    }

    [Fact]
    public void Report_keeps_Be_BeSameAs_NotBeNull_and_BeEquivalentTo()
    {
        var report = new FactChecker().Check(Claims());
        report.Should().Be(report);
        report.Should().Be(new FactChecker().Check(Claims()), "the same claims give an equal report");
        report.Should().BeSameAs(report).And.NotBeNull();
        report.Should().BeEquivalentTo(new FactChecker().Check(Claims()));
        report.Should().NotBe(new FactChecker().Check(Articles.Conflicting()));
        report.Should().HaveNoFindings().And.Be(report);
    }

    [Fact]
    public void Claim_set_keeps_Be_NotBe_and_NotBeNull()
    {
        var claims = Claims();
        claims.Should().NotBeNull();
        claims.Should().Be(Claims());
        claims.Should().NotBe(Claims("9,000"));
        claims.Should().BeConsistent().And.Be(claims);
    }

    [Fact]
    public void Be_fails_as_FluentAssertions_does()
    {
        var act = () => new FactChecker().Check(Claims()).Should().Be(new FactChecker().Check(Articles.Conflicting()), "the figures {0}", "changed");
        act.Should().Throw<XunitException>().WithMessage("Expected *to be*because the figures changed*");
    }

    [Fact]
    public void Null_report_fails_NotBeNull()
    {
        var act = () => ((CheckReport)null!).Should().NotBeNull();
        act.Should().Throw<XunitException>().WithMessage("Expected * not to be <null>*");
    }
}
