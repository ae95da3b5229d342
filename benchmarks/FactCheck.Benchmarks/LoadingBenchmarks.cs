using BenchmarkDotNet.Attributes;
using FactCheck.Serialization;

namespace FactCheck.Benchmarks;

/// <summary>Reading a claim-set file, from memory so that the disk does not count.</summary>
[MemoryDiagnoser]
public class LoadingBenchmarks : SizedBenchmark
{
    private byte[] file = [];

    public override void Setup()
    {
        base.Setup();
        using var stream = new MemoryStream();
        ClaimSetWriter.Write(Generated.Claims, stream);
        file = stream.ToArray();
    }

    [Benchmark(Description = "read claim-set file")]
    public int Read() => new ClaimSetReader().Read(new MemoryStream(file, writable: false)).ClaimSet.Claims.Count;
}
