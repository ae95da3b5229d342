using System.Text.Json;

namespace FactCheck.Cli.Tests;

public class SarifOutputTests
{
    private static readonly JsonSchemaValidator Validator = new(JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0.json"))).RootElement);

    [Fact]
    public void Validator_understands_every_keyword_the_SARIF_schema_uses() =>
        Validator.UnsupportedKeywords().Should().BeEmpty();

    [Fact]
    public void Validator_rejects_what_the_schema_forbids()
    {
        using var bad = JsonDocument.Parse("""{ "version": "2.0.0", "runs": [ { "tool": { "driver": { } }, "results": [ { "level": "loud", "message": {} } ] } ], "extra": 1 }""");
        Validator.Validate(bad.RootElement).Should().Contain(e => e.Contains("version", StringComparison.Ordinal))
            .And.Contain(e => e.Contains("'name' is missing", StringComparison.Ordinal))
            .And.Contain(e => e.Contains("'extra' is not allowed", StringComparison.Ordinal))
            .And.Contain(e => e.Contains("loud", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("us-force-levels-2020.claims.json")]
    [InlineData("riverland-economy-2024.claims.json")]
    [InlineData("lakeside-election-2024.claims.json")]
    public void Sarif_output_is_valid_against_the_SARIF_2_1_0_schema(string sample)
    {
        var output = CommandRunner.Run("check", CommandRunner.Sample(sample), "--format", "sarif").Output;
        using var sarif = JsonDocument.Parse(output);
        Validator.Validate(sarif.RootElement).Should().BeEmpty();
    }

    [Fact]
    public void Sarif_has_what_code_scanning_requires()
    {
        var sample = CommandRunner.Sample("us-force-levels-2020.claims.json");
        using var sarif = JsonDocument.Parse(CommandRunner.Run("check", sample, "--format", "sarif").Output);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.EnumerateObject().Select(p => p.Name).ToList()).Should().OnlyContain(names =>
            names.Contains("shortDescription") && names.Contains("fullDescription") && names.Contains("help"));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.Should().HaveCount(5);
        var first = results[0];
        first.GetProperty("ruleId").GetString().Should().Be("FC002");
        first.GetProperty("message").GetProperty("text").GetString().Should().StartWith("US troops in Afghanistan: 8,600");
        var location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be(sample.Replace('\\', '/'));
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(52, "afg-now's object opens on line 52 of the sample");
        first.GetProperty("partialFingerprints").EnumerateObject().Should().ContainSingle();
        results.Select(r => r.GetProperty("partialFingerprints").GetRawText()).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Sarif_lists_each_rules_message_strings_and_a_result_names_its_own_with_its_arguments()
    {
        var sample = CommandRunner.Sample("us-force-levels-2020.claims.json");
        using var sarif = JsonDocument.Parse(CommandRunner.Run("check", sample, "--format", "sarif").Output);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var fc002 = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "FC002");
        var strings = fc002.GetProperty("messageStrings");
        strings.EnumerateObject().Select(p => p.Name).Should().Equal("dated", "openEnded");
        var format = strings.GetProperty("dated").GetProperty("text").GetString()!;
        format.Should().Be("{0}: {1} is outside {2}: {3} is needed in {4}, {5}.");

        var message = run.GetProperty("results")[0].GetProperty("message");
        message.GetProperty("id").GetString().Should().Be("dated");
        var arguments = message.GetProperty("arguments").EnumerateArray().Select(a => (object?)a.GetString()).ToArray();
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, arguments).Should().Be(message.GetProperty("text").GetString());
    }
}
