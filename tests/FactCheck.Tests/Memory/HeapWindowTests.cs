using FactCheck.Memory;

namespace FactCheck.Tests.Memory;

public class HeapWindowTests
{
    private const ulong MB = 1UL << 20;
    private const ulong Heap = 0x7e0000000000;
    private const ulong Range = 256UL << 30;

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
        HeapWindow.Find(maps, [Heap + 100], 64 * MB, Range).Should().Be((Heap, Heap + (64 * MB)), "it starts at the anchor's mapping, not before, and stops at the size wanted");
        HeapWindow.Find(maps, [Heap + (5 * MB)], 64 * MB, Range).Should().BeNull("the anchor must be in memory the collector has made usable");
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
        HeapWindow.Find(maps, [Heap + (33 * MB), Heap + 100], 64 * MB, Range).Should().Be((Heap, Heap + (64 * MB)), "the large objects' region may come first or second");
        HeapWindow.Find(maps, [Heap - (6 * MB), Heap + (33 * MB)], 64 * MB, Range).Should().Be((Heap + (32 * MB), Heap + (96 * MB)), "an anchor outside plain anonymous memory does not count");
    }

    [Fact]
    public void Window_ends_within_the_range_above_the_start_of_the_run_that_holds_it()
    {
        var maps = new[]
        {
            new MemoryMapping(Heap - (16 * MB), Heap - (12 * MB), "r--p", "/usr/lib/libc.so.6"),
            Anonymous(Heap - (12 * MB), Heap - (4 * MB), "---p"),
            Anonymous(Heap - (4 * MB), Heap),
            Anonymous(Heap, Heap + (4 * MB)),
            Anonymous(Heap + (4 * MB), Heap + (1024 * MB), "---p"),
        };
        HeapWindow.Find(maps, [Heap + 100], 512 * MB, 32 * MB).Should().Be((Heap, Heap + (20 * MB)), "the run starts 12 MB below the anchor's mapping, so a 32 MB range ends 20 MB above it");
        HeapWindow.Find(maps, [Heap + 100], 512 * MB, 14 * MB).Should().Be((Heap, Heap + (2 * MB)), "exactly one huge page is still worth it");
        HeapWindow.Find(maps, [Heap + 100], 512 * MB, 13 * MB).Should().BeNull("less than a huge page is not");
    }

    [Fact]
    public void Window_stops_at_a_gap()
    {
        var maps = new[] { Anonymous(Heap, Heap + (4 * MB)), Anonymous(Heap + (4 * MB), Heap + (8 * MB), "---p"), Anonymous(Heap + (8 * MB) + 4096, Heap + (64 * MB), "---p") };
        HeapWindow.Find(maps, [Heap], 64 * MB, Range).Should().Be((Heap, Heap + (8 * MB)));
    }

    [Theory]
    [InlineData("[stack]")]
    [InlineData("/usr/lib/x86_64-linux-gnu/libc.so.6")]
    [InlineData("[anon:dotnet-gc]")]
    public void Window_stops_at_a_named_mapping(string name)
    {
        var maps = new[] { Anonymous(Heap, Heap + (4 * MB)), new MemoryMapping(Heap + (4 * MB), Heap + (64 * MB), "rw-p", name) };
        HeapWindow.Find(maps, [Heap], 64 * MB, Range).Should().Be((Heap, Heap + (4 * MB)));
    }

    [Fact]
    public void Window_stops_at_memory_of_another_protection()
    {
        var maps = new[] { Anonymous(Heap, Heap + (4 * MB)), Anonymous(Heap + (4 * MB), Heap + (64 * MB), "r--p") };
        HeapWindow.Find(maps, [Heap], 64 * MB, Range).Should().Be((Heap, Heap + (4 * MB)));
    }

    [Fact]
    public void Window_that_reaches_a_mapping_boundary_exactly_ends_there()
    {
        var maps = new[] { Anonymous(Heap, Heap + (4 * MB)), Anonymous(Heap + (4 * MB), Heap + (8 * MB), "---p"), new MemoryMapping(Heap + (8 * MB), Heap + (9 * MB), "rw-p", "[stack]") };
        HeapWindow.Find(maps, [Heap], 4 * MB, Range).Should().Be((Heap, Heap + (4 * MB)));
        HeapWindow.Find(maps, [Heap], 8 * MB, Range).Should().Be((Heap, Heap + (8 * MB)));
    }

    [Fact]
    public void Window_is_null_when_the_anchor_is_in_no_mapping_or_in_a_named_one()
    {
        var maps = new[] { Anonymous(Heap, Heap + (4 * MB)), new MemoryMapping(Heap + (8 * MB), Heap + (16 * MB), "rw-p", "[heap]") };
        HeapWindow.Find(maps, [Heap + (6 * MB)], 64 * MB, Range).Should().BeNull();
        HeapWindow.Find(maps, [Heap + (9 * MB)], 64 * MB, Range).Should().BeNull();
        HeapWindow.Find(maps, [Heap + (4 * MB)], 64 * MB, Range).Should().BeNull("a mapping's end is the first address past it");
        HeapWindow.Find([], [Heap], 64 * MB, Range).Should().BeNull();
    }

    [Fact]
    public void Window_is_whole_huge_pages_and_at_least_one()
    {
        var maps = new[] { Anonymous(Heap, Heap + (64 * MB)) };
        HeapWindow.Find(maps, [Heap], 2 * MB, Range).Should().Be((Heap, Heap + (2 * MB)));
        HeapWindow.Find(maps, [Heap], (5 * MB) - 1, Range).Should().Be((Heap, Heap + (4 * MB)));
        HeapWindow.Find(maps, [Heap], (2 * MB) - 1, Range).Should().BeNull();
        HeapWindow.Find([Anonymous(Heap, Heap + (2 * MB) - 4096)], [Heap], 64 * MB, Range).Should().BeNull();
    }

    [Fact]
    public void Window_near_the_top_of_the_address_space_does_not_overflow()
    {
        var top = ulong.MaxValue - (4 * MB) + 1;
        HeapWindow.Find([Anonymous(top, ulong.MaxValue)], [top], ulong.MaxValue, ulong.MaxValue).Should().Be((top, ulong.MaxValue));
    }
}
