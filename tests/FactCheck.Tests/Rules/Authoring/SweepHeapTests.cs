using CsCheck;
using FactCheck.Rules.Authoring;
using NodaTime;

namespace FactCheck.Tests.Rules.Authoring;

/// <summary>
/// The sweep's heap stands in for the runtime's <see cref="PriorityQueue{TElement, TPriority}"/>: after any run of adds,
/// removals and clears, its top must have the key the runtime's queue has at its top (entries of equal keys may differ,
/// which the sweep never depends on).
/// </summary>
public class SweepHeapTests
{
    [Fact]
    public void Any_run_of_adds_and_removals_keeps_the_least_bound_at_the_top_as_the_runtime_queue_does()
    {
        // Few bounds, so that equal bounds (excluded and not) meet often; past the heap's first 16 places.
        var step = Gen.Select(Gen.Int[0, 9], Gen.Int[-3, 3], Gen.Bool);
        step.Array[1, 300].Sample(static steps => SameTops(steps, (b, x) => new HighestFirst(b, x)) && SameTops(steps, (b, x) => new LowestFirst(b, x)), iter: 300);
    }

    [Fact]
    public void Any_run_of_adds_and_removals_keeps_the_earliest_day_at_the_top_as_the_runtime_queue_does()
    {
        var step = Gen.Select(Gen.Int[0, 9], Gen.Int[-3, 3], Gen.Bool);
        step.Array[1, 300].Sample(static steps => SameTops(steps, (b, _) => new LocalDate(2020, 1, 10).PlusDays(b)), iter: 300);
    }

    [Fact]
    public void Equal_bounds_put_an_excluded_one_first()
    {
        var heap = new SweepHeap<HighestFirst>();
        heap.Enqueue(0, new HighestFirst(5, excluded: false));
        heap.Enqueue(1, new HighestFirst(5, excluded: true));
        heap.Enqueue(2, new HighestFirst(4, excluded: true));

        heap.TryPeek(out var top).Should().BeTrue();
        top.Should().Be(1);
        heap.Dequeue();
        heap.TryPeek(out top).Should().BeTrue();
        top.Should().Be(0);
    }

    [Fact]
    public void An_empty_heap_peeks_nothing_and_refuses_a_removal()
    {
        var heap = new SweepHeap<LocalDate>();
        heap.Enqueue(3, new LocalDate(2020, 1, 1));
        heap.Dequeue();

        heap.TryPeek(out var entry, out _).Should().BeFalse();
        entry.Should().Be(-1);
        heap.TryPeek(out entry).Should().BeFalse();
        heap.Count.Should().Be(0);
        heap.Invoking(h => h.Dequeue()).Should().Throw<InvalidOperationException>();
    }

    // Each step: 0–5 adds a key made of the value and the flag, 6–8 removes the top (when there is one), 9 clears.
    private static bool SameTops<TKey>((int Op, int Value, bool Flag)[] steps, Func<int, bool, TKey> keyOf)
        where TKey : struct, IComparable<TKey>
    {
        var heap = new SweepHeap<TKey>();
        var queue = new PriorityQueue<int, TKey>();
        var keys = new List<TKey>();
        foreach (var (op, value, flag) in steps)
        {
            if (op <= 5)
            {
                var key = keyOf(value, flag);
                heap.Enqueue(keys.Count, key);
                queue.Enqueue(keys.Count, key);
                keys.Add(key);
            }
            else if (op <= 8 && queue.Count > 0)
            {
                heap.Dequeue();
                queue.Dequeue();
            }
            else if (op == 9)
            {
                heap.Clear();
                queue.Clear();
            }
            var peeked = heap.TryPeek(out var entry, out var heapKey);
            if (peeked != queue.TryPeek(out _, out var queueKey) || heap.Count != queue.Count) return false;
            if (peeked && (heapKey.CompareTo(queueKey) != 0 || keys[entry].CompareTo(heapKey) != 0)) return false;
        }
        return true;
    }
}
