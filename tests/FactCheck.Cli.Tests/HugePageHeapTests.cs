namespace FactCheck.Cli.Tests;

public class HugePageHeapTests
{
    private const ulong MB = 1UL << 20;
    private const ulong Heap = 0x7e0000000000;

    private static MemoryMapping Anonymous(ulong start, ulong end, string permissions = "rw-p") => new(start, end, permissions, null);

    [Fact]
    public void Window_runs_from_the_anchors_mapping_through_those_that_follow_without_a_gap()
    {
        var maps = new[]
        {
            Anonymous(Heap - (64 * MB), Heap - (8 * MB), "---p"),
            Anonymous(Heap, Heap + (4 * MB)),
            Anonymous(Heap + (4 * MB), Heap + (6 * MB), "---p"),
            Anonymous(Heap + (6 * MB), Heap + (20 * MB)),
            Anonymous(Heap + (20 * MB), Heap + (1024 * MB), "---p"),
        };
        HugePageHeap.Window(maps, [Heap + 100], 64 * MB).Should().Be((Heap, Heap + (64 * MB)), "it starts at the anchor's mapping, not before, and stops at the size wanted");
        HugePageHeap.Window(maps, [Heap + (5 * MB)], 4 * MB).Should().Be(null, "the anchor must be in memory the collector has made usable");
    }

    [Fact]
    public void Window_starts_at_the_lowest_anchor_in_usable_memory()
    {
        var maps = new[]
        {
            new MemoryMapping(Heap - (8 * MB), Heap - (4 * MB), "rw-p", "[heap]"),
            Anonymous(Heap, Heap + (4 * MB)),
            Anonymous(Heap + (4 * MB), Heap + (32 * MB), "---p"),
            Anonymous(Heap + (32 * MB), Heap + (36 * MB)),
            Anonymous(Heap + (36 * MB), Heap + (1024 * MB), "---p"),
        };
        HugePageHeap.Window(maps, [Heap + (33 * MB), Heap + 100], 64 * MB).Should().Be((Heap, Heap + (64 * MB)), "the large objects' region may come first or second");
        HugePageHeap.Window(maps, [Heap - (6 * MB), Heap + (33 * MB)], 64 * MB).Should().Be((Heap + (32 * MB), Heap + (96 * MB)), "an anchor outside plain anonymous memory does not count");
    }

    [Fact]
    public void Window_stops_at_a_gap()
    {
        var maps = new[] { Anonymous(Heap, Heap + (4 * MB)), Anonymous(Heap + (4 * MB), Heap + (8 * MB), "---p"), Anonymous(Heap + (8 * MB) + 4096, Heap + (64 * MB), "---p") };
        HugePageHeap.Window(maps, [Heap], 64 * MB).Should().Be((Heap, Heap + (8 * MB)));
    }

    [Theory]
    [InlineData("[stack]")]
    [InlineData("/usr/lib/x86_64-linux-gnu/libc.so.6")]
    public void Window_stops_at_a_named_mapping(string name)
    {
        var maps = new[] { Anonymous(Heap, Heap + (4 * MB)), new MemoryMapping(Heap + (4 * MB), Heap + (64 * MB), "rw-p", name) };
        HugePageHeap.Window(maps, [Heap], 64 * MB).Should().Be((Heap, Heap + (4 * MB)));
    }

    [Fact]
    public void Window_stops_at_memory_of_another_protection()
    {
        var maps = new[] { Anonymous(Heap, Heap + (4 * MB)), Anonymous(Heap + (4 * MB), Heap + (64 * MB), "r--p") };
        HugePageHeap.Window(maps, [Heap], 64 * MB).Should().Be((Heap, Heap + (4 * MB)));
    }

    [Fact]
    public void Window_is_null_when_the_anchor_is_in_no_mapping_or_in_a_named_one()
    {
        var maps = new[] { Anonymous(Heap, Heap + (4 * MB)), new MemoryMapping(Heap + (8 * MB), Heap + (16 * MB), "rw-p", "[heap]") };
        HugePageHeap.Window(maps, [Heap + (6 * MB)], 64 * MB).Should().BeNull();
        HugePageHeap.Window(maps, [Heap + (9 * MB)], 64 * MB).Should().BeNull();
        HugePageHeap.Window([], [Heap], 64 * MB).Should().BeNull();
    }

    [Fact]
    public void Window_of_exactly_one_huge_page_is_advised_and_one_byte_less_is_not()
    {
        var maps = new[] { Anonymous(Heap, Heap + (64 * MB)) };
        HugePageHeap.Window(maps, [Heap], 2 * MB).Should().Be((Heap, Heap + (2 * MB)));
        HugePageHeap.Window(maps, [Heap], (2 * MB) - 1).Should().BeNull();
        HugePageHeap.Window([Anonymous(Heap, Heap + (2 * MB) - 4096)], [Heap], 64 * MB).Should().BeNull();
    }

    [Fact]
    public void Window_near_the_top_of_the_address_space_does_not_overflow()
    {
        var top = ulong.MaxValue - (4 * MB) + 1;
        HugePageHeap.Window([Anonymous(top, ulong.MaxValue)], [top], ulong.MaxValue).Should().Be((top, ulong.MaxValue));
    }

    [Theory]
    [InlineData("always [madvise] never", true)]
    [InlineData("[always] madvise never", true)]
    [InlineData("always madvise [never]", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Huge_pages_are_offered_when_Linux_gives_them_always_or_on_advice(string? setting, bool offered) =>
        HugePageHeap.Offered(setting).Should().Be(offered);

    [Fact]
    public void Region_range_is_the_collectors_own_setting()
    {
        HugePageHeap.RegionRange(new Dictionary<string, object> { ["GCRegionRange"] = 274877906944L, ["GCName"] = "", ["GCLargePages"] = false })
            .Should().Be(274877906944UL);
        HugePageHeap.RegionRange(new Dictionary<string, object> { ["GCRegionRange"] = 1UL << 30 }).Should().Be(1UL << 30);
    }

    [Theory]
    [InlineData("GCName", "libclrgc.so")]
    [InlineData("GCPath", "/opt/gc/libclrgc.so")]
    [InlineData("GCLargePages", true)]
    public void Collector_of_another_kind_has_no_region_range(string setting, object value) =>
        HugePageHeap.RegionRange(new Dictionary<string, object> { ["GCRegionRange"] = 274877906944L, [setting] = value }).Should().BeNull();

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData("274877906944")]
    public void Region_range_that_is_not_a_positive_size_counts_as_none(object range) =>
        HugePageHeap.RegionRange(new Dictionary<string, object> { ["GCRegionRange"] = range }).Should().BeNull();

    [Fact]
    public void Settings_without_a_region_range_have_none() =>
        HugePageHeap.RegionRange(new Dictionary<string, object>()).Should().BeNull();

    [Fact]
    public void This_process_collector_reports_its_region_range() =>
        HugePageHeap.RegionRange(GC.GetConfigurationVariables()).Should().BeGreaterThan(1UL << 30, "the test host runs the runtime's own collector in regions");

    private static string[] FlagsOfMappingHolding(ulong address)
    {
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (MemoryMapping.TryParse(line, out var mapping)) inside = mapping.Start <= address && address < mapping.End;
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal)) return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        return [];
    }

    [Fact]
    public void Small_input_is_left_alone()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, new byte[1024]);
            HugePageHeap.Prepare([file, Path.Combine(Path.GetTempPath(), "no-such-file.claims.json")]).Should().Be(HugePageOutcome.TooSmall);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Where_Linux_offers_huge_pages_the_heap_takes_the_advice_and_keeps_working()
    {
        var outcome = HugePageHeap.Apply(64 * MB);
        if (!OperatingSystem.IsLinux() || !HugePageHeap.Offered(File.Exists("/sys/kernel/mm/transparent_hugepage/enabled") ? File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled") : null))
        {
            outcome.Should().Be(HugePageOutcome.NotOffered);
            return;
        }
        outcome.Should().Be(HugePageOutcome.Applied);
        // The kernel marks advised memory "hg" in the flags of the mapping that holds the heap's new objects.
        var probe = new byte[256];
        var pinned = System.Runtime.InteropServices.GCHandle.Alloc(probe, System.Runtime.InteropServices.GCHandleType.Pinned);
        try
        {
            FlagsOfMappingHolding((ulong)pinned.AddrOfPinnedObject()).Should().Contain("hg");
        }
        finally
        {
            pinned.Free();
        }
        // Memory the collector hands out afterwards is zeroed and keeps what is written, across collections.
        var arrays = Enumerable.Range(0, 64).Select(i => new byte[1 << 20]).ToArray();
        arrays.Should().OnlyContain(a => a.All(b => b == 0));
        for (var i = 0; i < arrays.Length; i++) Array.Fill(arrays[i], (byte)i);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        arrays.Select((a, i) => a.All(b => b == (byte)i)).Should().OnlyContain(kept => kept);
    }
}
