using FactCheck.Utility;

namespace FactCheck.Tests.Utility;

/// <summary>The small table that remembers values by the identity of their string keys.</summary>
public class IdentityCacheTests
{
    [Fact]
    public void A_remembered_key_gives_its_value_and_an_equal_string_of_another_instance_does_not()
    {
        var cache = new IdentityCache<object>();
        var key = new string("wire-001".AsSpan());
        var value = new object();
        cache.Remember(key, value);

        cache.TryGet(key, out var found).Should().BeTrue();
        found.Should().BeSameAs(value);
        cache.TryGet(new string("wire-001".AsSpan()), out _).Should().BeFalse("keys compare by reference, and another instance is looked up where the value came from");
    }

    [Fact]
    public void Keys_that_share_a_slot_evict_one_another_and_never_give_each_other_s_value()
    {
        // More keys than slots: at least two share one, and the later takes it.
        var cache = Grown();
        var keys = Enumerable.Range(0, 4 * IdentityCache<string>.Slots).Select(i => $"source-{i}").ToArray();
        foreach (var key in keys) cache.Remember(key, "value of " + key);

        var found = 0;
        foreach (var key in keys)
        {
            if (!cache.TryGet(key, out var value)) continue;
            value.Should().Be("value of " + key);
            found++;
        }
        found.Should().BeInRange(1, IdentityCache<string>.Slots);
        cache.TryGet(keys[^1], out _).Should().BeTrue("the last key remembered keeps its slot");
    }

    [Fact]
    public void A_new_cache_remembers_in_a_small_table_and_forgets_once_as_it_grows()
    {
        // Small until used a while, so that a small read does not zero a full table; growing empties it, once.
        var cache = new IdentityCache<string>();
        var key = new string("wire-001".AsSpan());
        cache.Remember(key, "first");
        cache.TryGet(key, out var before).Should().BeTrue();
        before.Should().Be("first");

        for (var lookup = 1; lookup < CacheGrowth.GrowAfter - 1; lookup++) cache.TryGet(key, out _).Should().BeTrue($"lookup {lookup} comes before the growth");
        cache.TryGet(key, out _).Should().BeFalse("the lookup at which it grows finds the new table empty");

        cache.Remember(key, "again");
        cache.TryGet(key, out var after).Should().BeTrue("it grows once");
        after.Should().Be("again");
    }

    /// <summary>A cache past its growth, at full size.</summary>
    private static IdentityCache<string> Grown()
    {
        var cache = new IdentityCache<string>();
        for (var lookup = 0; lookup < CacheGrowth.GrowAfter; lookup++) cache.TryGet("key", out _);
        return cache;
    }
}
