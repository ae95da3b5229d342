using System.Globalization;
using System.Runtime;
using System.Text;
using FactCheck.Memory;
using FactCheck.Tests.Memory;

namespace FactCheck.Cli.Tests;

/// <summary>The command's no-GC regions, as a user runs it: alone, so that no other test's allocations or collections end them midway.</summary>
[Collection(CollectorTests.Name)]
public class CheckCommandPauseTests
{
    [CollectorFact]
    public void The_command_reads_and_checks_a_large_input_in_one_region_and_leaves_none_behind()
    {
        var (started, before) = (CollectionPause.Started, CollectionPause.StartedBeforeReading);
        var (code, output, _) = CheckLargeSet(LargeSet(CollectionPause.SmallestSet));
        code.Should().Be(ExitCodes.Clean);
        output.Should().Contain("\"findings\"");
        (CollectionPause.Started, CollectionPause.StartedBeforeReading).Should().Be((started + 1, before + 1));
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
    }

    [Fact]
    public void The_command_asks_for_no_region_when_turned_off()
    {
        Environment.SetEnvironmentVariable(CollectionPause.OptOutVariable, "0");
        try
        {
            var started = CollectionPause.Started;
            CheckLargeSet(LargeSet(CollectionPause.SmallestSet)).Code.Should().Be(ExitCodes.Clean);
            CollectionPause.Started.Should().Be(started);
        }
        finally
        {
            Environment.SetEnvironmentVariable(CollectionPause.OptOutVariable, null);
        }
    }

    [CollectorFact]
    public void A_large_input_with_a_claim_that_cannot_be_read_is_invalid_and_leaves_no_region_behind()
    {
        var before = CollectionPause.StartedBeforeReading;
        var (code, _, error) = CheckLargeSet(LargeSet(CollectionPause.SmallestSet, brokenAt: CollectionPause.SmallestSet / 2));
        code.Should().Be(ExitCodes.Invalid);
        error.Should().Contain("the claims cannot be checked").And.Contain($"c{CollectionPause.SmallestSet / 2}");
        CollectionPause.StartedBeforeReading.Should().Be(before + 1, "the region began before the read that failed");
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
    }

    [CollectorFact]
    public void A_large_fix_run_reads_the_fixed_file_again_outside_the_region_and_leaves_none_behind()
    {
        var (started, ended) = (CollectionPause.Started, CollectionPause.EndedBeforeReadingAgain);
        var (code, output, error) = CheckLargeSet(LargeSet(CollectionPause.SmallestSet, misspeltMention: true), "--fix");
        error.Should().Contain("applied 1 fix to");
        code.Should().Be(ExitCodes.Clean);
        output.Should().NotContain("FC007");
        CollectionPause.Started.Should().Be(started + 1, "the fixed file is read again, and checked, with the collector free");
        CollectionPause.EndedBeforeReadingAgain.Should().Be(ended + 1, "the region in effect is ended before the fixed file is read again");
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
    }

    /// <summary>Runs the command on <paramref name="claims"/> in a file of its own (larger than <see cref="CollectionPause.SmallestPausedInput"/>), for a JSON report.</summary>
    private static (int Code, string Output, string Error) CheckLargeSet(string claims, params string[] options)
    {
        var file = Path.Combine(Path.GetTempPath(), $"factcheck-large-{Guid.NewGuid():N}.claims.json");
        try
        {
            File.WriteAllText(file, claims);
            new FileInfo(file).Length.Should().BeInRange(CollectionPause.SmallestPausedInput, CollectorFactAttribute.LargestInput);
            return CommandRunner.Run(["check", file, "--format", "json", "--fail-on", "never", .. options]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// A set of <paramref name="count"/> observations, a thousand subjects with one conflict each; the one at
    /// <paramref name="brokenAt"/> with a time that is not one, and with two mentions of a person, one misspelt
    /// (a fix for FC007), when <paramref name="misspeltMention"/>.
    /// </summary>
    private static string LargeSet(int count, int brokenAt = -1, bool misspeltMention = false)
    {
        var text = new StringBuilder("{\"format\":\"factcheck/claims@1\",\"sources\":[{\"id\":\"s1\",\"published\":\"2020-09-09\"}],\n");
        if (misspeltMention) text.Append("\"entities\":[{\"id\":\"p1\",\"kind\":\"person\",\"name\":\"Kenneth McKenzie\"}],\n");
        text.Append("\"claims\":[\n");
        if (misspeltMention)
        {
            text.Append("{\"id\":\"m1\",\"kind\":\"mention\",\"name\":\"Kenneth MacKenzie\",\"entity\":\"p1\",\"source\":\"s1\"},\n");
            text.Append("{\"id\":\"m2\",\"kind\":\"mention\",\"name\":\"Kenneth McKenzie\",\"entity\":\"p1\",\"source\":\"s1\"},\n");
        }
        for (var i = 0; i < count; i++)
        {
            var value = i < 1_000 ? 9_000 : 1_000;
            var time = i == brokenAt ? "soon" : "2020-01-01";
            text.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"c{i}\",\"kind\":\"observation\",\"subject\":\"s{i % 1_000}\",\"value\":\"{value}\",\"time\":\"{time}\",\"source\":\"s1\"}}");
            text.Append(i < count - 1 ? ",\n" : "\n");
        }
        return text.Append("]}").ToString();
    }
}

/// <summary>Tests that start, end or depend on the collector's regions run one at a time, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CollectorTests
{
    public const string Name = "The collector";
}
