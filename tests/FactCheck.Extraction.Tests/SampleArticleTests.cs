namespace FactCheck.Extraction.Tests;

/// <summary>
/// The articles in samples/articles (written for these tests, in other domains than the seed): the claims each gives,
/// and the findings when they are checked together.
/// </summary>
public class SampleArticleTests
{
    private static ExtractionResult Extract(params string[] names) =>
        new RuleBasedExtractor().Extract(names.Select(n => Article.Load(TestFiles.Sample(Path.Combine("articles", n)))).ToList());

    private static string[] Summaries(ExtractionResult draft) =>
        draft.Claims.Claims.Where(c => c.Kind != ClaimKind.Mention).Select(c => c switch
        {
            Observation o => $"observation {o.Subject} {o.Value} {o.Time}",
            Target t => $"target {t.Subject} {t.Value} {t.Deadline?.ToString() ?? "open"}",
            Event e => $"event {e.Subject} {e.Time}",
            _ => c.ToString(),
        }).ToArray();

    [Fact]
    public void A_disaster_toll_over_days_gives_each_days_counts_and_the_shelter_goal()
    {
        Summaries(Extract("nepal-quake-day1.md", "nepal-quake-day3.md")).Should().Equal(
            "observation people-killed/nepal ≥120 2023-11-04",
            "observation people-injured/nepal >140 2023-11-04",
            "target people-housed/nepal 2,000 2023-11-06",
            "observation people-killed/nepal 312 2023-11-06",
            "observation people-housed/nepal 1,400 2023-11-06");
    }

    [Fact]
    public void A_disaster_headline_and_a_count_of_people_moved_are_not_figures()
    {
        Extract("nepal-quake-day3.md").Skipped.Select(s => (s.Quote, s.Reason)).Should().Contain(
            [("300", "a headline, which the article's text states in full"), ("85", "a movement, not a level")]);
    }

    [Fact]
    public void A_vaccination_goal_gives_the_target_the_count_so_far_and_the_coverage()
    {
        Summaries(Extract("kenya-vaccination-drive.md")).Should().Equal(
            "target people-vaccinated/kenya 10 million 2024-06-30",
            "event nakhumicha-statement 2024-03-14",
            "observation people-vaccinated/kenya ~4.2 million 2024-03-14",
            "observation doses/kenya 4.5 million 2024-03-14",
            "observation vaccination-coverage/kenya 68% 2024-03-14");
    }

    [Fact]
    public void An_election_gives_each_partys_seats_now_and_before_the_turnout_and_the_election_day()
    {
        Summaries(Extract("portugal-election.md")).Should().Equal(
            "observation democratic-alliance-seats/portugal 79 2024-03-10",
            "event portugal-parliamentary-election-2024 2024-03-10",
            "observation turnout/portugal 66.2% 2024-03-11",
            "observation voters/portugal ~6.2 million 2024-03-11",
            "observation socialists-seats/portugal 77 2024-03-10",
            "socialists-seats/portugal: a decrease from 2022-01-01 to 2024-03-10",
            "observation socialists-seats/portugal 120 2022");
    }

    [Fact]
    public void A_budget_gives_the_planned_and_the_past_budget_in_its_currency_words()
    {
        var draft = Extract("canada-defence-budget.md");

        Summaries(draft).Should().Equal(
            "target defence-budget/canada 35 billion 2026",
            "event freeland-statement 2024-04-16",
            "observation defence-budget/canada 30.5 billion 2023",
            "observation canada-troops/canada ~68,000 2024-04-16");
        draft.Claims.Claims.OfType<Target>().Single().Unit.Should().Be(Unit.Of("dollars"));
        draft.Skipped.Should().ContainSingle(s => s.Quote == "5,000" && s.Reason == "an addition, not a level");
    }

    [Fact]
    public void The_sample_articles_checked_together_give_a_missed_shelter_goal_and_two_gaps()
    {
        var draft = Extract("canada-defence-budget.md", "kenya-vaccination-drive.md", "nepal-quake-day1.md", "nepal-quake-day3.md", "portugal-election.md");

        new FactChecker().Check(draft.Claims).Findings.Select(f => $"{f.RuleId} {f.Subject}").Should().Equal(
            "FC003 people-housed/nepal",
            "FC002 defence-budget/canada",
            "FC002 people-vaccinated/kenya");
    }
}
