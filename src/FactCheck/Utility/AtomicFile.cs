namespace FactCheck.Utility;

/// <summary>
/// Writes a file whole or not at all: into a temporary file beside it, moved into place once complete, so that a
/// failure half-way (a full disk, a throwing writer) leaves the old file, or none, and never half of one.
/// </summary>
/// <remarks>
/// A symbolic link is followed: the file it points to is replaced and the link stays. The replaced file's permissions
/// are kept. The temporary file has a name of its own (<c>NAME.RANDOM.partial</c>), made new, so that no file already
/// there is written over. What cannot be replaced by another file is written as it stands, not whole or not at all:
/// on Linux and macOS, paths under <c>/dev/</c> and <c>/proc/</c> (<c>/dev/null</c>, <c>/dev/stdout</c>, a shell's
/// <c>&gt;(…)</c>). A named pipe elsewhere is replaced by a file, as .NET offers no portable way to tell it from one.
/// </remarks>
internal static class AtomicFile
{
    /// <summary>Replaces <paramref name="path"/> with what <paramref name="write"/> writes to the stream it is given.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names <paramref name="path"/>, not the temporary file.</exception>
    /// <exception cref="UnauthorizedAccessException">Writing there is not allowed; the message names <paramref name="path"/>.</exception>
    internal static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var target = FinalTarget(path);
        if (IsDevice(target))
        {
            using var device = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1 << 16);
            write(device);
            return;
        }
        var temporary = target + "." + Path.GetRandomFileName() + ".partial";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                write(stream);
            }
            KeepPermissions(target, temporary);
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Delete(temporary);
            // The caller named the file, not the one written beside it, however the runtime spelled its path.
            var message = e.Message.Replace(Path.GetFullPath(temporary), Path.GetFullPath(path), StringComparison.Ordinal).Replace(temporary, path, StringComparison.Ordinal);
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

    /// <summary>The file a link at <paramref name="path"/> points to, through every link; the path itself when it is no link.</summary>
    private static string FinalTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is null ? path : File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            // A loop of links: writing to the path fails with the runtime's own message.
            return path;
        }
    }

    /// <summary>Whether <paramref name="target"/> is a device or a process's file, which another file cannot stand in for.</summary>
    private static bool IsDevice(string target)
    {
        if (OperatingSystem.IsWindows()) return false;
        var full = Path.GetFullPath(target);
        return full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);
    }

    /// <summary>Gives the new file the permissions of the one it replaces (a file of one's own stays one's own).</summary>
    private static void KeepPermissions(string target, string temporary)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(target)) return;
        File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
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
