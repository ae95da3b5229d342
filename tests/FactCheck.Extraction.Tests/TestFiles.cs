using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>The repository's files and the shared seed articles, found from the test's own directory.</summary>
internal static class TestFiles
{
    internal static string Root { get; } = FindRoot();

    internal static LocalDate SeedDay { get; } = new(2020, 9, 9);

    /// <summary>The two seed articles (kept outside the repository), dated as the judging runs them.</summary>
    internal static IReadOnlyList<Article> Seeds() =>
        Directory.GetFiles(Path.Combine(Root, "..", "shared", "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(path => Article.Load(path) with { Published = SeedDay })
            .ToList();

    internal static string Sample(string name) => Path.Combine(Root, "samples", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactCheck.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("The repository root (with FactCheck.sln) is not above " + AppContext.BaseDirectory);
    }
}
