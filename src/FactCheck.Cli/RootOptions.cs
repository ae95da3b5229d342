using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Reflection;

namespace FactCheck.Cli;

/// <summary>
/// The root command's <c>--help</c> and <c>--version</c>, made here rather than by System.CommandLine's
/// <c>RootCommand</c>: the constructors of its <c>HelpOption</c> and <c>VersionOption</c> read their descriptions from
/// the library's resources, and setting up the resource manager for that was part of every run: the native tool checked
/// the seed sample in 13.3–14.2 ms with it and 12.8–13.5 ms without (<c>perf stat -r 40</c>, alternating). The names,
/// aliases, arity, actions and the rule that <c>--version</c> stands alone are theirs, and so are the texts (the
/// library's English ones). Help's usage lines now name the tool as it is installed, <c>factcheck</c>, where the root
/// command took the binary's name.
/// </summary>
internal static class RootOptions
{
    /// <summary><c>-?, -h, --help</c> (and <c>/h</c>, <c>/?</c>) on every command: shows its help.</summary>
    internal static Option<bool> Help() => new("--help", "-h", "/h", "-?", "/?")
    {
        Description = "Show help and usage information",
        Recursive = true,
        Arity = ArgumentArity.Zero,
        Action = new HelpAction(),
    };

    /// <summary><c>--version</c> on the root alone: writes the tool's informational version.</summary>
    internal static Option<bool> Version()
    {
        var version = new Option<bool>("--version")
        {
            Description = "Show version information",
            Arity = ArgumentArity.Zero,
            Action = new VersionAction(),
        };
        version.Validators.Add(static result =>
        {
            // A flag has a default, so the option has a result on every run: only one given on the command line counts.
            if (!result.Implicit && result.Parent is CommandResult parent
                && parent.Children.Any(child => child is not OptionResult option || (option.Option != result.Option && !option.Implicit)))
            {
                result.AddError($"{result.IdentifierToken?.Value ?? result.Option.Name} option cannot be combined with other arguments.");
            }
        });
        return version;
    }

    /// <summary>Writes the version, as <c>--version</c> does: the informational version, with the commit it was built from.</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var assembly = typeof(RootOptions).Assembly;
            parseResult.InvocationConfiguration.Output.WriteLine(
                assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "");
            return 0;
        }
    }
}
