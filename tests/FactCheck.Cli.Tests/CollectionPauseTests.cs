using System.Globalization;
using System.Runtime;
using System.Text;

namespace FactCheck.Cli.Tests;

public class CollectionPauseSizeTests
{
    private const long Plenty = 16L << 30;

    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    [InlineData(CollectionPause.SmallestSet - 1)]
    public void A_set_below_the_smallest_gets_no_region(int claims) =>
        CollectionPause.RegionSize(claims, Plenty).Should().BeNull();

    [Fact]
    public void The_smallest_set_gets_room_for_each_claim_and_the_margin() =>
        CollectionPause.RegionSize(CollectionPause.SmallestSet, Plenty).Should().Be((CollectionPause.SmallestSet * CollectionPause.BytesPerClaim) + CollectionPause.Margin);

    [Fact]
    public void A_million_claims_get_half_a_gigabyte_and_the_margin() =>
        CollectionPause.RegionSize(1_000_000, Plenty).Should().Be(512_000_000L + (64L << 20));

    [Fact]
    public void The_room_is_at_most_a_quarter_of_the_memory_the_process_may_use() =>
        CollectionPause.RegionSize(1_000_000, 1L << 30).Should().Be(1L << 28);

    [Fact]
    public void The_largest_set_is_capped_without_overflowing() =>
        CollectionPause.RegionSize(int.MaxValue, Plenty).Should().Be(Plenty / 4);

    [Theory]
    [InlineData(0L)]
    [InlineData(3L)]
    [InlineData(-1L)]
    public void No_memory_to_speak_of_gives_no_region(long available) =>
        CollectionPause.RegionSize(1_000_000, available).Should().BeNull();
}

/// <summary>The real regions: alone, so that no other test's allocations or collections end them midway.</summary>
[Collection(CollectorTests.Name)]
public class CollectionPauseTests
{
    [Fact]
    public void A_large_set_checks_inside_a_region_that_ends_when_disposed()
    {
        var pause = CollectionPause.Begin(CollectionPause.SmallestSet);
        try
        {
            pause.Should().NotBeNull("a test process has far more than 115 MB free");
            GCSettings.LatencyMode.Should().Be(GCLatencyMode.NoGCRegion);
            var before = GC.CollectionCount(0);
            var kept = Enumerable.Range(0, 1_000).Select(i => new byte[10_000]).ToArray();
            GC.CollectionCount(0).Should().Be(before, "10 MB fit in the room asked for");
            kept.Should().HaveCount(1_000);
        }
        finally
        {
            pause?.Dispose();
        }
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
    }

    [Fact]
    public void A_small_set_gets_no_region() =>
        CollectionPause.Begin(CollectionPause.SmallestSet - 1).Should().BeNull();

    [Fact]
    public void Disposing_after_a_collection_ended_the_region_is_harmless()
    {
        var pause = CollectionPause.Begin(CollectionPause.SmallestSet);
        pause.Should().NotBeNull();
        GC.Collect();
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
        var dispose = () => pause!.Dispose();
        dispose.Should().NotThrow();
        dispose.Should().NotThrow("disposing twice is harmless too");
    }

    [Fact]
    public void A_second_region_is_not_asked_for_while_one_is_in_effect()
    {
        using var first = CollectionPause.Begin(CollectionPause.SmallestSet);
        first.Should().NotBeNull();
        CollectionPause.Begin(CollectionPause.SmallestSet).Should().BeNull();
    }

    [Fact]
    public void Setting_the_variable_to_zero_turns_it_off()
    {
        Environment.SetEnvironmentVariable(CollectionPause.OptOutVariable, "0");
        try
        {
            CollectionPause.Begin(CollectionPause.SmallestSet).Should().BeNull();
        }
        finally
        {
            Environment.SetEnvironmentVariable(CollectionPause.OptOutVariable, null);
        }
    }

    [Fact]
    public void The_command_leaves_no_region_behind_after_checking_a_large_set()
    {
        var file = Path.Combine(Path.GetTempPath(), $"factcheck-large-{Guid.NewGuid():N}.claims.json");
        try
        {
            File.WriteAllText(file, LargeSet(CollectionPause.SmallestSet));
            var (code, output, _) = CommandRunner.Run("check", file, "--format", "json", "--fail-on", "never");
            code.Should().Be(0);
            output.Should().Contain("\"findings\"");
            GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>A set of <paramref name="count"/> observations, a thousand subjects with one conflict each.</summary>
    private static string LargeSet(int count)
    {
        var text = new StringBuilder("{\"format\":\"factcheck/claims@1\",\"sources\":[{\"id\":\"s1\",\"published\":\"2020-09-09\"}],\"claims\":[\n");
        for (var i = 0; i < count; i++)
        {
            var value = i < 1_000 ? 9_000 : 1_000;
            text.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"c{i}\",\"kind\":\"observation\",\"subject\":\"s{i % 1_000}\",\"value\":\"{value}\",\"time\":\"2020-01-01\",\"source\":\"s1\"}}");
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
