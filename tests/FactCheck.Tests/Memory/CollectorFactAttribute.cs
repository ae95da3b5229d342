using System.Globalization;
using FactCheck.Memory;

namespace FactCheck.Tests.Memory;

/// <summary>
/// A fact that needs the collector to promise a no-GC region as large as the command asks for before reading
/// <see cref="LargestInput"/> bytes: skipped, saying why, in a process that may not use the memory
/// <see cref="CollectionPause"/> requires for that (eight times the room, about a gigabyte), or that turns the regions
/// off (<c>FACTCHECK_GC_REGION=0</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class CollectorFactAttribute : FactAttribute
{
    /// <summary>The most input any of these tests reads in one run; the command's tests check their files against it.</summary>
    internal const long LargestInput = 12L << 20;

    private static int reported;

    public CollectorFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(CollectionPause.OptOutVariable) == "0")
        {
            Report($"{CollectionPause.OptOutVariable}=0 turns the regions off in this process.");
            return;
        }
        var memory = GC.GetGCMemoryInfo();
        var beforePressure = memory.HighMemoryLoadThresholdBytes - memory.MemoryLoadBytes;
        if (CollectionPause.RoomForInput(LargestInput, memory.TotalAvailableMemoryBytes, beforePressure) is not null) return;
        var room = CollectionPause.RoomForInput(LargestInput, long.MaxValue, long.MaxValue) ?? 0;
        var (needed, may, free) = ((room * 4 * CollectionPause.CommitsPerRoom) >> 20, memory.TotalAvailableMemoryBytes >> 20, beforePressure >> 20);
        Report(string.Create(
            CultureInfo.InvariantCulture,
            $"needs a process that may use {needed:N0} MiB, for a no-GC region of {room >> 20:N0} MiB (CollectionPause); this one may use {may:N0} MiB, {free:N0} MiB before memory pressure."));
    }

    /// <summary>Skips the test for <paramref name="reason"/>, saying so once a run in CI.</summary>
    private void Report(string reason)
    {
        Skip = reason;
        if (Environment.GetEnvironmentVariable("CI") == "true" && Interlocked.Exchange(ref reported, 1) == 0)
        {
            Console.Error.WriteLine("factcheck tests: the collector's region tests are skipped: " + reason);
        }
    }
}
