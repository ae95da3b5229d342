using CsCheck;
using FactCheck.Checking;
using FactCheck.Rules.Authoring;

namespace FactCheck.Tests.Rules.Authoring;

/// <summary>
/// StatementOrder.Of looks each figure's publication date up once and sorts places instead of entries; the order must
/// be the one sorting the entries with StatementOrder.Compare gives, even where times of day and publication dates
/// disagree (a cycle of three, which no key sort would reproduce).
/// </summary>
public class StatementOrderTests
{
    private static readonly LocalDate?[] PublishedDates = [null, new LocalDate(2023, 2, 6), new LocalDate(2023, 2, 7), new LocalDate(2023, 2, 8)];

    [Fact]
    public void Figures_of_one_time_are_said_in_the_order_sorting_them_with_the_comparison_gives()
    {
        var figure = Gen.Select(Gen.Int[0, PublishedDates.Length - 1], Gen.Bool, Gen.Int[0, 23], Gen.Int[-5, 5]);
        // Half the time no figure gives a moment, the case Of may settle without sorting.
        var figures = figure.Array[2, 40].Select(Gen.Bool, static (all, untimed) => untimed ? [.. all.Select(f => (f.Item1, false, f.Item3, f.Item4))] : all);
        figures.Sample(static figures => SameOrder(figures), iter: 300);
    }

    [Fact]
    public void A_cycle_of_moments_and_publication_dates_keeps_the_comparison_order()
    {
        // 10:00 published first, then one without a moment published second, then 09:00 published third: each
        // says it comes before the next, and the last before the first.
        SameOrder([(1, true, 10, 0), (2, false, 0, 0), (3, true, 9, 0)]).Should().BeTrue();
    }

    [Fact]
    public void Figures_without_moments_in_claim_set_order_keep_it_and_others_are_sorted()
    {
        // Already in order (no moment, dates rising): kept as they come, without a sort.
        SameOrder([(1, false, 0, 0), (1, false, 0, 0), (2, false, 0, 0), (3, false, 0, 0)]).Should().BeTrue();
        // One late in the claim set but published first: sorted.
        SameOrder([(2, false, 0, 0), (3, false, 0, 0), (1, false, 0, 0)]).Should().BeTrue();
        // In order but for one moment: sorted, as the moment may make a cycle.
        SameOrder([(1, false, 0, 0), (2, true, 9, 0), (3, false, 0, 0)]).Should().BeTrue();
    }

    [Fact]
    public void Figures_without_moments_are_said_in_order_of_publication_then_place()
    {
        var builder = ClaimSet.CreateBuilder("order").AsOf(new LocalDate(2023, 3, 1));
        for (var s = 0; s < PublishedDates.Length; s++) builder.Source($"s{s}", published: PublishedDates[s]);
        foreach (var (id, source) in new[] { ("a", 3), ("b", 1), ("c", 3), ("d", 0), ("e", 2) }) builder.Observation(id, "toll", "1,500").From($"s{source}").At(new LocalDate(2023, 2, 7));
        var index = ClaimIndex.Build(builder.Build(), CheckSettings.Default);

        var said = StatementOrder.Of(index, index.ObservationsOf("toll", "count").Items.AsSpan());

        said.Select(e => e.Claim.Id).Should().Equal("d", "b", "e", "a", "c");
    }

    private static bool SameOrder((int Source, bool Timed, int Hour, int Offset)[] figures)
    {
        var builder = ClaimSet.CreateBuilder("order").AsOf(new LocalDate(2023, 3, 1));
        for (var s = 0; s < PublishedDates.Length; s++) builder.Source($"s{s}", published: PublishedDates[s]);
        for (var i = 0; i < figures.Length; i++)
        {
            var (source, timed, hour, offset) = figures[i];
            var observation = builder.Observation($"o{i}", "toll", "1,500").From($"s{source}");
            if (timed) observation.At(new LocalDateTime(2023, 2, 7, hour, 0).WithOffset(Offset.FromHours(offset)));
            else observation.At(new LocalDate(2023, 2, 7));
        }
        var index = ClaimIndex.Build(builder.Build(), CheckSettings.Default);
        var items = index.ObservationsOf("toll", "count").Items;
        var expected = items.ToArray();
        Array.Sort(expected, (a, b) => StatementOrder.Compare(index, a, b));

        // The buffer Said is given may hold an earlier time's dates, and be longer than this time.
        var published = Enumerable.Repeat(new LocalDate(2099, 1, 1), figures.Length + 3).ToArray();
        return items.Length == figures.Length && Restatements.EndOfSameDays(items, 0) == items.Length
            && StatementOrder.Of(index, items.AsSpan()).Select(e => e.Order).SequenceEqual(expected.Select(e => e.Order))
            && StatementOrder.Said(index, items.AsSpan(), ref published).ToArray().Select(e => e.Order).SequenceEqual(expected.Select(e => e.Order));
    }

    [Fact]
    public void Figures_already_in_the_order_said_are_handed_back_without_a_copy()
    {
        var builder = ClaimSet.CreateBuilder("order").AsOf(new LocalDate(2023, 3, 1));
        for (var s = 0; s < PublishedDates.Length; s++) builder.Source($"s{s}", published: PublishedDates[s]);
        foreach (var (id, source) in new[] { ("a", 1), ("b", 2), ("c", 2) }) builder.Observation(id, "toll", "1,500").From($"s{source}").At(new LocalDate(2023, 2, 7));
        var index = ClaimIndex.Build(builder.Build(), CheckSettings.Default);
        var items = index.ObservationsOf("toll", "count").Items.AsSpan();
        LocalDate[] published = [];

        var said = StatementOrder.Said(index, items, ref published);
        var copied = StatementOrder.Of(index, items);

        System.Runtime.CompilerServices.Unsafe.AreSame(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(said),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(items)).Should().BeTrue();
        published.Length.Should().BeGreaterThanOrEqualTo(items.Length);
        copied.Select(e => e.Claim.Id).Should().Equal("a", "b", "c");
    }
}
