namespace FactCheck.Cli;

/// <summary>How large the command's input is, to decide what a run is worth (progress, huge pages) before reading it.</summary>
internal static class InputSize
{
    /// <summary>The bytes of <paramref name="files"/> together; a file that cannot be read counts as empty, for the reader reports it properly.</summary>
    internal static long Of(IEnumerable<string> files)
    {
        long size = 0;
        foreach (var file in files)
        {
            try
            {
                size += new FileInfo(file).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // Only sizes the run.
            }
        }
        return size;
    }
}
