using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FactCheck.Reporting;
using FactCheck.Serialization;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace FactCheck.Tests.Reporting;

public class HtmlReportWriterTests
{
    private static readonly HtmlReportWriter Html = new();

    private static (CheckReport Report, ReportContext Context) Seed()
    {
        var document = new ClaimSetReader().ReadFiles([RepositoryFiles.Sample("us-force-levels-2020.claims.json")]);
        var checker = new FactChecker();
        return (checker.Check(document.ClaimSet), new ReportContext { Document = document, Rules = checker.Rules, ToolVersion = "1.2.3" });
    }

    [Fact]
    public void Seed_page_fetches_nothing_and_runs_no_script()
    {
        var (report, context) = Seed();
        var page = Html.Write(report, context);

        page.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">");
        page.Should().NotContainAny("<script", "<link", "@import", "url(", "src=", "<iframe", "<img");
        // The only address is the SVG namespace, which names and does not fetch.
        Regex.Matches(page, "https?://[^\"]*").Select(m => m.Value).Distinct().Should().Equal("http://www.w3.org/2000/svg");
    }

    [Fact]
    public void Seed_page_draws_a_timeline_for_each_subject_with_figures_and_lists_every_finding_once()
    {
        var (report, context) = Seed();
        var page = Html.Write(report, context);

        Regex.Matches(page, "<svg class=\"timeline\"").Should().HaveCount(2, "US troops in Afghanistan and in Iraq have figures; the FC007 name has none");
        page.Should().Contain(">US troops in Afghanistan <small>").And.Contain(">US troops in Iraq <small>").And.Contain(">Other findings <small>");
        for (var n = 1; n <= 5; n++) Regex.Matches(page, $"id=\"finding-{n}\"").Should().HaveCount(1);
        Regex.Matches(page, "id=\"finding-\\d+\"").Should().HaveCount(5);
        page.Should().Contain("<blockquote>“there are currently 8,600 American soldiers deployed there”</blockquote>");
        page.Should().Contain("Said by Donald Trump");
        page.Should().Contain("us-force-levels-2020.claims.json:52:5</code>", "each claim says where it stands in its file");
    }

    [Fact]
    public void Timelines_carry_a_title_and_a_description_for_screen_readers()
    {
        var (report, context) = Seed();
        var page = Html.Write(report, context);

        page.Should().Contain("role=\"img\" aria-labelledby=\"subject-1-chart-title subject-1-chart-desc\"");
        page.Should().Contain("<title id=\"subject-1-chart-title\">Timeline of US troops in Afghanistan: figures, targets and changes as stated</title>");
        page.Should().MatchRegex("<desc id=\"subject-1-chart-desc\">Observation afg-now: us-troops/afghanistan: 8,600 soldiers on 2020-09-09\\. In findings 1 \\(warning\\), 5 \\(info\\)\\.");
    }

    [Fact]
    public void Claims_of_findings_are_outlined_in_their_most_severe_colour_and_numbered()
    {
        var (report, context) = Seed();
        var page = Html.Write(report, context);

        page.Should().Contain("<g class=\"observation hl-warning\" data-claim=\"afg-now\">");
        page.Should().Contain("<g class=\"target hl-info\" data-claim=\"afg-pentagon\">");
        page.Should().Contain("<g class=\"change hl-warning\" data-claim=\"iraq-reduced\">");
        page.Should().MatchRegex("<g class=\"mark info\"><circle [^>]*/><text [^>]*>5</text></g>");
    }

    [Fact]
    public void Page_is_byte_identical_run_to_run()
    {
        var (report, context) = Seed();
        var (again, againContext) = Seed();

        Html.Write(report, context).Should().Be(Html.Write(again, againContext));
    }

    [Fact]
    public void Text_from_the_claims_is_escaped_and_cannot_become_markup()
    {
        var claims = new ClaimSet([new Observation("o1", "x", Quantity.Exactly(5), FuzzyTime.Day(2020, 1, 1), provenance: new Provenance(quote: "<script>alert('x')</script> & more"))], title: "A & <b>");
        var report = new CheckReport(1, [new Finding("FC001", Severity.Error, "5 <b>bold</b> & \"quoted\"", ["o1"], "x")]);

        var page = Html.Write(report, new ReportContext { Claims = claims });

        page.Should().NotContain("<script>").And.NotContain("<b>");
        page.Should().Contain("5 &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;");
        page.Should().Contain("<title>FactCheck: A &amp; &lt;b&gt;</title>");
    }

    [Fact]
    public void A_quote_with_a_span_into_a_known_article_is_shown_in_its_sentence_with_the_words_marked()
    {
        const string article = "First sentence here. The army said 8,600 soldiers remain in the country. Last one.";
        var start = article.IndexOf("8,600 soldiers", StringComparison.Ordinal);
        var claims = new ClaimSet(
            [new Observation("o1", "x", Quantity.Exactly(8600), FuzzyTime.Day(2020, 9, 9), provenance: new Provenance("a1", quote: "8,600 soldiers", span: new TextSpan(start, start + 14)))],
            [new Source("a1", "An article")]);
        var report = new CheckReport(1, [new Finding("FC009", Severity.Info, "Something", ["o1"], "x")]);

        var page = Html.Write(report, new ReportContext { Claims = claims, SourceTexts = ImmutableDictionary<string, string>.Empty.Add("a1", article) });

        page.Should().Contain("<p class=\"sentence\">The army said <mark>8,600 soldiers</mark> remain in the country.</p>");
        page.Should().Contain("characters 35–49 of the article");
    }

    [Fact]
    public void A_report_without_findings_says_the_claims_are_consistent()
    {
        var page = Html.Write(new CheckReport(3, []));

        page.Should().Contain("No findings: the claims are consistent.").And.NotContain("<svg");
    }

    [Fact]
    public void A_chart_draws_the_claims_of_its_findings_and_at_most_200_others()
    {
        var start = new LocalDate(2020, 1, 1);
        var many = Enumerable.Range(0, 1_000).Select(i => (Claim)new Observation($"o{i}", "x", Quantity.Exactly(100 + i), FuzzyTime.Day(start.PlusDays(i % 30)))).ToList();
        var report = new CheckReport(many.Count, [new Finding("FC001", Severity.Error, "conflict", ["o0", "o29"], "x")]);

        var page = Html.Write(report, new ReportContext { Claims = new ClaimSet(many) });

        Regex.Matches(page, "data-claim=").Should().HaveCount(202);
        page.Should().Contain("data-claim=\"o29\"").And.Contain("798 other claims of this subject");
    }

    [Fact]
    public void A_figure_far_from_the_findings_is_left_off_the_timeline_and_counted()
    {
        var claims = new ClaimSet(
        [
            new Observation("old", "x", Quantity.Exactly(180000), FuzzyTime.Year(2007)),
            new Observation("a", "x", Quantity.Exactly(5200), FuzzyTime.Day(2020, 9, 9)),
            new Target("t", "x", Quantity.Exactly(3000), FuzzyTime.Day(2020, 9, 30), FuzzyTime.Day(2020, 9, 9)),
        ]);
        var report = new CheckReport(3, [new Finding("FC002", Severity.Warning, "gap", ["a", "t"], "x")]);

        var page = Html.Write(report, new ReportContext { Claims = claims });

        page.Should().NotContain("data-claim=\"old\"").And.Contain("1 other claim of this subject, outside the time of these findings or beyond the 200 a chart shows, is not drawn.");
        page.Should().Contain("data-claim=\"a\"").And.Contain("data-claim=\"t\"");
    }

    [Fact]
    public void Figures_in_trillions_keep_their_scale_on_the_page_and_its_axis()
    {
        var set = ClaimSet.CreateBuilder("debt").AsOf(new LocalDate(2020, 9, 9));
        set.Source("s1", "One", published: new LocalDate(2020, 9, 9));
        set.Observation("a", "debt/x", "3.42 trillion").At("2020-09-09").From("s1");
        set.Observation("b", "debt/x", "3.42 billion").At("2020-09-09").From("s1");
        var claims = set.Build();
        var report = new FactChecker().Check(claims);
        var page = Html.Write(report, new ReportContext { Claims = claims });

        page.Should().Contain("3.42 trillion").And.Contain("3.42 billion").And.Contain("(billion or trillion?)");
        page.Should().Contain("tn</text>", "an axis in the trillions is labelled in trillions").And.NotContain("3420 million");
    }
}
