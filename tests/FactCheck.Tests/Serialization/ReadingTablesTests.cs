using System.Text;
using FactCheck.Serialization;
using FactCheck.Utility;

namespace FactCheck.Tests.Serialization;

/// <summary>The small tables the file reader looks names and repeated values up in.</summary>
public class ReadingTablesTests
{
    [Fact]
    public void Every_known_field_name_is_found_as_its_own_number()
    {
        for (var i = 0; i < KnownField.Names.Length; i++)
        {
            KnownField.Find(Encoding.UTF8.GetBytes(KnownField.Names[i])).Should().Be(i, KnownField.Names[i]);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("i")]
    [InlineData("Id")]
    [InlineData("ids")]
    [InlineData("sourc")]
    [InlineData("publishes")]
    [InlineData("midExclusive")]
    [InlineData("x-note")]
    [InlineData("mexric")]
    [InlineData("approxamately")]
    [InlineData("approximately-17")]
    [InlineData("approximately-and-more")]
    [InlineData("ib")]
    [InlineData("kibd")]
    public void Names_that_are_not_field_names_are_not_found(string name) =>
        KnownField.Find(Encoding.UTF8.GetBytes(name)).Should().Be(-1);

    [Fact]
    public void Every_known_field_name_is_short_enough_to_be_compared_as_two_words() =>
        KnownField.Names.Should().OnlyContain(name => Encoding.UTF8.GetByteCount(name) >= 2 && Encoding.UTF8.GetByteCount(name) <= 16);

    [Fact]
    public void A_field_name_is_found_only_when_every_byte_matches()
    {
        // Names of 2 to 16 bytes are compared as their first and last words: each byte changed in turn, none is found.
        foreach (var name in KnownField.Names)
        {
            for (var at = 0; at < name.Length; at++)
            {
                var changed = Encoding.UTF8.GetBytes(name);
                changed[at] ^= 0x20;
                KnownField.Find(changed).Should().NotBe(Array.IndexOf(KnownField.Names, name), $"{name} with byte {at} changed");
            }
        }
    }

    [Fact]
    public void A_repeated_value_is_one_shared_string()
    {
        var cache = new Utf8StringCache();
        var first = cache.Get("region-17"u8);
        var second = cache.Get("region-17"u8);
        second.Should().Be("region-17");
        ReferenceEquals(first, second).Should().BeTrue();
    }

    [Fact]
    public void Values_that_share_a_slot_each_read_as_themselves()
    {
        // Find two short values that hash to one slot, so that the second evicts the first.
        var bySlot = new Dictionary<int, string>();
        (string A, string B)? pair = null;
        for (var i = 0; pair is null; i++)
        {
            var text = "v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var slot = Utf8StringCache.Slot(Encoding.UTF8.GetBytes(text));
            if (bySlot.TryGetValue(slot, out var other)) pair = (other, text);
            else bySlot[slot] = text;
        }
        var cache = new Utf8StringCache();
        var (a, b) = pair.Value;
        cache.Get(Encoding.UTF8.GetBytes(a)).Should().Be(a);
        cache.Get(Encoding.UTF8.GetBytes(b)).Should().Be(b);
        cache.Get(Encoding.UTF8.GetBytes(a)).Should().Be(a);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Utf8StringCache.MaxBytes)]
    [InlineData(Utf8StringCache.MaxBytes + 1)]
    public void Values_of_every_length_read_as_themselves(int length)
    {
        var text = new string('é', length / 2) + new string('a', length % 2);
        var cache = new Utf8StringCache();
        cache.Get(Encoding.UTF8.GetBytes(text)).Should().Be(text);
        cache.Get(Encoding.UTF8.GetBytes(text)).Should().Be(text);
    }

    [Fact]
    public void Slots_spread_values_that_differ_only_in_their_middle()
    {
        var slots = Enumerable.Range(0, 1000)
            .Select(i => Utf8StringCache.Slot(Encoding.UTF8.GetBytes("between " + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + " and 900")))
            .Distinct()
            .Count();
        // A thousand values in 8,192 slots: about 940 distinct slots if the hash spreads them as at random.
        slots.Should().BeGreaterThan(900);
    }

    [Fact]
    public void A_table_that_hardly_ever_hits_pauses_and_still_reads_every_value_as_itself()
    {
        var cache = new Utf8StringCache();
        for (var i = 0; i < 100_000; i++)
        {
            var text = "figure " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            cache.Get(Encoding.UTF8.GetBytes(text)).Should().Be(text);
        }
        // Paused by now: a value read twice is still itself, shared or not.
        cache.Get("region-17"u8).Should().Be("region-17");
        cache.Get("region-17"u8).Should().Be("region-17");
    }

    [Fact]
    public void A_cache_grows_once_at_its_growth_lookup()
    {
        var growth = new CacheGrowth();
        for (var i = 1; i < CacheGrowth.GrowAfter; i++) growth.Grows().Should().BeFalse($"lookup {i} comes before the growth");
        growth.Grows().Should().BeTrue("the growth comes at lookup {0}", CacheGrowth.GrowAfter);
        for (var i = 0; i < 3 * CacheGrowth.GrowAfter; i++) growth.Grows().Should().BeFalse("a cache grows once");
    }

    [Fact]
    public void A_shared_string_cache_reads_every_value_as_itself_across_its_growth_and_shares_again_after_it()
    {
        var cache = new Utf8StringCache();
        for (var i = 0; i < 2 * CacheGrowth.GrowAfter; i++)
        {
            var text = "source-" + (i % 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
            cache.Get(Encoding.UTF8.GetBytes(text)).Should().Be(text);
        }
        var first = cache.Get("source-7"u8);
        ReferenceEquals(cache.Get("source-7"u8), first).Should().BeTrue("the grown table holds what it is given");
    }

    [Fact]
    public void Text_caches_give_what_they_were_given_or_nothing_across_their_growth()
    {
        var strings = new TextCache<int>();
        var bytes = new Utf8TextCache<int>();
        for (var i = 0; i < 2 * CacheGrowth.GrowAfter; i++)
        {
            var text = "about " + (i % 300).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var utf8 = Encoding.UTF8.GetBytes(text);
            if (strings.TryGet(text, out var held)) held.Should().Be(i % 300, text);
            else strings.Add(text, i % 300);
            if (bytes.TryGet(utf8, out var heldBytes)) heldBytes.Should().Be(i % 300, text);
            else bytes.Add(utf8, text, i % 300);
        }
        strings.Add("about 1,000", 1000);
        strings.TryGet("about 1,000", out var value).Should().BeTrue("the grown table holds what it is given");
        value.Should().Be(1000);
        bytes.Add("about 1,000"u8, "about 1,000", 1000);
        bytes.TryGet("about 1,000"u8, out var valueOfBytes).Should().BeTrue("the grown table holds what it is given");
        valueOfBytes.Should().Be(1000);
    }

    [Fact]
    public void A_value_that_is_not_ASCII_reads_as_itself_and_is_not_taken_for_another()
    {
        var cache = new Utf8StringCache();
        cache.Get(Encoding.UTF8.GetBytes("Zürich")).Should().Be("Zürich");
        cache.Find(Encoding.UTF8.GetBytes("Zürich")).Should().BeNull();
        cache.Get(Encoding.UTF8.GetBytes("Zürich")).Should().Be("Zürich");
    }

    [Fact]
    public void A_subject_stated_again_after_thousands_of_distinct_figures_is_still_one_shared_string()
    {
        // Figures are mostly distinct: they must not push the few subjects out of the table the subjects are shared from.
        var claims = new StringBuilder("{\"format\":\"factcheck/claims@1\",\"claims\":[");
        for (var i = 0; i < 20_000; i++)
        {
            var subject = i is 0 or 19_999 ? "region-first/garrison" : "region-" + (i % 50).ToString(System.Globalization.CultureInfo.InvariantCulture) + "/garrison";
            claims.Append(i == 0 ? "" : ",").Append(System.Globalization.CultureInfo.InvariantCulture,
                $"{{\"id\":\"c{i}\",\"kind\":\"observation\",\"subject\":\"{subject}\",\"value\":\"{1_000_000 + (i * 7919)}\",\"time\":\"2020-01-01\"}}");
        }
        var set = new ClaimSetReader().ReadString(claims.Append("]}").ToString()).ClaimSet;
        var first = (Observation)set.Claims[0];
        var last = (Observation)set.Claims[^1];
        last.Subject.Should().Be(first.Subject);
        ReferenceEquals(first.Subject, last.Subject).Should().BeTrue();
    }

    [Fact]
    public void A_pool_shares_every_value_it_has_seen_however_long_ago()
    {
        var pool = new Utf8StringPool();
        var first = Enumerable.Range(0, 50_000).Select(i => pool.Get(Encoding.UTF8.GetBytes(Subject(i)))).ToArray();
        pool.Count.Should().Be(50_000);
        for (var i = 0; i < first.Length; i++) ReferenceEquals(pool.Get(Encoding.UTF8.GetBytes(Subject(i))), first[i]).Should().BeTrue(Subject(i));
        pool.Count.Should().Be(50_000);
    }

    [Fact]
    public void A_pool_numbers_the_values_it_keeps_from_one_in_the_order_kept_and_gives_each_its_number_every_time()
    {
        // 50,000 values grow the table seven times; a value keeps its number wherever growing moves it.
        var pool = new Utf8StringPool();
        for (var i = 0; i < 50_000; i++)
        {
            pool.Get(Encoding.UTF8.GetBytes(Subject(i)), out var number);
            number.Should().Be(i + 1);
        }
        for (var i = 49_999; i >= 0; i -= 7)
        {
            pool.Get(Encoding.UTF8.GetBytes(Subject(i)), out var number);
            number.Should().Be(i + 1, Subject(i));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Zürich")]
    [InlineData("a-subject-name-longer-than-the-forty-eight-bytes-a-table-shares")]
    public void A_value_a_pool_does_not_keep_has_no_number(string text)
    {
        var pool = new Utf8StringPool();
        pool.Get("kept"u8, out var kept);
        pool.Get(Encoding.UTF8.GetBytes(text), out var number);
        (kept, number).Should().Be((1, 0), "a value not kept has no number, not the one looked up before it");
    }

    [Fact]
    public void A_pool_keeps_131_072_values_and_reads_every_later_one_as_itself_without_keeping_it()
    {
        var pool = new Utf8StringPool();
        const int Bound = 131_072;
        var kept = Enumerable.Range(0, Bound).Select(i => pool.Get(Encoding.UTF8.GetBytes(Subject(i)))).ToArray();
        pool.Count.Should().Be(Bound);
        var later = Encoding.UTF8.GetBytes(Subject(Bound));
        var once = pool.Get(later, out var number);
        number.Should().Be(0, "a value past the bound is not kept, so not numbered");
        var twice = pool.Get(later);
        (once, twice).Should().Be((Subject(Bound), Subject(Bound)));
        ReferenceEquals(once, twice).Should().BeFalse("a value past the bound is decoded each time");
        pool.Count.Should().Be(Bound);
        ReferenceEquals(pool.Find(Encoding.UTF8.GetBytes(Subject(0))), kept[0]).Should().BeTrue();
        ReferenceEquals(pool.Find(Encoding.UTF8.GetBytes(Subject(Bound - 1))), kept[^1]).Should().BeTrue();
    }

    [Fact]
    public void A_pool_keeps_an_ASCII_value_of_exactly_the_longest_length_it_shares()
    {
        var pool = new Utf8StringPool();
        var text = new string('s', Utf8StringTable.MaxBytes);
        ReferenceEquals(pool.Get(Encoding.UTF8.GetBytes(text)), pool.Get(Encoding.UTF8.GetBytes(text))).Should().BeTrue();
        pool.Count.Should().Be(1);
    }

    [Fact]
    public void Values_made_to_collide_in_a_pool_cost_a_bounded_walk_and_still_read_as_themselves()
    {
        // Values whose hashes share their top ten bits all start probing at the same slot of the pool's first table; the
        // pool stops looking, and keeping, a bounded distance from it instead of letting one cluster grow that every
        // lookup walks.
        var colliding = Enumerable.Range(0, 2_000_000).Select(Subject)
            .Where(text => Utf8StringCache.Slot(Encoding.UTF8.GetBytes(text), 10) == 0)
            .Take(Utf8StringPool.MaxProbes + 5)
            .ToArray();
        colliding.Should().HaveCount(Utf8StringPool.MaxProbes + 5);
        var pool = new Utf8StringPool();
        foreach (var text in colliding) pool.Get(Encoding.UTF8.GetBytes(text)).Should().Be(text);
        pool.Count.Should().Be(Utf8StringPool.MaxProbes);
        foreach (var text in colliding) pool.Get(Encoding.UTF8.GetBytes(text)).Should().Be(text);
        pool.Count.Should().Be(Utf8StringPool.MaxProbes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Zürich")]
    [InlineData("a-subject-name-longer-than-the-forty-eight-bytes-a-table-shares")]
    public void A_pool_reads_values_it_does_not_share_as_themselves(string text)
    {
        var pool = new Utf8StringPool();
        pool.Get(Encoding.UTF8.GetBytes(text)).Should().Be(text);
        pool.Get(Encoding.UTF8.GetBytes(text)).Should().Be(text);
        pool.Count.Should().Be(0);
    }

    [Fact]
    public void Claims_about_forty_thousand_subjects_in_any_order_share_one_string_per_subject()
    {
        // More subjects than a small cache holds, each stated again long after: the reader pools subjects, so every
        // claim about one subject holds the same string, as the engine's grouping compares them first by reference.
        const int Subjects = 40_000;
        var claims = new StringBuilder("{\"format\":\"factcheck/claims@1\",\"claims\":[");
        for (var i = 0; i < 2 * Subjects; i++)
        {
            var subject = Subject(i * 7_919 % Subjects);
            claims.Append(i == 0 ? "" : ",").Append(System.Globalization.CultureInfo.InvariantCulture,
                $"{{\"id\":\"c{i}\",\"kind\":\"observation\",\"subject\":\"{subject}\",\"value\":\"1,000\",\"time\":\"2020-01-01\"}}");
        }
        var set = new ClaimSetReader().ReadString(claims.Append("]}").ToString()).ClaimSet;
        var distinct = new HashSet<string>(set.Claims.Cast<Observation>().Select(o => o.Subject), ReferenceEqualityComparer.Instance);
        distinct.Should().HaveCount(Subjects);
    }

    private static string Subject(int i) => "region-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/garrison";
}
