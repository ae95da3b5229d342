using FactCheck.Serialization;

namespace FactCheck.Tests.Serialization;

/// <summary>Times of day with UTC offsets on observations and events, and a source's <c>utcOffset</c>, as files write them.</summary>
public class TimesOfDayFileTests
{
    private static string File(string claim, string source = "{ \"id\": \"s1\", \"published\": \"2023-02-07\" }") =>
        "{ \"format\": \"factcheck/claims@1\", \"sources\": [ " + source + " ], \"claims\": [ " + claim + " ] }";

    private static string Event(string time) => $"{{ \"id\": \"e\", \"kind\": \"event\", \"subject\": \"quake\", \"time\": \"{time}\", \"source\": \"s1\" }}";

    private static string Observation(string time) => $"{{ \"id\": \"o\", \"kind\": \"observation\", \"subject\": \"dead\", \"value\": \"1,500\", \"time\": \"{time}\", \"source\": \"s1\" }}";

    private static ClaimSet Load(string json) => new ClaimSetReader().ReadString(json).ClaimSet;

    private static ClaimSetProblem Problem(string json)
    {
        var act = () => new ClaimSetReader().ReadString(json);
        return act.Should().Throw<ClaimSetException>().Which.Problems.Should().ContainSingle().Subject;
    }

    [Fact]
    public void An_events_time_of_day_is_its_instant_and_its_day_is_the_local_date_as_written()
    {
        var e = (Event)Load(File(Event("2023-02-07T08:00+03:00"))).Claims[0];
        e.Instant.Should().Be(new LocalDateTime(2023, 2, 7, 8, 0).WithOffset(Offset.FromHours(3)));
        e.Time.Should().Be(FuzzyTime.Day(2023, 2, 7));
    }

    [Fact]
    public void A_late_evening_west_of_Greenwich_keeps_its_own_date_though_it_is_the_next_day_in_UTC()
    {
        var e = (Event)Load(File(Event("2023-02-05T23:35-04:00"))).Claims[0];
        e.Time.Should().Be(FuzzyTime.Day(2023, 2, 5));
        e.Instant!.Value.ToInstant().Should().Be(NodaTime.Instant.FromUtc(2023, 2, 6, 3, 35));
    }

    [Theory]
    [InlineData("2023-02-07T05:00Z", 0)]
    [InlineData("2023-02-07T05:00:30+05:30", 19800)]
    [InlineData("2023-02-07T05:00-04:00", -14400)]
    public void Z_seconds_and_negative_offsets_are_read(string time, int offsetSeconds) =>
        ((Observation)Load(File(Observation(time))).Claims[0]).Instant!.Value.Offset.Should().Be(Offset.FromSeconds(offsetSeconds));

    [Fact]
    public void A_date_alone_has_no_instant() =>
        ((Observation)Load(File(Observation("2023-02-07"))).Claims[0]).Instant.Should().BeNull();

    [Fact]
    public void A_time_of_day_without_an_offset_is_a_located_problem_that_asks_for_one()
    {
        var problem = Problem(File(Event("2023-02-07T08:00")));
        problem.Path.Should().Be("$.claims[0].time");
        problem.Message.Should().Contain("needs a UTC offset").And.Contain("2023-02-07T08:00+03:00");
        problem.Line.Should().BeGreaterThanOrEqualTo(1);
    }

    [Theory]
    [InlineData("2023-02-07T25:00+03:00")]
    [InlineData("2023-02-30T08:00+03:00")]
    [InlineData("2023-02-07Tnoon+03:00")]
    public void A_time_of_day_that_does_not_exist_is_a_located_problem(string time) =>
        Problem(File(Observation(time))).Path.Should().Be("$.claims[0].time");

    [Fact]
    public void A_time_of_day_on_a_target_is_refused_as_before() =>
        Problem(File("{ \"id\": \"t\", \"kind\": \"target\", \"subject\": \"x\", \"value\": \"5\", \"deadline\": \"2023-02-07T08:00+03:00\", \"source\": \"s1\" }"))
            .Path.Should().Be("$.claims[0].deadline");

    [Theory]
    [InlineData("2023-02-07T08:00+03:00")]
    [InlineData("2023-02-05T23:35-04:00")]
    [InlineData("2023-02-07T05:00Z")]
    [InlineData("2023-02-07T05:00:30+05:45")]
    public void Times_of_day_are_written_back_as_they_were_read(string time)
    {
        var text = ClaimSetWriter.WriteToString(Load(File(Event(time))));
        text.Should().Contain($"\"time\": \"{time}\"");
        ClaimSetWriter.WriteToString(Load(text)).Should().Be(text);
    }

    [Fact]
    public void A_zero_offset_written_in_digits_is_read_and_written_back_as_Z()
    {
        var set = Load(File(Event("2023-02-07T05:00+00:00")));
        ((Event)set.Claims[0]).Instant!.Value.Offset.Should().Be(Offset.Zero);
        ClaimSetWriter.WriteToString(set).Should().Contain("\"time\": \"2023-02-07T05:00Z\"");
    }

    [Fact]
    public void A_file_without_times_of_day_is_written_back_byte_for_byte()
    {
        var text = System.IO.File.ReadAllText(RepositoryFiles.Sample("us-force-levels-2020.claims.json"));
        var once = ClaimSetWriter.WriteToString(Load(text));
        ClaimSetWriter.WriteToString(Load(once)).Should().Be(once);
        once.Should().NotContain("utcOffset").And.NotContain("singular").And.NotContain("\"parts\"");
    }

    [Fact]
    public void A_sources_utc_offset_is_read_and_written_back()
    {
        var set = Load(File(Event("2023-02-07"), "{ \"id\": \"s1\", \"published\": \"2023-02-07\", \"utcOffset\": \"-04:00\" }"));
        set.Sources[0].UtcOffset.Should().Be(Offset.FromHours(-4));
        ClaimSetWriter.WriteToString(set).Should().Contain("\"utcOffset\": \"-04:00\"");
    }

    [Theory]
    [InlineData("+5")]
    [InlineData("EST")]
    [InlineData("+05:00:00:00")]
    public void A_utc_offset_that_is_not_one_is_a_located_problem(string offset) =>
        Problem(File(Event("2023-02-07"), $"{{ \"id\": \"s1\", \"utcOffset\": \"{offset}\" }}")).Path.Should().Be("$.sources[0].utcOffset");

    [Fact]
    public void The_builder_takes_an_offset_date_time_and_its_text()
    {
        var at = new LocalDateTime(2023, 2, 7, 8, 0).WithOffset(Offset.FromHours(3));
        var set = ClaimSet.CreateBuilder();
        set.Observation("a", "dead", "1,500").At(at);
        set.Event("b", "quake").At("2023-02-07T08:00+03:00");
        var built = set.Build();
        ((Observation)built.Claims[0]).Instant.Should().Be(at);
        ((Event)built.Claims[1]).Instant.Should().Be(at);
        ((Event)built.Claims[1]).Time.Should().Be(FuzzyTime.Day(2023, 2, 7));
    }

    [Fact]
    public void The_builder_asks_for_an_offset_too()
    {
        var act = () => ClaimSet.CreateBuilder().Event("b", "quake").At("2023-02-07T08:00");
        act.Should().Throw<ArgumentException>().WithMessage("*needs a UTC offset*");
    }

    [Fact]
    public void An_instant_must_fall_on_the_claims_day_as_written()
    {
        var at = new LocalDateTime(2023, 2, 7, 8, 0).WithOffset(Offset.FromHours(3));
        var onIt = () => new Event("e", "quake", FuzzyTime.Day(2023, 2, 7)) { Instant = at };
        var offIt = () => new Event("e", "quake", FuzzyTime.Day(2023, 2, 6)) { Instant = at };
        onIt.Should().NotThrow();
        offIt.Should().Throw<ArgumentException>().WithMessage("*falls on the claim's day*");
    }

    [Fact]
    public void Claims_differing_only_in_their_instant_are_not_equal()
    {
        var day = FuzzyTime.Day(2023, 2, 7);
        var a = new Event("e", "quake", day) { Instant = new LocalDateTime(2023, 2, 7, 8, 0).WithOffset(Offset.FromHours(3)) };
        var b = new Event("e", "quake", day) { Instant = new LocalDateTime(2023, 2, 7, 9, 0).WithOffset(Offset.FromHours(4)) };
        a.Should().NotBe(b);
        a.ToString().Should().Be("quake at 2023-02-07T08:00+03:00");
    }
}
