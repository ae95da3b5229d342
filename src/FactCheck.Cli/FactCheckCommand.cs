using System.CommandLine;

namespace FactCheck.Cli;

/// <summary>
/// The command line: <c>factcheck check FILE…</c>, <c>factcheck rules</c>, <c>factcheck explain ID</c>.
/// Writes only to the writers it is given, so tests run it in-process.
/// </summary>
internal static class FactCheckCommand
{
    /// <summary>Parses <paramref name="args"/> and runs the command.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where reports go.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="interactive">Whether <paramref name="output"/> is a terminal (colour, live width).</param>
    /// <returns>0 clean, 1 findings at or above <c>--fail-on</c>, 2 invalid input or command line.</returns>
    internal static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        // A command named for the tool, not a RootCommand: see RootOptions for why it brings its own help and version.
        var root = new Command("factcheck", "Checks sets of sourced claims for consistency: conflicting figures, missed targets, unsupported trends, wrong weekdays, name variants.")
        {
            RootOptions.Help(),
            RootOptions.Version(),
            CheckCommand.Create(output, error, interactive),
            ExtractCommand.Create(output, error),
            RulesCommand.Create(output),
            ExplainCommand.Create(output, error),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) error.WriteLine("factcheck: " + problem.Message);
            error.WriteLine("Run 'factcheck --help' for the commands and options.");
            return ExitCodes.Invalid;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The last line of defence: a bug must end in a message and an exit code, not a crash dump.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            error.WriteLine($"factcheck: internal error ({e.GetType().Name}: {e.Message}). Nothing was reported; please file an issue with the input.");
            return ExitCodes.Invalid;
        }
    }
}
