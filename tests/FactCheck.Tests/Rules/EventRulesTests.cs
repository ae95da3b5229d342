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
    public void Conflicting_dates_of_one_event_are_one_finding_naming_every_claim()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Event("a", "election").At("2020-11-03").From("s1");
            b.Event("b", "election").At("2020-11-03").From("s2");
            b.Event("c", "election").At("2020-11-05").From("s2");
        });
        var finding = report.Findings("FC008").Should().ContainSingle().Which;
        finding.Claims.Should().Equal("a", "b", "c");
        finding.Message.Should().Be("election: on 2020-11-03 (stated by 2 sources: s1; s2) and on 2020-11-05 (s2) cannot both be when it happened: they are 2 days apart.");
        finding.Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void Three_dates_that_cannot_all_be_right_are_one_finding_spanning_them()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Event("a", "election").At("2020-11-03").From("s1");
            b.Event("b", "election").At("2020-11-04").From("s2");
            b.Event("c", "election").At("2020-11").From("s2");
            b.Event("d", "election").At("2020-11-10").From("s2");
        }).Findings("FC008").Should().ContainSingle().Which;
        // The month agrees with every day in it, so it is not part of the conflict.
        finding.Claims.Should().Equal("a", "b", "d");
        finding.Message.Should().Contain("cannot all be when it happened: they span 7 days");
    }

    [Fact]
    public void Dates_from_different_named_parties_are_a_dispute_at_info()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Event("a", "raid").At("2020-11-03").From("s1").SaidBy("police");
            b.Event("b", "raid").At("2020-11-04").From("s2").SaidBy("residents");
        }).Findings("FC008").Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Info);
        finding.Message.Should().EndWith("a disputed figure, keep each attributed.");
    }

    [Fact]
    public void One_party_giving_two_dates_is_still_an_error() =>
        RuleTestKit.Check(b =>
        {
            b.Event("a", "raid").At("2020-11-03").From("s1").SaidBy("police");
            b.Event("b", "raid").At("2020-11-04").From("s2").SaidBy("Police");
        }).Findings("FC008").Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);

    [Fact]
    public void Eight_thousand_different_dates_of_one_event_are_one_finding()
    {
        var start = new NodaTime.LocalDate(2000, 1, 1);
        var finding = RuleTestKit.Check(b =>
        {
            for (var i = 0; i < 8000; i++)
            {
                b.Event($"e{i}", "election").At(NodaTime.Text.LocalDatePattern.Iso.Format(start.PlusDays(i))).From("s1");
            }
        }).Findings("FC008").Should().ContainSingle().Which;
        finding.Claims.Should().HaveCount(8000);
        finding.Message.Length.Should().BeLessThan(400, "a long list is cut to its first few");
    }

    [Fact]
    public void Different_subjects_never_conflict() =>
        RuleTestKit.Check(b =>
        {
            b.Event("a", "election").At("2020-11-03").From("s1");
            b.Event("b", "inauguration").At("2021-01-20").From("s1");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void A_wrong_weekday_restated_by_several_sources_is_one_finding_with_a_fix_for_each()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Event("a", "announcement").At("2020-09-10").OnA(NodaTime.IsoDayOfWeek.Wednesday).From("s1");
            b.Event("b", "announcement").At("2020-09-10").OnA(NodaTime.IsoDayOfWeek.Wednesday).From("s2");
            b.Event("c", "announcement").At("2020-09-10").OnA(NodaTime.IsoDayOfWeek.Friday).From("s2");
        }).Findings("FC006").Should().HaveCount(2).And.Subject.First();
        finding.Claims.Should().Equal("a", "b");
        finding.Message.Should().Be("announcement: 2020-09-10 (stated by 2 sources: s1; s2) is given as a Wednesday, but 2020-09-10 is a Thursday; the nearest Wednesday is 2020-09-09.");
        finding.Fixes.Select(f => f.ClaimId).Should().Equal("a", "b");
    }
}
