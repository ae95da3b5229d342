using FactCheck.DependencyInjection;
using FactCheck.Reporting;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace FactCheck.Tests.DependencyInjection;

public class ReportWriterRegistrationTests
{
    [Fact]
    public void AddFactCheck_registers_the_report_writers_by_name_with_those_the_app_adds()
    {
        var services = new ServiceCollection();
        services.AddFactCheck();
        services.AddSingleton<IReportWriter, CsvWriter>();

        var writers = services.BuildServiceProvider().GetRequiredService<ReportWriters>();

        writers.Names.Should().Equal("csv", "github", "html", "json", "markdown", "sarif", "text");
        writers["CSV"].Should().BeOfType<CsvWriter>();
        writers["html"].Should().BeOfType<HtmlReportWriter>();
    }

    private sealed class CsvWriter : ReportWriter
    {
        public override string Name => "csv";

        public override void Write(CheckReport report, TextWriter output, ReportContext? context = null) =>
            output.Write(string.Join("", report.Findings.Select(f => f.RuleId + "," + f.Message + "\n")));
    }
}
