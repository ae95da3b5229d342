namespace FactCheck.Tests.Claims;

public class ChangeMagnitudeTests
{
    [Theory]
    [InlineData("8 percentage points", 8)]
    [InlineData("8 points", 8)]
    [InlineData("1 point", 1)]
    [InlineData("8 pp", 8)]
    [InlineData("8pp", 8)]
    [InlineData("0.5 percentage points", 0.5)]
    public void Percentage_points_are_a_plain_amount_written_as_percentage_points(string text, double points)
    {
        var magnitude = ChangeMagnitude.Parse(text);
        magnitude.IsPercentagePoints.Should().BeTrue();
        magnitude.Amount.Should().Be(Quantity.Exactly((decimal)points));
        magnitude.Amount!.Value.IsPercent.Should().BeFalse();
        magnitude.ToString().Should().Be($"{points.ToString(System.Globalization.CultureInfo.InvariantCulture)} percentage points");
        ChangeMagnitude.Parse(magnitude.ToString()).Should().Be(magnitude);
    }

    [Fact]
    public void Percentage_points_differ_from_a_per_cent_of_the_same_figure()
    {
        ChangeMagnitude.Parse("8 percentage points").Should().NotBe(ChangeMagnitude.Parse("8%"));
        ChangeMagnitude.Parse("8%").IsPercentagePoints.Should().BeFalse();
    }

    [Fact]
    public void Hedged_percentage_points_keep_their_hedge() =>
        ChangeMagnitude.Parse("about 8 points").ToString().Should().Be("~8 percentage points");

    [Fact]
    public void Percentage_points_of_a_percentage_are_refused()
    {
        var act = () => ChangeMagnitude.Parse("8% points");
        act.Should().Throw<FormatException>().WithMessage("*percentage points are a plain amount*");
        var build = () => ChangeMagnitude.PercentagePoints(Quantity.Percent(8));
        build.Should().Throw<ArgumentException>().WithParameterName("amount");
    }

    [Theory]
    [InlineData("doubled", 2, ChangeDirection.Increase, "doubled")]
    [InlineData("halved", 0.5, ChangeDirection.Decrease, "halved")]
    [InlineData("tripled", 3, ChangeDirection.Increase, "tripled")]
    [InlineData("quadrupled", 4, ChangeDirection.Increase, "quadrupled")]
    [InlineData("three times", 3, ChangeDirection.Increase, "3 times")]
    [InlineData("3 times", 3, ChangeDirection.Increase, "3 times")]
    [InlineData("1.5 times", 1.5, ChangeDirection.Increase, "1.5 times")]
    [InlineData("0.25 times", 0.25, ChangeDirection.Decrease, "0.25 times")]
    [InlineData("Doubled", 2, ChangeDirection.Increase, "doubled")]
    public void A_multiple_says_its_factor_and_its_direction(string text, double factor, ChangeDirection direction, string written)
    {
        var magnitude = ChangeMagnitude.Parse(text);
        magnitude.Factor.Should().Be((decimal)factor);
        magnitude.ImpliedDirection.Should().Be(direction);
        magnitude.IsSignificant.Should().BeFalse();
        magnitude.Amount.Should().BeNull();
        magnitude.ToString().Should().Be(written);
        ChangeMagnitude.Parse(written).Should().Be(magnitude);
    }

    [Theory]
    [InlineData("1 times", "A multiple of one is no change; say 'unchanged'.")]
    [InlineData("0 times", "A multiple is above zero; got 0.")]
    [InlineData("-2 times", "A multiple is above zero; got -2.")]
    public void A_multiple_that_is_no_change_or_not_above_zero_is_refused_with_the_reason(string text, string reason)
    {
        var act = () => ChangeMagnitude.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"'{text}' is not a valid multiple: {reason}");
    }

    [Fact]
    public void Just_above_and_just_below_one_are_multiples_with_opposite_directions()
    {
        ChangeMagnitude.Times(1.01m).ImpliedDirection.Should().Be(ChangeDirection.Increase);
        ChangeMagnitude.Times(0.99m).ImpliedDirection.Should().Be(ChangeDirection.Decrease);
        var one = () => ChangeMagnitude.Times(1m);
        one.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("factor");
    }

    [Fact]
    public void A_change_that_doubled_in_the_stated_direction_is_consistent()
    {
        var change = new Change("c", "x", ChangeDirection.Increase, FuzzyTime.Year(2020), ChangeMagnitude.Parse("doubled"));
        change.ToString().Should().Be("x: a doubling in 2020");
    }

    [Fact]
    public void A_change_that_halved_cannot_be_an_increase()
    {
        var act = () => new Change("c", "x", ChangeDirection.Increase, FuzzyTime.Year(2020), ChangeMagnitude.Parse("halved"));
        act.Should().Throw<ArgumentException>().WithParameterName("magnitude").WithMessage("A change that halved is a decrease; got 'increase'.*");
    }

    [Fact]
    public void A_multiple_given_as_a_number_is_named_by_its_factor_when_it_contradicts_the_direction()
    {
        var act = () => new Change("c", "x", ChangeDirection.Decrease, FuzzyTime.Year(2020), ChangeMagnitude.Times(3));
        act.Should().Throw<ArgumentException>().WithMessage("A change to 3 times the figure is an increase; got 'decrease'.*");
    }

    [Fact]
    public void Significant_and_plain_amounts_read_as_before()
    {
        ChangeMagnitude.Parse("significant").Should().BeSameAs(ChangeMagnitude.Significant);
        ChangeMagnitude.Parse("2,200").Amount.Should().Be(Quantity.Exactly(2200));
        ChangeMagnitude.Parse("10%").Amount!.Value.IsPercent.Should().BeTrue();
    }
}
