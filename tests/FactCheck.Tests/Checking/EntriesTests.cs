using System.Runtime.CompilerServices;
using FactCheck.Checking;
using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Checking;

/// <summary>
/// Index entries keep their parts flat and share their compared unit, so that one takes 48 bytes; from outside they
/// read, compare and copy as the records of their constructor's parts.
/// </summary>
public class EntriesTests
{
    private static readonly LocalDate Day = new(2020, 9, 9);

    private static Observation Figure(string id, LocalDate day) =>
        new(id, "us-troops/afghanistan", Quantity.Exactly(8_600m), FuzzyTime.Day(day), Unit.Of("km"));

    [Fact]
    public void An_entry_takes_48_bytes()
    {
        Unsafe.SizeOf<ObservationEntry>().Should().Be(48);
        Unsafe.SizeOf<TargetEntry>().Should().Be(48);
    }

    [Fact]
    public void An_entry_gives_back_the_parts_it_was_made_of()
    {
        var interval = ValueInterval.Create(8_550_000, false, 8_650_000, true);

        var (claim, read, unit, order, scale) = new ObservationEntry(Figure("a", Day), interval, Unit.Of("m"), 7, 1_000);

        claim.Id.Should().Be("a");
        read.Should().Be(interval);
        read.MinInclusive.Should().BeFalse();
        read.MaxInclusive.Should().BeTrue();
        unit.Should().Be(Unit.Of("m"));
        order.Should().Be(7);
        scale.Should().Be(1_000);
    }

    [Fact]
    public void Entries_of_the_same_parts_are_equal_however_made()
    {
        var claim = Figure("a", Day);
        var entry = new ObservationEntry(claim, ValueInterval.Point(8_600), Unit.Of("m"), 3, 1_000);

        entry.Should().Be(new ObservationEntry(claim, ValueInterval.Point(8_600), Unit.Of("m"), 3, 1_000));
        entry.GetHashCode().Should().Be(new ObservationEntry(claim, ValueInterval.Point(8_600), Unit.Of("m"), 3, 1_000).GetHashCode());
        entry.Should().NotBe(entry with { Scale = 1 });
        entry.Should().NotBe(entry with { Unit = Unit.Of("km") });
        entry.Should().NotBe(entry with { Order = 4 });
        entry.Should().NotBe(entry with { Interval = ValueInterval.Point(8_601) });
    }

    [Fact]
    public void An_entry_with_no_unit_and_no_factor_equals_one_given_them_and_then_none()
    {
        var plain = new ObservationEntry(Figure("a", Day), ValueInterval.Point(8_600), Unit.None, 3);
        var given = new ObservationEntry(Figure("a", Day), ValueInterval.Point(8_600), Unit.Of("m"), 3, 1_000);

        (given with { Unit = Unit.None, Scale = 0 }).Should().Be(plain);
        (given with { Unit = Unit.None, Scale = 0 }).GetHashCode().Should().Be(plain.GetHashCode());
        default(ObservationEntry).Should().Be(new ObservationEntry());
        default(ObservationEntry).Interval.Should().Be(default(ValueInterval));
    }

    [Fact]
    public void Changing_one_part_keeps_the_others()
    {
        var entry = new ObservationEntry(Figure("a", Day), ValueInterval.Point(8_600), Unit.Of("m"), 3, 1_000);

        (entry with { Scale = 0 }).Unit.Should().Be(Unit.Of("m"));
        (entry with { Unit = Unit.None }).Scale.Should().Be(1_000);
        (entry with { Order = 9 }).Interval.Should().Be(ValueInterval.Point(8_600));
        (entry with { Interval = ValueInterval.All }).Order.Should().Be(3);
    }

    [Fact]
    public void An_entry_given_another_claim_takes_that_claims_days()
    {
        var entry = new ObservationEntry(Figure("a", Day), ValueInterval.Point(8_600), Unit.None, 0);

        var moved = entry with { Claim = Figure("b", Day.PlusDays(3)) };

        moved.FirstDay.Should().Be(Day.PlusDays(3));
        moved.LastDay.Should().Be(Day.PlusDays(3));
    }

    [Fact]
    public void A_target_entry_without_a_deadline_spans_all_days()
    {
        var target = new Target("t", "us-troops/afghanistan", Quantity.AtMost(5_000m), deadline: null, FuzzyTime.Day(Day));

        var entry = new TargetEntry(target, ValueInterval.Closed(0, 5_000), Unit.None, 0);

        entry.FirstDay.Should().Be(LocalDate.MinIsoValue);
        entry.LastDay.Should().Be(LocalDate.MaxIsoValue);
        var dated = new Target("u", "us-troops/afghanistan", Quantity.AtMost(5_000m), FuzzyTime.Day(Day), FuzzyTime.Day(Day));
        (entry with { Claim = dated }).LastDay.Should().Be(Day);
    }

    [Fact]
    public void An_entry_prints_the_parts_of_its_constructor()
    {
        var text = new ObservationEntry(Figure("a", Day), ValueInterval.Point(8_600), Unit.Of("m"), 3, 1_000).ToString();

        // The members in the order of the constructor, then the days, as the positional record printed them.
        string[] members = ["Claim = ", "Interval = ", "Unit = m", "Order = 3", "Scale = 1000", "FirstDay = ", "LastDay = "];
        members.Select(m => text.IndexOf(m, StringComparison.Ordinal)).Should().BeInAscendingOrder().And.NotContain(-1);
    }
}
