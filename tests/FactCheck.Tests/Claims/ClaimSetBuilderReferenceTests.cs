using System.Globalization;

namespace FactCheck.Tests.Claims;

public class ClaimSetBuilderReferenceTests
{
    [Fact]
    public void A_claim_from_a_source_not_added_names_that_source_and_a_later_duplicate_id_is_still_reported()
    {
        var set = ClaimSet.CreateBuilder("t");
        set.Source("s1", published: new LocalDate(2020, 9, 9));
        set.Observation("a", "x", "5").From("s2");
        set.Observation("a", "y", "6").From("s1");
        var problems = set.Invoking(s => s.Build()).Should().Throw<ClaimSetException>().Which.Problems;
        problems.Should().Contain(p => p.Path == "$.claims[0].source" && p.Message.Contains("'s2'", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Path == "$.claims[1].id" && p.Message.Contains("used twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_claim_naming_a_source_not_added_is_reported_however_often_known_sources_come_between()
    {
        var set = ClaimSet.CreateBuilder("t").AsOf(new LocalDate(2020, 1, 1));
        for (var s = 0; s < 600; s++) set.Source("s" + s.ToString(CultureInfo.InvariantCulture));
        var unknown = "gone";
        for (var i = 0; i < 3000; i++)
        {
            // Strings made anew for each claim as well as one string used again: neither may be taken as found for another.
            var source = i % 100 == 7 ? unknown : "s" + (i * 7 % 600).ToString(CultureInfo.InvariantCulture);
            set.Observation("c" + i.ToString(CultureInfo.InvariantCulture), "x", "5").From(source);
        }

        var problems = set.Invoking(s => s.Build()).Should().Throw<ClaimSetException>().Which.Problems;

        problems.Select(p => p.Path).Should().Equal(Enumerable.Range(0, 30).Select(k => $"$.claims[{(k * 100) + 7}].source"));
    }

    [Fact]
    public void A_duplicate_id_among_built_claims_is_reported_once()
    {
        var set = ClaimSet.CreateBuilder("t").AsOf(new LocalDate(2020, 1, 1));
        set.Observation("a", "x", "5");
        set.Observation("a", "y", "6");
        set.Invoking(s => s.Build()).Should().Throw<ClaimSetException>().Which.Problems.Should().ContainSingle(p => p.Path == "$.claims[1].id");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    public void A_date_outside_the_years_1_to_9998_is_refused_by_the_builder(int year)
    {
        var set = ClaimSet.CreateBuilder("t");
        set.Invoking(s => s.AsOf(new LocalDate(year, 1, 1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        var source = () => new Source("s", published: new LocalDate(year, 1, 1));
        source.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("published");
        var day = () => FuzzyTime.Day(new LocalDate(year, 1, 1));
        day.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("a\u0001")]
    [InlineData(" a")]
    public void An_id_with_control_characters_or_padding_is_refused(string id)
    {
        var set = ClaimSet.CreateBuilder("t");
        set.Invoking(s => s.Observation(id, "x", "5")).Should().Throw<ArgumentException>().WithParameterName(nameof(id));
    }

    [Fact]
    public void An_id_with_half_a_surrogate_pair_is_refused()
    {
        // Built here: xunit would write a lone surrogate in an attribute as U+FFFD.
        var id = "a" + (char)0xD800;
        ClaimSet.CreateBuilder("t").Invoking(s => s.Observation(id, "x", "5")).Should().Throw<ArgumentException>().WithParameterName(nameof(id));
    }

    [Fact]
    public void A_blank_title_is_refused_by_the_builder_with_its_parameter_named() =>
        ClaimSet.CreateBuilder().Invoking(s => s.Titled(" ")).Should().Throw<ArgumentException>().WithParameterName("text");
}
