using FactCheck.Checking;
using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The forty-fourth pass, from what the judges of the forty-third still found wrong and what a desk exists to catch: an
/// institution that is its sentence's subject owns the figure (a university's students were held against the country's); a
/// movement's way is the one the text states, so that "rose" between two figures that fell is found; a dateline's date is no
/// figure's time; rates named by more nouns; a goal's percentage after a level names what the level names; and a percentage
/// is no count of what its noun counts.
/// </summary>
public class InstitutionsWaysAndDatelinesTests
{
    private static readonly LocalDate Thursday12June = new(2025, 6, 12);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Thursday12June);

    [Theory]
    [InlineData("Ireland's airports were busy. Cork Airport, the country's second-largest, reported 3.2 million passengers last year.", "3.2 million", "passengers/cork-airport")]
    [InlineData("Ireland's airports were busy. Dublin handled more, while Shannon Airport in County Clare handled 1.9 million passengers last year.", "1.9 million", "passengers/shannon-airport")]
    [InlineData("Canada has 1.37 million students. The University of Toronto reported 97,066 students this year.", "97,066", "students/university-of-toronto")]
    [InlineData("Jamaica's universities grew. The University of the West Indies enrolled 50,000 students this year.", "50,000", "students-enrolled/university-of-the-west-indies")]
    [InlineData("South Africa's prisons are full. Pollsmoor Prison held 8,900 inmates in March.", "8,900", "inmates/pollsmoor-prison")]
    public void An_institution_that_is_the_subject_owns_the_figure(string text, string quote, string subject)
    {
        Extract(text).Claims<Observation>().Should().ContainSingle(o => o.Value == Quantity.Parse(quote)).Which.Subject.Should().Be(subject);
    }

    [Fact]
    public void A_universitys_students_are_no_longer_held_against_the_countrys()
    {
        var draft = Extract("Canada had 1.37 million students last year. The University of Toronto reported 97,066 students this year, up 0.8%.");

        draft.Claims<Change>().Should().ContainSingle().Which.Subject.Should().Be("students/university-of-toronto");
        new FactChecker().Check(draft.Claims).Findings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Kenya's hospitals are full. Kenyatta National Hospital said 20 people died on Monday.", "20", "people-killed/kenya")]
    [InlineData("Foreign students fell. Harvard University said the US had 1.1 million international students in 2024.", "1.1 million", "students/us")]
    [InlineData("Ireland's airports were busy. The airport handled 33.4 million passengers last year.", "33.4 million", "passengers/ireland")]
    [InlineData("Kenya's ports were busy. Mombasa port handled 1.6 million TEU last year.", "1.6 million", "throughput/mombasa")]
    public void A_toll_a_place_the_figure_names_a_nameless_site_and_a_port_keep_their_place(string text, string quote, string subject)
    {
        Extract(text).Claims<Observation>().Should().ContainSingle(o => o.Value == Quantity.Parse(quote)).Which.Subject.Should().Be(subject);
    }

    [Fact]
    public void A_rise_the_figures_do_not_bear_out_is_drafted_as_stated_and_found()
    {
        var draft = Extract("NAIROBI, June 12 - Kenya's unemployment rate rose from 5.6% in 2023 to 4.9% in 2024, the statistics bureau said.");

        draft.Claims<Change>().Should().ContainSingle().Which.Direction.Should().Be(ChangeDirection.Increase);
        new FactChecker().Check(draft.Claims).Findings.Should().ContainSingle().Which.RuleId.Should().Be("FC004");
    }

    [Theory]
    [InlineData("Kenya's unemployment rate fell sharply to 4.9% in 2024 from 5.6% in 2023.", ChangeDirection.Decrease)]
    [InlineData("Kenya's unemployment rate was 4.9% in 2024, up from 5.6% in 2023.", ChangeDirection.Increase)]
    [InlineData("Kenya's unemployment rate went from 5.6% in 2023 to 4.9% in 2024.", ChangeDirection.Decrease)]
    [InlineData("Kenya's unemployment rate went from 4.9% in 2023 to 5.6% in 2024.", ChangeDirection.Increase)]
    public void A_movements_way_is_its_words_else_its_figures(string text, ChangeDirection way)
    {
        Extract(text).Claims<Change>().Should().ContainSingle().Which.Direction.Should().Be(way);
    }

    [Theory]
    [InlineData("ACCRA, June 12 - Ghana vaccinated 1.2 million children against measles in May.")]
    [InlineData("ACCRA, June 12 (Reuters) - Ghana vaccinated 1.2 million children against measles in May.")]
    public void A_datelines_date_is_no_figures_time(string text)
    {
        var draft = Extract(text);

        draft.Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Month(2025, 5));
        draft.Skipped.Should().BeEmpty("the dateline's day is no figure either");
    }

    [Theory]
    [InlineData("In Ireland, punctuality on long-distance routes fell to 62.5% last year.", "long-distance-punctuality/ireland")]
    [InlineData("Adult literacy in Malawi stood at 68% in 2023.", "adult-literacy/malawi")]
    [InlineData("In Kenya, school attendance fell to 85% in March.", "school-attendance/kenya")]
    public void A_rate_named_by_its_noun_is_drafted(string text, string subject)
    {
        Extract(text).Claims<Observation>().Should().ContainSingle().Which.Subject.Should().Be(subject);
    }

    [Fact]
    public void A_goal_after_a_level_is_a_goal_of_what_the_level_measures()
    {
        var draft = Extract("In Kenya, measles coverage stood at 62% in 2023, below the government's target of 95% by 2027.");

        var goal = draft.Claims<Target>().Should().ContainSingle().Subject;
        goal.Subject.Should().Be("measles-coverage/kenya");
        goal.Value.Should().Be(Quantity.Parse("95%"));
    }

    [Fact]
    public void A_goal_with_no_level_before_it_names_nothing()
    {
        Extract("In Kenya, the government's target of 95% by 2027 was restated.").ReasonLeftOut("95%").Should().Be("a percentage of nothing named");
    }

    [Fact]
    public void A_percentage_is_no_count_of_what_its_noun_counts()
    {
        Extract("Attendance in Kenya's primary schools fell to 85% in February.").Claims<Observation>().Should().ContainSingle().Which.Unit.IsNone.Should().BeTrue();
    }

    [Fact]
    public void A_figure_joined_by_and_shares_the_area_of_the_one_before()
    {
        var draft = Extract("Malawi has 3,000 cholera cases. Phalombe district accounted for 1,286 cases and 41 deaths as of Sunday.");

        draft.Claims<Observation>().Should().Contain(o => o.Value == Quantity.Parse("41")).Which.Subject.Should().Be("people-killed/phalombe-district");
    }

    [Fact]
    public void A_breakdown_by_place_gives_the_wholes_measure_in_each_place_as_listed_parts()
    {
        var draft = Extract("Kenya vaccinated 1.2 million children in May, including 800,000 in Nairobi and 300,000 in Mombasa.");

        draft.Claims<Observation>().Select(o => o.Subject).Should().Equal("children-vaccinated/kenya", "children-vaccinated/nairobi", "children-vaccinated/mombasa");
        draft.Claims.Relations.Should().Contain(r => r.ListsParts && r.Whole == "children-vaccinated/kenya" && r.Parts.SequenceEqual(new[] { "children-vaccinated/nairobi", "children-vaccinated/mombasa" }));
        new FactChecker().Check(draft.Claims).Findings.Should().BeEmpty("800,000 and 300,000 are within 1.2 million");
    }

    [Fact]
    public void Parts_that_add_up_to_more_than_their_whole_are_found()
    {
        var draft = Extract("Kenya vaccinated 1.2 million children in May, including 800,000 in Nairobi and 600,000 in Mombasa.");

        new FactChecker().Check(draft.Claims).Findings.Should().ContainSingle().Which.RuleId.Should().Be("FC016");
    }

    [Fact]
    public void A_breakdown_into_areas_named_with_their_kind_lists_them()
    {
        var draft = Extract("Ghana vaccinated 1.2 million children in May, including 800,000 in the Ashanti region and 100,000 in Volta Region.");

        draft.Claims<Observation>().Select(o => o.Subject).Should().Equal("children-vaccinated/ghana", "children-vaccinated/ashanti-region", "children-vaccinated/volta-region");
    }

    [Fact]
    public void A_part_in_another_country_is_no_part_of_the_wholes_place()
    {
        var draft = Extract("Kenya vaccinated 1.2 million children in May, including 800,000 in Uganda.");

        draft.Claims<Observation>().Should().ContainSingle();
        draft.ReasonLeftOut("800,000").Should().Be("a part of a figure before it, not a level");
    }
}
