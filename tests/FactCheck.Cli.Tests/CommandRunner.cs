namespace FactCheck.Cli.Tests;

/// <summary>Runs the command in-process with captured output, and finds the repository's samples.</summary>
internal static class CommandRunner
{
    internal static string Root { get; } = FindRoot();

    /// <summary>A sample's path relative to the working directory, as a user would type it; reports then name it the same way.</summary>
    internal static string Sample(string name) => Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(Root, "samples", name));

    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var error = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var code = FactCheckCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactCheck.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("The repository root is not above " + AppContext.BaseDirectory);
    }
}
