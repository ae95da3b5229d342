namespace FactCheck.Cli;

/// <summary>How large the command's input is, to decide what a run is worth (progress, huge pages) before reading it.</summary>
internal static class InputSize
{
    /// <summary>
    /// The bytes of <paramref name="files"/> together, at most <see cref="long.MaxValue"/>; a file that cannot be read
    /// counts as empty, for the reader reports it properly.
    /// </summary>
    internal static long Of(IEnumerable<string> files)
    {
        long size = 0;
        foreach (var file in files)
        {
            try
            {
                size = Add(size, new FileInfo(file).Length);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // Only sizes the run.
            }
        }
        return size;
    }

    /// <summary>
    /// <paramref name="total"/> and <paramref name="bytes"/> (neither negative) together, or <see cref="long.MaxValue"/>
    /// when that is more: the same file named many times must not wrap round to a small run.
    /// </summary>
    internal static long Add(long total, long bytes) => bytes > long.MaxValue - total ? long.MaxValue : total + bytes;
}
