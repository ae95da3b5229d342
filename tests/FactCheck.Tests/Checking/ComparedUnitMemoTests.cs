using FactCheck.Checking;

namespace FactCheck.Tests.Checking;

public class ComparedUnitMemoTests
{
    private static readonly string[] Names = ["km", "miles", "troops", "soldiers", "USD", "$", "%", "tonnes", "kg", "people"];

    [Fact]
    public void Every_unit_compares_as_the_settings_say_however_often_and_in_whatever_order_it_is_met()
    {
        var settings = CheckSettings.Default;
        var memo = new ComparedUnitMemo(settings);
        // Each name as one shared string (as a read set has it) and as a fresh copy; more names than the memo has slots.
        var units = Names.Concat(Enumerable.Range(0, 40).Select(i => "unit-" + i))
            .SelectMany(name => new[] { Unit.Of(name), Unit.Of(new string(name.AsSpan())), Unit.Of(name) })
            .Append(Unit.None)
            .ToList();
        foreach (var unit in units.Concat(Enumerable.Reverse(units)))
        {
            var (compared, scale) = settings.ComparedUnitOf(unit);
            var remembered = memo.Of(unit);
            (remembered?.Unit ?? Unit.None).Should().Be(compared, "unit '{0}'", unit.Name);
            (remembered?.Scale ?? 0).Should().Be(scale, "unit '{0}'", unit.Name);
        }
    }

    [Fact]
    public void A_unit_that_converts_is_remembered_with_its_factor()
    {
        var memo = new ComparedUnitMemo(CheckSettings.Default);
        var km = Unit.Of("km");
        var first = memo.Of(km);
        memo.Of(km).Should().BeSameAs(first, "the entries of a unit's figures share one");
        first!.Scale.Should().BeGreaterThan(0, "kilometres convert to a base unit by a fixed factor");
    }

    [Fact]
    public void No_unit_and_no_factor_take_no_object()
    {
        new ComparedUnitMemo(CheckSettings.Default).Of(Unit.None).Should().BeNull();
        ComparedUnit.Of(Unit.None, 0).Should().BeNull();
    }

    [Fact]
    public void A_percentage_in_a_unit_that_converts_shares_one_unscaled_unit()
    {
        var km = new ComparedUnitMemo(CheckSettings.Default).Of(Unit.Of("km"))!;

        km.Unscaled.Should().BeSameAs(km.Unscaled);
        km.Unscaled!.Unit.Should().Be(km.Unit);
        km.Unscaled.Scale.Should().Be(0);
    }

    [Fact]
    public void Units_that_share_a_slot_and_alternate_keep_one_compared_unit_each()
    {
        // More names than slots, met in turn again and again: names take each other's slots, and must not make a new
        // compared unit (and so a new object for the entries) each time they come back.
        var memo = new ComparedUnitMemo(CheckSettings.Default);
        var units = Enumerable.Range(0, 40).Select(i => Unit.Of("km-" + i)).Append(Unit.Of("km")).ToList();
        var first = units.ToDictionary(u => u, u => memo.Of(u));

        for (var round = 0; round < 3; round++)
        {
            foreach (var unit in units) memo.Of(unit).Should().BeSameAs(first[unit], "unit '{0}'", unit.Name);
        }
    }
}
