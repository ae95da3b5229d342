using System.Text.Json;

namespace FactCheck.Cli.Tests;

/// <summary><c>factcheck extract</c>, and <c>factcheck check</c> on articles: the seed articles, kept outside the repository.</summary>
public class ArticleCommandTests
{
    private static readonly string[] Seeds = Directory.GetFiles(Path.Combine(CommandRunner.Root, "..", "shared", "seeds"), "*.txt").Order(StringComparer.Ordinal)
        .Select(p => Path.GetRelativePath(Environment.CurrentDirectory, p)).ToArray();

    /// <summary><c>factcheck extract</c> on the seeds, published on 2020-09-09, with <paramref name="options"/>.</summary>
    private static (int Code, string Output, string Error) ExtractSeeds(params string[] options) =>
        CommandRunner.Run([.. new[] { "extract" }, .. Seeds, "--published", "2020-09-09", .. options]);

    [Fact]
    public void Extract_writes_a_draft_claim_set_that_the_reader_loads()
    {
        var (code, output, _) = ExtractSeeds();

        code.Should().Be(0);
        using var draft = JsonDocument.Parse(output);
        draft.RootElement.GetProperty("format").GetString().Should().Be("factcheck/claims@1");
        draft.RootElement.GetProperty("claims").EnumerateArray().Should().Contain(c => c.GetProperty("quote").GetString() == "there are currently 8,600 American soldiers deployed there");
        new Serialization.ClaimSetReader().ReadString(output).ClaimSet.Sources.Select(s => s.Id).Should().Equal("000-12eb7d7e5e981057", "002-bcea76516c64e7d3");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    public void Extract_writes_to_a_file_exactly_what_it_prints(string format)
    {
        var directory = Directory.CreateTempSubdirectory("factcheck-draft-");
        try
        {
            var file = Path.Combine(directory.FullName, "draft.out");
            var (printedCode, printed, _) = ExtractSeeds("--format", format);
            var (code, _, _) = ExtractSeeds("--format", format, "-o", file);

            (code, printedCode).Should().Be((0, 0));
            File.ReadAllBytes(file).Should().Equal(new System.Text.UTF8Encoding(false).GetBytes(printed), "the file is the printed text in UTF-8, with no byte order mark");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Extract_as_text_lists_each_claim_with_its_words_and_line_and_what_was_left_out()
    {
        var (code, output, _) = ExtractSeeds("--format", "text");

        code.Should().Be(0);
        output.Should().Contain("us-troops/afghanistan: 8,600 soldiers on 2020-09-09").And.Contain("000_12eb7d7e5e981057.txt:23");
        output.Should().Contain("left out, a movement, not a level: \"thousands\"");
    }

    [Fact]
    public void Check_on_the_seed_articles_gives_the_five_findings_pointing_to_the_articles_lines()
    {
        var (code, output, _) = CommandRunner.Run([.. new[] { "check" }, .. Seeds, "--published", "2020-09-09"]);

        code.Should().Be(0, "the seed findings are warnings and an info");
        output.Split('\n').Where(l => l.StartsWith("warning", StringComparison.Ordinal) || l.StartsWith("info", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)])
            .Should().Equal("warning FC002", "warning FC002", "warning FC004", "warning FC007", "info FC002");
        output.Should().Contain("000_12eb7d7e5e981057.txt:23").And.Contain("000_12eb7d7e5e981057.txt:27").And.Contain("002_bcea76516c64e7d3.txt:5");
    }

    [Fact]
    public void Front_matter_dates_an_article_and_lines_count_from_the_top_of_its_file()
    {
        var directory = Directory.CreateTempSubdirectory("factcheck-articles-");
        try
        {
            foreach (var seed in Seeds)
            {
                File.WriteAllText(Path.Combine(directory.FullName, Path.GetFileName(seed)), "---\npublished: 2020-09-09\n---\n" + File.ReadAllText(seed));
            }
            var (code, output, _) = CommandRunner.Run([.. new[] { "check" }, .. Directory.GetFiles(directory.FullName).Order(StringComparer.Ordinal), "--format", "json"]);

            code.Should().Be(0);
            using var report = JsonDocument.Parse(output);
            report.RootElement.GetProperty("findings").GetArrayLength().Should().Be(5);
            CommandRunner.Run([.. new[] { "check" }, .. Directory.GetFiles(directory.FullName).Order(StringComparer.Ordinal)]).Output.Should().Contain("000_12eb7d7e5e981057.txt:26");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Articles_are_checked_together_with_claim_files_and_the_known_set()
    {
        var known = Path.Combine(Path.GetTempPath(), "factcheck-known-" + Guid.NewGuid().ToString("N") + ".claims.json");
        File.WriteAllText(known, """
            { "format": "factcheck/claims@1",
              "entities": [ { "id": "kenneth-mckenzie", "kind": "person", "name": "Kenneth McKenzie", "aliases": ["Frank McKenzie"] } ],
              "claims": [] }
            """);
        try
        {
            var (code, output, _) = CommandRunner.Run([.. new[] { "check" }, .. Seeds, "--published", "2020-09-09", "--known", known]);

            code.Should().Be(0);
            output.Should().Contain("keep \"Kenneth McKenzie\", the declared name");
        }
        finally
        {
            File.Delete(known);
        }
    }

    [Theory]
    [InlineData("--published", "9 September", "--published '9 September' is not a date")]
    public void A_bad_option_is_a_clear_error_and_nothing_is_checked(string option, string value, string message)
    {
        var (code, output, error) = CommandRunner.Run([.. new[] { "check" }, .. Seeds, option, value]);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain(message);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    public void Extract_replaces_an_old_draft_whole_and_leaves_no_partial_file(string format)
    {
        var directory = Directory.CreateTempSubdirectory("factcheck-draft-");
        try
        {
            var file = Path.Combine(directory.FullName, "draft.out");
            File.WriteAllText(file, "an old draft much longer than the new one " + new string('x', 200_000));

            var (code, _, _) = ExtractSeeds("--format", format, "-o", file);

            code.Should().Be(0);
            File.ReadAllText(file).Should().Be(ExtractSeeds("--format", format).Output);
            Directory.GetFiles(directory.FullName).Should().ContainSingle();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Extract_to_a_file_that_cannot_be_written_names_the_file_and_leaves_nothing()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"factcheck-missing-{Guid.NewGuid():N}");
        var file = Path.Combine(directory, "draft.json");

        var (code, output, error) = ExtractSeeds("-o", file);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain($"factcheck: cannot write the draft to '{file}'");
        error.Should().NotContain(".partial", "the message names the file the user asked for");
        Directory.Exists(directory).Should().BeFalse();
    }

    [Fact]
    public void A_missing_article_is_an_error_naming_it()
    {
        var (code, _, error) = CommandRunner.Run("extract", "no-such-article.md");

        code.Should().Be(2);
        error.Should().Contain("no-such-article.md: the article cannot be read");
    }

    [Fact]
    public void Many_articles_read_side_by_side_give_their_claims_and_problems_in_the_order_given()
    {
        var directory = Directory.CreateTempSubdirectory("factcheck-articles-");
        try
        {
            var paths = new List<string>();
            for (var i = 0; i < 40; i++)
            {
                var path = Path.Combine(directory.FullName, $"story-{i:00}.md");
                // Every seventh article's front matter is wrong; two files name one source id.
                var date = i % 7 == 3 ? "someday" : "2020-09-09";
                File.WriteAllText(path, $"---\npublished: {date}\n---\nIn Afghanistan, there are currently {1000 + i} American soldiers deployed there.\n");
                paths.Add(path);
            }
            File.Copy(paths[5], Path.Combine(directory.FullName, "story_05.md"));
            paths.Insert(20, Path.Combine(directory.FullName, "story_05.md"));
            paths.Insert(30, Path.Combine(directory.FullName, "missing.md"));
            paths.Count.Should().BeGreaterThanOrEqualTo(ArticleInput.ParallelFrom, "the files must be enough to be read side by side");

            var (code, _, error) = CommandRunner.Run([.. new[] { "extract" }, .. paths]);

            code.Should().Be(2);
            const string Lead = "factcheck: ";
            var named = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => Path.GetFileName(line[Lead.Length..line.IndexOf(": ", Lead.Length, StringComparison.Ordinal)]));
            named.Should().Equal("story-03.md", "story-10.md", "story-17.md", "story_05.md", "story-24.md", "missing.md", "story-31.md", "story-38.md");
            var good = paths.Where(path => !error.Contains(Path.GetFileName(path) + ":", StringComparison.Ordinal)).ToArray();
            var (goodCode, output, _) = CommandRunner.Run([.. new[] { "extract" }, .. good]);
            goodCode.Should().Be(0);
            new Serialization.ClaimSetReader().ReadString(output).ClaimSet.Sources.Select(s => s.Id).Should().Equal(good.Select(p => Path.GetFileNameWithoutExtension(p)));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
