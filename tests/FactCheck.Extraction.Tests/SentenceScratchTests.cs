using FactCheck.Extraction.Drafting;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// A reader keeps its working sets from sentence to sentence (<see cref="ReaderScratch"/>), cleared for each: what one
/// sentence marked at a token number says nothing of the next sentence's token with that number.
/// </summary>
public sealed class SentenceScratchTests
{
    [Fact]
    public void A_time_in_one_sentence_does_not_hide_the_figure_at_its_token_number_in_the_next()
    {
        // "5 March 2020" is tokens 1 to 3 of the first sentence; "4,000" is token 2 of the second.
        var extraction = ExtractionHelpers.Extract("On 5 March 2020, 8,600 troops were in Afghanistan, officials said. There are 4,000 troops in Iraq, officials said.");

        extraction.Claims<Observation>().Select(o => o.Value.ToString()).Should().Equal("8,600", "4,000");
    }

    [Fact]
    public void A_full_name_in_one_sentence_does_not_hide_a_bare_surname_at_its_token_number_in_the_next()
    {
        // "Kenneth McKenzie" is tokens 1 and 2 of the first sentence; the bare "McKenzie" is token 2 of the second.
        var extraction = ExtractionHelpers.Extract(
            "General Kenneth McKenzie said 8,600 troops were in Afghanistan on 9 September 2020. Later, McKenzie said 4,000 troops were in Iraq on 9 September 2020.");

        extraction.Claims<Observation>().Select(o => o.Provenance.Attribution).Should().Equal("Kenneth McKenzie", "Kenneth McKenzie");
    }

    [Fact]
    public void The_first_and_last_items_a_test_accepts_are_found_with_its_state()
    {
        List<string> words = ["troops", "in", "Iraq", "in", "Syria"];

        words.FirstWhere("in", static (w, s) => w == s).Should().BeSameAs(words[1]);
        words.LastWhere(3, static (w, length) => w.Length > length).Should().Be("Syria");
        words.LastWhere(5, static (w, length) => w.Length == length && w != "Syria").Should().BeNull();
        words.FirstWhere(9, static (w, length) => w.Length > length).Should().BeNull();
    }
}
