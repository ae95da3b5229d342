using FactCheck.Extraction.Text;
using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>Sentences, front matter and times as the extractor reads them.</summary>
public class TextReadingTests
{
    private static List<string> Sentences(string text) => SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToList();

    [Theory]
    [InlineData("Gen. Kenneth McKenzie spoke. He left.", "Gen. Kenneth McKenzie spoke.")]
    [InlineData("The U.S. military spoke. It left.", "The U.S. military spoke.")]
    [InlineData("It ends on Jan. 15 this year. Then more.", "It ends on Jan. 15 this year.")]
    [InlineData("Mr. Smith and Dr. Jones met. They spoke.", "Mr. Smith and Dr. Jones met.")]
    public void Sentences_survive_abbreviations(string text, string first)
    {
        var sentences = Sentences(text);

        sentences.Should().HaveCount(2);
        sentences[0].Should().Be(first);
    }

    [Fact]
    public void A_sentence_ends_after_a_dotted_abbreviation_before_a_word_that_starts_one()
    {
        Sentences("Troops returned to the U.S. The next day they rested.").Should().HaveCount(2);
    }

    [Fact]
    public void Blank_lines_and_headings_end_sentences_and_soft_line_breaks_do_not()
    {
        Sentences("# Title\nFirst line\nwraps here.\n\nNew paragraph").Should().Equal("# Title", "First line\nwraps here.", "New paragraph");
    }

    [Fact]
    public void Front_matter_gives_the_fields_and_the_body_starts_after_it()
    {
        var article = Article.Parse("wire", "---\ntitle: A title\npublisher: AFP\npublished: 2020-09-09\nurl: https://example.org/a\n---\nBody line.\nSecond line.");

        (article.Title, article.Publisher, article.Published, article.Url).Should().Be(("A title", "AFP", new LocalDate(2020, 9, 9), "https://example.org/a"));
        article.Body.Should().Be("Body line.\nSecond line.");
        article.FirstBodyLine.Should().Be(7);
        article.LineOf(article.Body.IndexOf("Second", StringComparison.Ordinal)).Should().Be(8);
    }

    [Fact]
    public void A_plain_text_article_takes_its_short_first_line_as_the_title()
    {
        Article.Parse("wire", "Troops cut in Iraq\n\nThe United States said so.").Title.Should().Be("Troops cut in Iraq");
    }

    [Theory]
    [InlineData("000_12eb7d7e5e981057", "000-12eb7d7e5e981057")]
    [InlineData("Kenneth McKenzie", "kenneth-mckenzie")]
    [InlineData("O'Brien's report", "obriens-report")]
    [InlineData("---", "article")]
    public void Slugs_are_lower_case_ascii_words_joined_by_dashes(string text, string slug) => Slug.Of(text).Should().Be(slug);

    [Theory]
    [InlineData("The US will cut its troops in Iraq to 3,000 by November 3.", "2020-11-03")]
    [InlineData("The US will cut its troops in Iraq to 3,000 by March 1.", "2021-03-01")]
    public void A_year_less_deadline_in_the_future_tense_is_the_one_ahead(string text, string deadline)
    {
        ExtractionHelpers.Extract(text).Claims<Target>().Should().ContainSingle().Which.Deadline.Should().Be(FuzzyTime.Parse(deadline));
    }

    [Fact]
    public void A_year_less_date_in_the_past_tense_is_the_one_behind()
    {
        var draft = ExtractionHelpers.Extract("There were 4,000 American soldiers in Syria on November 3.");

        draft.Claims<Observation>().Should().ContainSingle().Which.Time.Should().Be(FuzzyTime.Day(2019, 11, 3));
    }
}
