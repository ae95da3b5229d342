namespace FactCheck.Tests.Rules;

public class UnitConversionTests
{
    private static CheckReport TwoFigures(string first, string firstUnit, string second, string secondUnit) => RuleTestKit.Check(b =>
    {
        b.Observation("a", "road", first).Unit(firstUnit).At("2020-09-09").From("s1");
        b.Observation("b", "road", second).Unit(secondUnit).At("2020-09-09").From("s2");
    });

    [Theory]
    [InlineData("100", "km", "62", "miles")]
    [InlineData("160.9", "kilometres", "100", "mi")]
    [InlineData("5,000", "tonnes", "5 million", "kg")]
    [InlineData("5,000", "metric tons", "5,000,000", "kilograms")]
    [InlineData("1 million", "barrels", "42 million", "gallons")]
    [InlineData("1,000", "litres", "1", "cubic metres")]
    [InlineData("100", "hectares", "247", "acres")]
    [InlineData("3,280", "feet", "1", "kilometer")]
    [InlineData("44.4", "GW", "44,400", "megawatts")]
    [InlineData("35", "gigawatts", "35", "gw")]
    [InlineData("1.2", "TWh", "1,200", "GWh")]
    [InlineData("2,500", "kilowatt-hours", "2.5", "MWh")]
    public void Figures_that_agree_in_units_that_convert_give_no_finding(string first, string firstUnit, string second, string secondUnit) =>
        TwoFigures(first, firstUnit, second, secondUnit).Findings.Should().BeEmpty();

    [Fact]
    public void Exact_figures_are_converted_exactly_so_a_small_difference_still_counts() =>
        TwoFigures("3,281", "feet", "1", "kilometer").Findings.Single().Message
            .Should().Be("road: 3,281 feet on 2020-09-09 (s1) and 1 kilometer on 2020-09-09 (s2) cannot both be true: they differ by 0.16 feet.");

    [Fact]
    public void Figures_that_disagree_in_units_that_convert_conflict_and_are_shown_as_stated()
    {
        var finding = TwoFigures("161", "km", "62", "miles").Findings.Should().ContainSingle().Which;
        finding.RuleId.Should().Be("FC001");
        finding.Message.Should().StartWith("road: 161 km on 2020-09-09 (s1) and 62 miles on 2020-09-09 (s2) cannot both be true: they differ by 61");
        finding.Message.Should().EndWith(" km.");
        finding.Evidence["difference"].Should().BeApproximately(99.779328 - 161, 1e-6, "the difference is in the first figure's unit");
    }

    [Fact]
    public void Figures_in_one_unit_that_converts_are_shown_and_subtracted_in_it() =>
        TwoFigures("161", "km", "100", "km").Findings.Single().Message
            .Should().Be("road: 161 km on 2020-09-09 (s1) and 100 km on 2020-09-09 (s2) cannot both be true: they differ by 61 km.");

    [Fact]
    public void Units_of_different_kinds_are_still_a_mismatch()
    {
        var report = TwoFigures("100", "km", "100", "kg");
        report.Findings.Select(f => f.RuleId).Should().Equal("FC010");
        report.Findings.Single().Message.Should().StartWith("road: figures are given in km (a) and kg (b), which cannot be compared");
    }

    [Fact]
    public void Power_and_energy_are_units_of_different_kinds() =>
        TwoFigures("5", "MW", "5", "MWh").Findings.Select(f => f.RuleId).Should().Equal("FC010");

    [Fact]
    public void Gigawatts_and_megawatts_that_disagree_conflict() =>
        TwoFigures("4.2", "GW", "5,900", "MW").Findings.Single().Message
            .Should().Be("road: 4.2 gw on 2020-09-09 (s1) and 5,900 mw on 2020-09-09 (s2) cannot both be true: they differ by 1.7 gw.", "units are named as the claims name them, in lower case");

    [Fact]
    public void Kilometres_and_miles_are_no_mismatch() =>
        TwoFigures("100", "km", "500", "miles").Findings.Select(f => f.RuleId).Should().Equal("FC001");

    [Fact]
    public void Figures_in_two_currencies_are_neither_compared_nor_a_mismatch() =>
        TwoFigures("740 billion", "USD", "100 billion", "euros").Findings.Should().BeEmpty();

    [Fact]
    public void A_currency_beside_a_unit_that_is_no_currency_is_still_a_mismatch() =>
        TwoFigures("740 billion", "USD", "740 billion", "troops").Findings.Select(f => f.RuleId).Should().Equal("FC010");

    [Fact]
    public void Figures_in_one_currency_are_compared() =>
        TwoFigures("740 billion", "USD", "500 billion", "dollars").Findings.Select(f => f.RuleId).Should().Equal("FC001");

    [Fact]
    public void A_figure_without_a_unit_is_not_compared_with_one_in_a_unit_that_converts() =>
        TwoFigures("100", "km", "100,000", " ").Findings.Should().BeEmpty();

    [Fact]
    public void A_figure_without_a_unit_is_compared_with_one_in_a_unit_that_does_not_convert() =>
        TwoFigures("5,200", "troops", "3,000", " ").Findings.Select(f => f.RuleId).Should().Equal("FC001");

    [Fact]
    public void Target_in_another_unit_that_converts_is_compared_in_one_unit()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Target("goal", "spill", "under 10,000").Unit("tonnes").By("2020-09-30").From("s1");
            b.Observation("now", "spill", "20 million").Unit("kg").At("2020-09-09").From("s2");
        }).Findings.Should().ContainSingle().Which;
        finding.RuleId.Should().Be("FC002");
        finding.Message.Should().StartWith("spill: 20 million kg on 2020-09-09 (s2) is outside the target <10,000 tonnes due 2020-09-30 (s1): a cut of more than 10,000 tonnes is needed");
    }

    [Fact]
    public void Target_missed_in_another_unit_that_converts_says_by_how_much_in_the_target_s_unit() =>
        RuleTestKit.Check(b =>
        {
            b.Target("goal", "spill", "under 10,000").Unit("tonnes").By("2020-09-30").From("s1");
            b.Observation("now", "spill", "11 million").Unit("kg").At("2020-09-30").From("s2");
        }).Findings("FC003").Single().Message.Should().Contain("misses the target <10,000 tonnes due 2020-09-30 (s1) by more than 1,000 tonnes, on the deadline day");

    [Fact]
    public void Target_met_in_another_unit_that_converts_gives_no_finding() =>
        RuleTestKit.Check(b =>
        {
            b.Target("goal", "spill", "under 10,000").Unit("tonnes").By("2020-09-30").From("s1");
            b.Observation("now", "spill", "9 million").Unit("kg").At("2020-09-30").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void Part_larger_than_its_whole_in_another_unit_is_found_and_measured_in_the_whole_s_unit()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.PartOf("part", "whole");
            b.Observation("p", "part", "2,000").Unit("kg").At("2020").From("s1");
            b.Observation("w", "whole", "1").Unit("t").At("2020").From("s1");
        }).Findings("FC005").Single();
        finding.Evidence["excess"].Should().Be(1);
        finding.Message.Should().Be("part: 2,000 kg in 2020 (s1) exceeds whole: 1 t in 2020 (s1), of which it is a part.");
    }

    [Fact]
    public void Part_within_its_whole_in_another_unit_gives_no_finding() =>
        RuleTestKit.Check(b =>
        {
            b.PartOf("part", "whole");
            b.Observation("p", "part", "900").Unit("kg").At("2020").From("s1");
            b.Observation("w", "whole", "1").Unit("t").At("2020").From("s1");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void Change_in_another_unit_that_converts_is_held_against_the_figures()
    {
        var report = RuleTestKit.Check(b =>
        {
            b.Observation("then", "road", "100").Unit("km").At("2020-01").From("s1");
            b.Observation("now", "road", "70").Unit("miles").At("2020-06").From("s1");
            b.Change("fell", "road", ChangeDirection.Decrease).Over("2020-01/2020-06").From("s1");
        });
        report.Findings("FC004").Single().Message.Should().Contain("100 km in 2020-01 (s1) and 70 miles in 2020-06 (s1) show a rise of 13 km");
    }
}
