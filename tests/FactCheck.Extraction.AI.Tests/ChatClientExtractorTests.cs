using Microsoft.Extensions.AI;
using NodaTime;

namespace FactCheck.Extraction.AI.Tests;

/// <summary>The model adapter: structured output, the reader as judge, one retry with the problems, quotes located in the text.</summary>
public class ChatClientExtractorTests
{
    private static readonly Article Wire = new("wire-1", "In Afghanistan, there are currently 8,600 American soldiers deployed there.\nThe White House aims to reach between 4,000 and 5,000 troops by November 3.", new LocalDate(2020, 9, 9));

    private const string GoodAnswer = """
        { "format": "factcheck/claims@1",
          "sources": [ { "id": "wire-1", "published": "2020-09-09" } ],
          "claims": [
            { "id": "c1", "kind": "observation", "subject": "us-troops/afghanistan", "value": "8,600", "unit": "soldiers", "source": "wire-1",
              "quote": "there are currently 8,600 American soldiers deployed there" },
            { "id": "c2", "kind": "target", "subject": "us-troops/afghanistan", "value": "between 4,000 and 5,000", "deadline": "2020-11-03",
              "source": "wire-1", "attribution": "the White House", "quote": "aims to reach between 4,000 and 5,000 troops by November 3" } ] }
        """;

    [Fact]
    public async Task A_valid_answer_becomes_claims_whose_spans_are_the_articles_own_words()
    {
        var model = new ScriptedChatClient(GoodAnswer);

        var draft = await new ChatClientExtractor(model).ExtractAsync([Wire]);

        draft.Claims.Claims.Select(c => c.Id).Should().Equal("wire-1-1", "wire-1-2");
        foreach (var claim in draft.Claims.Claims)
        {
            var span = claim.Provenance.Span!.Value;
            Wire.Body[span.Start..span.End].Should().Be(claim.Provenance.Quote);
            claim.SourceId.Should().Be("wire-1");
        }
        new FactChecker().Check(draft.Claims).Findings.Should().ContainSingle(f => f.RuleId == "FC002");
    }

    [Fact]
    public async Task The_model_is_asked_for_the_formats_json_schema_with_the_article_and_its_date()
    {
        var model = new ScriptedChatClient(GoodAnswer);

        await new ChatClientExtractor(model).ExtractAsync([Wire]);

        var (messages, options) = model.Requests.Should().ContainSingle().Subject;
        options!.ResponseFormat.Should().BeOfType<ChatResponseFormatJson>().Which.Schema.Should().NotBeNull();
        messages[^1].Text.Should().Contain(Wire.Body).And.Contain("Published: 2020-09-09").And.Contain("wire-1");
    }

    [Fact]
    public async Task An_answer_the_reader_rejects_is_sent_back_once_with_every_problem_located()
    {
        var bad = GoodAnswer.Replace("\"8,600\"", "\"lots\"", StringComparison.Ordinal).Replace("\"kind\": \"target\"", "\"kind\": \"goal\"", StringComparison.Ordinal);
        var model = new ScriptedChatClient(bad, GoodAnswer);

        var draft = await new ChatClientExtractor(model).ExtractAsync([Wire]);

        draft.Claims.Claims.Should().HaveCount(2);
        model.Requests.Should().HaveCount(2);
        var retry = model.Requests[1].Messages[^1].Text;
        retry.Should().Contain("$.claims[0].value").And.Contain("'lots'").And.Contain("$.claims[1].kind").And.Contain("wire-1.claims.json(");
    }

    [Fact]
    public async Task An_answer_still_rejected_after_the_retry_is_an_error_listing_its_problems()
    {
        var model = new ScriptedChatClient("not json", "{ \"format\": \"factcheck/claims@2\", \"claims\": [] }");

        var extract = () => new ChatClientExtractor(model).ExtractAsync([Wire]);

        (await extract.Should().ThrowAsync<ClaimSetException>()).Which.Problems.Should().Contain(p => p.Message.Contains("factcheck/claims@2", StringComparison.Ordinal));
        model.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_claim_whose_quote_is_not_in_the_article_is_left_out_and_reported()
    {
        var invented = GoodAnswer.Replace("aims to reach between 4,000 and 5,000 troops by November 3", "plans to bring everyone home", StringComparison.Ordinal);

        var draft = await new ChatClientExtractor(new ScriptedChatClient(invented)).ExtractAsync([Wire]);

        draft.Claims.Claims.Should().ContainSingle();
        draft.Skipped.Should().ContainSingle(s => s.Reason == "the model's quote is not in the article" && s.Quote == "plans to bring everyone home");
    }

    [Fact]
    public async Task A_quote_retyped_with_other_case_spacing_and_quotation_marks_is_still_located()
    {
        var retyped = GoodAnswer.Replace("there are currently 8,600 American soldiers deployed there", "There are  currently 8,600 american soldiers\\ndeployed there", StringComparison.Ordinal);

        var draft = await new ChatClientExtractor(new ScriptedChatClient(retyped)).ExtractAsync([Wire]);

        draft.Claims.Claims[0].Provenance.Quote.Should().Be("there are currently 8,600 American soldiers deployed there");
    }

    [Fact]
    public async Task The_model_extractor_and_the_rule_based_one_are_interchangeable()
    {
        IClaimExtractor[] extractors = [new ChatClientExtractor(new ScriptedChatClient(GoodAnswer)), new RuleBasedExtractor()];

        foreach (var extractor in extractors)
        {
            var draft = await extractor.ExtractAsync([Wire]);
            draft.Claims.Claims.OfType<Observation>().Should().Contain(o => o.Subject == "us-troops/afghanistan" && o.Value == Quantity.Exactly(8_600));
        }
    }
}
