using FactCheck.Serialization;

namespace FactCheck.Tests.Rules;

/// <summary>FC016: the listed parts of a whole add up to no more than it, and, when complete, to it.</summary>
public class PartsExceedWholeRuleTests
{
    private static CheckReport Check(bool complete, params (string Subject, string Value)[] figures) =>
        RuleTestKit.Check(b =>
        {
            b.PartsOf("dead/quake", complete, "dead/turkey", "dead/syria");
            for (var i = 0; i < figures.Length; i++) b.Observation("c" + i, figures[i].Subject, figures[i].Value).At("2023-02-07").From("s1");
        });

    [Fact]
    public void Country_counts_that_add_up_to_more_than_the_stated_total_are_an_error()
    {
        var finding = Check(false, ("dead/turkey", "3,419"), ("dead/syria", "1,602"), ("dead/quake", "4,365")).Findings("FC016").Should().ContainSingle().Subject;
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Be("dead/quake: its parts add up to 5,021 (dead/turkey 3,419 on 2023-02-07 (s1); dead/syria 1,602 on 2023-02-07 (s1)), more than 4,365 on 2023-02-07 (s1).");
        finding.Claims.Should().Equal("c0", "c1", "c2");
        finding.Evidence["excess"].Should().Be(656);
    }

    [Fact]
    public void Parts_that_add_up_to_exactly_the_whole_are_fine() =>
        Check(true, ("dead/turkey", "3,419"), ("dead/syria", "1,602"), ("dead/quake", "5,021")).Findings("FC016").Should().BeEmpty();

    [Fact]
    public void A_nominal_sum_one_above_the_whole_within_the_rounding_is_a_warning()
    {
        // 3,000 stands for 2,500–3,500: the sum 3,001 is above it only nominally.
        var finding = Check(false, ("dead/turkey", "2,999"), ("dead/syria", "2"), ("dead/quake", "3,000")).Findings("FC016").Should().ContainSingle().Subject;
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().EndWith("The figures' tolerances still meet: check them.");
    }

    [Fact]
    public void A_sum_just_past_the_wholes_tolerance_is_an_error() =>
        Check(false, ("dead/turkey", "3,499"), ("dead/syria", "2"), ("dead/quake", "3,000")).Findings("FC016").Single().Severity.Should().Be(Severity.Error);

    [Fact]
    public void The_parts_with_figures_suffice_to_exceed_the_whole() =>
        Check(false, ("dead/turkey", "5,001"), ("dead/quake", "4,365")).Findings("FC016").Should().ContainSingle();

    [Fact]
    public void Parts_below_an_incomplete_whole_are_fine() =>
        Check(false, ("dead/turkey", "1,001"), ("dead/syria", "1,003"), ("dead/quake", "4,365")).Findings("FC016").Should().BeEmpty();

    [Fact]
    public void Complete_parts_that_add_up_to_less_are_an_error_that_says_so()
    {
        var finding = Check(true, ("dead/turkey", "1,001"), ("dead/syria", "1,003"), ("dead/quake", "4,365")).Findings("FC016").Should().ContainSingle().Subject;
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Contain("add up to 2,004").And.Contain("less than 4,365").And.Contain("though they are all of it");
        finding.Evidence["shortfall"].Should().Be(2361);
    }

    [Fact]
    public void Complete_parts_nominally_short_within_the_rounding_are_a_warning() =>
        Check(true, ("dead/turkey", "2,999"), ("dead/syria", "0"), ("dead/quake", "3,000")).Findings("FC016").Single().Severity.Should().Be(Severity.Warning);

    [Fact]
    public void A_shortfall_is_not_judged_while_a_part_has_no_figure() =>
        Check(true, ("dead/turkey", "1,001"), ("dead/quake", "4,365")).Findings("FC016").Should().BeEmpty();

    [Fact]
    public void Figures_at_other_times_are_not_added()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.PartsOf("dead/quake", false, "dead/turkey", "dead/syria");
            b.Observation("t", "dead/turkey", "3,419").At("2023-02-07").From("s1");
            b.Observation("s", "dead/syria", "1,602").At("2023-02-08").From("s1");
            b.Observation("w", "dead/quake", "4,365").At("2023-02-07").From("s1");
        });
        report.Findings("FC016").Should().BeEmpty();
    }

    [Fact]
    public void Of_a_parts_several_figures_at_the_time_the_latest_is_added()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.PartsOf("dead/quake", false, "dead/turkey", "dead/syria");
            b.Observation("t-month", "dead/turkey", "4,000").At("2023-02").From("s1");
            b.Observation("t-day", "dead/turkey", "3,000").At("2023-02-07").From("s1");
            b.Observation("s", "dead/syria", "1,000").At("2023-02-07").From("s1");
            b.Observation("w", "dead/quake", "4,500").At("2023-02-07").From("s1");
        });
        report.Findings("FC016").Should().BeEmpty();
    }

    [Fact]
    public void Figures_in_units_that_convert_are_converted_before_adding()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.PartsOf("road", false, "road/a", "road/b");
            b.Observation("a", "road/a", "1.5").Unit("km").At("2023-02-07").From("s1");
            b.Observation("b", "road/b", "600").Unit("m").At("2023-02-07").From("s1");
            b.Observation("w", "road", "2").Unit("km").At("2023-02-07").From("s1");
        });
        report.Findings("FC016").Single().Message.Should().Contain("add up to 2.1 km");
    }

    [Fact]
    public void Sums_near_decimals_limit_do_not_throw()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.PartsOf("w", false, "a", "b");
            b.Observation("a", "a", "79,228,162,514,264,337,593,543,950,335").At("2023-02-07").From("s1");
            b.Observation("b", "b", "79,228,162,514,264,337,593,543,950,335").At("2023-02-07").From("s1");
            b.Observation("w", "w", "79,228,162,514,264,337,593,543,950,335").At("2023-02-07").From("s1");
        });
        report.Findings("FC016").Should().ContainSingle();
    }

    [Fact]
    public void Each_listed_part_is_still_checked_against_the_whole_on_its_own_by_FC005() =>
        Check(false, ("dead/turkey", "5,001"), ("dead/quake", "4,365")).Findings("FC005").Should().ContainSingle();

    [Fact]
    public void A_whole_restated_by_two_outlets_is_one_finding_naming_both()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.PartsOf("dead/quake", false, "dead/turkey", "dead/syria");
            b.Observation("t", "dead/turkey", "3,419").At("2023-02-07").From("s1");
            b.Observation("s", "dead/syria", "1,602").At("2023-02-07").From("s1");
            b.Observation("w1", "dead/quake", "4,365").At("2023-02-07").From("s1");
            b.Observation("w2", "dead/quake", "4,365").At("2023-02-07").From("s2");
        });
        var finding = report.Findings("FC016").Should().ContainSingle().Subject;
        finding.Claims.Should().Equal("t", "s", "w1", "w2");
        finding.Message.Should().Contain("(stated by 2 sources: s1; s2)");
    }

    [Fact]
    public void Many_wholes_and_parts_cost_one_lookup_each()
    {
        // 20,000 whole figures on distinct days against two parts: a per-pair loop would take minutes.
        var report = RuleTestKit.Check(b =>
        {
            b.PartsOf("w", false, "a", "b");
            var day = new LocalDate(2000, 1, 1);
            for (var i = 0; i < 20_000; i++, day = day.PlusDays(1))
            {
                b.Observation("a" + i, "a", "7").At(day).From("s1");
                b.Observation("b" + i, "b", "5").At(day).From("s1");
                b.Observation("w" + i, "w", "11").At(day).From("s1");
            }
        });
        report.Findings("FC016").Should().HaveCount(20_000);
    }
}
