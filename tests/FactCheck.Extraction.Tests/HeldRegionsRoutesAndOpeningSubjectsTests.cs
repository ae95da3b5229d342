using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The fifty-second pass, from 30 articles written for it: the regions the news names are held (Spain's Andalusia and Canary
/// Islands, Kenya's Baringo, Nigeria's Kogi), so their figures are theirs and not their country's; a ranking's next place holds
/// its toll ("followed by Baringo with 19"); a region that records a toll keeps it; a route between two names is no place;
/// and a place the sentence opens with after "The" is its subject, as one with no article is.
/// </summary>
public class HeldRegionsRoutesAndOpeningSubjectsTests
{
    private static readonly LocalDate Sunday5May = new(2024, 5, 5);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Sunday5May);

    private static string[] Subjects(ExtractionResult draft) => [.. draft.Claims<Observation>().Select(static o => o.Subject.ToString())];

    [Theory]
    [InlineData("Andalusia's jobless rate rose to 16.0 percent from 15.1 percent at the end of last year.", "jobless-rate/andalusia")]
    [InlineData("Extremadura recorded the highest rate in the country, at 16.4 percent.", "rate/extremadura")]
    [InlineData("Flooding has killed 19 people in Baringo since March.", "people-killed/baringo")]
    [InlineData("Health workers confirmed 214 cases in Kigoma on Sunday.", "cases/kigoma")]
    public void A_region_the_news_names_is_held_and_its_figure_is_its_own(string sentence, string subject) =>
        Subjects(Extract("The national figures were released on Sunday. " + sentence)).Should().Contain(subject);

    [Fact]
    public void A_ranked_place_before_with_holds_its_toll()
    {
        var draft = Extract("Flooding has killed 58 people across Kenya since March. Nakuru county has recorded the highest toll, with 27 deaths, followed by Baringo with 19.");

        Subjects(draft).Should().Equal("people-killed/kenya", "people-killed/nakuru", "people-killed/baringo");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void A_region_that_records_a_toll_keeps_it()
    {
        var draft = Extract("At least 312 people have been killed on Nigeria's roads this month. Officials in Kogi State, a transit point between the north and south, reported 21 deaths.");

        Subjects(draft).Should().Equal("people-killed/nigeria", "people-killed/kogi");
    }

    [Fact]
    public void A_toll_in_a_city_that_is_not_the_reporter_stays_the_countrys()
    {
        Subjects(Extract("Missile attacks in Baghdad have killed at least three American soldiers.")).Should().Equal("us-soldiers-killed/iraq");
    }

    [Fact]
    public void A_route_between_two_names_is_no_place()
    {
        var draft = Extract("At least 312 people have been killed on Nigeria's roads this month. The Lagos–Ibadan Expressway accounted for 38 deaths.");

        Subjects(draft).Should().Equal("people-killed/nigeria");
        draft.ReasonLeftOut("38").Should().NotBeNull();
        draft.RulesFound().Should().BeEmpty();
    }

    [Theory]
    [InlineData("The Canary Islands recorded 500 cases.", "cases/canary-islands")]
    [InlineData("The Canary Islands was one of the few regions where the situation improved, with its jobless rate falling to 14.2% from 13.7% three months earlier.", "jobless-rate/canary-islands")]
    [InlineData("The Netherlands recorded 500 cases.", "cases/netherlands")]
    public void A_place_that_opens_the_sentence_after_The_is_its_subject(string sentence, string subject) =>
        Subjects(Extract("Spain's unemployment rate rose to 11.36% in the first quarter. " + sentence)).Should().Contain(subject).And.NotContain(s => s != subject && s != "unemployment-rate/spain");

    [Fact]
    public void A_body_the_place_only_begins_is_no_subject_of_the_sentence()
    {
        ExtractionHelpers.OnlyLevelSubject("The Lagos Business School said 1,200 students graduated in 2024.", Sunday5May).Should().Be("students/nigeria");
    }

    [Fact]
    public void A_spaced_dash_is_an_aside_and_keeps_its_place()
    {
        Subjects(Extract("Health workers confirmed 214 cases in Kigoma – a town on Lake Tanganyika – on Sunday.")).Should().Equal("cases/kigoma");
    }

    [Fact]
    public void A_toll_in_a_neighbouring_region_is_the_regions()
    {
        var draft = Extract("An earthquake killed 14 people in eastern Turkey on Sunday. Nine of the dead were in Elazig province and five in neighbouring Malatya, AFAD said in a statement on Sunday evening.");

        Subjects(draft).Should().Equal("people-killed/turkey", "people-killed/elazig", "people-killed/malatya");
        draft.RulesFound().Should().BeEmpty();
    }

    // From the review of the first round.

    [Fact]
    public void An_unspaced_em_dash_after_a_dateline_is_no_route()
    {
        Subjects(Extract("NAIROBI—Kenya recorded 40 cholera deaths in March.")).Should().Equal("people-killed/kenya");
    }

    [Theory]
    [InlineData("Floods swept Pakistan in March. Officials in Sindh province reported 1,700 deaths nationwide.", "people-killed/pakistan")]
    [InlineData("An earthquake struck southern Turkey in February. Officials in Istanbul reported 45,000 deaths.", "people-killed/turkey")]
    [InlineData("At least 312 people have been killed on Nigeria's roads this month. Officials in Kogi State said 21 people died.", "people-killed/kogi")]
    public void Only_a_region_named_with_its_kind_that_tells_a_toll_of_its_own_keeps_it(string text, string subject) =>
        Subjects(Extract(text)).Should().EndWith(subject);

    [Fact]
    public void Its_after_a_second_place_is_that_places()
    {
        Subjects(Extract("Catalonia saw 40,000 arrivals; Spain said its rate of arrivals rose to 12%.")).Should().Equal("arrivals/catalonia", "rate/spain");
    }

    [Fact]
    public void A_place_describing_a_person_after_The_is_no_subject()
    {
        Subjects(Extract("The Texas congressman said 853 migrants died crossing the southern border in 2023.")).Should().Equal("migrants-killed/us");
    }

    [Theory]
    [InlineData("Hurricane Florence killed 53 people in the United States in 2018.", "people-killed/us")]
    [InlineData("Baja California Sur recorded 40 homicides in March.", "homicides/baja-california-sur")]
    public void A_name_two_places_share_or_a_longer_name_is_not_read_as_a_held_one(string sentence, string subject) =>
        Subjects(Extract(sentence)).Should().Equal(subject);
}
