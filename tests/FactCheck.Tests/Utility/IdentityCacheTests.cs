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
        var cache = new IdentityCache<string>();
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
}
