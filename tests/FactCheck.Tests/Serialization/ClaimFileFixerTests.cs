using System.Text.Json;
using FactCheck.Reporting;
using FactCheck.Serialization;
using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Serialization;

public sealed class ClaimFileFixerTests : IDisposable
{
    private const string Claims = """
        {
          "format": "factcheck/claims@1",
          "sources": [ { "id": "s1", "published": "2020-09-09" }, { "id": "s2", "published": "2020-09-09" } ],
          "entities": [ { "id": "km", "kind": "person", "name": "Kenneth McKenzie" } ],
          "claims": [
            { "id": "e1", "kind": "event", "subject": "briefing", "time": "2020-09-10",   "weekday": "Wednesday", "source": "s1" },
            {
              "id": "m1",
              "kind": "mention", "entity": "km",
              "name": "Kenneth MacKenzie", "source": "s1"
            },
            { "id": "m2", "kind": "mention", "entity": "km", "name": "Kenneth McKenzie", "source": "s2" }
          ]
        }

        """;

    private readonly string directory = Directory.CreateTempSubdirectory("factcheck-fix-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Weekday_and_spelling_findings_carry_their_fixes()
    {
        var (_, report) = Check(Write("a.claims.json", Claims));

        report.Findings.Single(f => f.RuleId == "FC006").Fixes.Should().Equal(new FindingFix("e1", "weekday", "Wednesday", "Thursday"));
        report.Findings.Single(f => f.RuleId == "FC007").Fixes.Should().Equal(new FindingFix("m1", "name", "Kenneth MacKenzie", "Kenneth McKenzie"));
    }

    [Fact]
    public void Fixes_replace_only_the_fields_text_and_the_file_then_checks_clean()
    {
        var path = Write("a.claims.json", Claims);
        var (document, report) = Check(path);

        var outcome = ClaimFileFixer.Apply(document, report.Findings);

        outcome.Applied.Should().Be(2);
        outcome.Files.Should().Equal(path);
        outcome.Skipped.Should().BeEmpty();
        File.ReadAllText(path).Should().Be(Claims
            .Replace("\"weekday\": \"Wednesday\"", "\"weekday\": \"Thursday\"", StringComparison.Ordinal)
            .Replace("\"name\": \"Kenneth MacKenzie\"", "\"name\": \"Kenneth McKenzie\"", StringComparison.Ordinal));
        Check(path).Report.Findings.Should().NotContain(f => f.RuleId == "FC006" || f.RuleId == "FC007");
        Directory.GetFiles(directory).Should().Equal(path);
    }

    [Fact]
    public void A_field_edited_since_the_check_is_left_alone_and_said_so()
    {
        var path = Write("a.claims.json", Claims);
        var (document, report) = Check(path);
        File.WriteAllText(path, Claims.Replace("\"Kenneth MacKenzie\"", "\"K. MacKenzie\"", StringComparison.Ordinal));

        var outcome = ClaimFileFixer.Apply(document, report.Findings);

        outcome.Applied.Should().Be(1);
        outcome.Skipped.Should().ContainSingle().Which.Should().Contain("reads \"K. MacKenzie\" now");
        File.ReadAllText(path).Should().Contain("\"K. MacKenzie\"").And.Contain("\"weekday\": \"Thursday\"");
    }

    [Fact]
    public void Sarif_fix_replaces_the_region_of_the_fields_token()
    {
        var path = Write("a.claims.json", Claims);
        var (document, report) = Check(path);
        var lines = File.ReadAllLines(path);

        using var sarif = JsonDocument.Parse(new SarifReportWriter().Write(report, new ReportContext { Document = document }));
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "FC007");
        var replacement = result.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        var region = replacement.GetProperty("deletedRegion");
        var line = lines[region.GetProperty("startLine").GetInt32() - 1];
        var start = region.GetProperty("startColumn").GetInt32() - 1;
        var end = region.GetProperty("endColumn").GetInt32() - 1;

        line[start..end].Should().Be("\"Kenneth MacKenzie\"");
        replacement.GetProperty("insertedContent").GetProperty("text").GetString().Should().Be("\"Kenneth McKenzie\"");
    }

    [Fact]
    public void Json_report_gives_each_fix_as_claim_field_old_and_new()
    {
        var (_, report) = Check(Write("a.claims.json", Claims));

        using var json = JsonDocument.Parse(new JsonReportWriter().Write(report));
        var fix = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "FC006").GetProperty("fix");

        fix.GetRawText().Should().Be("""
            [
                    {
                      "claim": "e1",
                      "field": "weekday",
                      "old": "Wednesday",
                      "new": "Thursday"
                    }
                  ]
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (ClaimSetDocument Document, CheckReport Report) Check(string path)
    {
        var document = new ClaimSetReader().ReadFiles([path]);
        return (document, new FactChecker().Check(document.ClaimSet));
    }
}
