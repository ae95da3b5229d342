using System.Runtime.ExceptionServices;

namespace FactCheck.Extraction.Drafting;

/// <summary>
/// Reads an extraction's articles, on several threads when there is text enough to share. An article is read whole by
/// one worker, with that worker's <see cref="ReaderScratch"/>, and what it gives is kept at the article's place: the
/// claims, their ids and the figures left out are the same whatever the number of threads and whichever read what,
/// since what the workers share (the <see cref="Desk"/>, the word lists, the gazetteer) they only read.
/// </summary>
internal static class ArticleReading
{
    /// <summary>
    /// The least text, in characters, read on more than one thread: some 3 ms of reading, far more than handing work to
    /// the thread pool, so that a single article or a handful, as the command checks with its claims, starts no thread.
    /// </summary>
    internal const int ParallelFrom = 64 * 1024;

    /// <summary>What reading one article gives: its drafts, merged, the figures it left out and the people it named.</summary>
    internal readonly record struct Read(List<Draft> Drafts, List<Skipped> Skipped, Dictionary<string, int> PersonCounts);

    /// <summary>Each article's reading, in the articles' order; <paramref name="textLength"/> is their bodies' characters in all.</summary>
    /// <exception cref="OperationCanceledException">The extraction was cancelled.</exception>
    /// <remarks>
    /// What a reader throws comes out as itself, and on many threads it is the one the first article in order that
    /// failed threw, as on one thread: a worker that fails stops the loop at that article, and every article before it
    /// is still read. A failure other than the cancellation wins over it.
    /// </remarks>
    internal static Read[] ReadAll(IReadOnlyList<Article> articles, long textLength, Desk desk, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var read = new Read[articles.Count];
        var threads = Math.Min(Math.Min(maxDegreeOfParallelism, Environment.ProcessorCount), articles.Count);
        if (threads <= 1 || textLength < ParallelFrom)
        {
            var scratch = new ReaderScratch();
            for (var i = 0; i < read.Length; i++) read[i] = ReadOne(articles[i], desk, scratch, cancellationToken);
            return read;
        }
        var failures = new Exception?[read.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        Parallel.For(0, read.Length, options, static () => new ReaderScratch(), (i, loop, scratch) =>
        {
            try
            {
                read[i] = ReadOne(articles[i], desk, scratch, cancellationToken);
            }
            catch (Exception e)
            {
                failures[i] = e;
                loop.Break();
            }
            return scratch;
        }, static _ => { });
        var failed = Array.FindIndex(failures, e => e is not null and not OperationCanceledException);
        if (failed < 0) failed = Array.FindIndex(failures, e => e is not null);
        if (failed >= 0) ExceptionDispatchInfo.Capture(failures[failed]!).Throw();
        return read;
    }

    private static Read ReadOne(Article article, Desk desk, ReaderScratch scratch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var reader = new ArticleReader(article, desk, scratch);
        reader.Read(cancellationToken);
        KindOfCases.NameTheOne(reader.Drafts);
        return new Read(DraftMerger.Merge(reader.Drafts), reader.Skipped, reader.PersonCounts);
    }
}
