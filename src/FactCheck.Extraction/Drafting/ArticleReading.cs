using System.Runtime.ExceptionServices;

namespace FactCheck.Extraction.Drafting;

/// <summary>
/// Reads an extraction's articles, on several threads when there is text enough to share. An article is read whole by
/// one thread, with that thread's <see cref="ReaderScratch"/>, and what it gives is kept at the article's place: the
/// claims, their ids and the figures left out are the same whatever the number of threads and whichever read what,
/// since what the threads share (the <see cref="Desk"/>, the word lists, the gazetteer) they only read.
/// </summary>
internal static class ArticleReading
{
    /// <summary>
    /// The least text, in characters, read on more than one thread: some 3 ms of reading, far more than handing work to
    /// the thread pool, so that a single article or a handful, as the command checks with its claims, starts no thread.
    /// </summary>
    internal const int ParallelFrom = 64 * 1024;

    /// <summary>Each article's merged drafts and its reader (the figures it left out, the people it named), in the articles' order.</summary>
    internal static (List<Draft> Drafts, ArticleReader Reader)[] Read(IReadOnlyList<Article> articles, Desk desk, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var read = new (List<Draft>, ArticleReader)[articles.Count];
        var threads = Math.Min(Math.Min(maxDegreeOfParallelism, Environment.ProcessorCount), articles.Count);
        if (threads <= 1 || TextLength(articles) < ParallelFrom)
        {
            var scratch = new ReaderScratch();
            for (var i = 0; i < read.Length; i++) read[i] = ReadOne(articles[i], desk, scratch, cancellationToken);
            return read;
        }
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, read.Length, options, static () => new ReaderScratch(), (i, _, scratch) =>
            {
                read[i] = ReadOne(articles[i], desk, scratch, cancellationToken);
                return scratch;
            }, static _ => { });
        }
        catch (AggregateException e)
        {
            // What failed comes out as it was thrown, as when read on one thread.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return read;
    }

    private static (List<Draft>, ArticleReader) ReadOne(Article article, Desk desk, ReaderScratch scratch, CancellationToken cancellationToken)
    {
        var reader = new ArticleReader(article, desk, scratch);
        reader.Read(cancellationToken);
        return (DraftMerger.Merge(reader.Drafts), reader);
    }

    private static long TextLength(IReadOnlyList<Article> articles)
    {
        var length = 0L;
        for (var i = 0; i < articles.Count; i++) length += articles[i].Body.Length;
        return length;
    }
}
