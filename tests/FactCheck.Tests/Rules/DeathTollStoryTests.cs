using FactCheck.Serialization;

namespace FactCheck.Tests.Rules;

/// <summary>A multi-outlet story told as a claim file: a death toll updated over three days, and one party's revised estimate.</summary>
public class DeathTollStoryTests
{
    private const string Story = """
        {
          "format": "factcheck/claims@1",
          "title": "Earthquake, February 2023",
          "sources": [
            { "id": "wire-1", "publisher": "Wire", "published": "2023-02-06" },
            { "id": "daily-1", "publisher": "The Daily", "published": "2023-02-06" },
            { "id": "wire-2", "publisher": "Wire", "published": "2023-02-07" },
            { "id": "post-2", "publisher": "The Post", "published": "2023-02-07" },
            { "id": "daily-3", "publisher": "The Daily", "published": "2023-02-08" },
            { "id": "post-3", "publisher": "The Post", "published": "2023-02-08" }
          ],
          "entities": [
            { "id": "quake/deaths", "name": "earthquake deaths", "cumulative": true }
          ],
          "claims": [
            { "id": "d1-wire", "kind": "observation", "subject": "quake/deaths", "value": "1,500", "time": "2023-02-06", "source": "wire-1" },
            { "id": "d1-daily", "kind": "observation", "subject": "quake/deaths", "value": "2,300", "time": "2023-02-06", "source": "daily-1" },
            { "id": "d2-wire", "kind": "observation", "subject": "quake/deaths", "value": "4,000", "time": "2023-02-07", "source": "wire-2" },
            { "id": "d2-post", "kind": "observation", "subject": "quake/deaths", "value": "more than 5,000", "time": "2023-02-07", "source": "post-2" },
            { "id": "d3-daily", "kind": "observation", "subject": "quake/deaths", "value": "7,200", "time": "2023-02-08", "source": "daily-3" },
            { "id": "d3-post", "kind": "observation", "subject": "quake/deaths", "value": "6,800", "time": "2023-02-08", "source": "post-3" },
            { "id": "homeless-1", "kind": "observation", "subject": "quake/homeless", "value": "120,000", "time": "2023-02-07", "source": "wire-2", "attribution": "the government" },
            { "id": "homeless-2", "kind": "observation", "subject": "quake/homeless", "value": "about 180,000", "time": "2023-02-07", "source": "daily-3", "attribution": "the government" }
          ]
        }
        """;

    [Fact]
    public void The_toll_falls_once_and_the_estimate_is_revised_and_nothing_else_is_found()
    {
        var claims = new ClaimSetReader().ReadString(Story).ClaimSet;
        var report = new FactChecker().Check(claims);
        report.Findings.Select(f => $"{f.RuleId} {f.Severity} {string.Join(",", f.Claims)}").Should().Equal(
            "FC012 Error d3-post,d3-daily",
            "FC013 Info homeless-2,homeless-1");
        report.Findings[0].Message.Should().Be("earthquake deaths is a running total, but it fell from 7,200 (daily-3) on 2023-02-08 to 6,800 (post-3) on 2023-02-08.");
        report.Findings[1].Message.Should().Be("quake/homeless on 2023-02-07 was revised from 120,000 (the government, wire-2) to ~180,000 (the government, daily-3).");
    }

    [Fact]
    public void The_story_saves_and_loads_back_to_the_same_bytes()
    {
        var claims = new ClaimSetReader().ReadString(Story).ClaimSet;
        var text = ClaimSetWriter.WriteToString(claims);
        text.Should().Contain("\"cumulative\": true");
        ClaimSetWriter.WriteToString(new ClaimSetReader().ReadString(text).ClaimSet).Should().Be(text);
    }
}
