namespace FactCheck.Tests.Quantities;

public class UnitAliasTableTests
{
    [Theory]
    [InlineData("km", "km")]
    [InlineData("Kilometres", "km")]
    [InlineData("kilometers", "km")]
    [InlineData("kilometre", "km")]
    [InlineData("mi", "mi")]
    [InlineData("Miles", "mi")]
    [InlineData("bbl", "bbl")]
    [InlineData("barrels", "bbl")]
    [InlineData("t", "t")]
    [InlineData("tonnes", "t")]
    [InlineData("metric tons", "t")]
    [InlineData("kg", "kg")]
    [InlineData("kilograms", "kg")]
    [InlineData("gallons", "gal")]
    [InlineData("hectares", "ha")]
    [InlineData("acres", "acre")]
    [InlineData("soldiers", "troops")]
    [InlineData("€", "eur")]
    public void Default_table_knows_the_usual_spellings(string written, string canonical) =>
        UnitAliasTable.Default.Canonicalize(Unit.Of(written)).Should().Be(Unit.Of(canonical));

    [Theory]
    [InlineData("tons")]
    [InlineData("pounds")]
    public void Ambiguous_unit_names_are_left_out_of_the_default_table(string written) =>
        UnitAliasTable.Default.Canonicalize(Unit.Of(written)).Should().Be(Unit.Of(written));

    [Fact]
    public void Default_table_holds_the_groups_that_adding_each_one_with_WithGroup_gives()
    {
        // Default is made in one step, without WithGroup's checks: added one by one, no group may merge with another
        // (the count would fall) or mix units that convert by different factors (WithGroup would throw).
        var added = UnitAliasTable.Default.Groups.Aggregate(UnitAliasTable.Empty, (table, group) =>
            table.WithGroup(group[0].ToString(), [.. group.Skip(1).Select(unit => unit.ToString())]));

        added.Groups.Should().Equal(UnitAliasTable.Default.Groups);
        UnitAliasTable.Default.Groups.Should().HaveCount(36);
        UnitAliasTable.Default.IsCurrency(Unit.Of("£")).Should().BeTrue();
        UnitAliasTable.Default.ComparedUnitOf(Unit.Of("kilometres")).Should().Be(UnitAliasTable.Default.ComparedUnitOf(Unit.Of("km")));
    }

    [Fact]
    public void Aliases_join_the_group_that_holds_any_of_their_names()
    {
        var table = UnitAliasTable.Default.WithAliases("troops", "marines");
        table.AreCompatible(Unit.Of("marines"), Unit.Of("soldiers")).Should().BeTrue();
        table.AreCompatible(Unit.Of("troops"), Unit.Of("soldiers")).Should().BeTrue("the group keeps every name it had");
        table.Canonicalize(Unit.Of("marines")).Should().Be(Unit.Of("troops"));
        table.Groups.Should().HaveSameCount(UnitAliasTable.Default.Groups);
    }

    [Fact]
    public void Aliases_may_name_their_group_by_an_alias()
    {
        var table = UnitAliasTable.Default.WithAliases("soldiers", "marines");
        table.Canonicalize(Unit.Of("marines")).Should().Be(Unit.Of("troops"), "the group keeps its canonical name");
    }

    [Fact]
    public void Aliases_of_a_unit_the_table_does_not_know_form_a_new_group()
    {
        var table = UnitAliasTable.Default.WithAliases("ships", "vessels", "boats");
        table.Canonicalize(Unit.Of("boats")).Should().Be(Unit.Of("ships"));
        table.Groups.Should().HaveCount(UnitAliasTable.Default.Groups.Count + 1);
    }

    [Fact]
    public void Aliases_already_in_the_group_are_no_change() =>
        UnitAliasTable.Default.WithAliases("usd", "dollars", "$").Groups.Should().BeEquivalentTo(UnitAliasTable.Default.Groups);

    [Fact]
    public void Aliases_that_would_join_two_groups_are_refused()
    {
        var act = () => UnitAliasTable.Default.WithAliases("troops", "people");
        act.Should().Throw<ArgumentException>().WithMessage("'troops' and 'people' are names of two different units*");
    }

    [Fact]
    public void A_new_group_that_names_a_known_unit_takes_its_whole_group_along()
    {
        var table = UnitAliasTable.Default.WithGroup("troops", "troop", "soldiers", "personnel", "marines");
        table.AreCompatible(Unit.Of("marines"), Unit.Of("service members")).Should().BeTrue("no name leaves its group");
        table.AreCompatible(Unit.Of("troops"), Unit.Of("forces")).Should().BeTrue();
        table.Groups.Should().HaveSameCount(UnitAliasTable.Default.Groups);
    }

    [Fact]
    public void A_new_group_is_known_by_its_canonical_name_and_keeps_converting()
    {
        var table = UnitAliasTable.Default.WithGroup("klicks", "km");
        table.Canonicalize(Unit.Of("kilometres")).Should().Be(Unit.Of("klicks"));
        table.ComparedUnitOf(Unit.Of("klicks")).Should().Be((Unit.Of("m"), 1_000d));
    }

    [Fact]
    public void Units_that_convert_by_different_factors_cannot_be_one_group()
    {
        var merge = () => UnitAliasTable.Default.WithGroup("km", "miles");
        merge.Should().Throw<ArgumentException>().WithMessage("'km' and 'mi' are different units that convert into each other*");
        var fresh = () => UnitAliasTable.Empty.WithAliases("km", "mi");
        fresh.Should().Throw<ArgumentException>().WithMessage("'km' and 'mi' are different units*");
    }

    [Fact]
    public void A_name_added_to_a_currency_is_a_currency() =>
        UnitAliasTable.Default.WithGroup("bucks", "usd").IsCurrency(Unit.Of("bucks")).Should().BeTrue();

    [Fact]
    public void A_new_group_of_new_names_is_added() =>
        UnitAliasTable.Default.WithGroup("ships", "vessels").AreCompatible(Unit.Of("ships"), Unit.Of("vessels")).Should().BeTrue();

    [Fact]
    public void A_blank_name_is_refused()
    {
        var act = () => UnitAliasTable.Default.WithAliases(" ", "marines");
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Theory]
    [InlineData("km", true)]
    [InlineData("troops", false)]
    [InlineData("", false)]
    public void A_figure_without_a_unit_compares_with_any_unit_that_does_not_convert(string unit, bool converts) =>
        UnitAliasTable.Default.AreCompatible(Unit.None, Unit.Of(unit)).Should().Be(!converts);
}
