using System.Text;
using FactCheck.Baselines;
using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Baselines;

public class FindingBaselineTests
{
    private static readonly Finding Gap = new("FC002", Severity.Warning, "X: 8,600 on 2020-09-09 is outside the target 4,000–5,000: 55 days.", ["afg-now", "afg-trump"], "x");

    [Fact]
    public void Fingerprint_ignores_figures_and_claim_order_but_not_rule_subject_or_claims()
    {
        var print = FindingFingerprint.Of(Gap);

        print.Should().MatchRegex("^[0-9a-f]{32}$");
        FindingFingerprint.Of(new Finding("FC002", Severity.Warning, "X: 8,700 on 2020-09-10 is outside the target 4,000–5,500: 54 days.", ["afg-trump", "afg-now"], "x"))
            .Should().Be(print, "changed figures and another claim order are the same finding");
        FindingFingerprint.Of(new Finding("FC002", Severity.Info, Gap.Message, Gap.Claims, "x")).Should().Be(print, "a changed severity is the same finding");
        FindingFingerprint.Of(new Finding("FC003", Severity.Warning, Gap.Message, Gap.Claims, "x")).Should().NotBe(print);
        FindingFingerprint.Of(new Finding("FC002", Severity.Warning, Gap.Message, Gap.Claims, "y")).Should().NotBe(print);
        FindingFingerprint.Of(new Finding("FC002", Severity.Warning, Gap.Message, ["afg-now", "afg-pentagon"], "x")).Should().NotBe(print);
        FindingFingerprint.Of(new Finding("FC002", Severity.Warning, "X: 8,600 is outside the open-ended target.", Gap.Claims, "x")).Should().NotBe(print, "another kind of message is another finding");
    }

    [Fact]
    public void Fingerprint_is_the_one_baselines_already_hold()
    {
        // SHA-256 of "FC002\nx\nafg-now,afg-trump\nX: # on #-#-# is outside the target #–#: # days." (Python's hashlib):
        // a baseline written by any earlier version must still match its findings.
        FindingFingerprint.Of(Gap).Should().Be("594fabeff990ffeaaf7ed97d3fd11af5");
    }

    [Theory]
    [InlineData("8,600 on 2020-09-09", "# on #-#-#")]
    [InlineData("65.5 a day, 1,000.25", "# a day, #")]
    [InlineData("ends with 3.", "ends with #.")]
    [InlineData("no figures", "no figures")]
    public void Shape_replaces_each_figure_with_a_hash(string message, string shape) =>
        FindingFingerprint.Shape(message).Should().Be(shape);

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(1_000)]
    [InlineData(123_456_789)]
    public void Shape_is_the_same_whatever_the_digits(int n) =>
        FindingFingerprint.Shape(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a {n:N0} b {n % 97}.5")).Should().Be("a # b #");

    [Fact]
    public void A_written_baseline_reads_back_and_accepts_the_findings_it_recorded()
    {
        var report = new CheckReport(3, [Gap, new Finding("FC007", Severity.Warning, "spelled two ways", ["m1", "m2"], "k")]);
        using var file = new MemoryStream();
        FindingBaseline.From(report).Write(file);
        file.Position = 0;

        var read = FindingBaseline.Read(file);
        var comparison = read.Compare(report);

        read.Fingerprints.Should().Equal(report.Findings.Select(FindingFingerprint.Of));
        comparison.NewFindings.Findings.Should().BeEmpty();
        comparison.Known.Should().Be(2);
        comparison.Gone.Should().Be(0);
        Encoding.UTF8.GetString(file.ToArray()).Should().StartWith("{\n  \"format\": \"factcheck/baseline@1\",\n  \"findings\": [\n    {\n      \"fingerprint\": \"").And.EndWith("}\n");
    }

    [Fact]
    public void Comparison_reports_new_findings_and_counts_entries_that_no_longer_occur()
    {
        var old = FindingBaseline.From(new CheckReport(3, [Gap, new Finding("FC007", Severity.Warning, "spelled two ways", ["m1", "m2"], "k")]));
        var fresh = new Finding("FC001", Severity.Error, "1 and 2 conflict", ["a", "b"], "s");

        var comparison = old.Compare(new CheckReport(3, [Gap, fresh]));

        comparison.NewFindings.Findings.Should().Equal(fresh);
        comparison.NewFindings.Errors.Should().Be(1);
        comparison.Known.Should().Be(1);
        comparison.Gone.Should().Be(1);
    }

    [Fact]
    public void A_fingerprint_listed_once_accepts_one_finding_that_has_it()
    {
        var baseline = FindingBaseline.From(new CheckReport(1, [Gap]));

        baseline.Compare(new CheckReport(1, [Gap, Gap])).NewFindings.Findings.Should().HaveCount(1);
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("{\"format\": \"other\"}", "\"format\": \"factcheck/baseline@1\"")]
    [InlineData("{\"format\": \"factcheck/baseline@1\"}", "no \"findings\" array")]
    [InlineData("{\"format\": \"factcheck/baseline@1\", \"findings\": [{\"ruleId\": \"FC001\"}]}", "findings[0]")]
    public void A_bad_baseline_file_is_refused_with_where_it_is_wrong(string text, string says)
    {
        var read = () => FindingBaseline.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        read.Should().Throw<InvalidDataException>().Which.Message.Should().Contain(says);
    }
}
