using System.Runtime.InteropServices;
using FactCheck.Memory;

namespace FactCheck.Tests.Memory;

public class HugePageHeapTests
{
    private const string TwoMegabytes = "2097152\n";

    [Theory]
    [InlineData("always [madvise] never", TwoMegabytes, true)]
    [InlineData("[always] madvise never", TwoMegabytes, true)]
    [InlineData("always madvise [never]", TwoMegabytes, false)]
    [InlineData("always [madvise] never", "536870912\n", false)]
    [InlineData("always [madvise] never", null, false)]
    [InlineData("", TwoMegabytes, false)]
    [InlineData(null, TwoMegabytes, false)]
    public void Huge_pages_are_offered_when_Linux_gives_2_MB_ones_always_or_on_advice(string? setting, string? size, bool offered) =>
        HugePageHeap.Offered(setting, size).Should().Be(offered);

    [Fact]
    public void Region_range_is_the_collectors_own_setting() =>
        HugePageHeap.RegionRange(new Dictionary<string, object>
        {
            ["GCRegionRange"] = 274877906944L, ["GCName"] = "", ["GCPath"] = "", ["GCLargePages"] = false, ["GCHeapHardLimit"] = 0L, ["GCHeapHardLimitPercent"] = 0L,
        }).Should().Be(274877906944UL);

    [Theory]
    [InlineData("GCName", "libclrgc.so")]
    [InlineData("GCPath", "/opt/gc/libclrgc.so")]
    [InlineData("GCLargePages", true)]
    [InlineData("GCLargePages", 2L)]
    [InlineData("GCHeapHardLimit", 805306368L)]
    [InlineData("GCHeapHardLimitPercent", 30L)]
    [InlineData("GCHeapHardLimitSOH", 805306368L)]
    public void Collector_of_another_kind_or_with_a_hard_limit_is_not_suited(string setting, object value) =>
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
    public void The_runtime_gives_its_region_range_as_a_number_of_bytes() =>
        GC.GetConfigurationVariables().Should().ContainKey("GCRegionRange").WhoseValue.Should().BeOfType<long>();

    [Fact]
    public void The_window_covers_the_input_and_both_rooms_of_the_region_asked_for_before_reading()
    {
        const long Input = 164_661_637;
        var room = CollectionPause.RoomForInput(Input, long.MaxValue, long.MaxValue);
        room.Should().NotBeNull();
        HugePageHeap.WindowFor(Input, room).Should().Be((ulong)(Input + (2 * room!.Value)));
    }

    [Fact]
    public void Without_a_region_the_window_is_four_times_the_input() =>
        HugePageHeap.WindowFor(164_661_637, regionRoom: null).Should().Be(4UL * 164_661_637);

    [Theory]
    [InlineData(16L << 30, 1L << 60, 4UL << 30)]
    [InlineData(1L << 60, 1L << 30, 1UL << 30)]
    [InlineData(1L << 60, 1L << 60, 4UL * 164_661_637)]
    [InlineData(-1L, 1L << 30, 0UL)]
    [InlineData(1L << 30, -1L, 0UL)]
    public void The_window_is_at_most_a_quarter_of_the_memory_the_process_may_use_and_what_is_left_before_pressure(long available, long beforePressure, ulong window) =>
        HugePageHeap.WindowFor(164_661_637, regionRoom: null, available, beforePressure).Should().Be(Math.Min(window, 4UL * 164_661_637));

    [Theory]
    [InlineData(long.MaxValue, long.MaxValue)]
    [InlineData(long.MaxValue, null)]
    [InlineData(-1L, -1L)]
    [InlineData(-1L, null)]
    public void The_window_of_any_input_size_and_room_does_not_overflow(long bytes, long? room) =>
        HugePageHeap.WindowFor(bytes, room).Should().BeLessThan(ulong.MaxValue / 2);

    [Theory]
    [InlineData(0L)]
    [InlineData(1024L)]
    [InlineData(HugePageHeap.SmallestAdvisedInput - 1)]
    public void Small_input_is_left_alone(long bytes) =>
        HugePageHeap.Prepare(bytes, regionRoom: 1L << 30, CollectionPause.MemoryNow()).Should().Be(HugePageOutcome.TooSmall);

    [Fact]
    public void Where_Linux_offers_huge_pages_the_window_takes_the_advice_and_the_heap_keeps_working()
    {
        var outcome = HugePageHeap.Apply(64UL << 20, out var window);
        if (outcome is HugePageOutcome.OptedOut or HugePageOutcome.CollectorNotSuited) return;
        var thp = "/sys/kernel/mm/transparent_hugepage/";
        if (!OperatingSystem.IsLinux() || !HugePageHeap.Offered(Read(thp + "enabled"), Read(thp + "hpage_pmd_size")))
        {
            outcome.Should().Be(HugePageOutcome.NotOffered);
            return;
        }
        outcome.Should().Be(HugePageOutcome.Applied);
        (window.End - window.Start).Should().BeInRange(HeapWindow.HugePage, 64UL << 20);
        // The kernel marks advised memory "hg" in the flags of the mapping at the window's start.
        FlagsOfMappingHolding(window.Start).Should().Contain("hg");
        // Memory the collector hands out afterwards is zeroed and keeps what is written, across a compacting collection.
        var arrays = Enumerable.Range(0, 64).Select(i => new byte[1 << 20]).ToArray();
        arrays.Should().OnlyContain(a => a.All(b => b == 0));
        for (var i = 0; i < arrays.Length; i++) Array.Fill(arrays[i], (byte)i);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        arrays.Select((a, i) => a.All(b => b == (byte)i)).Should().OnlyContain(kept => kept);
    }

    [Fact]
    public void The_start_of_the_heap_is_prepared_once_in_a_process()
    {
        HugePageHeap.PrepareStart();
        HugePageHeap.PrepareStart().Should().Be(HugePageOutcome.AlreadyPrepared);
    }

    [Fact]
    public void Where_Linux_offers_huge_pages_a_collapsed_window_is_one_huge_page_at_once_and_keeps_what_was_written()
    {
        var before = Enumerable.Range(0, 256).Select(i => new byte[64]).ToArray();
        for (var i = 0; i < before.Length; i++) before[i][0] = (byte)i;
        var handles = before.Select(b => GCHandle.Alloc(b, GCHandleType.Pinned)).ToArray();
        try
        {
            var outcome = HugePageHeap.Apply(HeapWindow.HugePage, out var window, collapse: true);
            if (outcome is HugePageOutcome.OptedOut or HugePageOutcome.CollectorNotSuited) return;
            var thp = "/sys/kernel/mm/transparent_hugepage/";
            if (!OperatingSystem.IsLinux() || !HugePageHeap.Offered(Read(thp + "enabled"), Read(thp + "hpage_pmd_size")))
            {
                outcome.Should().Be(HugePageOutcome.NotOffered);
                return;
            }
            // A kernel before 6.1, or one with no huge page free, refuses the collapse; a heap not on aligned regions
            // has no window to collapse.
            outcome.Should().BeOneOf(HugePageOutcome.Applied, HugePageOutcome.Refused, HugePageOutcome.NotFound);
            if (outcome == HugePageOutcome.Applied)
            {
                (window.End - window.Start).Should().Be(HeapWindow.HugePage);
                (window.Start % HeapWindow.HugePage).Should().Be(0UL, "Linux collapses only aligned huge pages");
                FlagsOfMappingHolding(window.Start).Should().Contain("hg");
                AnonHugePagesKiBOfMappingHolding(window.Start).Should().BeGreaterThanOrEqualTo(2048, "the window is one huge page now");
            }
            var inside = handles.Select(h => (ulong)h.AddrOfPinnedObject()).Select(a => window.Start <= a && a < window.End).ToArray();
            before.Select((a, i) => a[0] == (byte)i && a.Skip(1).All(b => b == 0)).Should().OnlyContain(kept => kept, $"the collapse copies what was written ({inside.Count(x => x)} of the arrays were in the window)");
        }
        finally
        {
            foreach (var handle in handles) handle.Free();
        }
        var after = Enumerable.Range(0, 256).Select(i => new byte[4096]).ToArray();
        after.Should().OnlyContain(a => a.All(b => b == 0), "memory the collector hands out afterwards is zeroed");
    }

    private static long AnonHugePagesKiBOfMappingHolding(ulong address) =>
        SmapsField(address, "AnonHugePages:") is { } kib
            ? long.Parse(kib.Replace("kB", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    private static string? Read(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    private static string[] FlagsOfMappingHolding(ulong address) =>
        SmapsField(address, "VmFlags:")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>The value of <paramref name="field"/> in Linux's report on the mapping that holds <paramref name="address"/>, or null.</summary>
    private static string? SmapsField(ulong address, string field)
    {
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (MemoryMapping.TryParse(line, out var mapping)) inside = mapping.Start <= address && address < mapping.End;
            else if (inside && line.StartsWith(field, StringComparison.Ordinal)) return line[field.Length..];
        }
        return null;
    }
}
