using System.Globalization;

namespace FactCheck.Cli.Tests;

/// <summary>
/// A fact that needs the collector to promise a no-GC region as large as the command asks for before reading
/// <see cref="LargestInput"/> bytes: skipped, saying why, in a process that may not use the memory
/// <see cref="CollectionPause"/> requires for that (eight times the room, about a gigabyte).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class CollectorFactAttribute : FactAttribute
{
    /// <summary>The most input any of these tests reads in one run; <see cref="CollectionPauseTests"/> checks its files against it.</summary>
    internal const long LargestInput = 12L << 20;

    public CollectorFactAttribute()
    {
        var memory = GC.GetGCMemoryInfo();
        var beforePressure = memory.HighMemoryLoadThresholdBytes - memory.MemoryLoadBytes;
        if (CollectionPause.RoomForInput(LargestInput, memory.TotalAvailableMemoryBytes, beforePressure) is not null) return;
        var room = CollectionPause.RoomForInput(LargestInput, long.MaxValue, long.MaxValue) ?? 0;
        var (needed, may, free) = ((room * 4 * CollectionPause.CommitsPerRoom) >> 20, memory.TotalAvailableMemoryBytes >> 20, beforePressure >> 20);
        Skip = string.Create(
            CultureInfo.InvariantCulture,
            $"needs a process that may use {needed:N0} MiB, for a no-GC region of {room >> 20:N0} MiB (CollectionPause); this one may use {may:N0} MiB, {free:N0} MiB before memory pressure.");
        if (Environment.GetEnvironmentVariable("CI") == "true") Console.Error.WriteLine("factcheck tests: collector test skipped: " + Skip);
    }
}
