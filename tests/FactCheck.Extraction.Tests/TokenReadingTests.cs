using CsCheck;
using FactCheck.Extraction.Drafting;
using FactCheck.Extraction.Reading;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Tests;

/// <summary>Tokens with shared strings, and the tense that governs each token, as the readers see them.</summary>
public class TokenReadingTests
{
    /// <summary>Characters that make every kind of token: letters of both cases, digits, group and decimal marks, inner apostrophes and hyphens, dotted initials, punctuation, non-ASCII letters.</summary>
    private static readonly Gen<string> Text = Gen.Char["aAbBzZ09,.;'-\u2019 \nÉé%$\u201C"].Array[0, 80].Select(static chars => new string(chars));

    [Fact]
    public void A_token_spelled_as_one_before_shares_its_spelling()
    {
        var texts = new TokenTexts();

        var first = texts.Of("Troops");
        var again = texts.Of("a Troops".AsSpan(2));

        again.Should().BeSameAs(first);
        again.Text.Should().Be("Troops");
        again.Lower.Should().Be("troops");
        texts.Count.Should().Be(1);
    }

    [Fact]
    public void Single_characters_are_read_without_being_held()
    {
        var texts = new TokenTexts();

        texts.Of(",").Text.Should().Be(",");
        texts.Of("A").Lower.Should().Be("a");
        texts.Of("A").Should().BeSameAs(texts.Of("A"), "one extraction's spellings are its own, and shared within it");
        texts.Count.Should().Be(0);
    }

    [Fact]
    public void The_table_holds_at_most_its_bound_and_still_reads_every_spelling()
    {
        var texts = new TokenTexts();

        for (var i = 0; i < TokenTexts.MaxHeld + 1_000; i++) texts.Of("Word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var past = texts.Of("Beyond");

        texts.Count.Should().BeLessThanOrEqualTo(TokenTexts.MaxHeld);
        (past.Text, past.Lower).Should().Be(("Beyond", "beyond"));
    }

    [Fact]
    public void Any_spelling_reads_as_its_own_text_and_lower_case()
    {
        var texts = new TokenTexts();
        // One table for every sample, so that later spellings meet earlier ones in it: one thread, as one extraction owns a table.
        Gen.Char["aAzZ09,É-"].Array[1, 12].Select(static chars => new string(chars)).Sample(spelling =>
        {
            var (text, lower) = (texts.Of(spelling).Text, texts.Of(spelling).Lower);
            return string.Equals(text, spelling, StringComparison.Ordinal) && string.Equals(lower, spelling.ToLowerInvariant(), StringComparison.Ordinal);
        }, iter: 2_000, threads: 1);
    }

    [Fact]
    public void A_word_list_answers_for_a_spelling_once_and_as_for_its_lower_case()
    {
        var texts = new TokenTexts();
        var will = new Token(0, 4, texts.Of("Will"), TokenKind.Word);
        var troops = new Token(5, 11, texts.Of("troops"), TokenKind.Word);

        Lexicon.Words.Future.Contains(will).Should().BeTrue();
        Lexicon.Words.Future.Contains(will with { Start = 20, End = 24 }).Should().BeTrue("the answer is the spelling's, remembered");
        Lexicon.Words.Future.Contains(troops).Should().BeFalse();
        Lexicon.Words.Past.Contains(will).Should().BeFalse("each list is a question of its own");
        Lexicon.Words.Future.Contains("Will").Should().BeFalse("a word list holds lower-case words, compared as written");
    }

    [Fact]
    public void A_character_beyond_the_first_plane_is_one_symbol()
    {
        const string Sentence = "8,600 \U0001F600 troops";
        var tokens = Tokenizer.Tokenize(Sentence, 0, Sentence.Length);

        tokens.Select(t => t.Text).Should().Equal("8,600", "\U0001F600", "troops");
        tokens[1].Kind.Should().Be(TokenKind.Symbol);
    }

    [Fact]
    public void An_article_with_emoji_is_extracted_and_every_quote_holds_whole_characters()
    {
        // Before the tokens kept pairs whole, a quote could end between the halves of an emoji, and the draft claim set
        // refused it: the command failed with an internal error.
        var text = File.ReadAllText(TestFiles.Sample(Path.Combine("articles", "portugal-election.md"))).Replace("Alliance won", "Alliance won\U0001F600", StringComparison.Ordinal);
        var extraction = new RuleBasedExtractor().Extract([Article.Parse("portugal", text)]);

        var quotes = extraction.Claims.Claims.Select(c => c.Provenance.Quote).OfType<string>().ToList();
        quotes.Should().NotBeEmpty();
        quotes.Should().OnlyContain(q => !char.IsHighSurrogate(q[q.Length - 1]) && !char.IsLowSurrogate(q[0]));
    }

    [Fact]
    public void Every_word_list_is_a_question_a_spelling_can_remember()
    {
        // Extracting the samples makes every reader's lists; a list past the spelling's bits would fail as its type is made.
        new RuleBasedExtractor().Extract([.. Directory.GetFiles(TestFiles.Sample("articles"), "*.md").Order(StringComparer.Ordinal).Select(Article.Load)]);

        Lexicon.WordList.Made.Should().BeInRange(20, Spelling.MaxQuestions);
    }

    [Fact]
    public void Tokens_with_shared_strings_are_the_tokens_without()
    {
        Text.Sample(static text =>
        {
            var texts = new TokenTexts();
            var shared = new List<Token>();
            Tokenizer.Tokenize(text, 0, text.Length, texts, shared);
            Tokenizer.Tokenize(text, 0, text.Length, texts, shared);
            return shared.SequenceEqual(Tokenizer.Tokenize(text, 0, text.Length));
        }, iter: 1_000);
    }

    [Fact]
    public void Each_token_takes_the_tense_of_the_nearest_mark_before_it_else_after_it_within_reach()
    {
        // Marks of every tense, "to" before a verb, semicolons, and words that mark nothing.
        var word = Gen.OneOf("will", "was", "has", "is", "to", "reduce", "reach", "be", "held", ";", "troops", "8,600", "in", "Iraq", "the");
        word.Array[1, 40].Sample(words =>
        {
            var tokens = words.Select((w, i) => new Token(i, i + 1, w, char.IsAsciiDigit(w[0]) ? TokenKind.Number : w == ";" ? TokenKind.Symbol : TokenKind.Word)).ToList();
            var sentence = new SentenceContext(0, words.Length, tokens);
            return Enumerable.Range(0, tokens.Count).All(i => sentence.TenseAt(i) == Scanned(tokens, i));
        }, iter: 2_000);
    }

    [Fact]
    public void A_sentence_of_more_tokens_than_the_marks_kept_on_the_stack_takes_the_same_tenses()
    {
        // Up to 256 tokens the marks are kept on the stack; a longer sentence (a list run together, a table read as text) is read alike.
        var word = Gen.OneOf("will", "was", "has", "is", "to", "reduce", "reach", ";", "troops", "8,600", "in", "the");
        word.Array[250, 300].Sample(words =>
        {
            var tokens = words.Select((w, i) => new Token(i, i + 1, w, char.IsAsciiDigit(w[0]) ? TokenKind.Number : w == ";" ? TokenKind.Symbol : TokenKind.Word)).ToList();
            var sentence = new SentenceContext(0, words.Length, tokens);
            return Enumerable.Range(0, tokens.Count).All(i => sentence.TenseAt(i) == Scanned(tokens, i));
        }, iter: 200);
    }

    [Theory]
    [InlineData("There are 8,600 troops ; he will go", 2, "Present")]
    [InlineData("He will cut troops to 4,000", 5, "Future")]
    [InlineData("Troops fell ; to 4,000 , he said", 3, "Present")]
    [InlineData("a b c d e f g h i j k l 4,000 was", 12, "Past")]
    [InlineData("will a b c d e f g h i j k l 4,000", 13, "Present")]
    [InlineData("4,000 a b c d e f was", 0, "Present")]
    [InlineData("4,000 a b c d e was", 0, "Past")]
    [InlineData("plans to reduce 4,000", 3, "Future")]
    public void A_tense_reaches_back_twelve_tokens_and_on_six_and_not_past_a_semicolon(string sentence, int token, string tense)
    {
        TenseOf(sentence, token).Should().Be(tense);
    }

    [Theory]
    [InlineData("troops have reached 4,000", 3, "Perfect")]
    [InlineData("troops have now reached 4,000", 4, "Perfect")]
    [InlineData("troops had reached 4,000", 3, "Past")]
    [InlineData("troops reached 4,000", 2, "Past")]
    [InlineData("troops has was 4,000", 3, "Past")]
    public void A_participle_after_has_or_have_is_the_perfect(string sentence, int token, string tense)
    {
        TenseOf(sentence, token).Should().Be(tense);
    }

    /// <summary>The tense <see cref="SentenceContext.TenseAt"/> gives token <paramref name="token"/> of words split at spaces.</summary>
    private static string TenseOf(string sentence, int token)
    {
        var words = sentence.Split(' ');
        var tokens = words.Select((w, i) => new Token(i, i + 1, w, TokenKind.Word)).ToList();
        return new SentenceContext(0, words.Length, tokens).TenseAt(token).ToString();
    }

    /// <summary>The rule as first written: from the token back up to twelve tokens, then forward up to six, stopping at a semicolon.</summary>
    private static Tense Scanned(List<Token> tokens, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 12); k--)
        {
            if (tokens[k].Text == ";") break;
            if (Mark(tokens, k) is { } tense) return tense;
        }
        for (var k = i + 1; k < Math.Min(tokens.Count, i + 7); k++)
        {
            if (tokens[k].Text == ";") break;
            if (Mark(tokens, k) is { } tense) return tense;
        }
        return Tense.Present;
    }

    private static Tense? Mark(List<Token> tokens, int k)
    {
        var w = tokens[k].Lower;
        if (k > 0 && tokens[k - 1].Is("to") && (w is "reach" or "have" or "be" || Lexicon.Words.ReduceVerbs.Contains(w) || Lexicon.Words.IncreaseVerbs.Contains(w))) return Tense.Future;
        if (Lexicon.Words.Future.Contains(w)) return Tense.Future;
        if (Lexicon.Words.Perfect.Contains(w)) return Tense.Perfect;
        // "will be held": a participle after "be" marks nothing; "has held" is the perfect.
        if (Lexicon.Words.Past.Contains(w))
        {
            if (k > 0 && tokens[k - 1].Is("be") && w is not ("was" or "were" or "had" or "did")) return null;
            return k > 0 && tokens[k - 1].Lower is "has" or "have" && w is not ("was" or "were" or "did") ? Tense.Perfect : Tense.Past;
        }
        if (Lexicon.Words.Present.Contains(w)) return Tense.Present;
        return null;
    }
}
