using System.Runtime;
using FactCheck.Memory;
using FactCheck.Serialization;
using FactCheck.Tests.Memory;

namespace FactCheck.Tests.Checking;

[Collection(CollectorTests.Name)]
public class LargeCheckScopeTests
{
    [Fact]
    public void A_scope_for_a_small_input_prepares_nothing()
    {
        using var scope = LargeCheckScope.Begin(CollectionPause.SmallestPausedInput - 1);

        scope.PausesCollections.Should().BeFalse();
        scope.UsesHugePages.Should().BeFalse("inputs below 32 MiB are not worth huge pages");
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(long.MinValue)]
    public void A_scope_for_no_input_prepares_nothing(long inputBytes)
    {
        using var scope = LargeCheckScope.Begin(inputBytes);

        scope.PausesCollections.Should().BeFalse();
        scope.UsesHugePages.Should().BeFalse();
    }

    [Theory]
    [InlineData(32L << 20)]
    [InlineData(1L << 40)]
    [InlineData(long.MaxValue / 5)]
    [InlineData(long.MaxValue)]
    public void A_scope_for_an_input_larger_than_memory_prepares_what_fits_and_leaves_no_pause_behind(long inputBytes)
    {
        var scope = LargeCheckScope.Begin(inputBytes);
        scope.PrepareCheck(int.MaxValue);

        scope.PausesCollections.Should().Be(CollectionPause.RoomBeforeReading(inputBytes, CollectionPause.MemoryNow()) is not null || CollectionPause.RoomAfterReading(int.MaxValue) is not null);
        scope.Dispose();
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
    }

    [Fact]
    public void A_scope_for_a_large_input_pauses_the_collector_until_it_is_disposed()
    {
        var scope = LargeCheckScope.Begin(CollectionPause.SmallestPausedInput);
        try
        {
            scope.PausesCollections.Should().Be(Fits, "a test process may use far more than eight times the 104 MiB asked for");
            if (!Fits) return;
            CollectorTests.AllocateTenMegabytesWithoutACollection();
        }
        finally
        {
            scope.Dispose();
        }
        scope.PausesCollections.Should().BeFalse();
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
    }

    [Fact]
    public void The_check_of_a_large_set_read_from_a_small_input_gets_a_pause_of_its_own()
    {
        using var scope = LargeCheckScope.Begin(1_000);
        scope.PausesCollections.Should().BeFalse();

        scope.PrepareCheck(CollectionPause.SmallestSet);

        scope.PausesCollections.Should().Be(CollectionPause.RoomAfterReading(CollectionPause.SmallestSet) is not null, "a set of 100,000 claims is checked inside a pause of its own");
    }

    [Fact]
    public void The_check_of_a_small_set_read_from_a_small_input_gets_no_pause()
    {
        using var scope = LargeCheckScope.Begin(1_000);

        scope.PrepareCheck(CollectionPause.SmallestSet - 1);

        scope.PausesCollections.Should().BeFalse();
    }

    [Fact]
    public void A_scope_begun_inside_another_pauses_nothing_and_leaves_the_other_alone()
    {
        using var outer = LargeCheckScope.Begin(CollectionPause.SmallestPausedInput);
        outer.PausesCollections.Should().Be(Fits);

        using (var inner = LargeCheckScope.Begin(CollectionPause.SmallestPausedInput))
        {
            inner.PausesCollections.Should().BeFalse("the runtime allows one no-GC region at a time");
            outer.PausesCollections.Should().Be(Fits, "a scope that pauses nothing leaves the pause in effect alone");
            inner.PrepareCheck(CollectionPause.SmallestSet);
            inner.PausesCollections.Should().BeFalse();
        }

        outer.PausesCollections.Should().Be(Fits, "disposing the inner scope ends no pause of the outer one");
    }

    [Fact]
    public void Disposing_twice_is_harmless_and_preparing_a_check_after_it_throws()
    {
        var scope = LargeCheckScope.Begin(CollectionPause.SmallestPausedInput);
        scope.Dispose();
        scope.Dispose();

        scope.PausesCollections.Should().BeFalse();
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
        scope.Invoking(s => s.PrepareCheck(CollectionPause.SmallestSet)).Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void A_scope_for_a_large_input_takes_huge_pages_where_Linux_offers_them()
    {
        using var scope = LargeCheckScope.Begin(HugePageHeap.SmallestAdvisedInput);

        var thp = "/sys/kernel/mm/transparent_hugepage/";
        var offered = OperatingSystem.IsLinux()
            && HugePageHeap.Offered(SystemFile.ReadSetting(thp + "enabled"), SystemFile.ReadSetting(thp + "hpage_pmd_size"))
            && HugePageHeap.RegionRange(GC.GetConfigurationVariables()) is not null
            && Environment.GetEnvironmentVariable(HugePageHeap.OptOutVariable) != "0";
        scope.UsesHugePages.Should().Be(offered);
    }

    [Fact]
    public void A_set_read_and_checked_inside_a_scope_gives_the_report_it_gives_outside()
    {
        var path = Path.Combine(RepositoryFiles.Root, "samples", "us-force-levels-2020.claims.json");
        var outside = new FactChecker().Check(ClaimSetFiles.Load(path));

        CheckReport inside;
        using (var scope = LargeCheckScope.Begin(CollectionPause.SmallestPausedInput))
        {
            var claims = ClaimSetFiles.Load(path);
            scope.PrepareCheck(claims.Claims.Count);
            inside = new FactChecker().Check(claims);
            scope.PausesCollections.Should().Be(Fits);
        }

        inside.Findings.Select(f => f.ToString()).Should().Equal(outside.Findings.Select(f => f.ToString()));
    }

    /// <summary>
    /// Whether this process may use the memory a pause before reading the smallest paused input asks for (eight times
    /// its room), and pauses are not turned off (<c>FACTCHECK_GC_REGION=0</c>): a test machine may, and then each pause
    /// must begin; where it may not, none may.
    /// </summary>
    private static bool Fits => CollectionPause.RoomBeforeReading(CollectionPause.SmallestPausedInput, CollectionPause.MemoryNow()) is not null;
}
