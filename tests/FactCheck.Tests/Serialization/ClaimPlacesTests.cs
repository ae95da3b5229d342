using FactCheck.Serialization;

namespace FactCheck.Tests.Serialization;

/// <summary>The table of where each claim read was, kept by a document for its lifetime.</summary>
public class ClaimPlacesTests
{
    [Fact]
    public void Each_claim_keeps_its_file_line_column_and_place_in_its_file()
    {
        var places = new ClaimPlaces();
        places.Add(0, new ClaimLocation("a.claims.json", 3, 5));
        places.Add(1, new ClaimLocation("a.claims.json", 9, 5));
        places.Add(0, new ClaimLocation("b.claims.json", 2, 7));
        places.Add(1, new ClaimLocation("b.claims.json", int.MaxValue, int.MaxValue));
        places.Add(0, new ClaimLocation(null, 1, 1));

        places.Count.Should().Be(5);
        places[0].Should().Be(new ClaimLocation("a.claims.json", 3, 5));
        places[1].Should().Be(new ClaimLocation("a.claims.json", 9, 5));
        places[2].Should().Be(new ClaimLocation("b.claims.json", 2, 7));
        places[3].Should().Be(new ClaimLocation("b.claims.json", int.MaxValue, int.MaxValue));
        places[4].Should().Be(new ClaimLocation(null, 1, 1));
        Enumerable.Range(0, 5).Select(places.IndexInFile).Should().Equal(0, 1, 0, 1, 0);
    }

    [Fact]
    public void A_file_read_again_numbers_its_claims_from_the_start()
    {
        var places = Read((0, "a.claims.json", 3), (1, "a.claims.json", 9), (0, "a.claims.json", 3), (1, "a.claims.json", 9));
        Enumerable.Range(0, 4).Select(places.IndexInFile).Should().Equal(0, 1, 0, 1);
        places[3].Should().Be(new ClaimLocation("a.claims.json", 9, 5));
    }

    [Fact]
    public void A_claim_after_an_element_that_was_no_claim_keeps_its_own_place_in_the_file()
    {
        var places = Read((0, "a.claims.json", 3), (2, "a.claims.json", 11), (3, "a.claims.json", 14), (1, "b.claims.json", 4));
        Enumerable.Range(0, 4).Select(places.IndexInFile).Should().Equal(0, 2, 3, 1);
    }

    [Fact]
    public void A_table_sized_for_more_claims_than_came_gives_the_rest_back_and_keeps_every_place()
    {
        var places = new ClaimPlaces();
        places.EnsureCapacity(1_000);
        for (var i = 0; i < 100; i++) places.Add(i, new ClaimLocation("a.claims.json", i + 2, 3));
        places.TrimExcess();
        places.Count.Should().Be(100);
        Enumerable.Range(0, 100).Select(i => places[i].Line).Should().Equal(Enumerable.Range(2, 100));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void A_number_no_claim_has_is_out_of_range(int number)
    {
        var places = Read((0, "a.claims.json", 3), (1, "a.claims.json", 9));
        places.Invoking(p => p[number]).Should().Throw<ArgumentOutOfRangeException>();
        places.Invoking(p => p.IndexInFile(number)).Should().Throw<ArgumentOutOfRangeException>();
    }

    /// <summary>Places for claims given as their place in their file, their file and their line (column 5).</summary>
    private static ClaimPlaces Read(params (int IndexInFile, string File, int Line)[] claims)
    {
        var places = new ClaimPlaces();
        foreach (var (indexInFile, file, line) in claims) places.Add(indexInFile, new ClaimLocation(file, line, 5));
        return places;
    }
}
