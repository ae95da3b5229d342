using FactCheck.Reporting;

namespace FactCheck.Tests.Reporting;

public class ReportWritersTests
{
    [Fact]
    public void The_built_in_formats_are_named_in_order() =>
        ReportWriters.BuiltIn.Names.Should().Equal("github", "html", "json", "markdown", "sarif", "text");

    [Fact]
    public void A_format_is_found_without_regard_to_case()
    {
        ReportWriters.BuiltIn["JSON"].Should().BeOfType<JsonReportWriter>();
        ReportWriters.BuiltIn.TryGet("Text", out var writer).Should().BeTrue();
        writer.Should().BeOfType<PlainTextReportWriter>();
    }

    [Fact]
    public void An_unknown_format_is_not_found_and_the_indexer_names_the_formats()
    {
        ReportWriters.BuiltIn.TryGet("csv", out var writer).Should().BeFalse();
        writer.Should().BeNull();
        var act = () => ReportWriters.BuiltIn["csv"];
        act.Should().Throw<KeyNotFoundException>().WithMessage("There is no report format 'csv'; the formats are github, html, json, markdown, sarif, text.");
    }

    [Fact]
    public void A_writer_replaces_the_one_of_its_name_in_any_case_and_keeps_its_place()
    {
        var writers = ReportWriters.BuiltIn.With(new Named("JSON"));
        writers.Names.Should().Equal("github", "html", "JSON", "markdown", "sarif", "text");
        writers["json"].Should().BeOfType<Named>();
        ReportWriters.BuiltIn["json"].Should().BeOfType<JsonReportWriter>("With returns a new set");
    }

    [Theory]
    [InlineData("a", new[] { "a", "github", "html", "json", "markdown", "sarif", "text" })]
    [InlineData("Kml", new[] { "github", "html", "json", "Kml", "markdown", "sarif", "text" })]
    [InlineData("zip", new[] { "github", "html", "json", "markdown", "sarif", "text", "zip" })]
    public void A_new_writer_takes_its_place_in_order(string name, string[] names) =>
        ReportWriters.BuiltIn.With(new Named(name)).Names.Should().Equal(names);

    private sealed class Named(string name) : ReportWriter
    {
        public override string Name => name;

        public override void Write(CheckReport report, TextWriter output, ReportContext? context = null) => output.Write(name);
    }
}
