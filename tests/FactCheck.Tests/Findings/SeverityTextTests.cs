using FactCheck.Configuration;
using System.Text;

namespace FactCheck.Tests.Findings;

public class SeverityTextTests
{
    [Theory]
    [InlineData("none", RuleSeverity.None)]
    [InlineData("silent", RuleSeverity.None)]
    [InlineData("info", RuleSeverity.Info)]
    [InlineData("suggestion", RuleSeverity.Info)]
    [InlineData("warning", RuleSeverity.Warning)]
    [InlineData("warn", RuleSeverity.Warning)]
    [InlineData("error", RuleSeverity.Error)]
    [InlineData(" ERROR ", RuleSeverity.Error)]
    [InlineData("Silent", RuleSeverity.None)]
    public void Every_word_of_the_vocabulary_reads_in_any_case(string text, RuleSeverity expected)
    {
        SeverityText.TryParse(text, out var severity).Should().BeTrue();
        severity.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("loud")]
    [InlineData("never")]
    [InlineData("errors")]
    [InlineData("war")]
    public void Other_words_do_not_read(string? text) => SeverityText.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void Every_rule_severity_written_reads_back_as_itself()
    {
        foreach (var severity in Enum.GetValues<RuleSeverity>())
        {
            SeverityText.TryParse(SeverityText.Of(severity), out var read).Should().BeTrue();
            read.Should().Be(severity);
        }
    }

    [Fact]
    public void Reports_write_finding_severities_in_lower_case() =>
        Enum.GetValues<Severity>().Select(SeverityText.Of).Should().Equal("info", "warning", "error");

    [Theory]
    [InlineData("silent", RuleSeverity.None)]
    [InlineData("suggestion", RuleSeverity.Info)]
    [InlineData("warn", RuleSeverity.Warning)]
    public void Configuration_file_reads_the_same_words_as_the_command_line(string word, RuleSeverity expected)
    {
        var json = $$"""{ "format": "factcheck/config@1", "severity": { "FC009": "{{word}}" } }""";
        var configuration = FactCheckConfigurationReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        configuration.Severities["FC009"].Should().Be(expected);
    }
}
