namespace FactCheck.Tests;

/// <summary>Files of the repository (samples), found from the test's own directory so tests run from any working directory.</summary>
internal static class RepositoryFiles
{
    internal static string Root { get; } = FindRoot();

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
