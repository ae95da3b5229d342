using FactCheck.Reporting;
using FactCheck.Rules;
using FactCheck.Serialization;
using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Reporting;

public class GitHubReportWriterTests
{
    private static readonly GitHubReportWriter GitHub = new();

    [Fact]
    public void Seed_findings_become_workflow_commands_located_at_their_first_claim()
    {
        var document = new ClaimSetReader().ReadFiles([RepositoryFiles.Sample("us-force-levels-2020.claims.json")]);
        var checker = new FactChecker();
        var text = GitHub.Write(checker.Check(document.ClaimSet), new ReportContext { Document = document, Rules = checker.Rules });

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(6);
        var file = ReportContext.PortablePath(RepositoryFiles.Sample("us-force-levels-2020.claims.json")).Replace(":", "%3A", StringComparison.Ordinal);
        lines[0].Should().StartWith($"::warning file={file},line=52,title=FC002 TargetGap::US troops in Afghanistan: 8,600 on 2020-09-09");
        lines[0].Should().EndWith("65–84 a day.%0AClaims: afg-now (line 52), afg-trump (line 62)");
        lines[3].Should().StartWith($"::warning file={file},line=229,title=FC007 NameVariant::");
        lines[4].Should().StartWith("::notice file=").And.Contain("title=FC002 TargetGap::");
        lines[5].Should().Be("25 claims checked: 0 errors, 4 warnings, 1 info.");
    }

    [Theory]
    [InlineData("100% sure", "100%25 sure")]
    [InlineData("two\nlines\r", "two%0Alines%0D")]
    [InlineData("a: b, c", "a: b, c")]
    public void Messages_escape_percent_and_line_breaks(string text, string escaped) =>
        GitHubReportWriter.EscapeData(text).Should().Be(escaped);

    [Theory]
    [InlineData("dir/a,b:c.json", "dir/a%2Cb%3Ac.json")]
    [InlineData("50%\n", "50%25%0A")]
    public void Properties_also_escape_colons_and_commas(string text, string escaped) =>
        GitHubReportWriter.EscapeProperty(text).Should().Be(escaped);

    [Fact]
    public void At_most_ten_findings_of_each_severity_are_annotated_and_the_rest_counted_in_one_notice()
    {
        var findings = Enumerable.Range(0, 12).Select(i => new Finding("FC001", Severity.Error, $"e{i}", [$"c{i}"]))
            .Concat(Enumerable.Range(0, 3).Select(i => new Finding("FC002", Severity.Warning, $"w{i}", [$"d{i}"])))
            .Concat(Enumerable.Range(0, 25).Select(i => new Finding("FC009", Severity.Info, $"i{i}", [$"f{i}"])));
        var lines = GitHub.Write(new CheckReport(40, findings)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)).Should().Be(10);
        lines.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)).Should().Be(3);
        lines.Count(l => l.StartsWith("::notice title=FC009", StringComparison.Ordinal)).Should().Be(10);
        lines[^2].Should().Be("::notice title=FactCheck::17 more findings not annotated (2 errors, 15 infos): GitHub shows 10 annotations of a kind a step. See the job summary or the full report (--format json or sarif).");
        lines.Length.Should().Be(10 + 3 + 10 + 2);
    }

    [Fact]
    public void A_finding_of_an_unknown_rule_is_titled_by_its_id()
    {
        var text = GitHub.Write(new CheckReport(1, [new Finding("NEWS101", Severity.Error, "m", [])]));

        text.Should().StartWith("::error title=NEWS101::m\n");
        BuiltInRules.Find("NEWS101").Should().BeNull();
    }
}
