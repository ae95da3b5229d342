using System.Text;
using FactCheck.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactCheck.Tests.Configuration;

/// <summary>A team's factcheck.json and an app's configuration section are one format with two readers.</summary>
public class ConfigurationSectionTests
{
    private const string TeamFile = """
        {
          "format": "factcheck/config@1",
          "severity": { "FC009": "silent", "FC007": "error", "FC002": "suggestion" },
          "approximateTolerance": 0.2,
          "impliedPrecision": false,
          "significantChange": 0.25,
          "nameSimilarityThreshold": 0.95,
          "units": { "troops": ["marines"], "usd": ["dollars", "$"] },
          "suppressions": [ { "rule": "FC007", "claims": ["m1", "m2"], "justification": "Both spellings are quoted." } ]
        }
        """;

    private static FactCheckOptions FromSection(string json)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        using var provider = new ServiceCollection().AddFactCheck(configuration).Services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<FactCheckOptions>>().Value;
    }

    private static string[] Problems(string json)
    {
        var act = () => FromSection(json);
        return [.. act.Should().Throw<OptionsValidationException>().Which.Failures];
    }

    [Fact]
    public void Team_file_read_as_configuration_gives_the_options_the_file_reader_gives()
    {
        var fromFile = FactCheckConfigurationReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(TeamFile))).ApplyTo(new FactCheckOptions());
        var fromSection = FromSection(TeamFile);
        fromSection.Severities.OrderBy(p => p.Key, StringComparer.Ordinal).Should().Equal(fromFile.Severities.OrderBy(p => p.Key, StringComparer.Ordinal));
        (fromSection.ApproximateTolerance, fromSection.ImpliedPrecision, fromSection.SignificantChange, fromSection.NameSimilarityThreshold)
            .Should().Be((fromFile.ApproximateTolerance, fromFile.ImpliedPrecision, fromFile.SignificantChange, fromFile.NameSimilarityThreshold));
        fromSection.Units.Groups.Should().BeEquivalentTo(fromFile.Units.Groups, o => o.WithStrictOrdering());
        fromSection.Suppressions.Should().Equal(fromFile.Suppressions);
    }

    [Fact]
    public void Empty_or_missing_section_leaves_every_default()
    {
        var options = FromSection("{}");
        var defaults = new FactCheckOptions();
        options.Severities.Should().BeEmpty();
        (options.ApproximateTolerance, options.ImpliedPrecision, options.IncludeBuiltInRules, options.MaxDegreeOfParallelism)
            .Should().Be((defaults.ApproximateTolerance, defaults.ImpliedPrecision, defaults.IncludeBuiltInRules, defaults.MaxDegreeOfParallelism));
    }

    [Fact]
    public void Wrong_format_and_wrong_shapes_are_each_named_by_key()
    {
        Problems("""{ "format": "factcheck/config@2", "units": { "troops": "marines" }, "suppressions": "none", "nameSimilarityThreshold": 0, "impliedPrecision": "yes" }""")
            .Should().Equal(
                "format: This reader reads \"factcheck/config@1\"; got 'factcheck/config@2'.",
                "impliedPrecision: Expected true or false; got 'yes'.",
                "nameSimilarityThreshold: The threshold is a similarity above 0 and at most 1.",
                "suppressions: Expected a list of suppressions; got 'none'.",
                "units:troops: Expected a list of non-empty unit names, e.g. \"troops\": [\"soldiers\", \"marines\"].");
    }

    [Theory]
    [InlineData("0.1", true)]
    [InlineData("1", true)]
    [InlineData("0", true)]
    [InlineData("1.01", false)]
    [InlineData("-0.01", false)]
    [InlineData("0,1", false)]
    public void Fractions_are_read_in_the_invariant_culture_from_0_to_1(string text, bool valid)
    {
        var json = $$"""{ "ApproximateTolerance": "{{text}}" }""";
        if (valid) FromSection(json).ApproximateTolerance.Should().Be(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
        else Problems(json).Should().ContainSingle().Which.Should().StartWith("ApproximateTolerance: Expected a fraction from 0 to 1");
    }

    [Fact]
    public void Units_that_the_file_reader_refuses_are_refused_with_the_same_message()
    {
        const string Json = """{ "format": "factcheck/config@1", "units": { "km": ["mi"] } }""";
        var act = () => FactCheckConfigurationReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Json)));
        var fileMessage = act.Should().Throw<FactCheckConfigurationException>().Which.Problems.Should().ContainSingle().Subject.Message;
        fileMessage.Should().Contain("'km' and 'mi' are names of two different units");
        Problems(Json).Should().Equal("units:km: " + fileMessage);
    }
}
