namespace FactCheck.Cli.Tests;

/// <summary>The seed's HTML report as a reader's browser draws it.</summary>
public sealed class HtmlInBrowserTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("factcheck-html-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [ChromiumFact]
    public void Seed_report_draws_its_timelines_in_a_real_browser()
    {
        var page = Path.Combine(directory, "seed.html");
        CommandRunner.Run("check", CommandRunner.Sample("us-force-levels-2020.claims.json"), "--format", "html", "--output", page).Code.Should().Be(0);

        var screenshot = Png.Read(Chromium.Screenshot(page, 1280, 1600));

        screenshot.Width.Should().Be(1280);
        // The target bands (green at 13 % on white) fill a large part of the Afghanistan chart...
        screenshot.Count((228, 238, 228), 3).Should().BeGreaterThan(5_000, "the targets are drawn as bands");
        // ...the late-2018 Iraq figure is a grey bar, and the numbered marks of the findings are drawn over the charts.
        screenshot.Count((207, 216, 220), 2).Should().BeGreaterThan(300, "observations are drawn as value bars");
        screenshot.Count((106, 27, 154), 10).Should().BeGreaterThan(150, "the change is drawn as an arrow");
    }

    [ChromiumFact]
    public void Seed_report_reads_at_phone_width()
    {
        var page = Path.Combine(directory, "seed.html");
        CommandRunner.Run("check", CommandRunner.Sample("us-force-levels-2020.claims.json"), "--format", "html", "--output", page).Code.Should().Be(0);

        var screenshot = Png.Read(Chromium.Screenshot(page, 390, 2400));

        // At phone width the chart stacks above the findings and keeps its bands; nothing forces a page-wide scroll.
        screenshot.Count((228, 238, 228), 3).Should().BeGreaterThan(2_000);
        screenshot.Width.Should().Be(390);
    }
}
