using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Findings;

public class EvidenceTests
{
    [Fact]
    public void Numbers_keep_the_order_the_rule_gave_and_read_back_by_name()
    {
        var evidence = Evidence.Of(("changeMin", -4600), ("daysLeft", 55)).With("nearest", "2020-09-08");

        evidence.Select(i => i.Name).Should().Equal("changeMin", "daysLeft", "nearest");
        evidence["daysLeft"].Should().Be(55);
        evidence.GetText("nearest").Should().Be("2020-09-08");
        evidence[0].Should().Be(new EvidenceItem("changeMin", -4600));
        evidence[2].Should().Be(new EvidenceItem("nearest", "2020-09-08"));
        evidence.ToString().Should().Be("changeMin = -4600, daysLeft = 55, nearest = 2020-09-08");
    }

    [Fact]
    public void Infinite_numbers_are_left_out_as_an_open_side()
    {
        var evidence = Evidence.Of(("changeMin", double.NegativeInfinity), ("changeMax", -3600));

        evidence.Should().ContainSingle().Which.Name.Should().Be("changeMax");
        evidence.TryGetNumber("changeMin", out _).Should().BeFalse();
    }

    [Fact]
    public void A_text_is_not_read_as_a_number()
    {
        var evidence = Evidence.None.With("rule", "FC002");

        evidence.TryGetNumber("rule", out _).Should().BeFalse();
        var read = () => evidence["rule"];
        read.Should().Throw<KeyNotFoundException>().WithMessage("*'rule'*");
    }

    [Fact]
    public void Evidence_with_the_same_items_in_the_same_order_is_equal()
    {
        var a = Evidence.Of(("gap", 2.5), ("difference", 3));
        var b = Evidence.Of(("gap", 2.5)).With(("difference", 3));

        a.Equals(b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals(Evidence.Of(("difference", 3), ("gap", 2.5))).Should().BeFalse("order is part of the evidence");
        a.Equals(Evidence.Of(("gap", 2.5), ("difference", 3.5))).Should().BeFalse();
    }

    [Fact]
    public void A_repeated_or_blank_name_is_refused_naming_the_parameter()
    {
        var repeated = () => Evidence.Of(("gap", 1), ("gap", 2));
        repeated.Should().Throw<ArgumentException>().WithMessage("Evidence 'gap' is given twice.*").Which.ParamName.Should().Be("numbers");

        var blank = () => Evidence.None.With(" ", "text");
        blank.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");

        var repeatedText = () => Evidence.Of(("rule", 1)).With("rule", "FC002");
        repeatedText.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void A_non_finite_item_made_directly_is_refused_with_its_value()
    {
        var make = () => new EvidenceItem("gap", double.NaN);

        make.Should().Throw<ArgumentException>().WithMessage("Evidence 'gap' must be a finite number; got NaN.*").Which.ParamName.Should().Be("number");
    }

    [Fact]
    public void Numbers_are_exact_decimals_without_binary_noise()
    {
        var evidence = Evidence.Of(("difference", NumberText.Difference(59.9, 60.3)), ("sum", 0.1 + 0.2));
        evidence["difference"].Should().Be(-0.4);
        evidence["sum"].Should().Be(0.3);
        evidence.ToString().Should().Be("difference = -0.4, sum = 0.3");
        new EvidenceItem("sum", 0.1 + 0.2).ToString().Should().Be("sum = 0.3");
    }

    [Theory]
    [InlineData(-4600)]
    [InlineData(83.6)]
    [InlineData(0.0043)]
    [InlineData(3_416_580_000_000)]
    [InlineData(123_456_789.123456)]
    public void Numbers_that_are_already_exact_are_kept(double number) =>
        Evidence.Of(("n", number))["n"].Should().Be(number);

    [Fact]
    public void Interval_differences_subtract_as_decimals()
    {
        var difference = ValueInterval.Closed(60.25, 60.35) - ValueInterval.Closed(59.85, 59.95);
        difference.Min.Should().Be(0.3);
        difference.Max.Should().Be(0.5);
    }
}
