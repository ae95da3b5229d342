using CsCheck;
using FactCheck.Serialization;

namespace FactCheck.Tests.Properties;

/// <summary>Laws that hold for every value: formatting then parsing, saving then loading, checking twice.</summary>
public class RoundTripProperties
{
    [Fact]
    public void Formatting_a_quantity_then_parsing_it_gives_the_same_quantity() =>
        // An editor's text keeps ten decimal places; files keep them all (see the claim-set law below).
        Generators.Quantity(10).Sample(q => Quantity.Parse(q.ToString()) == q, iter: 2000);

    [Fact]
    public void Formatting_a_time_then_parsing_it_gives_the_same_time() =>
        Generators.Time.Sample(t => FuzzyTime.Parse(t.ToString()) == t, iter: 2000);

    [Fact]
    public void Formatting_a_time_of_day_then_parsing_it_gives_the_same_moment_and_offset() =>
        Generators.Instant.Sample(t => TimesOfDay.TryParse(TimesOfDay.Format(t), out var read, out _) && read == t, iter: 2000);

    [Fact]
    public void Figures_of_one_day_are_indexed_in_the_order_of_their_moments() =>
        Gen.Select(Generators.Instant, Gen.Int[-720, 720].Array[1, 40]).Sample(t =>
        {
            var set = ClaimSet.CreateBuilder();
            var day = t.Item1.LocalDateTime.Date.AtMidnight();
            for (var i = 0; i < t.Item2.Length; i++)
            {
                // Moments spread over the day in offsets from -12:00 to +12:00; some figures give the date alone.
                var offset = Offset.FromSeconds(t.Item2[i] * 60);
                var at = day.PlusMinutes((i * 37) % 1440).WithOffset(offset);
                if (i % 5 == 4) set.Observation("c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "x", "5").At(day.Date);
                else set.Observation("c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "x", "5").At(at);
            }
            var items = FactCheck.Checking.ClaimIndex.Build(set.Build(), FactCheck.Checking.CheckSettings.Default).ObservationsOf("x", "count").Items;
            for (var i = 1; i < items.Length; i++)
            {
                if (FactCheck.Checking.SameDayOrder.Compare(items[i - 1].Claim.Instant, items[i].Claim.Instant) > 0) return false;
            }
            return true;
        }, iter: 300);

    [Fact]
    public void Saving_a_claim_set_then_loading_it_gives_the_same_claim_set() =>
        Generators.ClaimSet.Sample(set =>
        {
            var text = ClaimSetWriter.WriteToString(set);
            var loaded = new ClaimSetReader().ReadString(text).ClaimSet;
            loaded.Should().Be(set);
            ClaimSetWriter.WriteToString(loaded).Should().Be(text);
        }, iter: 300);

    [Fact]
    public void Checking_a_claim_set_twice_gives_the_same_findings() =>
        Generators.ClaimSet.Sample(set =>
        {
            var first = new FactChecker().Check(set).Findings.Select(f => f.ToString()).ToList();
            var second = new FactChecker(new FactCheckOptions { MaxDegreeOfParallelism = 1 }).Check(set).Findings.Select(f => f.ToString()).ToList();
            second.Should().Equal(first);
            first.Should().NotContain(f => f.Contains("FC900", StringComparison.Ordinal));
        }, iter: 300);
}
