using FactCheck.Serialization;

namespace FactCheck.Tests.Serialization;

/// <summary>What loads, saves and loads back equal, at the edges where it once did not.</summary>
public class RoundTripEdgeTests
{
    private static void RoundTrips(ClaimSet original)
    {
        var text = ClaimSetWriter.WriteToString(original);
        var again = new ClaimSetReader().ReadString(text).ClaimSet;
        again.Should().Be(original);
        ClaimSetWriter.WriteToString(again).Should().Be(text);
    }

    private static ClaimSetBuilder Set()
    {
        var set = ClaimSet.CreateBuilder("edges");
        set.Source("s1", published: new LocalDate(2020, 9, 9));
        return set;
    }

    [Theory]
    [InlineData("1000000000000000000000")]
    [InlineData("123456789012345678901234567")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("0.000000000001")]
    [InlineData("1.1234567890123456789")]
    [InlineData("0.0000000000000000000000000001")]
    public void A_figure_at_the_edge_of_decimal_round_trips(string figure)
    {
        var value = decimal.Parse(figure, System.Globalization.CultureInfo.InvariantCulture);
        var set = Set();
        set.Observation("a", "x", Quantity.Exactly(value)).At("2020").From("s1");
        set.Observation("b", "y", Quantity.Approximately(value)).At("2020").From("s1");
        set.Observation("c", "z", Quantity.AtMost(value)).At("2020").From("s1");
        RoundTrips(set.Build());
    }

    [Fact]
    public void A_quote_of_a_million_bytes_of_emoji_round_trips()
    {
        var set = Set();
        set.Observation("a", "x", "5").At("2020").From("s1").Quoting(string.Concat(Enumerable.Repeat("😀", 250_000)));
        RoundTrips(set.Build());
    }

    [Fact]
    public void Times_in_the_first_and_last_years_round_trip()
    {
        var set = Set();
        set.Observation("a", "x", "5").At("0001-01-01");
        set.Observation("b", "x", "5").At("9998-12-31");
        set.Observation("c", "x", "5").At("0001/9998");
        set.Observation("d", "x", "5").At("../9998-12-31");
        set.Observation("e", "x", "5").At("0001-01-01/..");
        RoundTrips(set.Build());
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("9999")]
    [InlineData("0000-12-31")]
    [InlineData("9999-01-01")]
    public void A_year_outside_1_to_9998_is_refused_on_load(string time)
    {
        var json = "{ \"format\": \"factcheck/claims@1\", \"claims\": [ { \"id\": \"a\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": \"5\", \"time\": \"" + time + "\" } ] }";
        var act = () => new ClaimSetReader().ReadString(json);
        act.Should().Throw<ClaimSetException>().Which.Problems.Should().ContainSingle().Which.Path.Should().Be("$.claims[0].time");
    }

    [Theory]
    [InlineData(1_195_644, 1_245_000)]
    [InlineData(1_197_000, 1_329_327)]
    [InlineData(4_000_000, 5_000_000)]
    public void A_range_whose_ends_would_take_different_scale_words_writes_both_in_digits_and_round_trips(int min, int max)
    {
        var set = Set();
        set.Observation("a", "x", Quantity.Between(min, max)).At("2020").From("s1");
        var original = set.Build();
        var text = ClaimSetWriter.WriteToString(original);
        text.Should().NotMatchRegex("between [0-9,]+ and [0-9.]+ million").And.NotMatchRegex("between [0-9.]+ million and [0-9,]+\"");
        RoundTrips(original);
    }
}
