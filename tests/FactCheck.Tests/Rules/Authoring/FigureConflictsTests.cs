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
        var index = IndexOf(
            // The first series is longer, with a day of several conflicting figures and an overlapping month.
            ("a1", "first", "5,200", "2020-09-09"),
            ("a2", "first", "3,000", "2020-09-09"),
            ("a3", "first", "9,900", "2020-09-09"),
            ("a4", "first", "20,000", "2020-09"),
            ("a5", "first", "70", "2020-10-01"),
            // The second is shorter: a month and a day in it that conflict, and a day that agrees.
            ("b1", "second", "400", "2020-09"),
            ("b2", "second", "8,000", "2020-09-09"),
            ("b3", "second", "8,000", "2020-09-10"));
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
        var index = IndexOf(
            ("a1", "first", "5,200", "2020-09-09"),
            ("a2", "first", "3,000", "2020-09-09"),
            ("b1", "second", "400", "2020-09"),
            ("b2", "second", "8,000", "2020-09-09"));
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

    [Fact]
    public void Running_series_whose_figures_agree_allocates_nothing_once_the_instance_has_run_one()
    {
        // FC001 runs one instance over each of a million figures' 40,000 series: a delegate made for each run (96 bytes
        // with its state) was memory written once and dropped, some 4 MB on such a set.
        var index = IndexOf(
            ("a1", "first", "5,200", "2020-09-09"),
            ("a2", "first", "about 5,000", "2020-09"),
            ("a3", "first", "5,200", "2020-10-01"),
            ("b1", "second", "400", "2020-09"),
            ("b2", "second", "400", "2020-09-09"),
            ("b3", "second", "between 350 and 450", "2020-09-10"));
        var (first, second) = (index.ObservationsOf("first", "count").Items, index.ObservationsOf("second", "count").Items);
        var conflicts = new FigureConflicts(CheckSettings.Default.Units);
        Action<IReadOnlyList<Statement>> sameDays = static _ => throw new InvalidOperationException("The figures agree.");
        Action<Statement, Statement> overlapping = static (_, _) => throw new InvalidOperationException("The figures agree.");
        void RunBoth()
        {
            conflicts.Run(first, Figure.Of, static e => e.Interval, sameDays, overlapping, CancellationToken.None);
            // The overload without the intervals, which a rule of one's own may well call, takes them from the figures.
            conflicts.Run(second, Figure.Of, sameDays, overlapping, CancellationToken.None);
        }

        RunBoth();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++) RunBoth();

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    private static ClaimIndex IndexOf(params (string Id, string Subject, string Value, string Time)[] figures)
    {
        var builder = ClaimSet.CreateBuilder("figures").AsOf(new LocalDate(2021, 1, 1));
        foreach (var (id, subject, value, time) in figures) builder.Observation(id, subject, value).At(time);
        return ClaimIndex.Build(builder.Build(), CheckSettings.Default);
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
