using System.Collections.Immutable;
using System.Globalization;

namespace FactCheck.Tests.Claims;

/// <summary>The table of claim ids a claim set is read into and looks claims up in.</summary>
public class ClaimIdTableTests
{
    private static string IdOf(int number) => "o" + number.ToString("x8", CultureInfo.InvariantCulture);

    [Fact]
    public void Every_id_taken_is_found_by_its_claims_number_as_the_table_grows()
    {
        var table = new ClaimIdTable(0);
        for (var i = 0; i < 5_000; i++) table.Take(IdOf(i), out _).Should().BeTrue();

        table.Count.Should().Be(5_000);
        Enumerable.Range(0, 5_000).Where(i => table.IndexOf(IdOf(i)) != i).Should().BeEmpty();
        table.IndexOf(IdOf(5_000)).Should().Be(-1);
        table.IndexOf("").Should().Be(-1);
    }

    [Fact]
    public void An_id_taken_already_is_refused_with_the_number_of_the_claim_that_has_it()
    {
        var table = new ClaimIdTable(4);
        table.Take("a", out _).Should().BeTrue();
        table.Take("b", out _).Should().BeTrue();

        table.Take("a", out var first).Should().BeFalse();

        first.Should().Be(0);
        table.Count.Should().Be(3, "the claim with the duplicate id is numbered all the same");
        table.IndexOf("a").Should().Be(0);
    }

    [Fact]
    public void A_claim_without_an_id_is_numbered_and_holds_no_id()
    {
        var table = new ClaimIdTable(0);
        table.Take("a", out _).Should().BeTrue();
        table.Take(null, out var first).Should().BeTrue();
        table.Take("c", out _).Should().BeTrue();

        first.Should().Be(-1);
        table.Count.Should().Be(3);
        table.IndexOf("c").Should().Be(2);
    }

    [Fact]
    public void Claims_without_an_id_or_with_a_duplicate_one_keep_the_numbers_of_those_after_them()
    {
        var table = new ClaimIdTable(0);
        table.Take("a", out _);
        for (var i = 1; i < 40; i++) table.Take(i % 2 == 0 ? null : "a", out _);

        table.Take("b", out _).Should().BeTrue();

        table.Count.Should().Be(41);
        table.IndexOf("b").Should().Be(40);
    }

    [Fact]
    public void Ids_that_differ_only_in_case_or_by_a_character_are_different_ids()
    {
        var table = new ClaimIdTable(0);
        table.Take("claim-1", out _).Should().BeTrue();
        table.Take("Claim-1", out _).Should().BeTrue();
        table.Take("claim-1 ", out _).Should().BeTrue();

        table.IndexOf("Claim-1").Should().Be(1);
        table.IndexOf("claim-1 ").Should().Be(2);
    }

    [Fact]
    public void Making_room_beforehand_keeps_every_id_held()
    {
        var table = new ClaimIdTable(0);
        for (var i = 0; i < 100; i++) table.Take(IdOf(i), out _);

        table.EnsureCapacity(100_000);
        for (var i = 100; i < 200; i++) table.Take(IdOf(i), out _);

        Enumerable.Range(0, 200).Where(i => table.IndexOf(IdOf(i)) != i).Should().BeEmpty();
    }

    [Fact]
    public void A_sealed_table_reads_the_ids_from_the_claims_and_numbers_no_more()
    {
        var claims = Enumerable.Range(0, 300).Select(i => (Claim)new Observation(IdOf(i), "x", Quantity.Exactly(i), FuzzyTime.Year(2020))).ToImmutableArray();
        var table = new ClaimIdTable(0);
        for (var i = 0; i < claims.Length; i++) table.Take(claims[i].Id, out _);

        table.TrySeal(claims).Should().BeTrue();

        Enumerable.Range(0, 300).Where(i => table.IndexOf(IdOf(i)) != i).Should().BeEmpty();
        table.IndexOf(IdOf(300)).Should().Be(-1);
        table.Invoking(t => t.Take(IdOf(300), out _)).Should().Throw<InvalidOperationException>();
        table.Invoking(t => t.EnsureCapacity(1_000)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_table_is_not_sealed_with_fewer_claims_than_it_numbered_and_goes_on_reading_its_own_ids()
    {
        var table = new ClaimIdTable(0);
        table.Take("a", out _);
        table.Take("b", out _);

        table.TrySeal([new Observation("a", "x", Quantity.Exactly(1), FuzzyTime.Year(2020))]).Should().BeFalse();

        table.IndexOf("b").Should().Be(1);
        table.Take("c", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData(-1, ClaimIdTable.MinSlots)]
    [InlineData(0, ClaimIdTable.MinSlots)]
    [InlineData(10, 16)]
    [InlineData(11, 32)]
    [InlineData(20, 32)]
    [InlineData(21, 64)]
    [InlineData(1_000_000, 1 << 21)]
    [InlineData(int.MaxValue, ClaimIdTable.MaxSlots)]
    public void A_table_has_the_fewest_slots_that_hold_its_ids_at_most_five_eighths_full(int count, int slots) =>
        ClaimIdTable.SlotsFor(count).Should().Be(slots);

    [Fact]
    public void The_ids_either_side_of_a_growth_are_all_found()
    {
        // 16 slots hold 10 ids; the 11th doubles the table.
        var table = new ClaimIdTable(0);
        for (var i = 0; i < 11; i++) table.Take(IdOf(i), out _).Should().BeTrue();

        Enumerable.Range(0, 11).Select(i => table.IndexOf(IdOf(i))).Should().Equal(Enumerable.Range(0, 11));
        table.Take(IdOf(9), out var first).Should().BeFalse();
        first.Should().Be(9);
    }

    [Fact]
    public void A_claim_set_of_many_claims_finds_each_by_its_id()
    {
        var set = ClaimSet.CreateBuilder();
        for (var i = 0; i < 2_000; i++) set.Observation(IdOf(i), "x", "5").At(new NodaTime.LocalDate(2020, 1, 1));
        var claims = set.Build();

        Enumerable.Range(0, 2_000).Where(i => claims.FindClaim(IdOf(i)) is not { } claim || claim.Id != IdOf(i)).Should().BeEmpty();
        claims.FindClaim("nothing").Should().BeNull();
    }

    [Fact]
    public void A_claim_set_is_looked_up_from_many_threads_at_once()
    {
        var set = ClaimSet.CreateBuilder();
        for (var i = 0; i < 2_000; i++) set.Observation(IdOf(i), "x", "5").At(new NodaTime.LocalDate(2020, 1, 1));
        var claims = set.Build();
        var wrong = 0;

        Parallel.For(0, 20_000, i =>
        {
            if (claims.FindClaim(IdOf(i % 2_000))?.Id != IdOf(i % 2_000)) Interlocked.Increment(ref wrong);
        });

        wrong.Should().Be(0);
    }

    [Fact]
    public void Looking_up_no_id_is_refused_as_an_argument()
    {
        var claims = new ClaimSet([new Observation("a", "x", Quantity.Exactly(1), FuzzyTime.Year(2020))]);

        claims.Invoking(c => c.FindClaim(null!)).Should().Throw<ArgumentNullException>();
        claims.Invoking(c => c[null!]).Should().Throw<ArgumentNullException>();
    }
}
