using System.Diagnostics.Tracing;
using System.Globalization;

namespace FactCheck.Benchmarks;

/// <summary>
/// Samples what the runtime allocates, by type, from its AllocationTick events (one about every 100 KB), so that
/// <c>load --allocations</c> can say which objects a read allocates without an outside profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> bytesByType = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly List<(int Depth, int Reason)> collections = [];

    /// <summary>The runtime's reasons for a collection (GCStart's Reason field), as far as they matter here.</summary>
    private static readonly string[] Reasons = ["small allocations", "induced", "low memory", "empty", "large allocations", "no space (small)", "no space (large)", "induced, not forced"];

    /// <summary>How many collections of each generation there were, and why.</summary>
    internal IEnumerable<string> Collections()
    {
        lock (gate)
        {
            return collections.GroupBy(c => c).OrderBy(g => g.Key.Depth).ThenBy(g => g.Key.Reason)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"gen{g.Key.Depth} collections for {(g.Key.Reason < Reasons.Length ? Reasons[g.Key.Reason] : "reason " + g.Key.Reason)}: {g.Count()}"))
                .ToList();
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is null || eventData.Payload is null) return;
        var names = eventData.PayloadNames!;
        if (eventData.EventName.StartsWith("GCStart", StringComparison.Ordinal))
        {
            var depth = Convert.ToInt32(eventData.Payload[names.IndexOf("Depth")], CultureInfo.InvariantCulture);
            var reason = Convert.ToInt32(eventData.Payload[names.IndexOf("Reason")], CultureInfo.InvariantCulture);
            lock (gate) collections.Add((depth, reason));
            return;
        }
        if (!eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal)) return;
        var type = eventData.Payload[names.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(eventData.Payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        lock (gate)
        {
            bytesByType[type] = bytesByType.GetValueOrDefault(type) + amount;
        }
    }

    /// <summary>The sampled types with the most bytes, and their share of what was sampled.</summary>
    internal IEnumerable<string> Top(int count, long claims)
    {
        lock (gate)
        {
            var total = (double)bytesByType.Values.Sum();
            return bytesByType.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count)
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Value / total,7:P1} {p.Value / (double)claims,7:N1} B/claim  {p.Key}"))
                .ToList();
        }
    }
}
