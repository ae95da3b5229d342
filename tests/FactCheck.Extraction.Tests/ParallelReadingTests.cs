using CsCheck;
using FactCheck.Extraction.Drafting;
using FactCheck.Extraction.Text;
using FactCheck.Serialization;
using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>Articles read on several threads give what they give on one (<see cref="RuleBasedExtractor.MaxDegreeOfParallelism"/>).</summary>
public sealed class ParallelReadingTests
{
    /// <summary>Every sentence of the sample articles and the seeds: articles made of them meet every reader.</summary>
    private static readonly string[] Sentences = SentencesOf(
        Directory.GetFiles(TestFiles.Sample("articles"), "*.md").Order(StringComparer.Ordinal).Select(Article.Load).Concat(TestFiles.Seeds()));

    private static readonly ClaimSet Desk = new ClaimSetBuilder("desk")
        .Source("desk-file", published: new LocalDate(2020, 8, 1))
        .Entity("afghan-mission", "US troops in Afghanistan", "group", "American soldiers in Afghanistan")
        .Entity("kenneth-mckenzie", "Kenneth McKenzie", "person", "Frank McKenzie")
        .Entity("us-election-2020", "the presidential election", "event", "Election Day")
        .Build();

    [Fact]
    public void Many_articles_read_on_every_core_give_the_claims_ids_and_left_out_figures_of_one_thread()
    {
        var articles = Archive();
        articles.Sum(a => a.Body.Length).Should().BeGreaterThanOrEqualTo(ArticleReading.ParallelFrom, "the articles must be enough to be read on several threads");

        var one = Written(new RuleBasedExtractor { MaxDegreeOfParallelism = 1 }.Extract(articles, Desk));
        var many = Written(new RuleBasedExtractor { MaxDegreeOfParallelism = 4 }.Extract(articles, Desk));

        many.Should().Be(one);
        one.Should().Contain("\"a59-1\"", "every article gives claims");
    }

    [Fact]
    public void Any_articles_made_of_news_sentences_give_the_same_draft_on_one_thread_and_on_many()
    {
        var article = Gen.Int[0, Sentences.Length - 1].Array[1, 40];
        article.Array[40, 80].Sample(bodies =>
        {
            var articles = bodies.Select((sentences, i) => Made(i, sentences)).ToList();
            return Written(new RuleBasedExtractor { MaxDegreeOfParallelism = 1 }.Extract(articles)) == Written(new RuleBasedExtractor().Extract(articles));
        }, iter: 20);
    }

    [Fact]
    public void A_cancelled_extraction_of_many_articles_throws_the_cancellation_itself()
    {
        var articles = Enumerable.Range(0, 60).Select(i => Made(i, Enumerable.Range(0, 20).Select(k => (i + k) % Sentences.Length))).ToList();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var extract = () => new RuleBasedExtractor().Extract(articles, cancellationToken: cancelled.Token);

        extract.Should().Throw<OperationCanceledException>().Which.Should().NotBeOfType<AggregateException>();
    }

    [Fact]
    public void An_extraction_cancelled_while_its_articles_are_read_throws_the_cancellation_itself()
    {
        using var source = new CancellationTokenSource();
        // The thirtieth article cancels the extraction as it is taken up: the rest are read on both cores meanwhile.
        var articles = new Tripwire(Archive(), i => i == 30, _ => source.Cancel());

        var extract = () => new RuleBasedExtractor().Extract(articles, cancellationToken: source.Token);

        extract.Should().Throw<OperationCanceledException>().Which.CancellationToken.Should().Be(source.Token);
    }

    [Fact]
    public void A_failure_in_reading_comes_out_as_itself_and_from_the_first_article_in_order_that_failed()
    {
        // Article 17 fails, and so does every one from 40 on; on several cores 17 only once a later one has failed
        // (or after a while), so that the first to fail is not the first in order. The first in order comes out, as
        // on one thread.
        for (var run = 0; run < 3; run++)
        {
            using var later = new ManualResetEventSlim();
            var articles = new Tripwire(Archive(), i => i == 17 || i >= 40, i =>
            {
                if (i == 17 && Environment.ProcessorCount > 1) later.Wait(TimeSpan.FromSeconds(2));
                else later.Set();
                throw new InvalidOperationException($"article {i}");
            });

            var extract = () => new RuleBasedExtractor().Extract(articles);

            extract.Should().Throw<InvalidOperationException>().WithMessage("article 17")
                .Which.StackTrace.Should().Contain(nameof(Drafting.ArticleReading), "the failure is the reader's, as it was thrown");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Fewer_than_one_article_at_a_time_is_refused(int degree)
    {
        var make = () => new RuleBasedExtractor { MaxDegreeOfParallelism = degree };

        make.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxDegreeOfParallelism");
    }

    [Fact]
    public void One_article_at_a_time_is_allowed_and_the_default_is_the_processor_count()
    {
        new RuleBasedExtractor { MaxDegreeOfParallelism = 1 }.MaxDegreeOfParallelism.Should().Be(1);
        new RuleBasedExtractor().MaxDegreeOfParallelism.Should().Be(Environment.ProcessorCount);
    }

    private static List<Article> Archive() =>
        [.. Enumerable.Range(0, 60).Select(i => Made(i, Enumerable.Range(0, 20).Select(k => (i * 7 + k * 13) % Sentences.Length)))];

    private static Article Made(int number, IEnumerable<int> sentences) =>
        new("a" + number, string.Join(" ", sentences.Select(k => Sentences[k])), new LocalDate(2020, 9, 9));

    private static string Written(ExtractionResult extraction) =>
        ClaimSetWriter.WriteToString(extraction.Claims) + string.Join("\n", extraction.Skipped);

    private static string[] SentencesOf(IEnumerable<Article> articles) =>
        [.. articles.SelectMany(a => SentenceSplitter.Split(a.Body).Select(s => a.Body[s.Start..s.End].Trim())).Where(s => s.Length > 0 && s[0] != '#' && s[0] != '-')];

    /// <summary>
    /// Articles of which some do something as they are taken up for reading: the extractor checks and measures them by
    /// enumerating, and takes each by its index first to read it (then again to put the drafts together).
    /// </summary>
    private sealed class Tripwire(List<Article> articles, Func<int, bool> trips, Action<int> trip) : IReadOnlyList<Article>
    {
        private readonly int[] asked = new int[articles.Count];

        public Article this[int index]
        {
            get
            {
                if (Interlocked.Increment(ref asked[index]) == 1 && trips(index)) trip(index);
                return articles[index];
            }
        }

        public int Count => articles.Count;

        public IEnumerator<Article> GetEnumerator() => articles.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
