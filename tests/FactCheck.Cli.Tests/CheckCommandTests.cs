using System.Text.Json;

namespace FactCheck.Cli.Tests;

public class CheckCommandTests
{
    private static readonly string Seed = CommandRunner.Sample("us-force-levels-2020.claims.json");

    [Fact]
    public void Seed_sample_prints_the_five_findings_and_a_summary_line()
    {
        var (code, output, error) = CommandRunner.Run("check", Seed);
        code.Should().Be(0, "the seed findings are warnings and infos, and --fail-on defaults to error");
        error.Should().BeEmpty();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Where(l => !l.StartsWith(' ')).Should().Equal(
            "warning FC002: US troops in Afghanistan: 8,600 on 2020-09-09 (s1) is outside the target 4,000–5,000 due 2020-11-03 (Donald Trump, s1): a cut of 3,600–4,600 is needed in 55 days, 65–84 a day.",
            "warning FC002: US troops in Iraq: ~5,200 on 2020-09-09 (Kenneth McKenzie, s2) is outside the target 3,000 due 2020-09-30 (Kenneth McKenzie, s2): a cut of about 2,200 is needed in 21 days, about 105 a day.",
            "warning FC004: US troops in Iraq: a significant decrease from 2020-03 to 2020-09 (s1) is not borne out: ~5,200 in late 2018 (US officials, s1) and ~5,200 on 2020-09-09 (Kenneth McKenzie, s2) show no change.",
            "warning FC007: Kenneth McKenzie is spelled \"Kenneth MacKenzie\" (m-mackenzie, s1) and \"Kenneth McKenzie\" (m-mckenzie, s2); keep \"Kenneth McKenzie\", the declared name.",
            "info FC002: US troops in Afghanistan: 8,600 on 2020-09-09 (s1) is outside the open-ended target <5,000 (the Pentagon, s1): a cut of more than 3,600 is needed.",
            "25 claims checked: 0 errors, 4 warnings, 1 info.");
        output.Should().Contain($"  afg-now at {Seed.Replace('\\', '/')}:");
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    [InlineData("never", 0)]
    [InlineData("warn", 1)]
    [InlineData("suggestion", 1)]
    [InlineData("none", 0)]
    public void Exit_code_follows_fail_on(string level, int expected) =>
        CommandRunner.Run("check", Seed, "--fail-on", level).Code.Should().Be(expected);

    [Fact]
    public void Severity_overrides_apply_and_can_turn_a_rule_off()
    {
        var (code, output, _) = CommandRunner.Run("check", Seed, "--severity", "FC002=none", "--severity", "FC007=error", "--format", "json");
        code.Should().Be(1, "FC007 is now an error");
        using var report = JsonDocument.Parse(output);
        report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString() + " " + f.GetProperty("severity").GetString())
            .Should().Equal("FC007 error", "FC004 warning");
    }

    [Fact]
    public void Several_severities_may_follow_one_option_as_they_may_follow_one_each()
    {
        // The list is read token by token (TokenValues), in the order typed, as System.CommandLine's conversion read it.
        var once = CommandRunner.Run("check", Seed, "--severity", "FC002=none", "FC007=error", "--format", "json");
        var each = CommandRunner.Run("check", Seed, "--severity", "FC002=none", "--severity", "FC007=error", "--format", "json");

        once.Code.Should().Be(1);
        once.Output.Should().Be(each.Output);
    }

    [Theory]
    [InlineData("FC002=silent")]
    [InlineData("fc002=NONE")]
    public void Severity_reads_the_editorconfig_words_too(string setting) =>
        CommandRunner.Run("check", Seed, "--severity", setting).Output.Should().NotContain("FC002").And.Contain("FC007");

    [Theory]
    [InlineData("--severity", "FC002")]
    [InlineData("--severity", "FC002=loud")]
    [InlineData("--as-of", "2020-02-30")]
    [InlineData("--format", "xml")]
    [InlineData("--fail-on", "sometimes")]
    [InlineData("--no-such-option")]
    public void Invalid_command_line_exits_with_2_and_checks_nothing(params string[] extra)
    {
        var (code, output, error) = CommandRunner.Run(["check", Seed, .. extra]);
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().NotBeEmpty();
    }

    [Fact]
    public void No_files_is_an_invalid_command_line() => CommandRunner.Run("check").Code.Should().Be(2);

    [Fact]
    public void Invalid_file_exits_with_2_and_prints_every_problem_located()
    {
        var path = Path.Combine(Path.GetTempPath(), $"factcheck-bad-{Guid.NewGuid():N}.claims.json");
        try
        {
            File.WriteAllText(path, """
                {
                  "format": "factcheck/claims@1",
                  "claims": [
                    { "id": "a", "kind": "observation", "subject": "x", "value": "lots", "time": "2020-09-09" },
                    { "id": "b", "kind": "event", "subject": "y", "time": "2021-02-29" },
                    { "id": "a", "kind": "mention", "name": "Z" }
                  ]
                }
                """);
            var (code, output, error) = CommandRunner.Run("check", path, "--format", "json");
            code.Should().Be(2);
            output.Should().BeEmpty();
            var portable = path.Replace('\\', '/');
            error.Should().Contain("3 problems")
                .And.Contain($"{portable}(4,66): $.claims[0].value: In claim 'a': 'lots' is not a quantity")
                .And.Contain($"{portable}(5,59): $.claims[1].time: In claim 'b': '2021-02-29' is not a valid time: 2021-02 has 28 days; got day 29.")
                .And.Contain($"{portable}(6,13): $.claims[2].id: The claim id 'a' is used twice");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Json_report_is_exactly_factcheck_report_1()
    {
        var (code, output, _) = CommandRunner.Run("check", Seed, "--format", "json");
        code.Should().Be(0);
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("format", "summary", "findings");
        root.GetProperty("format").GetString().Should().Be("factcheck/report@1");
        root.GetProperty("summary").EnumerateObject().Select(p => p.Name).Should().Equal("claims", "errors", "warnings", "infos");
        var summary = root.GetProperty("summary");
        (summary.GetProperty("claims").GetInt32(), summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32(), summary.GetProperty("infos").GetInt32())
            .Should().Be((25, 0, 4, 1));
        var first = root.GetProperty("findings")[0];
        first.EnumerateObject().Select(p => p.Name).Should().Equal("ruleId", "severity", "subject", "claims", "message", "evidence");
        first.GetProperty("claims").EnumerateArray().Select(c => c.GetString()).Should().Equal("afg-now", "afg-trump");
        first.GetProperty("evidence").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetRawText()}")
            .Should().Equal("changeMin=-4600", "changeMax=-3600", "daysLeft=55", "perDayMin=-83.6", "perDayMax=-65.5");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("markdown")]
    public void Every_format_is_byte_identical_on_every_run(string format)
    {
        var first = CommandRunner.Run("check", Seed, "--format", format).Output;
        var second = CommandRunner.Run("check", Seed, "--format", format).Output;
        second.Should().Be(first);
        first.Should().NotBeEmpty();
    }

    [Fact]
    public void Markdown_report_is_a_table_for_a_pull_request()
    {
        var output = CommandRunner.Run("check", Seed, "--format", "markdown").Output;
        output.Should().StartWith("### FactCheck: 0 errors, 4 warnings, 1 info in 25 claims");
        output.Should().Contain("| ⚠️ warning | FC002 | US troops in Afghanistan: 8,600 on 2020-09-09 (s1)");
        output.Should().Contain("\\<5,000", "markup characters in messages are escaped");
    }

    [Fact]
    public void Output_option_writes_the_report_to_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"factcheck-report-{Guid.NewGuid():N}.json");
        try
        {
            var (code, output, _) = CommandRunner.Run("check", Seed, "--format", "json", "--output", path);
            code.Should().Be(0);
            output.Should().BeEmpty();
            File.ReadAllText(path).Should().Be(CommandRunner.Run("check", Seed, "--format", "json").Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Output_option_that_cannot_be_written_reports_the_path_and_leaves_no_file()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"factcheck-missing-{Guid.NewGuid():N}");
        var path = Path.Combine(directory, "report.json");
        var (code, output, error) = CommandRunner.Run("check", Seed, "--format", "json", "--output", path);
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith($"factcheck: cannot write the report to '{path}'");
        error.Should().NotContain(".partial", "the message names the file the user asked for");
        Directory.Exists(directory).Should().BeFalse();
    }

    [Fact]
    public void Output_option_replaces_an_old_report_and_leaves_no_partial_file()
    {
        var directory = Directory.CreateTempSubdirectory("factcheck-output-").FullName;
        try
        {
            var path = Path.Combine(directory, "report.txt");
            File.WriteAllText(path, "an old report that is much longer than the new one will be " + new string('x', 100_000));
            CommandRunner.Run("check", Seed, "--output", path).Code.Should().Be(0);
            File.ReadAllText(path).Should().Be(CommandRunner.Run("check", Seed).Output);
            Directory.GetFiles(directory).Should().ContainSingle();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Text_report_off_a_terminal_ends_lines_with_a_line_feed_on_every_machine()
    {
        var output = CommandRunner.Run("check", Seed).Output;
        output.Should().NotContain("\r");
        output.Should().EndWith("25 claims checked: 0 errors, 4 warnings, 1 info.\n");
    }

    [Fact]
    public void As_of_sets_today_for_claims_without_a_dated_source()
    {
        var path = Path.Combine(Path.GetTempPath(), $"factcheck-asof-{Guid.NewGuid():N}.claims.json");
        try
        {
            File.WriteAllText(path, """
                { "format": "factcheck/claims@1", "claims": [
                  { "id": "goal", "kind": "target", "subject": "x", "value": "3,000", "deadline": "2020-09-30", "stated": "2020-01" },
                  { "id": "now", "kind": "observation", "subject": "x", "value": "5,201", "attribution": "officials" } ] }
                """);
            CommandRunner.Run("check", path).Code.Should().Be(2, "the observation has no time to default to");
            CommandRunner.Run("check", path, "--as-of", "2020-10-01", "--severity", "FC009=none").Output.Should().Contain("error FC003");
            CommandRunner.Run("check", path, "--as-of", "2020-09-01", "--severity", "FC009=none").Output.Should().Contain("warning FC002");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Rules_lists_the_catalogue_one_line_each()
    {
        var (code, output, _) = CommandRunner.Run("rules");
        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(18);
        lines[1].Should().StartWith("FC002  TargetGap").And.Contain("warning");
        lines.Should().Contain(l => l.StartsWith("FC016  PartsExceedWhole", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_prints_FC016_with_its_example()
    {
        var (code, output, _) = CommandRunner.Run("explain", "FC016");
        code.Should().Be(0);
        output.Should().Contain("PartsExceedWhole").And.Contain("\"parts\"").And.Contain("add up to");
    }

    [Fact]
    public void Explain_prints_the_help_text_with_its_example()
    {
        var (code, output, _) = CommandRunner.Run("explain", "fc002");
        code.Should().Be(0);
        output.Should().StartWith("FC002 TargetGap (default severity: warning)").And.Contain("Example:").And.Contain("65–84 a day");
    }

    [Fact]
    public void Explain_lists_the_rules_messages_with_their_formats()
    {
        var (code, output, _) = CommandRunner.Run("explain", "FC001");
        code.Should().Be(0);
        output.Should().Contain("Messages:").And.Contain("  sameTime (error): ").And.Contain("  overlapping (warning): ")
            .And.Contain("    {subject}: {first} and {second} cannot both be true: {difference}.");
    }

    [Fact]
    public void Rules_with_messages_lists_each_rules_messages_under_it()
    {
        var (code, output, _) = CommandRunner.Run("rules", "--messages");
        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("FC001");
        lines[1].Should().Contain("sameTime").And.Contain("error");
        lines.Should().HaveCount(FactCheck.Rules.BuiltInRules.Descriptors.Length + BuiltInRulesMessages());
    }

    private static int BuiltInRulesMessages() => FactCheck.Rules.BuiltInRules.Descriptors.Sum(d => d.Messages.Length);

    [Fact]
    public void Explain_of_an_unknown_rule_exits_with_2() => CommandRunner.Run("explain", "FC999").Code.Should().Be(2);
}
