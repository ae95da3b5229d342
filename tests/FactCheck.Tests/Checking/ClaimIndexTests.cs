using FactCheck.Checking;
using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Checking;

public class ClaimIndexTests
{
    [Fact]
    public void Series_keep_claim_order_among_entries_of_the_same_days_across_the_whole_set()
    {
        // Interleaved subjects, many entries on the same day, and series that first appear in the second half:
        // the index fills the two halves of the set side by side, and must still put ties in claim-set order.
        var builder = ClaimSet.CreateBuilder("index").AsOf(new LocalDate(2020, 9, 9));
        var random = new Random(11);
        for (var i = 0; i < 5001; i++)
        {
            var subject = i < 2500 ? $"s{i % 7}" : $"s{i % 11}";
            builder.Observation($"o{i}", subject, (1000 + random.Next(3)).ToString(System.Globalization.CultureInfo.InvariantCulture))
                .At(new LocalDate(2020, 1, 1 + random.Next(3)));
            if (i % 5 == 0) builder.Event($"e{i}", subject).At(new LocalDate(2020, 2, 1 + random.Next(2)));
        }
        var set = builder.Build();

        var index = ClaimIndex.Build(set, CheckSettings.Default);

        index.ObservationSeries.Sum(s => s.Items.Length).Should().Be(5001);
        index.ObservationSeries.Select(s => s.Key.Subject).Should().BeEquivalentTo(Enumerable.Range(0, 11).Select(i => $"s{i}"));
        foreach (var series in index.ObservationSeries)
        {
            series.Items.Should().BeInAscendingOrder(Comparer<ObservationEntry>.Create(TimeSort.Compare));
            series.Items.Should().OnlyContain(e => set.Claims[e.Order] == e.Claim);
        }
        foreach (var series in index.EventSeries)
        {
            series.Items.Should().BeInAscendingOrder(Comparer<EventEntry>.Create(TimeSort.Compare));
        }
    }

    [Fact]
    public void A_set_of_one_claim_is_indexed()
    {
        var builder = ClaimSet.CreateBuilder("one").AsOf(new LocalDate(2020, 9, 9));
        builder.Observation("o", "s", "5").At(new LocalDate(2020, 1, 1));

        var index = ClaimIndex.Build(builder.Build(), CheckSettings.Default);

        index.ObservationSeries.Should().ContainSingle().Which.Items.Should().ContainSingle();
    }
}
