using System.Runtime.ExceptionServices;
using FactCheck.Extraction;
using FactCheck.Serialization;
using NodaTime;

namespace FactCheck.Cli;

/// <summary>Articles given on the command line (<c>*.md</c>, <c>*.txt</c>): read, dated, extracted, and located by line.</summary>
internal static class ArticleInput
{
    /// <summary>Whether <paramref name="path"/> names an article rather than a claim-set file.</summary>
    internal static bool IsArticle(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>The fewest files read side by side: a file takes some 40 µs to read and decode, the pool's first threads longer.</summary>
    internal const int ParallelFrom = 32;

    /// <summary>
    /// Reads the articles; a file that cannot be read or whose front matter is wrong is a problem naming it. Many files
    /// are read on every core, each into its own place, and then taken in the order given: the articles, their ids and
    /// the problems come out the same whichever thread read what.
    /// </summary>
    internal static List<Article> Load(IReadOnlyList<string> paths, LocalDate? published, List<string> problems)
    {
        var read = new (Article? Article, string? Problem)[paths.Count];
        if (paths.Count >= ParallelFrom)
        {
            // What Read does not expect (a fault of ours, no memory) comes out as itself, the first file's in order.
            var faults = new ExceptionDispatchInfo?[read.Length];
            Parallel.For(0, read.Length, i =>
            {
                try
                {
                    read[i] = Read(paths[i]);
                }
                catch (Exception e)
                {
                    faults[i] = ExceptionDispatchInfo.Capture(e);
                }
            });
            Array.Find(faults, f => f is not null)?.Throw();
        }
        else
        {
            for (var i = 0; i < read.Length; i++) read[i] = Read(paths[i]);
        }
        var articles = new List<Article>(read.Length);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < read.Length; i++)
        {
            var (article, problem) = read[i];
            if (article is null)
            {
                problems.Add(problem!);
                continue;
            }
            if (article.Published is null && published is { } date) article = article with { Published = date };
            if (!ids.Add(article.Id))
            {
                problems.Add($"{Portable(paths[i])}: another article has the source id '{article.Id}'; rename one of the files.");
                continue;
            }
            articles.Add(article);
        }
        return articles;
    }

    /// <summary>The article at <paramref name="path"/>, or the problem that keeps it from being read; never throws for a bad file.</summary>
    private static (Article?, string?) Read(string path)
    {
        try
        {
            return (Article.Load(path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException or NotSupportedException)
        {
            return (null, $"{Portable(path)}: the article cannot be read: {e.Message}");
        }
    }

    /// <summary>Reads <c>--published</c>; a bad date is a problem.</summary>
    internal static LocalDate? Date(string? text, List<string> problems)
    {
        if (text is null) return null;
        var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        if (parsed.Success) return parsed.Value;
        problems.Add($"--published '{text}' is not a date such as 2020-09-09.");
        return null;
    }

    /// <summary>Where each extracted claim's words stand: the article's file and line.</summary>
    internal static Dictionary<string, ClaimLocation> Locations(ExtractionResult extraction)
    {
        var locations = new Dictionary<string, ClaimLocation>(StringComparer.Ordinal);
        foreach (var claim in extraction.Claims.Claims)
        {
            if (extraction.ArticleOf(claim) is { Path: { } path } article && claim.Provenance.Span is { } span)
            {
                locations[claim.Id] = new ClaimLocation(path, article.LineOf(span.Start), 1);
            }
        }
        return locations;
    }

    private static string Portable(string path) => path.Replace('\\', '/');
}
