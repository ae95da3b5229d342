using System.Collections.Immutable;

namespace FactCheck.Reporting;

/// <summary>
/// The report writers by format name, as the command looks them up: the built-in ones, and any added with
/// <see cref="With"/>. Names compare without regard to case; a later writer of a name replaces an earlier one.
/// </summary>
public sealed class ReportWriters
{
    // Sorted by name without regard to case. A handful of writers, looked up once a command: an array, where a sorted
    // dictionary's first use cost the native tool's start about 0.1 ms.
    private readonly ImmutableArray<IReportWriter> writers;

    private ReportWriters(ImmutableArray<IReportWriter> writers) => this.writers = writers;

    /// <summary>The built-in formats: text, json, sarif, markdown, html and github.</summary>
    public static ReportWriters BuiltIn { get; } = new ReportWriters([])
        .With(new PlainTextReportWriter())
        .With(new JsonReportWriter())
        .With(new SarifReportWriter())
        .With(new MarkdownReportWriter())
        .With(new HtmlReportWriter())
        .With(new GitHubReportWriter());

    /// <summary>The format names, in ordinal order without regard to case.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            foreach (var writer in writers) yield return writer.Name;
        }
    }

    /// <summary>These writers and <paramref name="writer"/>, which replaces any writer of its name.</summary>
    /// <exception cref="ArgumentException">The writer's name is blank.</exception>
    public ReportWriters With(IReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Utility.Preconditions.CheckIdentifier(writer.Name, nameof(writer));
        var at = 0;
        while (at < writers.Length && StringComparer.OrdinalIgnoreCase.Compare(writers[at].Name, writer.Name) < 0) at++;
        return new ReportWriters(at < writers.Length && Same(writers[at].Name, writer.Name) ? writers.SetItem(at, writer) : writers.Insert(at, writer));
    }

    /// <summary>The writer of the format <paramref name="name"/>, if there is one.</summary>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IReportWriter? writer)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var candidate in writers)
        {
            if (!Same(candidate.Name, name)) continue;
            writer = candidate;
            return true;
        }
        writer = null;
        return false;
    }

    private static bool Same(string name, string other) => string.Equals(name, other, StringComparison.OrdinalIgnoreCase);

    /// <summary>The writer of the format <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No writer has that name.</exception>
    public IReportWriter this[string name] => TryGet(name, out var writer) ? writer
        : throw new KeyNotFoundException($"There is no report format '{name}'; the formats are {string.Join(", ", Names)}.");
}
