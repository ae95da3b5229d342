using FactCheck.Checking;
using FactCheck.Rules.Authoring;

namespace FactCheck.Tests.Rules.Authoring;

/// <summary>
/// One FigureConflicts serves series after series and keeps each statement's lead figure while it runs one: what it
/// kept for one series must never stand for another's.
/// </summary>
public class FigureConflictsTests
{
    [Fact]
    public void An_instance_run_on_a_second_series_reports_that_series_figures_not_the_first_ones()
    {
        var builder = ClaimSet.CreateBuilder("reuse").AsOf(new LocalDate(2021, 1, 1));
        // The first series is longer, with a day of several conflicting figures and an overlapping month.
        builder.Observation("a1", "first", "5,200").At("2020-09-09");
        builder.Observation("a2", "first", "3,000").At("2020-09-09");
        builder.Observation("a3", "first", "9,900").At("2020-09-09");
        builder.Observation("a4", "first", "20,000").At("2020-09");
        builder.Observation("a5", "first", "70").At("2020-10-01");
        // The second is shorter: a month and a day in it that conflict, and a day that agrees.
        builder.Observation("b1", "second", "400").At("2020-09");
        builder.Observation("b2", "second", "8,000").At("2020-09-09");
        builder.Observation("b3", "second", "8,000").At("2020-09-10");
        var index = ClaimIndex.Build(builder.Build(), CheckSettings.Default);
        var conflicts = new FigureConflicts(CheckSettings.Default.Units);

        var first = Run(conflicts, index.ObservationsOf("first", "count").Items);
        var second = Run(conflicts, index.ObservationsOf("second", "count").Items);
        var alone = Run(new FigureConflicts(CheckSettings.Default.Units), index.ObservationsOf("second", "count").Items);

        first.Should().Contain("same a1 a2 a3").And.OnlyContain(line => IdsStartWith(line, 'a'));
        second.Should().Equal(alone);
        second.Should().Contain("overlap b1 b2").And.Contain("overlap b1 b3").And.OnlyContain(line => IdsStartWith(line, 'b'));
    }

    [Fact]
    public void Running_an_instance_again_from_its_own_callback_throws_and_leaves_it_usable()
    {
        var builder = ClaimSet.CreateBuilder("reentry").AsOf(new LocalDate(2021, 1, 1));
        builder.Observation("a1", "first", "5,200").At("2020-09-09");
        builder.Observation("a2", "first", "3,000").At("2020-09-09");
        builder.Observation("b1", "second", "400").At("2020-09");
        builder.Observation("b2", "second", "8,000").At("2020-09-09");
        var index = ClaimIndex.Build(builder.Build(), CheckSettings.Default);
        var first = index.ObservationsOf("first", "count").Items;
        var second = index.ObservationsOf("second", "count").Items;
        var conflicts = new FigureConflicts(CheckSettings.Default.Units);

        var again = () => conflicts.Run(
            first,
            Figure.Of,
            static e => e.Interval,
            _ => Run(conflicts, second),
            static (_, _) => { },
            CancellationToken.None);

        again.Should().Throw<InvalidOperationException>().WithMessage("*callback may not run it again*");
        Run(conflicts, second).Should().Equal("overlap b1 b2");
        Run(conflicts, first).Should().Equal("same a1 a2");
    }

    private static bool IdsStartWith(string line, char series) => line.Split(' ').Skip(1).All(id => id[0] == series);

    private static List<string> Run(FigureConflicts conflicts, System.Collections.Immutable.ImmutableArray<ObservationEntry> series)
    {
        var found = new List<string>();
        conflicts.Run(
            series,
            Figure.Of,
            static e => e.Interval,
            statements => found.Add("same " + string.Join(' ', statements.SelectMany(s => s.Ids))),
            (earlier, later) => found.Add($"overlap {string.Join(' ', earlier.Ids)} {string.Join(' ', later.Ids)}"),
            CancellationToken.None);
        return found;
    }
}
