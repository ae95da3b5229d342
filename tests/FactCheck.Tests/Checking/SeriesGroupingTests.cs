using CsCheck;
using FactCheck.Checking;

namespace FactCheck.Tests.Checking;

/// <summary>
/// The census groups claims by the number the reader's pool gave their subject when it has one: a cache in front of
/// grouping by the subject's characters, which must never change what the grouping numbers.
/// </summary>
public class SeriesGroupingTests
{
    private static readonly string[] Metrics = ["count", "budget", "staff"];

    [Fact]
    public void Subject_numbers_of_any_kind_group_claims_exactly_as_their_subjects_alone_do()
    {
        // Each claim: a subject (as the shared instance, or a copy of it), a metric, and a number that is the subject's
        // own, none, one given to another subject (as a second file's pool would), or out of range.
        var claim = Gen.Select(Gen.Int[0, 11], Gen.Bool, Gen.Int[0, Metrics.Length - 1], Gen.Int[0, 3], Gen.Int[-2, 30]);
        claim.Array[1, 300].Sample(static claims => SameGrouping(claims), iter: 500);
    }

    [Fact]
    public void Tables_sized_for_any_number_of_subjects_group_claims_as_unsized_ones_do()
    {
        // The size is a read set's hint: too small (a second file's subjects), right, too large, or nonsense.
        var claim = Gen.Select(Gen.Int[0, 11], Gen.Bool, Gen.Int[0, Metrics.Length - 1], Gen.Int[0, 3], Gen.Int[-2, 30]);
        Gen.Select(claim.Array[1, 300], Gen.Int[-1, 40]).Sample(static (claims, expected) => SameGrouping(claims, expected), iter: 500);
    }

    [Fact]
    public void A_number_given_first_to_one_subject_and_then_to_another_finds_each_its_own_series()
    {
        SameGrouping([(0, false, 0, 1, 5), (1, false, 0, 1, 5), (0, false, 0, 1, 5), (1, false, 1, 1, 5)]).Should().BeTrue();
    }

    [Fact]
    public void The_largest_number_followed_and_the_first_past_it_group_as_subjects_alone_do()
    {
        SameGrouping([(0, false, 0, 4, 0), (1, false, 0, 4, 0), (0, false, 0, 4, 0), (2, false, 0, 3, 0), (3, false, 0, 3, 0), (2, false, 1, 4, 0)]).Should().BeTrue();
    }

    [Fact]
    public void A_copy_of_a_subject_under_its_number_is_the_same_series()
    {
        SameGrouping([(3, false, 2, 0, 0), (3, true, 2, 0, 0), (3, false, 2, 0, 0)]).Should().BeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Arrays_made_on_two_cores_are_those_made_on_one_each_its_series_size(int series)
    {
        var grouping = new SeriesGrouping();
        for (var s = 0; s < series; s++)
        {
            for (var n = 0; n <= s; n++) grouping.Count(Subjects[s], "count", 0);
        }

        var apart = grouping.Allocate<int>(parallel: true);
        var together = grouping.Allocate<int>(parallel: false);

        apart.Select(a => a.Length).Should().Equal(Enumerable.Range(1, series));
        together.Select(a => a.Length).Should().Equal(apart.Select(a => a.Length));
        apart.Distinct().Should().HaveCount(series, "each series has an array of its own");
    }

    private static readonly string[] Subjects = [.. Enumerable.Range(0, 12).Select(i => $"region-{i}/garrison")];

    private static bool SameGrouping((int Subject, bool Copy, int Metric, int NumberKind, int Other)[] claims, int expectedSubjects = 0)
    {
        var (numbered, plain) = (new SeriesGrouping(expectedSubjects), new SeriesGrouping());
        foreach (var (s, copy, m, kind, other) in claims)
        {
            var subject = copy ? new string(Subjects[s].AsSpan()) : Subjects[s];
            var number = kind switch
            {
                0 => s + 1,
                1 => other,
                2 => 0,
                // Past the most numbers followed; the largest followed (kind 4) has a test of its own: its table is large.
                3 => SeriesGrouping.MaxSubjectNumber + Math.Abs(other),
                _ => SeriesGrouping.MaxSubjectNumber - 1,
            };
            if (numbered.Count(subject, Metrics[m], number) != plain.Count(new string(subject.AsSpan()), Metrics[m], 0)) return false;
        }
        return numbered.Counts().SequenceEqual(plain.Counts());
    }
}
