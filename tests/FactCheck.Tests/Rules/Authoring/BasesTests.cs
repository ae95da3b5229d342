using System.Collections.Immutable;
using FactCheck.Checking;
using FactCheck.Rules.Authoring;

namespace FactCheck.Tests.Rules.Authoring;

/// <summary>A series split by what its figures count, into a new list or into one a rule gives series after series.</summary>
public class BasesTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Partitioning_into_a_list_given_gives_the_parts_a_new_list_holds_whatever_the_list_held_before(bool statesBases)
    {
        var builder = ClaimSet.CreateBuilder("bases").AsOf(new LocalDate(2021, 1, 1));
        var gross = builder.Observation("o1", "budget", "5 billion").At("2020");
        var net = builder.Observation("o2", "budget", "3 billion").At("2020");
        builder.Observation("o3", "budget", "4 billion").At("2020");
        builder.Target("t1", "budget", "6 billion").By("2021-12-31");
        builder.Target("t2", "budget", "2 billion").By("2021-12-31");
        if (statesBases)
        {
            gross.Basis("gross");
            net.Basis("net");
        }
        var index = ClaimIndex.Build(builder.Build(), CheckSettings.Default);
        var (observations, targets) = (index.ObservationSeries.Single().Items, index.TargetSeries.Single().Items);
        List<ImmutableArray<ObservationEntry>> observationParts = [observations, observations];
        List<ImmutableArray<TargetEntry>> targetParts = [targets, targets, targets];

        Bases.Partition(index, observations, observationParts);
        Bases.Partition(index, targets, targetParts);

        observationParts.Should().BeEquivalentTo(Bases.Partition(index, observations), o => o.WithStrictOrdering());
        observationParts.Should().HaveCount(statesBases ? 3 : 1, "two bases and the figure that states none are three parts");
        targetParts.Should().BeEquivalentTo(Bases.Partition(index, targets), o => o.WithStrictOrdering());
        targetParts.Should().ContainSingle();
    }
}
