using System.Globalization;

namespace FactCheck;

/// <summary>
/// One thing wrong with a claim set: where (a JSON path such as <c>$.claims[3].value</c>, and the line and
/// column in a file where known) and what, in a sentence that says what was expected.
/// </summary>
/// <param name="Path">The JSON path of the offending field.</param>
/// <param name="Message">What is wrong and what was expected.</param>
/// <param name="Line">The 1-based line in the file, or null when not read from a file.</param>
/// <param name="Column">The 1-based column in the file, or null.</param>
/// <param name="File">The file, or null when not read from a file.</param>
public sealed record ClaimSetProblem(string Path, string Message, int? Line = null, int? Column = null, string? File = null)
{
    /// <summary><c>claims.json(12,7): $.claims[3].value: '5,000 to 4,000' is not a valid quantity…</c>.</summary>
    public override string ToString()
    {
        var where = File is null ? string.Empty : File;
        if (Line is { } line) where += string.Create(CultureInfo.InvariantCulture, $"({line},{Column ?? 1})");
        return where.Length == 0 ? $"{Path}: {Message}" : $"{where}: {Path}: {Message}";
    }
}
