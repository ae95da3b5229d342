using FactCheck.Serialization;

namespace FactCheck.Tests.Time;

/// <summary>A claim in the future tense resolves relative and partial times forward from its source's date; in the past tense backward, as before.</summary>
public class TenseTests
{
    // A Wednesday.
    private static readonly LocalDate Published = new(2020, 9, 9);

    private static FuzzyTime Resolve(string text, ClaimTense tense, LocalDate? anchor = null)
    {
        RelativeTimes.TryResolve(text, anchor ?? Published, tense, out var time, out var problem).Should().BeTrue(problem);
        return time;
    }

    [Theory]
    [InlineData("Friday", ClaimTense.Future, "2020-09-11")]
    [InlineData("on Friday", ClaimTense.Past, "2020-09-04")]
    [InlineData("Wednesday", ClaimTense.Future, "2020-09-09")]
    [InlineData("Wednesday", ClaimTense.Past, "2020-09-09")]
    [InlineData("Tuesday", ClaimTense.Future, "2020-09-15")]
    [InlineData("Thursday", ClaimTense.Future, "2020-09-10")]
    [InlineData("next Friday", ClaimTense.Past, "2020-09-11")]
    [InlineData("last Friday", ClaimTense.Future, "2020-09-04")]
    public void A_bare_weekday_is_the_coming_one_in_the_future_tense_and_the_last_one_in_the_past(string text, ClaimTense tense, string expected) =>
        Resolve(text, tense).ToString().Should().Be(expected);

    [Theory]
    [InlineData("by November 3", ClaimTense.Future, "2020-11-03")]
    [InlineData("by November 3", ClaimTense.Past, "2020-11-03")]
    [InlineData("January 15", ClaimTense.Future, "2021-01-15")]
    [InlineData("January 15", ClaimTense.Past, "2020-01-15")]
    [InlineData("September 9", ClaimTense.Future, "2020-09-09")]
    [InlineData("September 8", ClaimTense.Future, "2021-09-08")]
    [InlineData("September 10", ClaimTense.Future, "2020-09-10")]
    [InlineData("January 15, 2020", ClaimTense.Future, "2020-01-15")]
    public void A_day_without_a_year_is_the_first_one_on_or_after_the_anchor_in_the_future_tense(string text, ClaimTense tense, string expected) =>
        Resolve(text, tense).ToString().Should().Be(expected);

    [Theory]
    [InlineData("in November", "2020-11")]
    [InlineData("in September", "2020-09")]
    [InlineData("in August", "2021-08")]
    public void A_month_without_a_year_is_the_month_ahead_in_the_future_tense(string text, string expected) =>
        Resolve(text, ClaimTense.Future).ToString().Should().Be(expected);

    [Theory]
    [InlineData("next month")]
    [InlineData("by the end of the month")]
    [InlineData("tomorrow")]
    [InlineData("this year")]
    public void Phrases_that_name_their_own_direction_resolve_the_same_in_either_tense(string text) =>
        Resolve(text, ClaimTense.Future).Should().Be(Resolve(text, ClaimTense.Past));

    [Fact]
    public void A_day_that_the_year_ahead_lacks_is_a_problem_not_an_exception()
    {
        RelativeTimes.TryResolve("February 29", new LocalDate(2020, 3, 1), ClaimTense.Future, out _, out var problem).Should().BeFalse();
        problem.Should().Contain("2021");
    }

    [Fact]
    public void A_date_ahead_of_the_last_year_a_claim_may_name_is_a_problem() =>
        RelativeTimes.TryResolve("January 1", new LocalDate(9998, 12, 31), ClaimTense.Future, out _, out _).Should().BeFalse();

    private static ClaimSet Build(Action<ClaimSetBuilder> write)
    {
        var builder = ClaimSet.CreateBuilder("tenses").AsOf(Published);
        builder.Source("s1", published: Published);
        write(builder);
        return builder.Build();
    }

    [Fact]
    public void Claims_are_in_the_past_tense_unless_told_otherwise()
    {
        var set = Build(b =>
        {
            b.Event("e", "budget").At("Friday").From("s1");
            b.Target("t", "x", "3,000").By("November 3").From("s1");
            b.Change("c", "x", ChangeDirection.Decrease).Over("2020-09").From("s1");
        });
        set.Claims.OfType<Event>().Single().Tense.Should().Be(ClaimTense.Past);
        set.Claims.OfType<Target>().Single().Tense.Should().Be(ClaimTense.Past);
        set.Claims.OfType<Change>().Single().Tense.Should().Be(ClaimTense.Past);
        set.Claims.OfType<Event>().Single().Time.ToString().Should().Be("2020-09-04");
    }

    [Fact]
    public void The_builders_put_a_claim_in_the_future_and_resolve_its_time_forward()
    {
        var set = Build(b =>
        {
            b.Event("e", "budget").At("Friday").InFuture().From("s1");
            b.Target("t", "x", "3,000").By("January 15").InFuture().From("s1");
            b.Change("c", "x", ChangeDirection.Decrease).Over("in October").InFuture().From("s1");
        });
        var e = set.Claims.OfType<Event>().Single();
        (e.Tense, e.Time.ToString()).Should().Be((ClaimTense.Future, "2020-09-11"));
        set.Claims.OfType<Target>().Single().Deadline.ToString().Should().Be("2021-01-15");
        set.Claims.OfType<Change>().Single().Period.ToString().Should().Be("2020-10");
    }

    [Fact]
    public void A_target_stated_in_the_future_keeps_its_stated_day_in_the_past()
    {
        var target = Build(b => b.Target("t", "x", "3,000").By("Friday").Stated("Monday").InFuture().From("s1")).Claims.OfType<Target>().Single();
        (target.DeadlineDay, target.Stated.ToString()).Should().Be((new LocalDate(2020, 9, 11), "2020-09-07"));
    }

    [Fact]
    public void An_undefined_tense_is_refused()
    {
        var act = () => ClaimSet.CreateBuilder("x").Event("e", "s").Tense((ClaimTense)7);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("tense");
        var model = () => new Event("e", "s", FuzzyTime.Year(2020)) { Tense = (ClaimTense)7 };
        model.Should().Throw<ArgumentOutOfRangeException>();
    }

    private const string Head = "{ \"format\": \"factcheck/claims@1\", \"sources\": [ { \"id\": \"s1\", \"published\": \"2020-09-09\" } ], \"claims\": [ ";

    private static ClaimSet Read(string claims) => new ClaimSetReader().ReadString(Head + claims + " ] }", "tense.claims.json").ClaimSet;

    [Fact]
    public void A_file_says_future_and_its_times_resolve_forward()
    {
        var set = Read("""
            { "id": "e", "kind": "event", "subject": "budget", "time": "Friday", "tense": "future", "source": "s1" },
            { "id": "t", "kind": "target", "subject": "x", "value": "3,000", "deadline": "by November 3", "tense": "future", "source": "s1" },
            { "id": "c", "kind": "change", "subject": "x", "direction": "decrease", "time": "2020-09", "tense": "future", "source": "s1" }
            """);
        set.Claims.OfType<Event>().Single().Time.ToString().Should().Be("2020-09-11");
        set.Claims.OfType<Target>().Single().Deadline.ToString().Should().Be("2020-11-03");
        set.Claims.Select(c => c switch { Event e => e.Tense, Target t => t.Tense, Change x => x.Tense, _ => ClaimTense.Past })
            .Should().Equal(ClaimTense.Future, ClaimTense.Future, ClaimTense.Future);
    }

    [Fact]
    public void A_target_that_states_no_tense_reads_its_deadline_forward_for_a_goal_is_about_what_is_to_come()
    {
        var set = Read("""
            { "id": "t1", "kind": "target", "subject": "x", "value": "3,000", "deadline": "Friday", "source": "s1" },
            { "id": "t2", "kind": "target", "subject": "y", "value": "3,000", "deadline": "January 15", "source": "s1" },
            { "id": "t3", "kind": "target", "subject": "z", "value": "3,000", "deadline": "Wednesday", "source": "s1" }
            """);
        set.Claims.OfType<Target>().Select(t => t.Deadline.ToString()).Should().Equal("2020-09-11", "2021-01-15", "2020-09-09");
        set.Claims.OfType<Target>().Should().OnlyContain(t => t.Tense == ClaimTense.Past, "the claim states no tense; only its deadline reads forward");
    }

    [Fact]
    public void A_target_that_says_past_reads_its_deadline_backward()
    {
        var target = Read("""{ "id": "t", "kind": "target", "subject": "x", "value": "3,000", "deadline": "Friday", "tense": "past", "source": "s1" }""")
            .Claims.OfType<Target>().Single();
        target.Deadline.ToString().Should().Be("2020-09-04");
        Build(b => b.Target("t", "x", "3,000").By("Friday").Tense(ClaimTense.Past).From("s1")).Claims.OfType<Target>().Single()
            .Deadline.ToString().Should().Be("2020-09-04", "the builder says the same as the file");
    }

    [Fact]
    public void A_built_target_that_states_no_tense_reads_its_deadline_forward() =>
        Build(b => b.Target("t", "x", "3,000").By("Friday").From("s1")).Claims.OfType<Target>().Single()
            .Deadline.ToString().Should().Be("2020-09-11");

    [Fact]
    public void A_file_that_says_past_reads_as_one_that_says_nothing() =>
        Read("""{ "id": "e", "kind": "event", "subject": "budget", "time": "Friday", "tense": "past", "source": "s1" }""")
            .Should().Be(Read("""{ "id": "e", "kind": "event", "subject": "budget", "time": "Friday", "source": "s1" }"""));

    [Fact]
    public void An_unknown_tense_is_a_located_problem()
    {
        var act = () => Read("""{ "id": "e", "kind": "event", "subject": "budget", "time": "2020-09-11", "tense": "present", "source": "s1" }""");
        var problem = act.Should().Throw<ClaimSetException>().Which.Problems.Single();
        (problem.Path, problem.Message).Should().Be(("$.claims[0].tense", "A tense is 'past' or 'future'; got 'present'."));
    }

    [Fact]
    public void Tense_is_not_a_field_of_an_observation()
    {
        var act = () => Read("""{ "id": "o", "kind": "observation", "subject": "x", "value": "3", "tense": "future", "source": "s1" }""");
        act.Should().Throw<ClaimSetException>().Which.Problems.Single().Message.Should().StartWith("Unknown field 'tense' on an observation");
    }

    [Fact]
    public void The_writer_writes_the_future_tense_and_leaves_the_past_unsaid()
    {
        var set = Build(b =>
        {
            b.Event("future", "budget").At("2020-09-11").InFuture().From("s1");
            b.Event("past", "budget").At("2020-09-11").From("s1");
        });
        var text = ClaimSetWriter.WriteToString(set);
        text.Split("\"tense\"").Length.Should().Be(2, "only the future claim says its tense");
        text.Should().Contain("\"tense\": \"future\"");
        new ClaimSetReader().ReadString(text, "again.claims.json").ClaimSet.Should().Be(set);
    }
}
