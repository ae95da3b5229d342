using FactCheck.Reporting;

namespace FactCheck.Tests.Reporting;

public class ReportContextTests
{
    [Fact]
    public void The_tool_version_is_the_version_in_the_library_assemblys_metadata_by_default()
    {
        // The build writes the version as a constant (BuildVersion); it must say what the metadata says.
        var expected = typeof(ReportContext).Assembly.GetName().Version!.ToString(3);

        new ReportContext().ToolVersion.Should().Be(expected);
        ReportContext.None.ToolVersion.Should().Be(expected);
        new ReportContext { ToolVersion = "1.2.3" }.ToolVersion.Should().Be("1.2.3");
    }
}
