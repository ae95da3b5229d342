namespace FactCheck.Cli.Tests;

public class ConfigurationCommandTests
{
    private const string Claims = """
        { "format": "factcheck/claims@1", "sources": [ { "id": "s1", "published": "2020-09-09" }, { "id": "s2", "published": "2020-09-09" } ],
          "claims": [
            { "id": "m1", "kind": "mention", "name": "Kenneth MacKenzie", "role": "Commander", "source": "s1" },
            { "id": "m2", "kind": "mention", "name": "Kenneth McKenzie", "role": "Commander", "source": "s2" },
            { "id": "note", "kind": "observation", "subject": "x", "value": "5", "time": "2020" } ] }
        """;

    [Fact]
    public void Configuration_beside_the_claims_is_honoured()
    {
        var directory = Directory.CreateTempSubdirectory("factcheck-config-");
        try
        {
            var claims = Path.Combine(directory.FullName, "story.claims.json");
            File.WriteAllText(claims, Claims);
            CommandRunner.Run("check", claims, "--fail-on", "info").Output.Should().Contain("warning FC007").And.Contain("info FC009");

            File.WriteAllText(Path.Combine(directory.FullName, "factcheck.json"), """
                { "format": "factcheck/config@1", "severity": { "FC009": "none" },
                  "suppressions": [ { "rule": "FC007", "claims": ["m1", "m2"], "justification": "Both spellings are in quotes." } ] }
                """);
            var (code, output, _) = CommandRunner.Run("check", claims, "--fail-on", "info");
            code.Should().Be(0);
            output.Should().Be("3 claims checked: 0 errors, 0 warnings, 0 infos.\n");

            CommandRunner.Run("check", claims, "--severity", "FC009=warning").Output.Should().Contain("warning FC009", "the command line wins over the file");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Configuration_named_on_the_command_line_is_used()
    {
        var directory = Directory.CreateTempSubdirectory("factcheck-config-");
        try
        {
            var claims = Path.Combine(directory.FullName, "story.claims.json");
            var config = Path.Combine(directory.FullName, "team.json");
            File.WriteAllText(claims, Claims);
            File.WriteAllText(config, """{ "format": "factcheck/config@1", "severity": { "FC007": "error" } }""");
            var (code, output, _) = CommandRunner.Run("check", claims, "--config", config);
            code.Should().Be(1);
            output.Should().Contain("error FC007");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Invalid_configuration_exits_with_2_and_locates_every_problem()
    {
        var directory = Directory.CreateTempSubdirectory("factcheck-config-");
        try
        {
            var claims = Path.Combine(directory.FullName, "story.claims.json");
            var config = Path.Combine(directory.FullName, "factcheck.json");
            File.WriteAllText(claims, Claims);
            File.WriteAllText(config, "{ \"format\": \"factcheck/config@1\",\n  \"severity\": { \"FC007\": \"loud\" },\n  \"suppressions\": [ { \"rule\": \"FC007\", \"claims\": [\"m1\"] } ] }");
            var (code, output, error) = CommandRunner.Run("check", claims);
            code.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().Contain("2 problems")
                .And.Contain("factcheck.json(2,26): $.severity.FC007: The severity of FC007 is none, info, warning or error; got 'loud'.")
                .And.Contain("factcheck.json(3,21): $.suppressions[0].justification: A justification is required");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
