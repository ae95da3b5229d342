using System.Text.Json;

namespace FactCheck.Cli.Tests;

/// <summary>The command in CI: annotations, baselines, fixes, and the same bytes every run.</summary>
[Collection(EnvironmentVariableTests.Name)]
public sealed class CiCommandTests : IDisposable
{
    private static readonly string Seed = CommandRunner.Sample("us-force-levels-2020.claims.json");
    private readonly string directory = Directory.CreateTempSubdirectory("factcheck-ci-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    public static TheoryData<string> Formats => ["text", "json", "sarif", "markdown", "html", "github"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_is_byte_identical_run_to_run(string format)
    {
        var first = CommandRunner.Run("check", Seed, "--format", format);
        var second = CommandRunner.Run("check", Seed, "--format", format);

        first.Code.Should().Be(0);
        first.Output.Should().NotBeEmpty().And.Be(second.Output);
        first.Output.Should().NotContain("\r");
    }

    [Fact]
    public void Github_format_appends_the_markdown_report_to_the_step_summary()
    {
        var summary = Path.Combine(directory, "summary.md");
        File.WriteAllText(summary, "earlier step\n");
        Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", summary);
        try
        {
            var (code, output, _) = CommandRunner.Run("check", Seed, "--format", "github");

            code.Should().Be(0);
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("::", StringComparison.Ordinal)).Should().Be(5);
            File.ReadAllText(summary).Should().Be("earlier step\n" + CommandRunner.Run("check", Seed, "--format", "markdown").Output);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", null);
        }
    }

    [Fact]
    public void Other_formats_leave_the_step_summary_alone()
    {
        var summary = Path.Combine(directory, "summary.md");
        Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", summary);
        try
        {
            CommandRunner.Run("check", Seed, "--format", "json");
            File.Exists(summary).Should().BeFalse();
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", null);
        }
    }

    [Fact]
    public void Baseline_round_trip_reports_nothing_new_and_exits_0()
    {
        var baseline = Path.Combine(directory, "baseline.json");

        var written = CommandRunner.Run("check", Seed, "--fail-on", "warning", "--write-baseline", baseline);
        var checkedAgain = CommandRunner.Run("check", Seed, "--fail-on", "warning", "--baseline", baseline, "--format", "json");

        written.Code.Should().Be(0, "recording a baseline accepts its findings");
        written.Error.Should().Contain("recorded 5 findings in the baseline");
        checkedAgain.Code.Should().Be(0);
        checkedAgain.Error.Should().Contain("0 new findings, 5 known.");
        using var report = JsonDocument.Parse(checkedAgain.Output);
        report.RootElement.GetProperty("findings").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Baseline_survives_edits_elsewhere_and_fails_only_on_a_new_finding()
    {
        var claims = Path.Combine(directory, "seed.claims.json");
        File.Copy(Seed, claims);
        var baseline = Path.Combine(directory, "baseline.json");
        CommandRunner.Run("check", claims, "--write-baseline", baseline).Code.Should().Be(0);
        // Lines added above every claim, and a new event whose weekday is wrong.
        var text = File.ReadAllText(claims).Replace("\"claims\": [", "\"claims\": [\n    { \"id\": \"new-event\", \"kind\": \"event\", \"subject\": \"a-vote\", \"time\": \"2020-09-10\", \"weekday\": \"Monday\", \"source\": \"s1\" },\n\n", StringComparison.Ordinal);
        File.WriteAllText(claims, text);

        var (code, output, error) = CommandRunner.Run("check", claims, "--baseline", baseline);

        code.Should().Be(1, "the new FC006 is an error");
        output.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(' ')).Should().Equal(
            "error FC006: a-vote: 2020-09-10 (s1) is given as a Monday, but 2020-09-10 is a Thursday; the nearest Monday is 2020-09-07.",
            "26 claims checked: 1 error, 0 warnings, 0 infos.");
        error.Should().Contain("1 new finding, 5 known.");
    }

    [Fact]
    public void Baseline_says_how_many_of_its_entries_no_longer_occur()
    {
        var baseline = Path.Combine(directory, "baseline.json");
        CommandRunner.Run("check", Seed, "--write-baseline", baseline);

        var (code, _, error) = CommandRunner.Run("check", Seed, "--baseline", baseline, "--severity", "FC007=none");

        code.Should().Be(0);
        error.Should().Contain("0 new findings, 4 known; 1 baseline entry no longer occurs");
    }

    [Fact]
    public void A_missing_baseline_is_an_invalid_run()
    {
        var (code, _, error) = CommandRunner.Run("check", Seed, "--baseline", Path.Combine(directory, "none.json"));

        code.Should().Be(2);
        error.Should().Contain("the baseline").And.Contain("cannot be used");
    }

    [Fact]
    public void Fix_applies_the_fixes_in_place_and_the_file_checks_clean_of_them()
    {
        var claims = Path.Combine(directory, "seed.claims.json");
        File.Copy(Seed, claims);
        var before = File.ReadAllText(claims);

        var (code, output, error) = CommandRunner.Run("check", claims, "--fix");

        error.Should().Contain("applied 1 fix to");
        code.Should().Be(0);
        output.Should().NotContain("FC007").And.EndWith("25 claims checked: 0 errors, 3 warnings, 1 info.\n");
        File.ReadAllText(claims).Should().Be(before.Replace("\"name\": \"Kenneth MacKenzie\"", "\"name\": \"Kenneth McKenzie\"", StringComparison.Ordinal),
            "only the field's text changes; the file keeps its formatting");
        CommandRunner.Run("check", claims, "--fix").Error.Should().Contain("no fixes to apply.");
        Directory.GetFiles(directory).Should().Equal(claims);
    }
}

/// <summary>Progress is for long runs on terminals only.</summary>
public sealed class CheckProgressTests
{
    /// <summary>An input long enough to show progress for, were the run on a terminal outside CI.</summary>
    private const long LongInput = 1L << 30;

    [Fact]
    public void A_long_run_on_a_terminal_outside_CI_shows_progress() =>
        CheckProgress.Shows(interactive: true, errorRedirected: false, ci: false, LongInput).Should().BeTrue();

    [Fact]
    public void A_run_counts_as_long_from_exactly_the_long_run_size()
    {
        CheckProgress.Shows(interactive: true, errorRedirected: false, ci: false, CheckProgress.LongRunBytes).Should().BeTrue();
        CheckProgress.Shows(interactive: true, errorRedirected: false, ci: false, CheckProgress.LongRunBytes - 1).Should().BeFalse();
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, true, false)]
    [InlineData(true, false, true)]
    public void No_progress_when_output_is_not_a_terminal_or_errors_are_redirected_or_in_CI(bool interactive, bool errorRedirected, bool ci) =>
        CheckProgress.Shows(interactive, errorRedirected, ci, LongInput).Should().BeFalse();

    [Fact]
    public void A_report_that_is_not_for_a_terminal_gets_no_progress() =>
        CheckProgress.For(interactive: false, LongInput).Should().BeSameAs(CheckProgress.None);

    [Fact]
    public void Without_progress_each_step_just_runs() =>
        CheckProgress.None.Step("Checking…", () => 42).Should().Be(42);
}

/// <summary>Tests that set process environment variables run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentVariableTests
{
    public const string Name = "Environment variables";
}
