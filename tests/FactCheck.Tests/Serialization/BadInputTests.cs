using System.Text;
using FactCheck.Serialization;

namespace FactCheck.Tests.Serialization;

/// <summary>Inputs that once escaped the reader, writer or checker as exceptions: each is now a located problem, or loads and checks.</summary>
public class BadInputTests
{
    private const string Header = "{ \"format\": \"factcheck/claims@1\", \"sources\": [ { \"id\": \"s1\", \"published\": \"2020-09-09\" } ], ";

    private static string Claims(params string[] claims) => Header + "\"claims\": [ " + string.Join(", ", claims) + " ] }";

    private static string Observation(string value, string time = "2020") =>
        $"{{ \"id\": \"o1\", \"kind\": \"observation\", \"subject\": \"x\", \"value\": {value}, \"time\": \"{time}\", \"source\": \"s1\" }}";

    private static ClaimSetProblem SingleProblem(byte[] utf8)
    {
        var act = () => new ClaimSetReader().Read(new MemoryStream(utf8), "bad.claims.json");
        var problems = act.Should().Throw<ClaimSetException>().Which.Problems;
        problems.Should().ContainSingle();
        var problem = problems[0];
        problem.Line.Should().BeGreaterThanOrEqualTo(1);
        problem.Column.Should().BeGreaterThanOrEqualTo(1);
        return problem;
    }

    private static ClaimSetProblem SingleProblem(string json) => SingleProblem(Encoding.UTF8.GetBytes(json));

    private static ClaimSet Load(string json) => new ClaimSetReader().ReadString(json).ClaimSet;

    [Theory]
    [InlineData("{ \"min\": 1e300 }", "$.claims[0].value.min", "The number 1e300 is out of range: a figure may be as large as 79,228,162,514,264,337,593,543,950,335")]
    [InlineData("\"1.5e6\"", "$.claims[0].value", "'1.5e6' is not a valid quantity: a figure is written out, without an exponent")]
    [InlineData("\"99999999999999999999999999999999\"", "$.claims[0].value", "is not a valid quantity: a figure may have up to 28 decimal places")]
    public void A_figure_no_quantity_holds_is_a_located_problem_that_says_why(string value, string path, string message)
    {
        var problem = SingleProblem(Claims(Observation(value)));
        problem.Path.Should().Be(path);
        problem.Message.Should().Contain(message);
    }

    [Fact]
    public void A_file_in_Latin_1_is_a_located_problem_that_names_the_encoding()
    {
        var json = Claims(Observation("\"5\"")).Replace("\"x\"", "\"caf\u00e9\"", StringComparison.Ordinal);
        var latin1 = Encoding.Latin1.GetBytes(json);
        var problem = SingleProblem(latin1);
        problem.Message.Should().Contain("Latin-1").And.Contain("0xE9");
        problem.Column.Should().Be(json.IndexOf('\u00e9', StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Invalid_utf8_in_a_property_name_is_a_located_problem()
    {
        var bytes = Encoding.UTF8.GetBytes(Claims(Observation("\"5\""))).ToList();
        var at = Encoding.UTF8.GetBytes(Header).Length + 2;
        bytes.InsertRange(at, new byte[] { 0xC3, 0x28 });
        SingleProblem([.. bytes]).Message.Should().Contain("not valid UTF-8");
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("a\\udc00b")]
    [InlineData("\\uD800\\u0041")]
    public void A_lone_surrogate_escape_is_a_located_problem(string escape) =>
        SingleProblem(Claims(Observation("\"5\"", "2020").Replace("\"x\"", $"\"{escape}\"", StringComparison.Ordinal))).Message.Should().Contain("surrogate");

    [Fact]
    public void A_lone_surrogate_in_a_mention_name_is_not_loaded_as_a_replacement_character() =>
        SingleProblem(Claims("{ \"id\": \"m1\", \"kind\": \"mention\", \"name\": \"Jens \\ud800\", \"source\": \"s1\" }")).Path.Should().Be("$.claims[0]");

    [Fact]
    public void A_surrogate_pair_escape_loads_as_its_character() =>
        ((Mention)Load(Claims("{ \"id\": \"m1\", \"kind\": \"mention\", \"name\": \"\\ud83d\\ude00\", \"source\": \"s1\" }")).Claims[0]).Name.Should().Be("😀");

    [Fact]
    public void A_blank_title_loads_as_no_title() =>
        Load(Header.Replace("{ \"format\"", "{ \"title\": \"  \", \"format\"", StringComparison.Ordinal) + "\"claims\": [] }").Title.Should().BeNull();

    [Theory]
    [InlineData("3")]
    [InlineData("+3")]
    [InlineData("-1")]
    [InlineData("Monday, Tuesday")]
    [InlineData("None")]
    [InlineData("Wed")]
    [InlineData("Wednesday.")]
    public void A_weekday_that_is_not_a_day_s_name_is_a_located_problem(string weekday) =>
        SingleProblem(Claims($"{{ \"id\": \"e1\", \"kind\": \"event\", \"subject\": \"x\", \"time\": \"2020-09-09\", \"weekday\": \"{weekday}\", \"source\": \"s1\" }}"))
            .Path.Should().Be("$.claims[0].weekday");

    [Theory]
    [InlineData("Wednesday")]
    [InlineData("wednesday")]
    [InlineData(" WEDNESDAY ")]
    public void A_weekday_s_name_is_read_in_any_case_and_with_space_around_it(string weekday) =>
        Load(Claims($"{{ \"id\": \"e1\", \"kind\": \"event\", \"subject\": \"x\", \"time\": \"2020-09-09\", \"weekday\": \"{weekday}\", \"source\": \"s1\" }}"))
            .Claims.OfType<Event>().Single().Weekday.Should().Be(NodaTime.IsoDayOfWeek.Wednesday);

    [Fact]
    public void A_blank_weekday_is_a_located_problem() =>
        SingleProblem(Claims("{ \"id\": \"e1\", \"kind\": \"event\", \"subject\": \"x\", \"time\": \"2020-09-09\", \"weekday\": \" \", \"source\": \"s1\" }"))
            .Path.Should().Be("$.claims[0].weekday");

    [Theory]
    [InlineData("between and 5")]
    [InlineData("99999999999999999999 trillion")]
    [InlineData("a hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred")]
    [InlineData("79,228,162,514,264,337,593,543,950,336")]
    public void A_value_the_grammar_cannot_hold_is_a_located_problem(string value) =>
        SingleProblem(Claims(Observation($"\"{value}\""))).Path.Should().Be("$.claims[0].value");

    [Theory]
    [InlineData("0002-01-01", "last year", true)]
    [InlineData("0001-06-01", "last year", false)]
    [InlineData("0001-01-01", "yesterday", false)]
    [InlineData("0001-01-01", "last week", false)]
    [InlineData("9998-12-31", "tomorrow", false)]
    [InlineData("9998-06-01", "next year", false)]
    [InlineData("9998-12-15", "next month", false)]
    public void A_relative_time_must_land_in_the_years_1_to_9998(string published, string time, bool loads)
    {
        var json = Claims(Observation("\"5\"", time)).Replace("2020-09-09", published, StringComparison.Ordinal);
        if (loads) Load(json).Claims.Should().ContainSingle();
        else SingleProblem(json).Message.Should().Contain("outside the years 1 to 9998");
    }

    [Theory]
    [InlineData("\"id\": \"o\\u0001\"", "$.claims[0].id")]
    [InlineData("\"quote\": \"a\\u0000b\"", "$.claims[0].quote")]
    [InlineData("\"attribution\": \"\\u001b[31m\"", "$.claims[0].attribution")]
    public void A_control_character_in_an_id_or_text_is_a_located_problem(string field, string path)
    {
        var json = Claims(Observation("\"5\"").Replace("\"id\": \"o1\"", field.StartsWith("\"id\"", StringComparison.Ordinal) ? field : "\"id\": \"o1\", " + field, StringComparison.Ordinal));
        var problem = SingleProblem(json);
        problem.Path.Should().Be(path);
        problem.Message.Should().Contain("control character");
    }

    [Fact]
    public void Tabs_and_line_breaks_in_a_quote_are_text() =>
        Load(Claims(Observation("\"5\"").Replace("\"id\": \"o1\"", "\"id\": \"o1\", \"quote\": \"a\\tb\\nc\"", StringComparison.Ordinal))).Claims[0].Provenance.Quote.Should().Be("a\tb\nc");

    [Theory]
    [InlineData("\"at most -5\"")]
    [InlineData("\"less than -5\"")]
    [InlineData("\"about 79228162514264337593543950335\"")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("{\"approximately\": 79228162514264337593543950335}")]
    [InlineData("\"nearly -79228162514264337593543950335\"")]
    public void A_value_at_the_edges_loads_and_checks_without_a_failed_rule(string value)
    {
        var set = Load(Claims(Observation(value), Observation("\"5\"").Replace("o1", "o2", StringComparison.Ordinal)));
        new FactChecker().Check(set).Findings.Should().NotContain(f => f.RuleId == "FC900");
    }

    [Fact]
    public void Two_values_under_the_limit_in_one_claim_load_though_together_they_are_over_it()
    {
        var quote = new string('q', 600_000);
        var json = Claims(Observation("\"5\"").Replace("\"id\": \"o1\"", $"\"id\": \"o1\", \"quote\": \"{quote}\", \"attribution\": \"{quote}\"", StringComparison.Ordinal));
        Load(json).Claims[0].Provenance.Quote.Should().HaveLength(600_000);
    }

    [Fact]
    public void A_value_over_the_limit_is_a_located_problem() =>
        SingleProblem(Claims(Observation("\"5\"").Replace("\"id\": \"o1\"", $"\"id\": \"o1\", \"quote\": \"{new string('q', 1_100_000)}\"", StringComparison.Ordinal)))
            .Message.Should().Contain("1 MiB");

    [Fact]
    public void Every_problem_has_a_line_and_a_column_from_1()
    {
        var act = () => new ClaimSetReader().ReadString("{ \"format\": \"factcheck/claims@1\", \"claims\": [ { \"kind\": \"observation\" } ] }");
        act.Should().Throw<ClaimSetException>().Which.Problems.Should().OnlyContain(p => p.Line >= 1 && p.Column >= 1);
    }

    [Theory]
    [InlineData("{ \"format\" \"x\" }", "expected ':' after a property name, or ',' or a closing '}' or ']' after a value; found '\"'", 12)]
    [InlineData("{ \"x-a\": [ 1 2 ] }", "expected ',' or a closing '}' or ']'; found '2'", 14)]
    [InlineData("{ \"claims\": [ tru ] }", "the value here is malformed", 15)]
    [InlineData("{ \"claims\": [ ", "ends before every object and list is closed", 15)]
    [InlineData("{ \"claims\": [] } x", "expected the end of the file", 18)]
    [InlineData("{ 5: 1 }", "expected a property name in double quotes, or '}'; found '5'", 3)]
    public void A_json_error_is_told_from_the_reader_state_at_the_byte_it_could_not_take(string json, string message, int column)
    {
        var act = () => new ClaimSetReader().ReadString(json);
        var problem = act.Should().Throw<ClaimSetException>().Which.Problems.Should().ContainSingle().Which;
        problem.Message.Should().Contain(message);
        problem.Line.Should().Be(1);
        problem.Column.Should().Be(column);
    }

    [Fact]
    public void A_share_late_in_9998_over_a_series_spanning_every_year_checks_without_a_failed_rule()
    {
        var set = ClaimSet.CreateBuilder("t").AsOf(new LocalDate(9998, 12, 31));
        set.PartOf("p", "w");
        set.Observation("long", "p", "5").At("0001/9998");
        set.Observation("day", "p", "6").At("9998-01-01");
        set.Observation("whole", "w", "10").At("9998-12-31");
        set.Share("s", "p", "w", "majority").At("9998-12-31");
        new FactChecker().Check(set.Build()).Findings.Should().NotContain(f => f.RuleId == "FC900");
    }

    [Fact]
    public void A_file_with_a_utf8_byte_order_mark_loads()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Claims(Observation("\"5\"")))];
        new ClaimSetReader().Read(new MemoryStream(bytes)).ClaimSet.Claims.Should().ContainSingle();
    }

    [Fact]
    public void A_file_in_utf16_is_a_located_problem_that_names_the_encoding() =>
        SingleProblem(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Claims(Observation("\"5\"")))).ToArray()).Message.Should().Contain("UTF-16");
}
