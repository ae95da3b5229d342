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
        for (var i = 0; i < 5_000; i++) table.Take(IdOf(i), i, out _).Should().BeTrue();

        table.Count.Should().Be(5_000);
        Enumerable.Range(0, 5_000).Where(i => table.IndexOf(IdOf(i)) != i).Should().BeEmpty();
        table.IndexOf(IdOf(5_000)).Should().Be(-1);
        table.IndexOf("").Should().Be(-1);
    }

    [Fact]
    public void An_id_taken_already_is_refused_with_the_number_of_the_claim_that_has_it()
    {
        var table = new ClaimIdTable(4);
        table.Take("a", 0, out _).Should().BeTrue();
        table.Take("b", 1, out _).Should().BeTrue();

        table.Take("a", 2, out var first).Should().BeFalse();

        first.Should().Be(0);
        table.Count.Should().Be(3, "the claim with the duplicate id is numbered all the same");
        table.IndexOf("a").Should().Be(0);
    }

    [Fact]
    public void A_claim_without_an_id_is_numbered_and_holds_no_id()
    {
        var table = new ClaimIdTable(0);
        table.Take("a", 0, out _).Should().BeTrue();
        table.Take(null, 1, out var first).Should().BeTrue();
        table.Take("c", 2, out _).Should().BeTrue();

        first.Should().Be(-1);
        table.Count.Should().Be(3);
        table.IndexOf("c").Should().Be(2);
    }

    [Fact]
    public void Ids_that_differ_only_in_case_or_by_a_character_are_different_ids()
    {
        var table = new ClaimIdTable(0);
        table.Take("claim-1", 0, out _).Should().BeTrue();
        table.Take("Claim-1", 1, out _).Should().BeTrue();
        table.Take("claim-1 ", 2, out _).Should().BeTrue();

        table.IndexOf("Claim-1").Should().Be(1);
        table.IndexOf("claim-1 ").Should().Be(2);
    }

    [Fact]
    public void Making_room_beforehand_keeps_every_id_held()
    {
        var table = new ClaimIdTable(0);
        for (var i = 0; i < 100; i++) table.Take(IdOf(i), i, out _);

        table.EnsureCapacity(100_000);
        for (var i = 100; i < 200; i++) table.Take(IdOf(i), i, out _);

        Enumerable.Range(0, 200).Where(i => table.IndexOf(IdOf(i)) != i).Should().BeEmpty();
    }

    [Fact]
    public void A_sealed_table_reads_the_ids_from_the_claims_and_numbers_no_more()
    {
        var claims = Enumerable.Range(0, 300).Select(i => (Claim)new Observation(IdOf(i), "x", Quantity.Exactly(i), FuzzyTime.Year(2020))).ToImmutableArray();
        var table = new ClaimIdTable(0);
        for (var i = 0; i < claims.Length; i++) table.Take(claims[i].Id, i, out _);

        table.Seal(claims);

        Enumerable.Range(0, 300).Where(i => table.IndexOf(IdOf(i)) != i).Should().BeEmpty();
        table.IndexOf(IdOf(300)).Should().Be(-1);
        table.Invoking(t => t.Take(IdOf(300), 300, out _)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Sealing_with_claims_other_than_those_numbered_is_refused()
    {
        var table = new ClaimIdTable(0);
        table.Take("a", 0, out _);
        table.Take("b", 1, out _);

        table.Invoking(t => t.Seal([new Observation("a", "x", Quantity.Exactly(1), FuzzyTime.Year(2020))])).Should().Throw<ArgumentException>();
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
}
