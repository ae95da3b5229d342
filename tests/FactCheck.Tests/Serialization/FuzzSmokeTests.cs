using FactCheck.Benchmarks;

namespace FactCheck.Tests.Serialization;

/// <summary>
/// A few thousand seeded mutations of the samples and edge cases (byte flips, truncations, wrong types, bad text,
/// extreme figures and dates, grammar edges): each is refused with located problems, or loads, round-trips and
/// checks without FC900. The benchmarks' <c>fuzz</c> command runs the same mutations by the hundred thousand.
/// </summary>
public class FuzzSmokeTests
{
    [Fact]
    public void Mutated_files_are_refused_with_located_problems_or_load_round_trip_and_check()
    {
        var tally = new MutationFuzzer(MutationFuzzer.Seeds(RepositoryFiles.Root), seed: 20261201).Run(2500, new FactChecker());
        tally.FailureCount.Should().Be(0, tally.ToString());
        tally.Loaded.Should().BeGreaterThan(250, "the mutations must leave enough files loadable to reach the writer and the checker");
        tally.Refused.Should().BeGreaterThan(250, "the mutations must break enough files to reach the reader's problems");
    }
}
