namespace FactCheck.Tests.Rules;

public class EventRulesTests
{
    [Fact]
    public void Wrong_weekday_is_an_error_that_gives_the_fix()
    {
        var finding = RuleTestKit.Check(b => b.Event("e", "announcement").At("2020-09-10").OnA(IsoDayOfWeek.Wednesday).From("s2")).Findings.Single();
        finding.RuleId.Should().Be("FC006");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Be("announcement: 2020-09-10 (s2) is given as a Wednesday, but 2020-09-10 is a Thursday; the nearest Wednesday is 2020-09-09.");
        finding.Evidence["daysToNearest"].Should().Be(-1);
    }

    [Fact]
    public void Nearest_weekday_may_lie_ahead() =>
        RuleTestKit.Check(b => b.Event("e", "x").At("2020-09-08").OnA(IsoDayOfWeek.Wednesday).From("s1")).Findings.Single().Evidence["daysToNearest"].Should().Be(1);

    [Fact]
    public void Right_weekday_gives_nothing() =>
        RuleTestKit.Check(b => b.Event("e", "x").At("2020-11-03").OnA(IsoDayOfWeek.Tuesday).From("s1")).Findings.Should().BeEmpty();

    [Fact]
    public void Weekday_of_a_time_that_is_not_one_day_is_not_checked() =>
        RuleTestKit.Check(b => b.Event("e", "x").At("2020-11").OnA(IsoDayOfWeek.Tuesday).From("s1")).Findings.Should().BeEmpty();

    [Fact]
    public void Events_on_different_days_conflict()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Event("a", "election").At("2020-11-03").From("s1");
            b.Event("b", "election").At("2020-11-04").From("s2");
        }).Findings.Single();
        finding.RuleId.Should().Be("FC008");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Be("election: on 2020-11-03 (s1) and on 2020-11-04 (s2) cannot both be when it happened: they are 1 day apart.");
    }

    [Fact]
    public void Vague_time_containing_the_precise_one_agrees() =>
        RuleTestKit.Check(b =>
        {
            b.Event("a", "election").At("2020-11").From("s1");
            b.Event("b", "election").At("2020-11-03").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void Each_conflicting_pair_is_one_finding()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Event("a", "election").At("2020-11-03").From("s1");
            b.Event("b", "election").At("2020-11-03").From("s1");
            b.Event("c", "election").At("2020-11-05").From("s2");
        });
        report.Findings("FC008").Select(f => string.Join(",", f.Claims)).Should().BeEquivalentTo("a,c", "b,c");
    }

    [Fact]
    public void Different_subjects_never_conflict() =>
        RuleTestKit.Check(b =>
        {
            b.Event("a", "election").At("2020-11-03").From("s1");
            b.Event("b", "inauguration").At("2021-01-20").From("s1");
        }).Findings.Should().BeEmpty();
}
