namespace FactCheck.Tests.Rules;

public class ConflictingFiguresRuleTests
{
    private static CheckReport Two(string first, string firstTime, string second, string secondTime, string? unit2 = null, string? unit1 = null) => RuleTestKit.Check(b =>
    {
        var a = b.Observation("a", "us-troops/iraq", first).At(firstTime).From("s1");
        if (unit1 is not null) a.Unit(unit1);
        var o = b.Observation("b", "us-troops/iraq", second).At(secondTime).From("s2");
        if (unit2 is not null) o.Unit(unit2);
    });

    [Fact]
    public void Different_figures_on_the_same_day_are_a_certain_conflict()
    {
        var finding = Two("5,200", "2020-09-09", "3,000", "2020-09-09").Findings.Should().ContainSingle().Which;
        finding.RuleId.Should().Be("FC001");
        finding.Severity.Should().Be(Severity.Error);
        finding.Claims.Should().Equal("a", "b");
        finding.Message.Should().Be("us-troops/iraq: 5,200 on 2020-09-09 (s1) and 3,000 on 2020-09-09 (s2) cannot both be true: they differ by 2,200.");
        finding.Evidence["difference"].Should().Be(-2200);
    }

    [Fact]
    public void Same_month_at_month_precision_is_a_certain_conflict() =>
        Two("5,200", "2020-09", "3,000", "2020-09").Findings.Single().Severity.Should().Be(Severity.Error);

    [Fact]
    public void Month_against_a_day_inside_it_is_a_possible_conflict() =>
        Two("5,200", "2020-09", "3,000", "2020-09-09").Findings.Single().Severity.Should().Be(Severity.Warning);

    [Fact]
    public void Figures_at_times_that_do_not_overlap_never_conflict() =>
        Two("5,200", "2020-08", "3,000", "2020-09").Findings.Should().BeEmpty();

    [Fact]
    public void Approximate_figure_and_a_nearby_exact_one_agree() =>
        Two("approximately 5,200", "2020-09-09", "5,000", "2020-09-09").Findings.Should().BeEmpty();

    [Fact]
    public void Round_figures_agree_within_their_implied_precision() =>
        // 3,000 stands for [2,500, 3,500]; 3,400 lies inside.
        Two("3,000", "2020-09-09", "3,400", "2020-09-09").Findings.Should().BeEmpty();

    [Fact]
    public void Round_figures_disagree_just_outside_their_implied_precision() =>
        Two("3,000", "2020-09-09", "3,600", "2020-09-09").Findings.Should().ContainSingle();

    [Fact]
    public void Open_and_closed_bounds_decide_at_the_edge()
    {
        Two("less than 4,001", "2020-09-09", "between 4,001 and 5,000", "2020-09-09").Findings.Should().ContainSingle();
        Two("less than 4,000", "2020-09-09", "between 4,000 and 5,000", "2020-09-09").Findings.Should().ContainSingle();
        Two("at most 4,001", "2020-09-09", "between 4,001 and 5,000", "2020-09-09").Findings.Should().BeEmpty();
        Two("at most 4,000", "2020-09-09", "between 4,000 and 5,000", "2020-09-09").Findings.Should().BeEmpty();
        Two("less than five thousand", "2020-09-09", "between 4,000 and 5,000", "2020-09-09").Findings.Should().BeEmpty();
    }

    [Fact]
    public void Tolerance_edge_is_inclusive()
    {
        // about 5,000 is [4,500, 5,500]; exactly 5,501 lies outside, exactly 5,499 inside (implied precision of an unround figure is nil).
        Two("about 5,000", "2020-09-09", "5,499", "2020-09-09").Findings.Should().BeEmpty();
        Two("about 5,000", "2020-09-09", "5,501", "2020-09-09").Findings.Should().ContainSingle();
    }

    [Fact]
    public void Figures_in_units_that_cannot_be_reconciled_are_not_compared_but_reported_as_unit_mismatch()
    {
        var report = Two("5,200", "2020-09-09", "3,000", "2020-09-09", unit2: "dollars", unit1: "troops");
        report.Findings("FC001").Should().BeEmpty();
        report.Findings("FC010").Should().ContainSingle();
    }

    [Fact]
    public void Figure_without_a_unit_compares_with_any_unit()
    {
        var report = Two("5,200", "2020-09-09", "3,000", "2020-09-09", unit2: "dollars");
        report.Findings("FC001").Should().ContainSingle();
        report.Findings("FC010").Should().BeEmpty();
    }

    [Fact]
    public void Aliased_units_are_compared()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("a", "x", "5,200").Unit("troops").At("2020-09-09").From("s1");
            b.Observation("b", "x", "3,000").Unit("service members").At("2020-09-09").From("s2");
        });
        report.Findings("FC001").Should().ContainSingle();
    }

    [Fact]
    public void Reference_source_makes_the_other_claim_the_likely_error()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Source("dataset", "Official figures", trust: SourceTrust.Reference);
            b.Observation("official", "x", "5,200").At("2020-09-09").From("dataset");
            b.Observation("article", "x", "3,000").At("2020-09-09").From("s1");
        });
        var finding = report.Findings("FC001").Single();
        finding.Claims.Should().Equal("article", "official");
        finding.Message.Should().EndWith("dataset is a reference source, so article is the likely error.");
    }

    [Fact]
    public void Three_disagreeing_figures_for_one_day_are_one_finding()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Observation("a", "x", "1,001").At("2020-09-09").From("s1");
            b.Observation("b", "x", "2,001").At("2020-09-09").From("s1");
            b.Observation("c", "x", "3,001").At("2020-09-09").From("s2");
        }).Findings("FC001").Should().ContainSingle().Which;
        finding.Claims.Should().Equal("a", "b", "c");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Be("x: 3 figures on 2020-09-09 cannot all be true: 1,001 (s1), 2,001 (s1) and 3,001 (s2); they range from 1,001 to 3,001.");
        finding.Evidence["figures"].Should().Be(3);
    }

    [Fact]
    public void A_figure_restated_by_several_sources_is_one_statement_named_with_all_of_them()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Source("s3", "Source three");
            b.Source("s4", "Source four");
            b.Observation("a", "x", "5,200").At("2020-09-09").From("s1");
            b.Observation("b", "x", "3,000").At("2020-09-09").From("s2");
            b.Observation("c", "x", "5,200").At("2020-09-09").From("s3");
            b.Observation("d", "x", "5,200").At("2020-09-09").From("s4");
        }).Findings("FC001").Should().ContainSingle().Which;
        finding.Claims.Should().Equal("a", "c", "d", "b");
        finding.Message.Should().Be("x: 5,200 on 2020-09-09 (stated by 3 sources: s1; s3; s4) and 3,000 on 2020-09-09 (s2) cannot both be true: they differ by 2,200.");
    }

    [Fact]
    public void A_figure_compatible_with_both_sides_is_not_named_in_their_conflict()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Source("s3", "Source three");
            b.Observation("a", "x", "between 1,000 and 2,000").At("2020-09-09").From("s1");
            b.Observation("b", "x", "between 1,500 and 2,500").At("2020-09-09").From("s2");
            b.Observation("c", "x", "between 2,200 and 3,000").At("2020-09-09").From("s3");
        }).Findings("FC001").Should().ContainSingle().Which;
        finding.Claims.Should().Equal("a", "c");
    }

    [Fact]
    public void Figures_from_different_named_parties_are_a_disputed_figure_at_info()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Observation("a", "march/crowd", "5,000").At("2020-09-09").From("s1").SaidBy("police");
            b.Observation("b", "march/crowd", "20,000").At("2020-09-09").From("s1").SaidBy("organisers");
            b.Observation("c", "march/crowd", "5,000").At("2020-09-09").From("s2").SaidBy("Police");
        }).Findings("FC001").Should().ContainSingle().Which;
        finding.Severity.Should().Be(Severity.Info);
        finding.Claims.Should().Equal("a", "c", "b");
        finding.Message.Should().Be("march/crowd: 5,000 on 2020-09-09 (stated by 2 sources: police, s1; Police, s2) and 20,000 on 2020-09-09 (organisers, s1) cannot both be true: they differ by 15,000. The figures come from different parties: a disputed figure, keep each attributed.");
    }

    [Fact]
    public void One_party_contradicting_itself_for_overlapping_times_is_still_an_error() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("a", "march/crowd", "5,000").At("2020-09").From("s1").SaidBy("police");
            b.Observation("b", "march/crowd", "20,000").At("2020-09-09").From("s2").SaidBy("police");
        }).Findings("FC001").Should().ContainSingle().Which.Severity.Should().Be(Severity.Warning);

    [Fact]
    public void One_party_giving_a_second_figure_for_the_same_day_revises_it_rather_than_contradicting_itself()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("a", "march/crowd", "5,000").At("2020-09-09").From("s1").SaidBy("police");
            b.Observation("b", "march/crowd", "20,000").At("2020-09-09").From("s2").SaidBy("police");
        });
        report.Findings("FC001").Should().BeEmpty();
        report.Findings("FC013").Should().ContainSingle().Which.Claims.Should().Equal("b", "a");
    }

    [Fact]
    public void An_unattributed_figure_against_an_attributed_one_is_still_an_error() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("a", "march/crowd", "5,000").At("2020-09-09").From("s1").SaidBy("police");
            b.Observation("b", "march/crowd", "20,000").At("2020-09-09").From("s2");
        }).Findings("FC001").Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);

    [Fact]
    public void Eight_thousand_mutually_conflicting_reports_of_one_day_are_one_finding()
    {
        var finding = RuleTestKit.Check(b =>
        {
            for (var i = 0; i < 8000; i++)
            {
                b.Observation($"c{i}", "x", ((i + 1) * 1000).ToString(System.Globalization.CultureInfo.InvariantCulture)).At("2020-09-09").From("s1");
            }
        }).Findings("FC001").Should().ContainSingle().Which;
        finding.Claims.Should().HaveCount(8000);
        finding.Message.Length.Should().BeLessThan(400, "a long list is cut to its first few");
    }

    [Fact]
    public void Overlapping_times_report_each_figure_against_at_most_one_earlier_figure_each_way()
    {
        // A month figure, then many day figures in it above and below: each day meets the month once.
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("m", "x", "5,000").At("2020-09").From("s1");
            for (var day = 1; day <= 30; day++)
            {
                var value = day % 2 == 0 ? "9,000" : "1,000";
                b.Observation($"d{day}", "x", value).At($"2020-09-{day:00}").From("s2");
            }
        });
        report.Findings("FC001").Should().HaveCount(30).And.OnlyContain(f => f.Severity == Severity.Warning && f.Claims.Contains("m"));
    }

    [Fact]
    public void Different_metrics_are_never_compared()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("a", "x", "5,200").At("2020-09-09").From("s1");
            b.Observation("b", "x", "3,000").Metric("budget").At("2020-09-09").From("s1");
        });
        report.Findings.Should().BeEmpty();
    }

    [Fact]
    public void The_same_number_in_two_convertible_units_is_two_statements_not_one()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Observation("a", "road/length", "1,001").Unit("km").At("2020-09-09").From("s1");
            b.Observation("b", "road/length", "1,001").Unit("miles").At("2020-09-09").From("s2");
        }).Findings("FC001").Should().ContainSingle().Which;
        finding.Claims.Should().Equal("a", "b");
        finding.Message.Should().Contain("1,001 km on 2020-09-09 (s1) and 1,001 miles on 2020-09-09 (s2) cannot both be true");
    }

    [Fact]
    public void A_clique_of_figures_for_overlapping_times_gives_one_finding_per_figure_not_per_pair()
    {
        // Each figure spans from its own day to the last, so all overlap; figures of 1,001, 2,001 … are exact, so
        // each is disjoint from every other, and the highest comes first.
        var last = new NodaTime.LocalDate(2020, 9, 9);
        var report = RuleTestKit.Check(b =>
        {
            for (var i = 0; i < 2000; i++)
            {
                var from = NodaTime.Text.LocalDatePattern.Iso.Format(last.PlusDays(-i));
                b.Observation($"c{i}", "x", ((i + 1) * 1000 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).At($"{from}/2020-09-09").From("s1");
            }
        });
        report.Findings("FC001").Should().HaveCount(1999);
    }

    [Fact]
    public void A_figure_without_a_unit_is_not_compared_with_one_in_a_convertible_unit_on_the_same_day() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("bare", "road/length", "3,000").At("2020-09-09").From("s1");
            b.Observation("km", "road/length", "100").Unit("km").At("2020-09-09").From("s2");
        }).Findings("FC001").Should().BeEmpty();

    [Fact]
    public void Figures_without_a_unit_still_conflict_with_each_other_beside_a_convertible_unit() =>
        RuleTestKit.Check(b =>
        {
            b.Observation("a", "road/length", "3,001").At("2020-09-09").From("s1");
            b.Observation("b", "road/length", "5,001").At("2020-09-09").From("s2");
            b.Observation("km", "road/length", "100").Unit("km").At("2020-09-09").From("s2");
        }).Findings("FC001").Should().ContainSingle().Which.Claims.Should().Equal("a", "b");

    [Fact]
    public void Three_figures_in_convertible_units_range_in_the_first_figures_unit()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Observation("a", "road/length", "120.1").Unit("km").At("2020-09-09").From("s1");
            b.Observation("b", "road/length", "90.1").Unit("miles").At("2020-09-09").From("s2");
            b.Observation("c", "road/length", "51.1").Unit("km").At("2020-09-09").From("s2");
        }).Findings("FC001").Should().ContainSingle().Which;
        finding.Message.Should().EndWith("they range from 51.1 km to 90.1 miles.");
        finding.Evidence["lowest"].Should().Be(51.1);
    }

    [Fact]
    public void A_clique_of_one_day_beside_a_figure_for_its_month_gives_bounded_findings()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("month", "x", "between 0 and 1000000000").At("2020-09").From("s1");
            for (var i = 0; i < 2000; i++)
            {
                b.Observation($"c{i}", "x", ((i + 1) * 1000 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).At("2020-09-15").From("s1");
            }
        });
        report.Findings("FC001").Should().ContainSingle().Which.Claims.Should().HaveCount(2000);
    }
}
