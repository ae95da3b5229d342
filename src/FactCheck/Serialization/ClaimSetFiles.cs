namespace FactCheck.Serialization;

/// <summary>Loading and saving claim-set files in one call.</summary>
public static class ClaimSetFiles
{
    /// <summary>Loads the claim-set file at <paramref name="path"/>.</summary>
    /// <remarks>A job that loads and checks a large file (tens of megabytes or more) can do so inside a <see cref="LargeCheckScope"/>.</remarks>
    /// <exception cref="ClaimSetException">The file is missing, unreadable, or breaks the format; every problem is listed.</exception>
    public static ClaimSet Load(string path) => new ClaimSetReader().ReadFiles([path ?? throw new ArgumentNullException(nameof(path))]).ClaimSet;

    /// <summary>Saves <paramref name="claims"/> to <paramref name="path"/> as a <c>factcheck/claims@1</c> file, replacing it whole.</summary>
    /// <exception cref="IOException">The file cannot be written; an existing file is left as it was.</exception>
    /// <exception cref="UnauthorizedAccessException">Writing there is not allowed.</exception>
    public static void Save(ClaimSet claims, string path)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(path);
        Utility.AtomicFile.Write(path, stream => ClaimSetWriter.Write(claims, stream));
    }
}
