using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using FactCheck.Extraction;

namespace FactCheck.Benchmarks;

/// <summary>
/// Extraction throughput: the sample articles (samples/articles), repeated to a corpus of N articles, extracted in one call.
/// Two sizes show that the cost is linear in the text; the MB/s column divides the corpus's UTF-16 characters (as MB of text)
/// by the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    private List<Article> corpus = [];

    [Params(100, 1_000)]
    public int Articles { get; set; }

    /// <summary>The corpus's size in characters, by article count, for the throughput column.</summary>
    internal static Dictionary<int, long> Characters { get; } = [];

    [GlobalSetup]
    public void Setup()
    {
        var directory = Path.Combine(RepositoryRoot(), "samples", "articles");
        var samples = Directory.GetFiles(directory, "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        corpus = Enumerable.Range(0, Articles).Select(i => Article.Parse("article-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), samples[i % samples.Length])).ToList();
        Characters[Articles] = corpus.Sum(a => (long)a.Body.Length);
    }

    [Benchmark(Description = "RuleBasedExtractor.Extract")]
    public int Extract() => new RuleBasedExtractor().Extract(corpus).Claims.Claims.Count;

    /// <summary>The repository above this program, else the working directory.</summary>
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactCheck.sln"))) return dir.FullName;
        }
        // BenchmarkDotNet runs the benchmark from a generated project below the repository's artifacts, or from the working directory.
        return Environment.CurrentDirectory;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }

    /// <summary>MB of article text extracted per second: the corpus's characters over the mean time.</summary>
    private sealed class ThroughputColumn : IColumn
    {
        public string Id => nameof(ThroughputColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes (10^6 characters) of article text extracted per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var articles = (int)benchmarkCase.Parameters["Articles"];
            if (report?.ResultStatistics is not { } statistics) return "-";
            // The benchmark runs in its own process: recompute the corpus's size here rather than share state.
            var characters = Characters.TryGetValue(articles, out var known) ? known : CorpusCharacters(articles);
            return (characters / 1e6 / (statistics.Mean / 1e9)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        private static long CorpusCharacters(int articles)
        {
            var benchmark = new ExtractionBenchmarks { Articles = articles };
            benchmark.Setup();
            return Characters[articles];
        }
    }
}
