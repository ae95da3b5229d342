using FactCheck.Checking;
using FactCheck.Rules.Authoring;
using FactCheck.Serialization;
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
    public void Each_subject_and_metric_is_one_series_whatever_order_and_string_instances_they_come_in()
    {
        // Metrics of one subject interleaved, and each subject spelled by a new string instance every time: the
        // index groups by subject first and chains a subject's metrics, so this exercises every link of a chain.
        var builder = ClaimSet.CreateBuilder("metrics").AsOf(new LocalDate(2020, 9, 9));
        string[] metrics = ["count", "budget", "share-of-gdp", "staff"];
        var expected = new Dictionary<(string, string), int>();
        for (var i = 0; i < 400; i++)
        {
            var subject = new string(['s', (char)('0' + (i % 3))]);
            var metric = metrics[(i * 7 / 3) % (1 + (i % 3) + (i % 3 == 2 ? 1 : 0))];
            builder.Observation($"o{i}", subject, "5").Metric(metric).At(new LocalDate(2020, 1, 1 + (i % 28)));
            expected[(subject, metric)] = expected.GetValueOrDefault((subject, metric)) + 1;
        }

        var index = ClaimIndex.Build(builder.Build(), CheckSettings.Default);

        index.ObservationSeries.Select(s => ((s.Key.Subject, s.Key.Metric), s.Items.Length)).Should().BeEquivalentTo(expected.Select(p => (p.Key, p.Value)));
        index.ObservationSeries.Select(s => s.Key).Should().BeInAscendingOrder();
        index.ObservationsOf("s2").Should().HaveCount(expected.Keys.Count(k => k.Item1 == "s2")).And.HaveCountGreaterThan(2);
    }

    [Fact]
    public void A_set_of_one_claim_is_indexed()
    {
        var builder = ClaimSet.CreateBuilder("one").AsOf(new LocalDate(2020, 9, 9));
        builder.Observation("o", "s", "5").At(new LocalDate(2020, 1, 1));

        var index = ClaimIndex.Build(builder.Build(), CheckSettings.Default);

        index.ObservationSeries.Should().ContainSingle().Which.Items.Should().ContainSingle();
    }

    [Theory]
    [InlineData(701)]
    [InlineData(CheckParallelism.From + 2_153)]
    public void Every_kind_of_claim_is_indexed_in_claim_set_order_across_both_halves_of_the_set(int count)
    {
        // The index counts and fills the two halves of the set (side by side from CheckParallelism.From claims) and
        // merges what they found: claims of every kind in both halves, series first seen in either, must come out as
        // one pass over the set gives them.
        var builder = ClaimSet.CreateBuilder("kinds").AsOf(new LocalDate(2020, 9, 9));
        for (var i = 0; i < count; i++)
        {
            var subject = $"s{(i < count / 2 ? i % 3 : 2 + (i % 4))}";
            var day = new LocalDate(2020, 1, 1 + (i % 2));
            switch (i % 7)
            {
                case 0: builder.Observation($"p{i}", subject, "5").At(day).Projection(); break;
                case 1: builder.Target($"t{i}", subject, "5").By("2020-09-30"); break;
                case 2: builder.Change($"c{i}", subject, ChangeDirection.Decrease).Over("2020-01/2020-06"); break;
                case 3: builder.Mention($"m{i}", "Shehbaz Sharif"); break;
                case 4: builder.Share($"h{i}", subject, "whole", "the bulk").At("late 2018"); break;
                case 5: builder.Event($"e{i}", subject).At(day); break;
                default: builder.Observation($"o{i}", subject, "5").At(day); break;
            }
        }
        var set = builder.Build();

        var index = ClaimIndex.Build(set, CheckSettings.Default);

        index.Changes.Should().Equal(set.Claims.OfType<Change>());
        index.Mentions.Should().Equal(set.Claims.OfType<Mention>());
        index.Shares.Should().Equal(set.Claims.OfType<Share>());
        ShouldBeOneSeriesPerSubject(set, index.ObservationSeries, set.Claims.OfType<Observation>().Where(o => !o.Projection), o => o.Subject, o => o.Time);
        ShouldBeOneSeriesPerSubject(set, index.ProjectionSeries, set.Claims.OfType<Observation>().Where(o => o.Projection), o => o.Subject, o => o.Time);
        ShouldBeOneSeriesPerSubject(set, index.TargetSeries, set.Claims.OfType<Target>(), t => t.Subject, t => t.Deadline!.Value);
        ShouldBeOneSeriesPerSubject(set, index.EventSeries, set.Claims.OfType<Event>(), e => e.Subject, e => e.Time);
    }

    [Fact]
    public void Every_entry_holds_the_interval_and_unit_of_its_own_claim_in_every_block_of_the_set()
    {
        // The index measures a block of claims before placing their entries: figures of every kind and size, with
        // events and mentions between them, must each land with their own measure, in the blocks of both halves.
        var builder = ClaimSet.CreateBuilder("measures").AsOf(new LocalDate(2020, 9, 9));
        string[] units = ["troops", "km", "miles", ""];
        for (var i = 0; i < 1301; i++)
        {
            var subject = $"s{i % 13}";
            var value = (i % 4) switch { 0 => $"{i * 10:N0}", 1 => $"about {i}", 2 => $"between {i} and {i + 7}", _ => $"{i}%" };
            // Every form of value in every unit, percentages in a unit that converts among them.
            var unit = units[i / 4 % units.Length];
            switch (i % 5)
            {
                case 0: builder.Target($"t{i}", subject, value).Unit(unit).By("2020-09-30"); break;
                case 1: builder.Event($"e{i}", subject).At(new LocalDate(2020, 1, 1 + (i % 28))); break;
                case 2: builder.Mention($"m{i}", "Shehbaz Sharif"); break;
                default: builder.Observation($"o{i}", subject, value).Unit(unit).At(new LocalDate(2020, 1, 1 + (i % 28))); break;
            }
        }
        var set = builder.Build();
        var settings = CheckSettings.Default;

        var index = ClaimIndex.Build(set, settings);

        var observations = index.ObservationSeries.SelectMany(s => s.Items).ToList();
        observations.Should().HaveCount(set.Claims.Count(c => c is Observation));
        observations.Should().Contain(e => e.Claim.Value.IsPercent && e.Claim.Unit == Unit.Of("km"), "percentages in a unit that converts are among them");
        foreach (var entry in observations)
        {
            var (unit, scale) = settings.ComparedUnitOf(entry.Claim.Unit);
            // A percentage is the same share in any unit: compared in the base unit, without the factor.
            entry.Should().Be(new ObservationEntry(entry.Claim, settings.IntervalIn(entry.Claim.Value, entry.Claim.Metric, entry.Claim.Unit), unit, entry.Order, entry.Claim.Value.IsPercent ? 0 : scale));
        }
        var targets = index.TargetSeries.SelectMany(s => s.Items).ToList();
        targets.Should().HaveCount(set.Claims.Count(c => c is Target));
        foreach (var entry in targets)
        {
            var (unit, scale) = settings.ComparedUnitOf(entry.Claim.Unit);
            entry.Should().Be(new TargetEntry(entry.Claim, settings.IntervalIn(entry.Claim.Value, entry.Claim.Metric, entry.Claim.Unit, stated: true), unit, entry.Order, entry.Claim.Value.IsPercent ? 0 : scale));
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10)]
    [InlineData(250)]
    [InlineData(450)]
    public void An_index_knows_the_claims_named_as_revised_in_either_half_of_the_set(int reviser)
    {
        // Gathered while each half is filled: a reviser and a projection that revises, both in the first half, one in
        // each (250 and 350), and both in the second.
        var builder = ClaimSet.CreateBuilder("revisions").AsOf(new LocalDate(2020, 9, 9));
        for (var i = 0; i < 600; i++)
        {
            var observation = builder.Observation($"o{i}", $"s{i % 5}", "5").At(new LocalDate(2020, 1, 1 + (i % 28)));
            if (i == reviser) observation.Revises($"o{i - 5}");
            if (reviser >= 0 && i == reviser + 100) observation.Projection().Revises($"o{i - 6}");
        }

        var index = ClaimIndex.Build(builder.Build(), CheckSettings.Default);

        index.HasExplicitRevisions.Should().Be(reviser >= 0);
        index.IsExplicitlyRevised($"o{reviser - 5}").Should().Be(reviser >= 0);
        index.IsExplicitlyRevised($"o{reviser + 94}").Should().Be(reviser >= 0);
        index.IsExplicitlyRevised($"o{reviser}").Should().BeFalse();
    }

    [Fact]
    public void Series_and_names_looked_up_first_from_many_threads_at_once_are_the_same_answers()
    {
        var builder = ClaimSet.CreateBuilder("lookups").AsOf(new LocalDate(2020, 9, 9));
        builder.Entity("s1", "First subject");
        for (var i = 0; i < 200; i++) builder.Observation($"o{i}", $"s{i % 4}", "5").At(new LocalDate(2020, 1, 1 + (i % 28)));
        var index = ClaimIndex.Build(builder.Build(), CheckSettings.Default);

        var answers = new (string Name, int Figures, int Series)[64];
        Parallel.For(0, answers.Length, i => answers[i] = (index.NameOf("s1"), index.ObservationsOf("s1", "count").Items.Length, index.ObservationsOf("s1").Length));

        answers.Should().AllBeEquivalentTo(("First subject", 50, 1));
        index.NameOf("s2").Should().Be("s2");
        index.ObservationsOf("nobody", "count").Items.Should().BeEmpty();
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(3, true)]
    [InlineData(250, true)]
    [InlineData(299, true)]
    public void An_index_says_whether_any_figure_states_a_basis_in_either_half_of_the_set(int withBasis, bool expected)
    {
        var builder = ClaimSet.CreateBuilder("bases").AsOf(new LocalDate(2020, 9, 9));
        for (var i = 0; i < 300; i++)
        {
            if (i % 2 == 0)
            {
                var observation = builder.Observation($"o{i}", $"s{i % 5}", "5").At(new LocalDate(2020, 1, 1 + (i % 3)));
                if (i == withBasis || i == withBasis - 1) observation.Basis("gross");
            }
            else
            {
                var target = builder.Target($"t{i}", $"s{i % 5}", "5").By("2020-09-30");
                if (i == withBasis || i == withBasis - 1) target.Basis("net");
            }
        }

        var index = ClaimIndex.Build(builder.Build(), CheckSettings.Default);

        index.StatesBases.Should().Be(expected);
        foreach (var series in index.ObservationSeries) Bases.Partition(index, series.Items).Should().BeEquivalentTo(Bases.Partition(series.Items), o => o.WithStrictOrdering());
        foreach (var series in index.TargetSeries) Bases.Partition(index, series.Items).Should().BeEquivalentTo(Bases.Partition(series.Items), o => o.WithStrictOrdering());
    }

    [Fact]
    public void A_set_read_from_a_file_is_indexed_as_the_same_claims_made_in_code()
    {
        // Read from bytes, the claims carry their subjects' pool numbers, which the census groups by; made in code
        // they carry none. Observations, projections, targets and events, of several metrics, in both halves of the set.
        var json = new System.Text.StringBuilder("{\"format\":\"factcheck/claims@1\",\"asOf\":\"2021-01-01\",\"claims\":[");
        for (var i = 0; i < 3_000; i++)
        {
            var subject = $"region-{i * 7_919 % 400}/garrison";
            var day = $"2020-{1 + i % 12:00}-{1 + i % 28:00}";
            json.Append(i == 0 ? "" : ",").Append((i % 5) switch
            {
                0 => $"{{\"id\":\"t{i}\",\"kind\":\"target\",\"subject\":\"{subject}\",\"value\":\"{i}\",\"deadline\":\"{day}\"}}",
                1 => $"{{\"id\":\"e{i}\",\"kind\":\"event\",\"subject\":\"{subject}\",\"time\":\"{day}\"}}",
                2 => $"{{\"id\":\"p{i}\",\"kind\":\"observation\",\"subject\":\"{subject}\",\"value\":\"{i}\",\"time\":\"{day}\",\"projection\":true}}",
                _ => $"{{\"id\":\"o{i}\",\"kind\":\"observation\",\"subject\":\"{subject}\",\"metric\":\"{(i % 3 == 0 ? "count" : "budget")}\",\"value\":\"{i}\",\"time\":\"{day}\"}}",
            });
        }
        var read = new ClaimSetReader().ReadString(json.Append("]}").ToString()).ClaimSet;
        var made = new ClaimSet(read.Claims, read.Sources, read.Entities, read.Relations, read.Title, read.AsOf);

        read.SubjectNumbers.Should().NotBeNull();
        read.SubjectNumberBound.Should().Be(read.SubjectNumbers!.Take(read.Claims.Count).Max() + 1, "the index sizes its tables by it");
        made.SubjectNumbers.Should().BeNull();
        made.SubjectNumberBound.Should().Be(0);
        ShapeOf(ClaimIndex.Build(read, CheckSettings.Default)).Should().Equal(ShapeOf(ClaimIndex.Build(made, CheckSettings.Default)));
    }

    [Fact]
    public void Claims_of_two_files_whose_pools_number_other_subjects_alike_are_grouped_by_subject()
    {
        // Each file's reader numbers its own subjects from 1: the first file's "a-0" and the second's "b-0" are both 1.
        // The first half of the set, which one grouping counts, holds the first file and the start of the second.
        var folder = Directory.CreateTempSubdirectory("factcheck-numbers-");
        try
        {
            string File(string name, string[] subjects)
            {
                var claims = subjects.Select((s, i) => $"{{\"id\":\"{name}{i}\",\"kind\":\"observation\",\"subject\":\"{s}\",\"value\":\"{i}\",\"time\":\"2020-01-{1 + i:00}\"}}");
                var path = Path.Combine(folder.FullName, name + ".claims.json");
                System.IO.File.WriteAllText(path, "{\"format\":\"factcheck/claims@1\",\"claims\":[" + string.Join(",", claims) + "]}");
                return path;
            }
            var first = File("x", ["a-0", "a-1", "a-0", "a-2"]);
            var second = File("y", ["b-0", "a-0", "b-0", "a-1", "b-1", "b-0", "b-1", "a-2", "b-1", "b-0", "b-1", "b-0"]);
            var set = new ClaimSetReader().ReadFiles([first, second]).ClaimSet;

            var index = ClaimIndex.Build(set, CheckSettings.Default);

            index.ObservationSeries.Select(s => (s.Key.Subject, s.Items.Length)).Should().Equal(("a-0", 3), ("a-1", 2), ("a-2", 2), ("b-0", 5), ("b-1", 4));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Every series of an index, by kind: its key and its claims' positions in order.</summary>
    private static List<string> ShapeOf(ClaimIndex index) =>
    [
        .. index.ObservationSeries.Select(s => $"observations {s.Key}: {string.Join(",", s.Items.Select(e => e.Order))}"),
        .. index.ProjectionSeries.Select(s => $"projections {s.Key}: {string.Join(",", s.Items.Select(e => e.Order))}"),
        .. index.TargetSeries.Select(s => $"targets {s.Key}: {string.Join(",", s.Items.Select(e => e.Order))}"),
        .. index.EventSeries.Select(s => $"events {s.Key}: {string.Join(",", s.Items.Select(e => e.Order))}"),
    ];

    /// <summary>One series per subject, in subject order, each holding that subject's claims in time order, ties in claim-set order.</summary>
    private static void ShouldBeOneSeriesPerSubject<T, TClaim>(ClaimSet set, IEnumerable<Series<T>> series, IEnumerable<TClaim> claims, Func<TClaim, string> subjectOf, Func<TClaim, FuzzyTime> timeOf)
        where T : struct, ITimed
        where TClaim : Claim
    {
        var expected = claims.GroupBy(subjectOf).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        series.Select(s => s.Key.Subject).Should().Equal(expected.Select(g => g.Key));
        foreach (var (one, group) in series.Zip(expected))
        {
            one.Items.Select(e => set.Claims[e.Order]).Should().Equal(group.OrderBy(c => timeOf(c).Start).ThenBy(c => timeOf(c).End));
        }
    }
}
