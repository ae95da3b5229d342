namespace FactCheck.Cli;

/// <summary>The <c>factcheck</c> command's entry point.</summary>
public static class Program
{
    /// <summary>Runs the command with the process's console.</summary>
    public static int Main(string[] args) => FactCheckCommand.Run(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected);
}
