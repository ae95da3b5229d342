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
        // Few bounds, so that equal bounds (excluded and not) meet often; mostly adds and rare clears, so that runs
        // grow past the heap's first room.
        var step = Gen.Select(Gen.Int[0, 99], Gen.Int[-3, 3], Gen.Bool);
        step.Array[1, 300].Sample(static steps => SameTops(steps, (b, x) => new HighestFirst(b, x)) && SameTops(steps, (b, x) => new LowestFirst(b, x)), iter: 300);
    }

    [Fact]
    public void Any_run_of_adds_and_removals_keeps_the_earliest_day_at_the_top_as_the_runtime_queue_does()
    {
        var step = Gen.Select(Gen.Int[0, 99], Gen.Int[-3, 3], Gen.Bool);
        step.Array[1, 300].Sample(static steps => SameTops(steps, (b, _) => new LocalDate(2020, 1, 10).PlusDays(b)), iter: 300);
    }

    [Fact]
    public void Keys_added_in_any_order_come_out_least_first_however_far_the_heap_grows()
    {
        var heap = new SweepHeap<int>();
        // 0..99 in a scrambled order (37 is prime to 100), past the heap's first room of 16 three times over.
        for (var i = 0; i < 100; i++) heap.Enqueue(i, i * 37 % 100);

        var order = new List<int>();
        while (heap.TryPeek(out _, out var key))
        {
            order.Add(key);
            heap.Dequeue();
        }

        order.Should().Equal(Enumerable.Range(0, 100));
    }

    [Fact]
    public void Of_equal_bounds_an_excluded_one_comes_to_the_top_of_either_heap()
    {
        var highest = new SweepHeap<HighestFirst>();
        highest.Enqueue(0, new HighestFirst(5, excluded: false));
        highest.Enqueue(1, new HighestFirst(5, excluded: true));
        highest.Enqueue(2, new HighestFirst(4, excluded: true));
        var lowest = new SweepHeap<LowestFirst>();
        lowest.Enqueue(0, new LowestFirst(5, excluded: false));
        lowest.Enqueue(1, new LowestFirst(5, excluded: true));
        lowest.Enqueue(2, new LowestFirst(6, excluded: true));

        highest.TryPeek(out var top).Should().BeTrue();
        top.Should().Be(1);
        lowest.TryPeek(out top).Should().BeTrue();
        top.Should().Be(1);
        highest.Dequeue();
        lowest.Dequeue();
        highest.TryPeek(out top).Should().BeTrue();
        top.Should().Be(0);
        lowest.TryPeek(out top).Should().BeTrue();
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
        entry.Should().Be(-1);
        heap.Count.Should().Be(0);
        heap.Invoking(h => h.Dequeue()).Should().Throw<InvalidOperationException>();
    }

    // Each step: 0–64 adds a key made of the value and the flag, 65–98 removes the top (when there is one), 99 clears.
    private static bool SameTops<TKey>((int Op, int Value, bool Flag)[] steps, Func<int, bool, TKey> keyOf)
        where TKey : struct, IComparable<TKey>
    {
        var heap = new SweepHeap<TKey>();
        var queue = new PriorityQueue<int, TKey>();
        var keys = new List<TKey>();
        foreach (var (op, value, flag) in steps)
        {
            if (op <= 64)
            {
                var key = keyOf(value, flag);
                heap.Enqueue(keys.Count, key);
                queue.Enqueue(keys.Count, key);
                keys.Add(key);
            }
            else if (op <= 98 && queue.Count > 0)
            {
                heap.Dequeue();
                queue.Dequeue();
            }
            else if (op == 99)
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
