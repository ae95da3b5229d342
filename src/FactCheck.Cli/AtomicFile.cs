namespace FactCheck.Cli;

/// <summary>Writes a file beside its path and moves it into place once complete, so a failure half-way leaves the old file or none.</summary>
internal static class AtomicFile
{
    internal static bool TryWrite(string path, Action<Stream> write, out string failure)
    {
        var temporary = path + ".partial";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                write(stream);
            }
            File.Move(temporary, path, overwrite: true);
            failure = string.Empty;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // The user named the file, not the one written beside it.
            failure = e.Message.Replace(temporary, path, StringComparison.Ordinal);
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // Nothing was written either way; the first failure is the one to show.
            }
            return false;
        }
    }
}
