namespace FactCheck.Cli;

/// <summary>What the command's exit code means.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the <c>--fail-on</c> severity.</summary>
    internal const int Clean = 0;

    /// <summary>Findings at or above the <c>--fail-on</c> severity.</summary>
    internal const int Findings = 1;

    /// <summary>The input or the command line is invalid; every problem was printed and nothing was checked.</summary>
    internal const int Invalid = 2;
}
