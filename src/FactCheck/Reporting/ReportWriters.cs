using System.Collections.Immutable;

namespace FactCheck.Reporting;

/// <summary>
/// The report writers by format name, as the command looks them up: the built-in ones, and any added with
/// <see cref="With"/>. Names compare without regard to case; a later writer of a name replaces an earlier one.
/// </summary>
public sealed class ReportWriters
{
    private readonly ImmutableSortedDictionary<string, IReportWriter> byName;

    private ReportWriters(ImmutableSortedDictionary<string, IReportWriter> byName) => this.byName = byName;

    /// <summary>The built-in formats: text, json, sarif, markdown, html and github.</summary>
    public static ReportWriters BuiltIn { get; } = new ReportWriters(ImmutableSortedDictionary.Create<string, IReportWriter>(StringComparer.OrdinalIgnoreCase))
        .With(new PlainTextReportWriter())
        .With(new JsonReportWriter())
        .With(new SarifReportWriter())
        .With(new MarkdownReportWriter())
        .With(new HtmlReportWriter())
        .With(new GitHubReportWriter());

    /// <summary>The format names, in ordinal order.</summary>
    public IEnumerable<string> Names => byName.Keys;

    /// <summary>These writers and <paramref name="writer"/>, which replaces any writer of its name.</summary>
    /// <exception cref="ArgumentException">The writer's name is blank.</exception>
    public ReportWriters With(IReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Utility.Preconditions.CheckIdentifier(writer.Name, nameof(writer));
        return new ReportWriters(byName.SetItem(writer.Name, writer));
    }

    /// <summary>The writer of the format <paramref name="name"/>, if there is one.</summary>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IReportWriter? writer)
    {
        ArgumentNullException.ThrowIfNull(name);
        return byName.TryGetValue(name, out writer);
    }

    /// <summary>The writer of the format <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No writer has that name.</exception>
    public IReportWriter this[string name] => TryGet(name, out var writer) ? writer
        : throw new KeyNotFoundException($"There is no report format '{name}'; the formats are {string.Join(", ", Names)}.");
}
