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
            memo.Of(unit).Should().Be(settings.ComparedUnitOf(unit), "unit '{0}'", unit.Name);
        }
    }

    [Fact]
    public void A_unit_that_converts_is_remembered_with_its_factor()
    {
        var memo = new ComparedUnitMemo(CheckSettings.Default);
        var km = Unit.Of("km");
        var first = memo.Of(km);
        memo.Of(km).Should().Be(first);
        first.Scale.Should().BeGreaterThan(0, "kilometres convert to a base unit by a fixed factor");
    }
}
