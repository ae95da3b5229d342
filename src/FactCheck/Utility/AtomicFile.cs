namespace FactCheck.Utility;

/// <summary>
/// Writes a file whole or not at all: into a temporary file beside it, moved into place once complete, so that a
/// failure half-way (a full disk, a throwing writer) leaves the old file, or none, and never half of one.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Replaces <paramref name="path"/> with what <paramref name="write"/> writes to the stream it is given.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names <paramref name="path"/>, not the temporary file.</exception>
    /// <exception cref="UnauthorizedAccessException">Writing there is not allowed; the message names <paramref name="path"/>.</exception>
    internal static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var temporary = path + ".partial";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                write(stream);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Delete(temporary);
            // The caller named the file, not the one written beside it.
            var message = e.Message.Replace(temporary, path, StringComparison.Ordinal);
            if (e is UnauthorizedAccessException) throw new UnauthorizedAccessException(message, e);
            throw new IOException(message, e);
        }
        catch
        {
            Delete(temporary);
            throw;
        }
    }

    /// <summary>As <see cref="Write"/>, but a failure to write is returned as its message instead of thrown.</summary>
    /// <param name="path">The file to replace.</param>
    /// <param name="write">Writes the content.</param>
    /// <param name="failure">Why the file could not be written, naming <paramref name="path"/>; empty on success.</param>
    /// <returns>Whether the file was written.</returns>
    internal static bool TryWrite(string path, Action<Stream> write, out string failure)
    {
        try
        {
            Write(path, write);
            failure = string.Empty;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            failure = e.Message;
            return false;
        }
    }

    private static void Delete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Nothing was written either way; the first failure is the one to report.
        }
    }
}
