namespace FactCheck.Tests.Memory;

/// <summary>Tests that start, end or depend on the collector's no-GC regions run one at a time, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CollectorTests
{
    public const string Name = "The collector";
}
