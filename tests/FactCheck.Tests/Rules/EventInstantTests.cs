using FactCheck.Serialization;

namespace FactCheck.Tests.Rules;

/// <summary>FC008 and FC006 with times of day and UTC offsets, and the order of one day's figures.</summary>
public class EventInstantTests
{
    private static OffsetDateTime At(int day, int hour, int minute, int offsetHours) =>
        new LocalDateTime(2023, 2, day, hour, minute).WithOffset(Offset.FromHours(offsetHours));

    private static CheckReport Check(Action<ClaimSetBuilder> write, Offset? s1 = null, Offset? s2 = null)
    {
        var builder = ClaimSet.CreateBuilder("test").AsOf(new LocalDate(2023, 2, 6));
        builder.Add(new Source("s1", "Washington outlet", published: new LocalDate(2023, 2, 6)) { UtcOffset = s1 });
        builder.Add(new Source("s2", "Pakistani outlet", published: new LocalDate(2023, 2, 6)) { UtcOffset = s2 });
        write(builder);
        var options = new FactCheckOptions { MaxDegreeOfParallelism = 1 };
        options.Disable("FC009");
        return new FactChecker(options).Check(builder.Build());
    }

    [Fact]
    public void Sunday_evening_in_Washington_and_Monday_morning_in_Pakistan_are_one_moment() =>
        Check(b =>
        {
            b.Event("a", "strike").At(At(5, 23, 35, -4)).From("s1");
            b.Event("b", "strike").At(At(6, 8, 35, 5)).From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void Times_of_day_just_under_a_day_apart_do_not_conflict() =>
        Check(b =>
        {
            b.Event("a", "strike").At(At(5, 8, 0, 0)).From("s1");
            b.Event("b", "strike").At(At(6, 7, 59, 0)).From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void Times_of_day_a_full_day_apart_conflict_at_error()
    {
        var finding = Check(b =>
        {
            b.Event("a", "strike").At(At(5, 8, 0, 0)).From("s1");
            b.Event("b", "strike").At(At(6, 8, 0, 0)).From("s2");
        }).Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be("FC008");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Be("strike: at 2023-02-05T08:00Z (s1) and at 2023-02-06T08:00Z (s2) cannot both be when it happened: they are 1 day apart.");
    }

    [Fact]
    public void Times_of_day_of_one_date_more_than_a_day_apart_conflict_in_hours()
    {
        var finding = Check(b =>
        {
            b.Event("a", "strike").At(At(5, 0, 0, 14)).From("s1");
            b.Event("b", "strike").At(At(5, 23, 0, -12)).From("s2");
        }).Findings.Should().ContainSingle().Subject;
        finding.Message.Should().EndWith("they are 49 hours apart.");
    }

    [Fact]
    public void Dates_a_day_apart_from_a_west_then_an_east_source_are_a_warning_that_names_the_offsets()
    {
        var finding = Check(b =>
        {
            b.Event("a", "strike").At("2023-02-05").From("s1");
            b.Event("b", "strike").At("2023-02-06").From("s2");
        }, Offset.FromHours(-4), Offset.FromHours(5)).Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be("FC008");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Be("strike: on 2023-02-05 (s1) and on 2023-02-06 (s2) cannot both be when it happened: they are 1 day apart. " +
            "The UTC offsets could explain it: 2023-02-05 is given at -04:00 and 2023-02-06 at +05:00, east of it, where one moment can already be the next day.");
    }

    [Fact]
    public void A_time_of_day_agrees_with_a_date_alone_that_its_moment_falls_on_in_the_dates_place() =>
        Check(b =>
        {
            b.Event("a", "strike").At(At(5, 23, 35, -4)).From("s1");
            b.Event("b", "strike").At("2023-02-06").From("s2");
        }, s2: Offset.FromHours(5)).Findings.Should().BeEmpty();

    [Fact]
    public void A_time_of_day_that_falls_on_another_day_in_the_dates_place_still_conflicts() =>
        Check(b =>
        {
            b.Event("a", "strike").At(At(5, 10, 0, -4)).From("s1");
            b.Event("b", "strike").At("2023-02-06").From("s2");
        }, s2: Offset.FromHours(5)).Findings.Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);

    [Fact]
    public void Dates_a_day_apart_the_other_way_round_stay_an_error() =>
        Check(b =>
        {
            b.Event("a", "strike").At("2023-02-05").From("s2");
            b.Event("b", "strike").At("2023-02-06").From("s1");
        }, Offset.FromHours(-4), Offset.FromHours(5)).Findings.Single().Severity.Should().Be(Severity.Error);

    [Fact]
    public void Dates_a_day_apart_from_sources_at_one_offset_stay_an_error() =>
        Check(b =>
        {
            b.Event("a", "strike").At("2023-02-05").From("s1");
            b.Event("b", "strike").At("2023-02-06").From("s2");
        }, Offset.FromHours(5), Offset.FromHours(5)).Findings.Single().Severity.Should().Be(Severity.Error);

    [Fact]
    public void Dates_two_days_apart_stay_an_error_whatever_the_offsets() =>
        Check(b =>
        {
            b.Event("a", "strike").At("2023-02-05").From("s1");
            b.Event("b", "strike").At("2023-02-07").From("s2");
        }, Offset.FromHours(-4), Offset.FromHours(5)).Findings.Single().Severity.Should().Be(Severity.Error);

    [Fact]
    public void Dates_without_known_offsets_stay_an_error() =>
        Check(b =>
        {
            b.Event("a", "strike").At("2023-02-05").From("s1");
            b.Event("b", "strike").At("2023-02-06").From("s2");
        }, Offset.FromHours(-4)).Findings.Single().Severity.Should().Be(Severity.Error);

    [Fact]
    public void A_sources_offset_is_inferred_from_its_claims_times_of_day_when_they_agree()
    {
        var finding = Check(b =>
        {
            b.Observation("o1", "dead", "1,500").At(At(5, 20, 0, -4)).From("s1");
            b.Event("a", "strike").At("2023-02-05").From("s1");
            b.Event("b", "strike").At("2023-02-06").From("s2");
            b.Observation("o2", "dead", "2,000").At(At(6, 21, 0, 5)).From("s2");
        }).Findings("FC008").Should().ContainSingle().Subject;
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Contain("-04:00").And.Contain("+05:00");
    }

    [Fact]
    public void A_source_whose_times_give_two_offsets_has_none() =>
        Check(b =>
        {
            b.Observation("o1", "dead", "1,500").At(At(5, 20, 0, -4)).From("s1");
            b.Observation("o2", "dead", "1,500").At(At(5, 21, 0, -5)).From("s1");
            b.Event("a", "strike").At("2023-02-05").From("s1");
            b.Event("b", "strike").At("2023-02-06").From("s2");
        }, s2: Offset.FromHours(5)).Findings("FC008").Single().Severity.Should().Be(Severity.Error);

    [Fact]
    public void A_stated_weekday_is_checked_against_the_local_date_as_written()
    {
        // 23:35 on Sunday in Washington is already Monday in UTC; the source's Sunday is right.
        Check(b => b.Event("a", "strike").At(At(5, 23, 35, -4)).OnA(IsoDayOfWeek.Sunday).From("s1")).Findings.Should().BeEmpty();
        Check(b => b.Event("a", "strike").At(At(5, 23, 35, -4)).OnA(IsoDayOfWeek.Monday).From("s1")).Findings.Single().RuleId.Should().Be("FC006");
    }

    [Fact]
    public void The_realistic_story_loads_from_a_file_and_gives_the_warning()
    {
        const string json = """
            { "format": "factcheck/claims@1",
              "sources": [ { "id": "wapo", "publisher": "The Washington Post", "published": "2023-02-06", "utcOffset": "-04:00" },
                           { "id": "dawn", "publisher": "Dawn", "published": "2023-02-07" } ],
              "claims": [
                { "id": "toll-dawn", "kind": "observation", "subject": "dead", "value": "1,500", "time": "2023-02-07T08:00+05:00", "source": "dawn" },
                { "id": "raid-wapo", "kind": "event", "subject": "raid", "time": "2023-02-05", "weekday": "Sunday", "source": "wapo" },
                { "id": "raid-dawn", "kind": "event", "subject": "raid", "time": "2023-02-06", "weekday": "Monday", "source": "dawn" } ] }
            """;
        var report = new FactChecker().Check(new ClaimSetReader().ReadString(json).ClaimSet);
        var finding = report.Findings.Should().ContainSingle(f => f.RuleId == "FC008").Subject;
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Contain("The UTC offsets could explain it");
        report.Findings.Should().NotContain(f => f.RuleId == "FC006");
    }

    [Fact]
    public void Figures_of_one_day_are_ordered_by_their_times_of_day()
    {
        var set = ClaimSet.CreateBuilder().AsOf(new LocalDate(2023, 2, 6));
        set.Observation("evening", "dead", "2,000").At(At(6, 20, 0, 3));
        set.Observation("dated", "dead", "1,800").At(new LocalDate(2023, 2, 6));
        set.Observation("morning", "dead", "1,500").At(At(6, 8, 0, 3));
        set.Observation("noon-utc", "dead", "1,700").At(At(6, 9, 30, 0));
        var index = FactCheck.Checking.ClaimIndex.Build(set.Build(), FactCheck.Checking.CheckSettings.Default);
        index.ObservationsOf("dead", "count").Items.Select(e => e.Claim.Id).Should().Equal("dated", "morning", "noon-utc", "evening");
    }
}
