using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>What the desk already knows (<c>--known</c>): groups, people and events matched by name and alias; its claims come along.</summary>
public class KnownDeskTests
{
    private static ClaimSet Known() => new ClaimSetBuilder("desk")
        .Source("desk-file", published: new LocalDate(2020, 8, 1))
        .Entity("afghan-mission", "US troops in Afghanistan", "group", "American soldiers in Afghanistan", "U.S. forces in Afghanistan")
        .Entity("kenneth-mckenzie", "Kenneth McKenzie", "person", "Frank McKenzie")
        .Entity("us-election-2020", "the presidential election", "event", "Election Day", "the presidential elections")
        .Entity("ruritania", "Ruritania", "country", "Ruritanian")
        .Add(new Observation("desk-afg", "afghan-mission", Quantity.Exactly(8_600), FuzzyTime.Month(2020, 8), provenance: new Provenance("desk-file")))
        .Build();

    [Fact]
    public void A_figure_whose_words_read_as_a_declared_group_gets_that_group_as_its_subject()
    {
        var draft = ExtractionHelpers.Extract("In Afghanistan, there are currently 8,600 American soldiers deployed there.", known: Known());

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("afghan-mission");
    }

    [Fact]
    public void A_figure_next_to_a_groups_alias_gets_that_group_as_its_subject()
    {
        var draft = ExtractionHelpers.Extract("Officials put U.S. forces in Afghanistan at 8,000 today.", known: Known());

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("afghan-mission");
    }

    [Fact]
    public void A_declared_event_named_by_an_alias_becomes_an_event_with_its_id()
    {
        var draft = ExtractionHelpers.Extract("Turnout is expected to be high on Election Day, November 3.", known: Known());

        draft.Claims<Event>().Should().ContainSingle().Which.Should().Match<Event>(e => e.Subject == "us-election-2020" && e.Time == FuzzyTime.Day(2020, 11, 3));
    }

    [Fact]
    public void A_mention_of_a_declared_person_by_an_alias_is_linked_to_them()
    {
        var draft = ExtractionHelpers.Extract("General Frank McKenzie, the commander of US Central Command, spoke in Baghdad.", known: Known());

        draft.Claims<Mention>().Should().ContainSingle().Which.Entity.Should().Be("kenneth-mckenzie");
    }

    [Fact]
    public void The_desks_own_places_name_where_a_figure_is()
    {
        var draft = ExtractionHelpers.Extract("There are currently 1,200 Ruritanian troops in Ruritania.", known: Known());

        draft.Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be("ruritania-troops/ruritania");
    }

    [Fact]
    public void The_known_claims_come_along_so_a_new_article_is_checked_against_them()
    {
        var draft = ExtractionHelpers.Extract("There are currently 4,000 American soldiers in Afghanistan.", known: Known());

        draft.Claims.FindClaim("desk-afg").Should().NotBeNull();
        draft.Claims.Sources.Select(s => s.Id).Should().Equal("desk-file", "a1");
        draft.ArticleOf(draft.Claims["desk-afg"]).Should().BeNull();
    }
}
