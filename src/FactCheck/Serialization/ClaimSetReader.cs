namespace FactCheck.Serialization;

/// <summary>
/// Reads claim-set files (<c>factcheck/claims@1</c>, see the format specification) as a stream. A file that breaks
/// the format is rejected whole with a <see cref="ClaimSetException"/> that lists every problem with its JSON path,
/// line and column; nothing is half-read. Several files are read as one claim set, ids unique across them.
/// </summary>
public sealed class ClaimSetReader
{
    /// <summary>The format identifier every file must carry.</summary>
    public const string Format = "factcheck/claims@1";

    /// <summary>A reader with the default limits.</summary>
    public ClaimSetReader()
        : this(ClaimSetReaderOptions.Default)
    {
    }

    /// <summary>A reader with <paramref name="options"/>.</summary>
    public ClaimSetReader(ClaimSetReaderOptions options) => Options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The limits in force.</summary>
    public ClaimSetReaderOptions Options { get; }

    /// <summary>Reads one claim set from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="fileName">The name problems and locations give, or null.</param>
    /// <exception cref="ClaimSetException">The input breaks the format; every problem is listed.</exception>
    public ClaimSetDocument Read(Stream utf8Json, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var session = new ReadSession(Options);
        session.ReadFile(utf8Json, fileName);
        return session.Finish();
    }

    /// <summary>Reads the files at <paramref name="paths"/> as one claim set.</summary>
    /// <remarks>A job that reads and checks large files (tens of megabytes or more) can do so inside a <see cref="LargeCheckScope"/>.</remarks>
    /// <exception cref="ClaimSetException">A file is missing or unreadable, or breaks the format, or ids clash across files; every problem is listed.</exception>
    public ClaimSetDocument ReadFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var session = new ReadSession(Options);
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            Stream stream;
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                session.Problem(path, "$", null, $"The file cannot be read: {e.Message}");
                continue;
            }
            using (stream)
            {
                session.ReadFile(stream, path);
            }
        }
        return session.Finish();
    }

    /// <summary>Reads one claim set from a JSON string.</summary>
    /// <exception cref="ClaimSetException">The text breaks the format; every problem is listed.</exception>
    public ClaimSetDocument ReadString(string json, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Read(stream, fileName);
    }
}
