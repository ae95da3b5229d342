using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>The judging target: the two seed articles, as text dated 2020-09-09 with nothing known, checked end to end.</summary>
public class SeedArticleTests
{
    private static readonly ExtractionResult Draft = new RuleBasedExtractor().Extract(TestFiles.Seeds());

    [Fact]
    public void Seed_articles_checked_together_give_exactly_the_five_findings_of_the_design()
    {
        var report = new FactChecker().Check(Draft.Claims);

        report.Findings.Select(f => $"{f.RuleId} {f.Severity} {f.Subject}").Should().BeEquivalentTo(
            "FC002 Warning us-troops/afghanistan",
            "FC002 Warning us-troops/iraq",
            "FC002 Info us-troops/afghanistan",
            "FC004 Warning us-troops/iraq",
            "FC007 Warning Commander of US Central Command");
    }

    [Fact]
    public void Seed_findings_carry_the_figures_of_the_design()
    {
        var report = new FactChecker().Check(Draft.Claims);

        report.Findings.Single(f => f.RuleId == "FC002" && f.Subject == "us-troops/afghanistan" && f.Severity == Severity.Warning).Message
            .Should().Contain("8,600").And.Contain("4,000–5,000").And.Contain("2020-11-03").And.Contain("3,600–4,600").And.Contain("55 days");
        report.Findings.Single(f => f.RuleId == "FC002" && f.Subject == "us-troops/iraq").Message
            .Should().Contain("~5,200").And.Contain("3,000").And.Contain("2020-09-30").And.Contain("2,200").And.Contain("21 days");
        report.Findings.Single(f => f.RuleId == "FC007").Message.Should().Contain("Kenneth MacKenzie").And.Contain("Kenneth McKenzie");
    }

    [Fact]
    public void Every_extracted_claim_quotes_the_exact_words_of_its_span()
    {
        foreach (var claim in Draft.Claims.Claims)
        {
            var article = Draft.ArticleOf(claim)!;
            var span = claim.Provenance.Span!.Value;
            claim.Provenance.Quote.Should().Be(article.Body[span.Start..span.End], "claim {0} quotes its span", claim.Id);
        }
    }

    [Fact]
    public void Against_the_hand_made_sample_recall_and_precision_are_at_least_90_percent()
    {
        var sample = Serialization.ClaimSetFiles.Load(TestFiles.Sample("us-force-levels-2020.claims.json"));
        var sourceOf = new Dictionary<string, string> { ["s1"] = "000-12eb7d7e5e981057", ["s2"] = "002-bcea76516c64e7d3" };
        var expected = sample.Claims.Where(ClaimMatching.IsMeasuredOrDated).ToList();
        var extracted = Draft.Claims.Claims.Where(ClaimMatching.IsMeasuredOrDated).ToList();

        var found = expected.Count(e => extracted.Any(x => ClaimMatching.Matches(x, e, sourceOf)));
        var right = extracted.Count(x => expected.Any(e => ClaimMatching.Matches(x, e, sourceOf)));
        var recall = (double)found / expected.Count;
        var precision = (double)right / extracted.Count;

        expected.Should().HaveCount(18, "the sample holds 7 observations, 3 targets, 1 change and 7 events");
        recall.Should().BeGreaterThanOrEqualTo(0.9, "missed: {0}", string.Join(", ", expected.Where(e => !extracted.Any(x => ClaimMatching.Matches(x, e, sourceOf))).Select(e => e.Id)));
        precision.Should().BeGreaterThanOrEqualTo(0.9, "wrong: {0}", string.Join(", ", extracted.Where(x => !expected.Any(e => ClaimMatching.Matches(x, e, sourceOf))).Select(x => x.ToString())));
    }

    [Fact]
    public void The_draft_round_trips_through_the_file_format_byte_for_byte()
    {
        var json = Serialization.ClaimSetWriter.WriteToString(Draft.Claims);
        var read = new Serialization.ClaimSetReader().ReadString(json).ClaimSet;

        Serialization.ClaimSetWriter.WriteToString(read).Should().Be(json);
        Serialization.ClaimSetWriter.WriteToString(new RuleBasedExtractor().Extract(TestFiles.Seeds()).Claims).Should().Be(json, "extraction is deterministic");
    }

    [Fact]
    public void Without_a_publication_date_claims_that_depend_on_it_are_left_out_and_the_draft_says_so()
    {
        var undated = TestFiles.Seeds().Select(a => a with { Published = null }).ToList();

        var draft = new RuleBasedExtractor().Extract(undated);

        draft.Claims.Claims.OfType<Observation>().Should().OnlyContain(o => o.Time.Precision != TimePrecision.Day);
        draft.Skipped.Should().Contain(s => s.Reason.Contains("publication date", StringComparison.Ordinal) && s.Quote == "8,600");
        draft.Claims.Claims.OfType<Observation>().Should().Contain(o => o.Subject == "us-troops/iraq" && o.Time == FuzzyTime.Year(2007));
    }
}
