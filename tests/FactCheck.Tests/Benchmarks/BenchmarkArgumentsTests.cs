using FactCheck.Benchmarks;

namespace FactCheck.Tests.Benchmarks;

public class BenchmarkArgumentsTests
{
    [Theory]
    [InlineData("1000000", 1_000_000)]
    [InlineData("1_000_000", 1_000_000)]
    [InlineData("0", 0)]
    public void A_count_is_read_with_or_without_underscores(string text, int expected) =>
        Arguments.Count(text, "The count").Should().Be(expected);

    [Theory]
    [InlineData("1k")]
    [InlineData("-5")]
    [InlineData("")]
    [InlineData("99999999999")]
    public void A_count_that_is_not_a_whole_number_is_a_usage_error_naming_it(string text)
    {
        var read = () => Arguments.Count(text, "The count");
        read.Should().Throw<UsageException>().WithMessage($"The count '{text}' is not a whole number*");
    }

    [Fact]
    public void An_option_at_the_end_needs_a_value()
    {
        string[] args = ["compare", "--budget"];
        var at = 1;
        var read = () => Arguments.ValueAfter(args, ref at);
        read.Should().Throw<UsageException>().WithMessage("--budget needs a value.");
    }

    [Fact]
    public void The_value_after_an_option_is_read_and_the_position_moves_onto_it()
    {
        string[] args = ["--budget", "60", "1000"];
        var at = 0;
        Arguments.ValueAfter(args, ref at).Should().Be("60");
        at.Should().Be(1);
    }

    [Theory]
    [InlineData("60", 60.0)]
    [InlineData("0.5", 0.5)]
    public void Seconds_are_read_as_invariant_numbers(string text, double expected) =>
        Arguments.Seconds(text, "--budget").Should().Be(expected);

    [Theory]
    [InlineData("0")]
    [InlineData("x")]
    [InlineData("-1")]
    public void Seconds_that_are_not_positive_are_a_usage_error(string text)
    {
        var read = () => Arguments.Seconds(text, "--budget");
        read.Should().Throw<UsageException>().WithMessage($"--budget '{text}'*");
    }

    [Theory]
    [InlineData("12", 12)]
    [InlineData("-3", -3)]
    public void A_seed_may_be_negative(string text, int expected) =>
        Arguments.Seed(text, "--seed").Should().Be(expected);
}
