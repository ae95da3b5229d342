namespace FactCheck.Serialization;

/// <summary>Limits that keep a hostile or broken file from exhausting the process.</summary>
public sealed record ClaimSetReaderOptions
{
    /// <summary>The defaults: depth 64, values up to 1 MiB, 1,000 problems, 50 million claims.</summary>
    public static ClaimSetReaderOptions Default { get; } = new();

    /// <summary>How deeply JSON may nest. A claim set needs 5 levels; the default is 64.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The longest single value, in bytes (UTF-8): a quote, say. The default is 1 MiB.</summary>
    public int MaxValueBytes { get; init; } = 1024 * 1024;

    /// <summary>How many problems are collected before reading stops. The default is 1,000.</summary>
    public int MaxProblems { get; init; } = 1000;

    /// <summary>"Today" for claims whose source has no publication date, in place of each file's own <c>asOf</c>; null keeps the files' dates.</summary>
    public NodaTime.LocalDate? AsOf { get; init; }

    /// <summary>How many claims a file may hold. The default is 50 million.</summary>
    public int MaxClaims { get; init; } = 50_000_000;

    /// <summary>
    /// Whether plain claims are read straight from their bytes (<see cref="ClaimBytesReader"/>); tests turn it off to
    /// read a file both ways and compare.
    /// </summary>
    internal bool ReadsClaimBytes { get; init; } = true;

    /// <summary>Which thread numbers the claims of a large claims array; tests choose one to compare reads.</summary>
    internal ClaimNumbering Numbering { get; init; }

    /// <summary>
    /// Whether the reading thread converts the claims itself, batch by batch, instead of handing them to a converter on
    /// another core: so on a machine of one core, where two threads would only take turns; tests choose it to read a
    /// file both ways on any machine.
    /// </summary>
    internal bool ConvertsOnReadingThread { get; init; } = Environment.ProcessorCount == 1;

    /// <summary>
    /// Called with the index of a batch's first claim before the batch is numbered, on whichever thread numbers it:
    /// tests make it throw, as a lack of memory for the tables would, to see that the read ends with that failure and
    /// does not wait for a batch no one will number.
    /// </summary>
    internal Action<int>? BeforeNumbering { get; init; }
}
