namespace FactCheck.Tests.Memory;

/// <summary>Tests that start, end or depend on the collector's no-GC regions run one at a time, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CollectorTests
{
    public const string Name = "The collector";

    /// <summary>Allocates 10 MB that stay reachable, and checks that no collection came: what a region in effect promises.</summary>
    internal static void AllocateTenMegabytesWithoutACollection()
    {
        var before = GC.CollectionCount(0);
        var kept = Enumerable.Range(0, 1_000).Select(i => new byte[10_000]).ToArray();
        GC.CollectionCount(0).Should().Be(before, "10 MB fit in the room asked for");
        kept.Should().HaveCount(1_000);
    }
}
